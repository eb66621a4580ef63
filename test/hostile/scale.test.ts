import { describe, expect, it } from 'vitest';
import migrationGraph from '../../rules/migration-graph.js';
import missingMigration from '../../rules/missing-migration.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { buildSummary, SUMMARY_MAX_BYTES } from '../../src/github/summary.js';
import type { MigrationInfo } from '../../src/facts.js';
import { compareDiagnostics, overviewOf, type RunReport } from '../../src/run.js';
import { computeRevisionGraph } from '../../src/schema/revisionGraph.js';
import { check, facts, loc, model, registry, schemaOf, table } from '../helpers/ruleCases.js';
import { testConfig } from '../helpers/config.js';

/**
 * Sizes that used to be quadratic (or unbounded), in process so the bound is on ormlint's own
 * work: the corpus (corpus.test.ts) runs the same through the bundle at smaller sizes.
 */

const seconds = (work: () => void): number => {
  const started = performance.now();
  work();
  return (performance.now() - started) / 1000;
};

describe('scale', () => {
  it('20,000 heads: one finding, ten named, in linear time', () => {
    const migrations: MigrationInfo[] = [{ id: 'root', file: 'v/root.py', parents: [], order: 0, location: loc('v/root.py', 1) }];
    for (let i = 0; i < 20_000; i++) migrations.push({ id: `h${String(i).padStart(5, '0')}`, file: `v/h${i}.py`, parents: ['root'], order: 0, location: loc(`v/h${i}.py`, 4) });
    let reports: ReturnType<typeof check> = [];
    const took = seconds(() => {
      const { graph } = computeRevisionGraph(migrations.map((m) => ({ id: m.id, file: m.file, parents: m.parents })));
      reports = check(migrationGraph, facts({ migrations, migrationKind: 'alembic', migrationGraph: graph }));
    });
    expect(took).toBeLessThan(3);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toMatch(/^The migrations have 20000 heads \(h00000 in v\/h0\.py, .* and 19990 more\)/u);
    expect(reports[0]!.related).toHaveLength(10);
  });

  it('missing-migration over 50,000 models, half migrated under other names', () => {
    const models = Array.from({ length: 50_000 }, (_, i) => model(`T${i}`, `app/models/m${i % 50}.py`, 5 * (i % 1000) + 6, `t_${i}`));
    const modelSchema = schemaOf(...models.map((m) => table(m.table!.slice('public.'.length), [])));
    const migratedSchema = schemaOf(...Array.from({ length: 25_000 }, (_, i) => table(`other_${i}`, [])));
    let reports: ReturnType<typeof check> = [];
    const took = seconds(() => {
      reports = check(missingMigration, facts({ models, modelSchema, migratedSchema, registry: registry(Array.from({ length: 50 }, (_, i) => `app/models/m${i}.py`)) }));
    });
    expect(reports).toHaveLength(50_000);
    expect(took).toBeLessThan(10);
  });

  it('the job summary stays under 1 MiB of UTF-8 whatever the findings', () => {
    // Three-byte characters: the character budget alone would let this reach 1.8 MB.
    const diagnostics: Diagnostic[] = Array.from({ length: 20_000 }, (_, i) => ({
      ruleId: 'missing-migration', severity: 'error', message: `表 "${'表'.repeat(60)}${i}" 没有迁移创建`, file: `app/models/模型${i}.py`, line: 1, column: 1, endLine: 1, endColumn: 2,
      subject: `t${i}`, related: [], fingerprint: String(i), docsUrl: 'https://example.com',
    }));
    const result: RunReport = {
      config: testConfig('/tmp/x'), diagnostics, baselined: 0, rules: [],
      overview: overviewOf(facts({ migrationGraph: { heads: Array.from({ length: 5000 }, (_, i) => `head_${i}`), roots: [], dangling: [], duplicates: [], cycles: [] } })),
      stats: { files: 1, models: 0, tables: 0, migrations: 0, durationMs: 1 },
    };
    const summary = buildSummary(result, { configLabel: '.ormlint.yml', annotationNotes: [], target: { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop', sha: 'abc' }, projectRoot: '/tmp/x', workspace: '/tmp/x' });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(summary).toMatch(/Cut to fit GitHub's/u);
    expect(summary).not.toContain('head_11,');
  });

  it('sorts findings by code point, never by the locale', () => {
    const at = (file: string, subject = 's'): Diagnostic => ({ ruleId: 'r', severity: 'error', message: '', file, line: 1, column: 1, endLine: 1, endColumn: 1, subject, related: [], fingerprint: '', docsUrl: '' });
    const files = ['a.py', 'B.py', '_x.py', 'ä.py', 'z.py', '😀.py', '\uffef.py', 'a_b.py', 'ab.py'];
    const sorted = files.map((f) => at(f)).sort(compareDiagnostics).map((d) => d.file);
    // localeCompare would give a.py, a_b.py, ab.py, ä.py, B.py ... ; code points give:
    expect(sorted).toEqual(['B.py', '_x.py', 'a.py', 'a_b.py', 'ab.py', 'z.py', 'ä.py', '\uffef.py', '😀.py']);
  });
});
