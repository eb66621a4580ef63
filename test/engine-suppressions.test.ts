import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/engine/diagnostic.js';
import { applySuppressions, findSuppressions, readDirective } from '../src/engine/suppressions.js';
import type { SourceFile } from '../src/frontends/types.js';
import type { Config } from '../src/config/types.js';
import { loadRules } from '../src/engine/runner.js';
import { commentsOf } from './helpers/comments.js';
import { alembicFrontend } from '../src/frontends/python/alembic.js';
import { sqlMigrationsFrontend } from '../src/frontends/sql/migrations.js';
import { testConfig } from './helpers/config.js';

function finding(ruleId: string, file: string, line: number): Diagnostic {
  return {
    ruleId, severity: 'error', message: `${ruleId} here`, file, line, column: 1, endLine: line, endColumn: 2,
    subject: `${file}:${line}`, related: [], fingerprint: `${ruleId}-${line}`, docsUrl: '',
  };
}

/** The suppression pass with the config's own rules, as run() calls it. */
async function suppress(diagnostics: Diagnostic[], files: Map<string, SourceFile>, config: Config): Promise<Diagnostic[]> {
  return applySuppressions(diagnostics, await commentsOf(files.values()), config, await loadRules(config));
}

/** The suppressions of one file, read from the comments its frontend would hand over. */
async function suppressionsOf(file: SourceFile) {
  return findSuppressions(file.path, (await commentsOf([file])).get(file.path) ?? []);
}

function sources(...files: SourceFile[]): Map<string, SourceFile> {
  return new Map(files.map((f) => [f.path, f]));
}

const PY = [
  'from app.models.base import Base',
  '',
  '# ormlint-disable-next-line duplicate-class-name, model-base',
  'class WorkflowExecution(Base):',
  '    note = "# ormlint-disable-next-line missing-migration"',
  '    __tablename__ = "x"',
  '',
  'class Other(Base):  # ormlint-disable-line schema-drift -- known, tracked in #12',
  '    pass',
].join('\n');

