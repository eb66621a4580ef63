import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { VERSION } from '../src/version.js';
import { runBundledCli } from './helpers/bundleCli.js';
import { tempProject } from './helpers/project.js';

/**
 * The CLI as users run it: the bundle (built from this source for the test run, see
 * test/setup/build.ts) copied into an empty folder with no node_modules, run as a child process.
 */
const repo = path.resolve(__dirname, '..');
let distCopy: string;

beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ormlint-dist-'));
  cpSync(inject('bundleDir'), dir, { recursive: true });
  distCopy = path.join(dir, 'cli.mjs');
});

function cli(args: string[], cwd = repo) {
  const result = spawnSync(process.execPath, [distCopy, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const project = (files: Record<string, string>) => tempProject(files, 'ormlint-cli-');

const MODEL = `from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False)
`;
const MIGRATION = (table: string) => `"""create ${table}

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "${table}",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
`;
const CONFIG = `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
migrations:
  kind: alembic
  include: ["migrations/versions/*.py"]
`;

function userProject(migratedTable: string): string {
  return project({
    '.ormlint.yml': CONFIG,
    'app/__init__.py': '',
    'app/models/__init__.py': 'from .user import User\n\n__all__ = ["User"]\n',
    'app/models/user.py': MODEL,
    'migrations/versions/0001_create.py': MIGRATION(migratedTable),
  });
}

describe('ormlint CLI (bundled, no node_modules)', () => {
  it('runs from a folder holding only dist/', () => {
    const files = readdirSync(path.dirname(distCopy)).filter((f) => !/^chunk-[A-Z0-9]+\.mjs$/u.test(f));
    expect(files.sort()).toEqual(['action.mjs', 'cli.mjs', 'libpg-query.wasm', 'tree-sitter-python.wasm', 'tree-sitter.wasm', 'worker.mjs']);
  });

  it('prints --version and --help', () => {
    expect(VERSION).toBe(packageJson.version);
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).toContain('--fail-on');
  });

  it('exits 0 on a clean project and 1 with findings at or above --fail-on', () => {
    const clean = userProject('users');
    expect(cli(['check'], clean).code).toBe(0);
    const drifted = userProject('accounts');
    const result = cli(['check', '--format', 'json'], drifted);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics.map((d: { ruleId: string; subject: string }) => `${d.ruleId} ${d.subject}`).sort()).toEqual([
      'missing-migration users',
      'orphan-table accounts',
    ]);
    expect(cli(['--fail-on', 'never'], drifted).code).toBe(0);
    expect(cli(['--fail-on', 'warning', '--format', 'json'], drifted).code).toBe(1);
  });

  it('prints in a process what the suite\'s in-process runs of the bundle print (test/helpers/bundleCli.ts)', async () => {
    // The rule cases and example projects run the bundle's runCli in the test process; this is the
    // check that such a run is the process's run: same exit code, same output.
    const drifted = userProject('accounts');
    for (const args of [['check', '--format', 'json'], ['check', '--format', 'text', '--verbose'], ['check', '--fail-on', 'bogus'], ['inspect']]) {
      const spawned = cli(args, drifted);
      const inProcess = await runBundledCli(args, { cwd: drifted, env: { NO_COLOR: '1' } });
      expect(inProcess, args.join(' ')).toEqual({ code: spawned.code, stdout: spawned.stdout, stderr: spawned.stderr });
    }
  });

  it('prints the same JSON for the same files, and the phase timings only on stderr with --timings', () => {
    const root = userProject('accounts');
    const first = cli(['check', '--format', 'json'], root);
    const second = cli(['check', '--format', 'json', '--timings'], root);
    expect(second.stdout).toBe(first.stdout);
    expect(Object.keys(JSON.parse(first.stdout).stats)).toEqual(['files', 'models', 'tables', 'migrations']);
    expect(first.stderr).toBe('');
    expect(second.stderr).toMatch(/^ormlint timings: discover=\d+ms models=\d+ms migrations=\d+ms replay=\d+ms rules=\d+ms report=\d+ms total=\d+ms peakRss=\d+MB threads=0 cached=0\/1\n$/u);
  });

  it('keeps --cache in its write area: a committed link out of the project is not written through', () => {
    const root = userProject('accounts');
    const outside = mkdtempSync(path.join(tmpdir(), 'ormlint-outside-'));
    symlinkSync(outside, path.join(root, '.ormlint-cache'));
    const plain = cli(['check', '--format', 'json'], root);
    const linked = cli(['check', '--format', 'json', '--cache', '.ormlint-cache'], root);
    expect(linked.code).toBe(1);
    expect(linked.stdout).toBe(plain.stdout);
    expect(linked.stderr).toMatch(/^ormlint: could not write the cache in \.ormlint-cache: .*outside the project root/mu);
    expect(readdirSync(outside)).toEqual([]);
    // A real folder in the project is written, and read back on the next run.
    expect(cli(['check', '--format', 'json', '--cache', 'cache', '--timings'], root).stderr).toContain('cached=0/1');
    // The models, each migration file, the migration side as a whole (facts and replay), and the findings.
    expect(readdirSync(path.join(root, 'cache')).map((name) => name.split('-')[0]).sort()).toEqual(['alembic', 'migrated', 'models', 'report']);
    const warm = cli(['check', '--format', 'json', '--cache', 'cache', '--timings'], root);
    expect(warm.stderr).toContain('cached=1/1 findings=cached');
    expect(warm.stdout).toBe(plain.stdout);
  });

  it('finds the config through --config and resolves paths against its folder', () => {
    const root = userProject('accounts');
    const result = cli(['check', '--config', path.join(root, '.ormlint.yml'), '--format', 'json'], tmpdir());
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout).diagnostics.map((d: { file: string }) => d.file);
    expect(files.sort()).toEqual(['app/models/user.py', 'migrations/versions/0001_create.py']);
  });

  it.each(['text', 'json', 'sarif', 'github'])('writes --format %s output to --output', (format) => {
    const root = userProject('accounts');
    const result = cli(['check', '--format', format, '--output', 'out/report'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const text = readFileSync(path.join(root, 'out/report'), 'utf8');
    if (format === 'json' || format === 'sarif') expect(() => JSON.parse(text)).not.toThrow();
    if (format === 'github') expect(text).toMatch(/^::error file=app\/models\/user\.py,line=7,/mu);
    if (format === 'text') expect(text).toContain('missing-migration');
  });

  it('prints the facts with inspect', () => {
    const result = cli(['inspect'], userProject('users'));
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout);
    expect(facts.models.map((m: { class: string; table: string }) => [m.class, m.table])).toEqual([['User', 'public.users']]);
    expect(facts.migrations.map((m: { id: string }) => m.id)).toEqual(['0001']);
    expect(Object.keys(facts.migratedSchema.tables)).toEqual(['public.users']);
    expect(facts.migratedSchema.tables['public.users'].columns.map((c: { name: string; type: string }) => `${c.name} ${c.type}`)).toEqual([
      'id integer',
      'email character varying(255)',
    ]);
  });

  it('writes a baseline, after which only new findings fail', () => {
    const root = userProject('accounts');
    expect(cli(['baseline'], root).code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(root, '.ormlint-baseline.json'), 'utf8'));
    expect(Object.keys(baseline.fingerprints)).toHaveLength(2);
    expect(cli(['check', '--baseline', '.ormlint-baseline.json'], root).code).toBe(0);
  });

  it('writes a starter config with init and refuses to overwrite it', () => {
    const root = project({ 'app/models/__init__.py': '', 'alembic/versions/0001_x.py': '' });
    const first = cli(['init'], root);
    expect(first.code).toBe(0);
    // What it chose and why, on stderr as well as in the file.
    expect(first.stderr).toContain('ormlint: wrote .ormlint.yml\n  migrations: alembic/versions (alembic/versions/ holds .py revisions; no alembic.ini or env.py found)\n');
    const text = readFileSync(path.join(root, '.ormlint.yml'), 'utf8');
    expect(text).toContain('registry: ["app/models/__init__.py"]');
    expect(text).toContain('include: ["alembic/versions/*.py"]');
    const again = cli(['init'], root);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it.each([
    [['--format', 'xml'], '--format must be one of text, json, sarif, github (got "xml")'],
    [['--fail-on', 'fatal'], '--fail-on must be one of error, warning, notice, never (got "fatal")'],
    [['lint'], 'the command must be one of check, inspect, init, baseline (got "lint")'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects bad usage %j with exit code 2', (args, message) => {
    const result = cli(args, userProject('users'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('    at ');
  });

  it('reports a malformed config in one line with exit code 2 and no stack trace', () => {
    const root = project({ '.ormlint.yml': 'models:\n  orm: sqlalchemy\n  inclde: ["x"]\n' });
    const result = cli(['check'], root);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/\.ormlint\.yml:3:3: .*"inclde".*Did you mean "include"\?/u);
  });

  it('reports a missing --config file with exit code 2', () => {
    const result = cli(['check', '--config', 'nope.yml'], userProject('users'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nope.yml');
  });
});
