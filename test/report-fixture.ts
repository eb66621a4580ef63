// A synthetic RunResult shared by the reporter tests: two files, three severities, a plugin
// rule, related places, help text and hostile characters (%, `,`, `:`, CR/LF, backticks, pipes,
// an ANSI escape, wide and combining unicode) in every field a reporter prints.
import type { Config } from '../src/config/types.js';
import type { Diagnostic } from '../src/engine/diagnostic.js';
import { docsUrl } from '../src/engine/rule.js';
import type { ProjectFacts } from '../src/facts.js';
import { overviewOf, type RunResult } from '../src/run.js';
import { testConfig } from './helpers/config.js';

export const MODELS_FILE = 'app/models/user.py';
export const MIGRATION_FILE = 'migrations/versions/001 ünï #1.py';

export function diagnostic(overrides: Partial<Diagnostic> & Pick<Diagnostic, 'ruleId' | 'severity' | 'message'>): Diagnostic {
  return {
    file: MODELS_FILE,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    subject: '',
    related: [],
    fingerprint: '',
    docsUrl: docsUrl(overrides.ruleId),
    ...overrides,
  };
}

export function sampleDiagnostics(): Diagnostic[] {
  return [
    diagnostic({
      ruleId: 'missing-migration',
      severity: 'error',
      message: 'Table "users" is created by no migration; the model User maps it',
      file: MODELS_FILE,
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 40,
      subject: 'users',
      related: [{ file: MIGRATION_FILE, line: 30, column: 5, message: 'the latest migration, which creates "user" instead' }],
      help: 'add one: `alembic revision --autogenerate -m "add users"`',
      fingerprint: 'missing-migration|users|9f3a',
    }),
    diagnostic({
      ruleId: 'schema-drift',
      severity: 'warning',
      message: 'Column "users.na,me:x" is 100% | different\nmodel: text, migrations: character varying(50)',
      file: MODELS_FILE,
      line: 40,
      column: 3,
      endLine: 42,
      endColumn: 10,
      subject: 'users.na,me:x',
      related: [{ file: MIGRATION_FILE, line: 31, message: 'created here\r\nas \u001b[31mvarchar' }],
      fingerprint: 'schema-drift|users.na,me:x|0c1d',
    }),
    diagnostic({
      ruleId: 'unresolved',
      severity: 'notice',
      message: 'op.execute() builds its SQL at run time: table 日本 is uncertain ✨ (literal %0A stays)',
      file: MIGRATION_FILE,
      line: 7,
      column: 1,
      endLine: 7,
      endColumn: 22,
      subject: 'public.日本',
      fingerprint: 'unresolved|public.日本|77aa',
    }),
    diagnostic({
      ruleId: 'acme/no-legacy',
      severity: 'warning',
      message: 'Legacy table "e\u0301vents": rename it',
      file: MIGRATION_FILE,
      line: 10,
      column: 7,
      endLine: 9,
      endColumn: 1,
      subject: 'events',
      fingerprint: 'acme/no-legacy|events|5e5e',
      docsUrl: 'https://example.com/acme/no-legacy',
    }),
  ];
}

export function sampleConfig(root = '/work/repo'): Config {
  return testConfig(root);
}

export function sampleResult(overrides: Partial<RunResult> = {}): RunResult {
  const facts: ProjectFacts = overrides.facts ?? {
      models: null,
      registry: null,
      modelSchema: null,
      migrations: null,
      migrationKind: null,
      migrationGraph: null,
      migratedSchema: null,
      problems: [],
      defaultSchema: 'public',
    };
  return {
    config: sampleConfig(),
    facts,
    overview: overviewOf(facts),
    diagnostics: sampleDiagnostics(),
    baselined: 2,
    rules: [],
    stats: { files: 20, models: 19, tables: 19, migrations: 4, durationMs: 180 },
    ...overrides,
  };
}
