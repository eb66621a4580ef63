import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { alembicFrontend } from '../../src/frontends/python/alembic.js';
import { sqlalchemyFrontend } from '../../src/frontends/python/models.js';
import { sqlMigrationsFrontend } from '../../src/frontends/sql/migrations.js';
import type { SourceFile } from '../../src/frontends/types.js';
import type { FrontendProblem } from '../../src/facts.js';
import { replayMigrations } from '../../src/schema/replay.js';

/**
 * Property: whatever text a frontend is given (random token soups, real fixtures cut, spliced and
 * sprinkled with odd characters), it returns facts; every error becomes a finding at a real
 * position in that file, never an exception. 10,000 cases per frontend.
 */

const RUNS = 10_000;
const REPO = path.resolve(import.meta.dirname, '..', '..');
const config: Config = loadConfig({ cwd: mkdtempSync(path.join(tmpdir(), 'ormlint-props-')) });
const sqlConfig: Config = { ...config, migrations: { kind: 'sql', include: ['*.sql'], exclude: [] } };

const read = (...parts: string[]) => readFileSync(path.join(REPO, ...parts), 'utf8');
const pythonIn = (dir: string) => readdirSync(path.join(REPO, dir)).filter((f) => f.endsWith('.py')).map((f) => read(dir, f));
const MODEL_FIXTURES = pythonIn('fixtures/field-report/app/models').filter((t) => t.length > 200);
const MIGRATION_FIXTURES = pythonIn('fixtures/field-report/migrations/versions');
const SQL_FIXTURES = readdirSync(path.join(REPO, 'fixtures/sql/corpus')).filter((f) => f.endsWith('.sql')).map((f) => read('fixtures/sql/corpus', f));

const ODD = ['\r', '\r\n', '\0', '\t', '\u00a0', '\u2028', '\ufeff', '😀', '\ud800', '\\', '\u202e', '\x1b[31m', '::error::', '<script>', '@here'];
const PYTHON_TOKENS = [
  'class', 'def', 'import', 'from', 'return', 'if', 'elif', 'else', 'for', 'in', 'with', 'as', 'lambda', 'async', 'await', 'yield', 'pass',
  'None', 'True', 'False', 'not', 'and', 'or', 'global', 'del', 'match', 'case', 'type', 'print',
  'Base', 'Column', 'Integer', 'String', 'sa', 'op', 'revision', 'down_revision', 'upgrade', 'downgrade', '__tablename__', '__table_args__',
  'relationship', 'ForeignKey', 'mapped_column', 'Mapped', 'declarative_base', 'DeclarativeBase', 'create_table', 'add_column', 'execute',
  'batch_alter_table', 'Index', 'UniqueConstraint', 'sqlalchemy', 'alembic', 'models', 'helper', 'x', 'self', 'cls',
  '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', '+', '-', '*', '**', '@', '->', ';', ':=', '...',
  '\n', '\n    ', '\n        ', '\n\t', '#', '# ormlint-disable-next-line', '"', "'", '"""', "'''", 'f"{', '}"', 'b"x"', 'r"\\d"',
  '"users"', '"public.users"', "'id'", '0', '1', '-1', '3.5', '0x1f', '1_000', ...ODD,
];
const SQL_TOKENS = [
  'CREATE', 'TABLE', 'ALTER', 'DROP', 'ADD', 'COLUMN', 'INDEX', 'UNIQUE', 'PRIMARY', 'KEY', 'FOREIGN', 'REFERENCES', 'ON', 'DELETE', 'CASCADE',
  'NOT', 'NULL', 'DEFAULT', 'CONSTRAINT', 'CHECK', 'SCHEMA', 'VIEW', 'AS', 'SELECT', 'FROM', 'WHERE', 'DO', 'BEGIN', 'END', 'IF', 'EXISTS',
  'RENAME', 'TO', 'TYPE', 'ENUM', 'SET', 'search_path', 'COPY', 'stdin', 'SEQUENCE', 'FUNCTION', 'RETURNS', 'LANGUAGE', 'plpgsql', 'TRIGGER',
  'users', 'public', '"Quoted"', 'id', 'integer', 'bigint', 'text', 'varchar(255)', 'numeric(10,2)', 'timestamptz', 'jsonb', 'uuid', 'serial',
  '(', ')', ',', ';', '.', '::', '=', "'", "'x'", '$$', '$tag$', 'E\'\\n\'', '--', '-- ormlint-disable-next-line orphan-table', '/*', '*/',
  '\n', ' ', '${flyway:defaultSchema}', '-- +goose Up', '-- +goose Down', '-- migrate:up', '\\.', '0', '42', ...ODD,
];

