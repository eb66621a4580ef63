import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, baselineJson, readBaseline, writeBaseline } from '../src/engine/baseline.js';
import { facts, lint, loc } from './helpers/ruleCases.js';
import { testConfig } from './helpers/config.js';
import { materialize } from './helpers/ruleTester.js';

const problem = (file: string, line: number) => ({ kind: 'parse-error' as const, message: 'bad', location: loc(file, line, 1) });

describe('baseline', () => {
  it('round-trips: only findings not in the baseline are kept, even after line shifts', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ormlint-baseline-'));
    const config = testConfig(root);
    const old = await lint(facts({ problems: [problem('a.py', 3), problem('b.py', 7)] }), config);
    const written = writeBaseline(root, '.ormlint-baseline.json', old);
    expect(written).toBe(path.join(root, '.ormlint-baseline.json'));
    const json = JSON.parse(readFileSync(written, 'utf8'));
    expect(json.version).toBe(1);
    expect(Object.values(json.fingerprints).sort((x: any, y: any) => x.file.localeCompare(y.file))).toEqual([
      { ruleId: 'parse-error', file: 'a.py', subject: 'a.py' },
      { ruleId: 'parse-error', file: 'b.py', subject: 'b.py' },
    ]);

    const baseline = readBaseline(root, '.ormlint-baseline.json')!;
    // a.py moved down 10 lines, c.py is new.
    const now = await lint(facts({ problems: [problem('a.py', 13), problem('c.py', 1)] }), config);
    const { kept, baselined } = applyBaseline(now, baseline);
    expect(kept.map((d) => d.file)).toEqual(['c.py']);
    expect(baselined).toBe(1);
  });

  it('writes the same bytes for the same findings in any order', async () => {
    const found = await lint(facts({ problems: [problem('a.py', 3), problem('b.py', 7)] }), testConfig('/r'));
    expect(baselineJson([...found].reverse())).toBe(baselineJson(found));
  });

  it('is absent when the file is missing and a config error when it is not a baseline', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ormlint-baseline-'));
    expect(readBaseline(root, 'nope.json')).toBeNull();
    writeFileSync(path.join(root, 'bad.json'), '{"fingerprints": []}');
    expect(() => readBaseline(root, 'bad.json')).toThrow(/not an ormlint baseline/);
    writeFileSync(path.join(root, 'broken.json'), '{');
    expect(() => readBaseline(root, 'broken.json')).toThrow(/not valid JSON/);
  });
});

describe('baseline through the pipeline', () => {
  it('accepts known findings after unrelated edits and still fails on new ones', async () => {
    const { readFileSync: read, writeFileSync: write } = await import('node:fs');
    const { loadConfig } = await import('../src/config/load.js');
    const { run } = await import('../src/run.js');
    // The base project of the rule tables with one table no model maps.
    const root = materialize({
      'migrations/versions/001_things.py': `"""migration 001"""
import sqlalchemy as sa
from alembic import op

revision = '001'
down_revision = None


def upgrade():
    op.create_table(
        "things",
        sa.Column("id", sa.Integer(), primary_key=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
    )
`,
    });
    const load = () => loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root });

    const first = await run(load(), { ignoreBaseline: true });
    expect(first.diagnostics.map((d) => `${d.ruleId} ${d.subject} ${d.line}`)).toEqual(['orphan-table audit_log 14']);
    writeBaseline(root, '.ormlint-baseline.json', first.diagnostics);

    // Unrelated edits: lines shift above the finding.
    const migration = path.join(root, 'migrations/versions/001_things.py');
    write(migration, read(migration, 'utf8').replace('def upgrade():\n', '# a comment\n\n\ndef upgrade():\n    """Create the tables."""\n'));
    const shifted = await run(load(), { baselinePath: '.ormlint-baseline.json' });
    expect(shifted.diagnostics).toEqual([]);
    expect(shifted.baselined).toBe(1);

    write(migration, read(migration, 'utf8').replace('    op.create_table(\n        "audit_log",', '    op.create_table("audit_archive", sa.Column("id", sa.Integer(), primary_key=True))\n    op.create_table(\n        "audit_log",'));
    const grown = await run(load(), { baselinePath: '.ormlint-baseline.json' });
    expect(grown.diagnostics.map((d) => `${d.ruleId} ${d.subject}`)).toEqual(['orphan-table audit_archive']);
    expect(grown.baselined).toBe(1);
  });
});