describe('applySuppressions', () => {
  it('drops covered findings and reports the unused rule of a used comment', async () => {
    const out = await suppress(
      [finding('duplicate-class-name', 'app/models/w.py', 4), finding('missing-migration', 'app/models/w.py', 6), finding('schema-drift', 'app/models/w.py', 8)],
      sources({ path: 'app/models/w.py', text: PY }),
      testConfig('/repo'),
    );
    expect(out.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.subject}`)).toEqual([
      // The directive inside a string literal is not a comment, so line 6 stays reported.
      'missing-migration 6:1 app/models/w.py:6',
      'unused-suppression 3:1 model-base',
    ]);
    expect(out[1]).toMatchObject({
      severity: 'warning',
      message: 'Suppression (ormlint-disable-next-line) of "model-base" suppresses nothing; remove it',
      docsUrl: 'https://github.com/ormlint/ormlint/blob/main/docs/rules/unused-suppression.md',
    });
    expect(out[1]!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports a suppression naming an unknown rule', async () => {
    const out = await suppress([], sources({ path: 'a.py', text: '# ormlint-disable-file no-such-rule\n' }), testConfig('/repo'));
    expect(out.map((d) => [d.ruleId, d.line, d.subject, d.message])).toEqual([
      ['unused-suppression', 1, 'no-such-rule', 'Suppression names unknown rule "no-such-rule"; no such rule is configured'],
    ]);
  });

  it('honours -file forms, in SQL with the real scanner', async () => {
    const sql = [
      "INSERT INTO t VALUES ('-- ormlint-disable-file migration-graph');",
      '/* ormlint-disable-file orphan-table */',
      'CREATE TABLE legacy (id int);',
      '-- ormlint-disable-next-line schema-drift',
      'CREATE TABLE x (id int);',
    ].join('\n');
    const out = await suppress(
      [finding('orphan-table', 'db/V1__init.sql', 3), finding('migration-graph', 'db/V1__init.sql', 1), finding('schema-drift', 'db/V1__init.sql', 5)],
      sources({ path: 'db/V1__init.sql', text: sql }),
      testConfig('/repo'),
    );
    expect(out.map((d) => `${d.ruleId} ${d.line}`)).toEqual(['migration-graph 1']);
  });

  it('maps the SQL scanner\'s byte offsets to character columns', async () => {
    const found = await suppressionsOf({ path: 'db/V2.sql', text: "SELECT 'héllo — ünïcode'; -- ormlint-disable-next-line orphan-table\nCREATE TABLE x (id int);\n" });
    expect(found).toEqual([{ kind: 'next-line', rules: ['orphan-table'], targetLine: 2, location: { file: 'db/V2.sql', line: 1, column: 27, endLine: 1, endColumn: 68 } }]);
  });

  it('reads TypeScript comments with typescript-estree', async () => {
    const ts = ['const s = "// ormlint-disable-next-line orphan-table";', '// ormlint-disable-next-line orphan-table', 'export class A {}'].join('\n');
    const out = await suppress([finding('orphan-table', 'src/a.entity.ts', 3), finding('orphan-table', 'src/a.entity.ts', 2)], sources({ path: 'src/a.entity.ts', text: ts }), testConfig('/repo'));
    expect(out.map((d) => `${d.ruleId} ${d.line}`)).toEqual(['orphan-table 2']);
  });

  it('stays quiet about unused suppressions when unused-suppression is off or the rule is off', async () => {
    const text = '# ormlint-disable-next-line model-base\nclass A: pass\n';
    const off = testConfig('/repo', { rules: { 'unused-suppression': { severity: 'off', options: {} } } });
    expect(await suppress([], sources({ path: 'a.py', text }), off)).toEqual([]);
    const ruleOff = testConfig('/repo', { rules: { 'model-base': { severity: 'off', options: {} } } });
    expect(await suppress([], sources({ path: 'a.py', text }), ruleOff)).toEqual([]);
  });
});

describe('findSuppressions / readDirective', () => {
  it('reads the kind, the rules and the target line', async () => {
    const found = await suppressionsOf({ path: 'a.py', text: 'x = 1\n    # ormlint-disable-next-line a, b\ny = 2\n' });
    expect(found).toEqual([{ kind: 'next-line', rules: ['a', 'b'], targetLine: 3, location: { file: 'a.py', line: 2, column: 5, endLine: 2, endColumn: 37 } }]);
  });

  it('accepts every comment delimiter and a reason after --', () => {
    expect(readDirective('-- ormlint-disable-file orphan-table -- legacy')).toEqual({ kind: 'file', rules: ['orphan-table'] });
    expect(readDirective('// ormlint-disable-line')).toEqual({ kind: 'line', rules: [] });
    expect(readDirective('/* ormlint-disable-next-line a,b */')).toEqual({ kind: 'next-line', rules: ['a', 'b'] });
    expect(readDirective('# ormlint-disabled-next-line a')).toBeNull();
    expect(readDirective('# see ormlint-disable-file a')).toBeNull();
  });
});

describe('comments come from the frontends that parsed the files', () => {
  it('hands over the comments of files with a directive, from the tree or tokens each frontend read', async () => {
    const revision = 'revision = "a1"\ndown_revision = None\n# ormlint-disable-file migration-error\ndef upgrade():\n    op.execute("-- ormlint-disable-line not-a-comment")\n';
    const alembic = await alembicFrontend.extract([{ path: 'migrations/versions/a1.py', text: revision }, { path: 'migrations/versions/b2.py', text: 'revision = "b2"\ndown_revision = "a1"\n# a plain comment\n' }], testConfig('/repo'));
    expect([...alembic.comments!]).toEqual([['migrations/versions/a1.py', [{ text: '# ormlint-disable-file migration-error', line: 3, column: 1, endLine: 3, endColumn: 39 }]]]);
    const sql = await sqlMigrationsFrontend.extract([{ path: 'db/V1__a.sql', text: "SELECT '-- ormlint-disable-line x';\n/* ormlint-disable-file orphan-table */\nCREATE TABLE t (id int);\n" }], testConfig('/repo'));
    expect([...sql.comments!]).toEqual([['db/V1__a.sql', [{ text: '/* ormlint-disable-file orphan-table */', line: 2, column: 1, endLine: 2, endColumn: 40 }]]]);
  });
});