const soup = (tokens: string[]) => fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((parts) => parts.join(' '));

/** A window of a real file (whole for Python), cut, spliced and sprinkled with odd characters. */
const mutated = (fixtures: string[], tokens: string[], maxWindow: number) =>
  fc.record({
    fixture: fc.constantFrom(...fixtures),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate', 'swap'),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat({ max: 200 }),
        token: fc.constantFrom(...tokens),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    window: fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 200, max: maxWindow }) }),
  }).map(({ fixture, edits, window }) => {
    // A window of the fixture keeps each case small, so 10,000 of them fit in a minute.
    const from = Math.floor(window.at * Math.max(0, fixture.length - window.length));
    let text = fixture.slice(from, from + window.length);
    for (const edit of edits) {
      const at = Math.floor(edit.at * text.length);
      const end = Math.min(text.length, at + edit.length);
      if (edit.kind === 'delete') text = text.slice(0, at) + text.slice(end);
      else if (edit.kind === 'duplicate') text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
      else if (edit.kind === 'insert') text = text.slice(0, at) + edit.token + text.slice(at);
      else if (edit.kind === 'truncate') text = text.slice(0, Math.max(at, text.length - edit.length));
      else text = text.slice(end) + text.slice(at, end) + text.slice(0, at);
    }
    return text;
  });

/**
 * Every problem points into the file it is about, at a real line and column. Checked in plain code
 * and handed to `expect` only when something is wrong: 30,000 cases with a few `expect` calls
 * each spent a seventh of this file's time in the assertion library.
 */
function expectLocated(problems: FrontendProblem[], file: SourceFile): void {
  const lines = file.text.split(/\r\n|\r|\n/u).length;
  const wrong = problems.filter(
    (problem) =>
      problem.location.file !== file.path ||
      !(problem.location.line >= 1 && problem.location.line <= lines + 1) ||
      !(problem.location.column >= 1) ||
      // The per-file guard turns a crash into a finding; here it must not have been needed.
      /internal error|call stack/u.test(problem.message),
  );
  if (wrong.length > 0) expect(wrong, `problems outside ${file.path} (${lines} lines) or from a crash`).toEqual([]);
}

const propertyRun = { numRuns: RUNS, endOnFailure: true } as const;

let sinceYield = 0;
/** The frontends are mostly synchronous: let the test runner's own messages through now and then. */
async function breathe(): Promise<void> {
  if (++sinceYield % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}

describe('frontends on random and mutated input: errors become findings, never exceptions', { timeout: 240_000 }, () => {
  it('SQLAlchemy models', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(soup(PYTHON_TOKENS), mutated(MODEL_FIXTURES, PYTHON_TOKENS, 8000)), async (text) => {
        await breathe();
        const file = { path: 'app/models/__init__.py', text };
        const facts = await sqlalchemyFrontend.extract([file], config);
        expectLocated(facts.problems, file);
      }),
      propertyRun,
    );
  });

  it('Alembic migrations (and their replay)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(soup(PYTHON_TOKENS), mutated(MIGRATION_FIXTURES, PYTHON_TOKENS, 8000)), async (text) => {
        await breathe();
        const file = { path: 'migrations/versions/0001_x.py', text };
        const facts = await alembicFrontend.extract([file], config);
        expectLocated(facts.problems, file);
        replayMigrations(facts.operations, { defaultSchema: 'public' });
      }),
      propertyRun,
    );
  });

  it('SQL migrations (and their replay)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(soup(SQL_TOKENS), mutated(SQL_FIXTURES, SQL_TOKENS, 1500)), async (text) => {
        await breathe();
        const file = { path: 'V1__x.sql', text };
        const facts = await sqlMigrationsFrontend.extract([file], sqlConfig);
        expectLocated(facts.problems, file);
        replayMigrations(facts.operations, { defaultSchema: 'public' });
      }),
      propertyRun,
    );
  });
});
