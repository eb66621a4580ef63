import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';
import { bundledDiagnostics } from './helpers/bundleCli.js';

/**
 * fixtures/realworld-migrations/: one project per migration-side cause found on real backends
 * (see its README). Each must produce exactly its expected.json — the one realistic bug it holds
 * and nothing else — in-process and through the built bundle. Model-side `unresolved` notices
 * (about model files) are left out of the comparison: they are not these fixtures' subject.
 */
const root = path.resolve(__dirname, '../fixtures/realworld-migrations');
// The bundle built for this run (test/setup/build.ts).
const PROJECTS = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  subject: string;
}

const pick = ({ ruleId, severity, file, line, column, subject }: Finding): Finding => ({ ruleId, severity, file, line, column, subject });
const key = (d: Finding) => `${d.file}:${String(d.line).padStart(5, '0')}:${String(d.column).padStart(4, '0')} ${d.ruleId} ${d.subject}`;
const sorted = (findings: Finding[]) => findings.map(pick).sort((a, b) => key(a).localeCompare(key(b)));

function comparable(project: string, findings: Finding[]): Finding[] {
  const config = loadConfig({ configPath: path.join(root, project, '.ormlint.yml'), cwd: path.join(root, project) });
  const migrationDir = (config.migrations?.include[0] ?? '').split('/')[0]!;
  return sorted(findings.filter((d) => !(d.ruleId === 'unresolved' && !d.file.startsWith(`${migrationDir}/`))));
}

function expected(project: string): Finding[] {
  return sorted(JSON.parse(readFileSync(path.join(root, project, 'expected.json'), 'utf8')) as Finding[]);
}

describe('realworld migration constructs', () => {
  it('has the five causes', () => {
    expect(PROJECTS).toEqual(['dialect-branches', 'index-expressions', 'named-constants', 'notices-per-cause', 'stamped-schema']);
  });

  for (const project of PROJECTS) {
    it(`${project}: exactly the expected findings`, async () => {
      const dir = path.join(root, project);
      const result = await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }));
      expect(comparable(project, result.diagnostics)).toEqual(expected(project));
    });

    it(`${project}: the same through dist/cli.mjs`, async () => {
      const dir = path.join(root, project);
      const diagnostics = (await bundledDiagnostics(path.join(dir, '.ormlint.yml'))) as unknown as Finding[];
      expect(comparable(project, diagnostics)).toEqual(expected(project));
    });
  }
});

describe('what the findings say', () => {
  const findings = async (project: string) => {
    const dir = path.join(root, project);
    return (await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }))).diagnostics;
  };

  it('index-expressions: compares predicates as SQL and shows them as written', async () => {
    const [drift] = await findings('index-expressions');
    expect(drift!.message).toBe(
      `"members_customer_id_owner_active_key" on "members" differs: the model declares unique index on (customer_id) WHERE deleted_at IS NULL AND role = 'owner', the migrations create unique index on (customer_id) WHERE deleted_at IS NULL AND role = 'member'`,
    );
  });

  it('dialect-branches: the Postgres branch is the one replayed', async () => {
    const [drift] = await findings('dialect-branches');
    expect(drift!.message).toBe('Column "awards.user_id" differs in foreign key: the model says references users.id ON DELETE CASCADE, the migrations say references users.id');
  });

  it('notices-per-cause: one notice for every column of an unknown type, models and migrations together', async () => {
    const notices = (await findings('notices-per-cause')).filter((d) => d.ruleId === 'unresolved');
    expect(notices.map((d) => [d.subject, d.message])).toEqual([
      ['unknown-type', '17 columns have types ormlint does not know: UUID ×10, Timestamp ×5, JSON ×2; their types are not compared; their nullability, keys and defaults are'],
    ]);
  });
});
