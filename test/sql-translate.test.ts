import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaOperation } from '../src/operations.js';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import { replayMigrations } from '../src/schema/replay.js';

const origin = { file: 'db/V1__init.sql', line: 1, column: 1 };
const ops = (sql: string): SchemaOperation[] => sqlToOperations(sql, origin).operations;
const only = <K extends SchemaOperation['op']>(sql: string, kind: K): Extract<SchemaOperation, { op: K }> => {
  const found = ops(sql).filter((o) => o.op === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<SchemaOperation, { op: K }>;
};

beforeAll(async () => {
  await loadSqlParser();
});

describe('sqlToOperations: errors and locations', () => {
  it('reports a parse error mid-file at the exact line and column and keeps the later statements', () => {
    const sql = 'CREATE TABLE a (id int);\nCREATE TABLE b (x int,, y int);\n-- comment; with a semicolon\nCREATE TABLE c (z int);\n';
    const result = sqlToOperations(sql, origin);
    expect(result.problems).toEqual([
      { kind: 'parse-error', message: 'SQL does not parse: syntax error at or near ","', location: { file: 'db/V1__init.sql', line: 2, column: 23 } },
    ]);
    expect(result.operations.map((o) => (o.op === 'createTable' ? o.table.name : o.op))).toEqual(['a', 'c']);
    expect(result.operations[1]!.location).toEqual({ file: 'db/V1__init.sql', line: 4, column: 1, endLine: 4, endColumn: 23 });
    const replayed = replayMigrations(result.operations, { defaultSchema: 'public' });
    expect([...replayed.schema.tables.keys()]).toEqual(['public.a', 'public.c']);
  });

  it('offsets locations by the origin (an op.execute literal starting mid-line)', () => {
    const result = sqlToOperations('ALTER TABLE t ADD COLUMN x int;\nALTER TABLE t ADD COLUMN y int,, z int', { file: 'versions/1_a.py', line: 10, column: 16 });
    expect(result.operations[0]!.location).toMatchObject({ line: 10, column: 16 });
    expect(result.problems[0]!.location).toEqual({ file: 'versions/1_a.py', line: 11, column: 32 });
  });

  it('starts a statement at its first token after comments of any length, cut anywhere by the scanning window', () => {
    // The statement's head is scanned in a growing window (256 bytes, then 1 KiB, ...): comments
    // around and across its edges, a `--` split by it, a nested block comment, non-ASCII text.
    for (const pad of [0, 240, 252, 253, 254, 255, 256, 257, 300, 1100]) {
      const comment = `-- ${'é'.repeat(Math.floor(pad / 4))}${'x'.repeat(pad - 2 * Math.floor(pad / 4))}`;
      const sql = `CREATE TABLE a (id int);
${comment}
  /* one /* nested */ block */ -- and a line
	CREATE TABLE b (id int);
`;
      const created = sqlToOperations(sql, origin).operations.filter((o) => o.op === 'createTable');
      expect(created.map((o) => [o.location.line, o.location.column])).toEqual([[1, 1], [4, 2]]);
    }
  });

  it('counts columns in characters, not UTF-8 bytes', () => {
    const result = sqlToOperations("COMMENT ON TABLE t IS 'café';\nCREATE TABLE é (a int,, b int);", origin);
    expect(result.problems[0]!.location).toEqual({ file: 'db/V1__init.sql', line: 2, column: 23 });
  });

  it('keeps $$ strings and comments inside one statement when splitting after an error', () => {
    const sql = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nCREATE TABLE broken (;\nCREATE TABLE ok (a int); -- trailing; comment";
    const result = sqlToOperations(sql, origin);
    expect(result.problems.map((p) => [p.kind, p.location.line, p.location.column])).toEqual([['parse-error', 2, 22]]);
    expect(result.operations.map((o) => o.op)).toEqual(['createTable']);
  });

  it('keeps the statements before an unterminated string', () => {
    const result = sqlToOperations("CREATE TABLE a (id int);\nCOMMENT ON TABLE a IS 'oops;\n", origin);
    expect(result.operations.map((o) => o.op)).toEqual(['createTable']);
    expect(result.problems).toEqual([
      { kind: 'parse-error', message: 'SQL does not parse: unterminated quoted string at or near "\'oops;\n"', location: { file: 'db/V1__init.sql', line: 2, column: 23 } },
    ]);
  });

  it('turns DO blocks into an uncertain operation and an unresolved problem', () => {
    const result = sqlToOperations("SELECT 1;\nDO $$ BEGIN EXECUTE 'ALTER TABLE t ADD c int'; END $$;", origin);
    expect(result.operations).toEqual([
      { op: 'uncertain', tables: [], reason: 'a DO block runs SQL built at run time (EXECUTE), which cannot be evaluated statically', location: { file: 'db/V1__init.sql', line: 2, column: 1, endLine: 2, endColumn: 54 } },
    ]);
    expect(result.problems).toEqual([
      { kind: 'unresolved', message: 'a DO block runs SQL built at run time (EXECUTE), which cannot be evaluated statically', location: { file: 'db/V1__init.sql', line: 2, column: 1, endLine: 2, endColumn: 54 }, tables: [] },
    ]);
  });

  it('skips transactions, DML, functions, grants and extensions without a word', () => {
    const result = sqlToOperations(
      "BEGIN; SET lock_timeout = 0; INSERT INTO t VALUES (1); UPDATE t SET a = 1; DELETE FROM t; CREATE EXTENSION IF NOT EXISTS pgcrypto; GRANT SELECT ON t TO x; CREATE SEQUENCE s; COMMIT;",
      origin,
    );
    expect(result).toEqual({ operations: [], problems: [] });
  });
});

describe('sqlToOperations: identifiers', () => {
  it('folds unquoted identifiers and keeps quoted ones, as Postgres does', () => {
    expect(ops('CREATE TABLE "MixedCase" ("Id" int); CREATE TABLE MixedCase (Id int);').map((o) => (o.op === 'createTable' ? [o.table.name, o.columns[0]!.name] : null))).toEqual([
      ['MixedCase', 'Id'],
      ['mixedcase', 'id'],
    ]);
  });

  it('keeps schema qualification for the replay to resolve', () => {
    expect(only('CREATE INDEX ix ON billing.invoices (a)', 'createIndex')).toMatchObject({ table: { schema: 'billing', name: 'invoices' }, schema: 'billing', name: 'ix' });
  });

  it('reads search_path from SET and from pg_dump set_config', () => {
    expect(ops("SET search_path TO app, public; SET search_path = DEFAULT; SELECT pg_catalog.set_config('search_path', '', false);").map((o) => (o.op === 'setSearchPath' ? o.schemas : null))).toEqual([
      ['app', 'public'],
      [],
      [],
    ]);
  });
});

describe('sqlToOperations: columns', () => {
  it('canonicalises types', () => {
    const table = only(
      'CREATE TABLE t (a int4, b varchar(20), c timestamptz, d timestamp(3), e numeric(10,2)[], f double precision, g char, h interval day to second, i public.mood, j text[][], k float(10))',
      'createTable',
    );
    expect(table.columns.map((c) => c.type)).toEqual([
      'integer', 'character varying(20)', 'timestamp with time zone', 'timestamp(3) without time zone', 'numeric(10,2)[]',
      'double precision', 'character(1)', 'interval day to second', 'mood', 'text[]', 'real',
    ]);
  });

  it('renders defaults in the catalog spelling', () => {
    const table = only(
      "CREATE TABLE t (a varchar(10) DEFAULT 'pending', b int DEFAULT -1, c boolean DEFAULT 't', d numeric DEFAULT 0, e timestamptz DEFAULT CURRENT_TIMESTAMP, f jsonb DEFAULT '{}', g uuid DEFAULT gen_random_uuid(), h bigint DEFAULT 0::bigint, i text DEFAULT 'it''s', j int DEFAULT nextval('s'), k numeric DEFAULT -2.5, l date DEFAULT now()::date, m mood DEFAULT 'ok')",
      'createTable',
    );
    expect(table.columns.map((c) => c.default)).toEqual([
      "'pending'::character varying", "'-1'::integer", 'true', '0', 'CURRENT_TIMESTAMP', "'{}'::jsonb", 'gen_random_uuid()',
      '(0)::bigint', "'it''s'::text", "nextval('s'::regclass)", "'-2.5'::numeric", '(now())::date', "'ok'",
    ]);
  });

  it('falls back to the source text for forms it does not render', () => {
    const table = only("CREATE TABLE t (a timestamp DEFAULT (now() AT TIME ZONE 'utc'), b int DEFAULT 1 NOT NULL, c text DEFAULT (CASE WHEN true THEN 'x' END), d timestamp DEFAULT timezone('utc', now()))", 'createTable');
    expect(table.columns.map((c) => c.default)).toEqual(["(now() AT TIME ZONE 'utc'::text)", '1', "(CASE WHEN true THEN 'x' END)", "timezone('utc'::text, now())"]);
  });

  it('turns serial and identity into NOT NULL generated columns', () => {
    const table = only('CREATE TABLE t (a serial, b bigserial, c smallserial, d int GENERATED ALWAYS AS IDENTITY)', 'createTable');
    expect(table.columns.map((c) => [c.type, c.nullable, c.generated])).toEqual([
      ['integer', false, 'serial'], ['bigint', false, 'serial'], ['smallint', false, 'serial'], ['integer', false, 'identity'],
    ]);
    const replayed = replayMigrations(ops('CREATE TABLE t (a serial, b bigserial)'), { defaultSchema: 'public' });
    expect(replayed.schema.tables.get('public.t')!.columns.map((c) => c.default)).toEqual(["nextval('t_a_seq'::regclass)", "nextval('t_b_seq'::regclass)"]);
  });

  it('collects column and table constraints with their actions', () => {
    const table = only(
      'CREATE TABLE t (id int PRIMARY KEY, u int REFERENCES users ON DELETE CASCADE, e text UNIQUE CHECK (e <> \'\'), CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id) ON UPDATE SET NULL)',
      'createTable',
    );
    expect(table.constraints.map(({ location: _l, ...c }) => c)).toEqual([
      { kind: 'primaryKey', name: null, columns: ['id'] },
      { kind: 'foreignKey', name: null, columns: ['u'], refTable: { schema: null, name: 'users' }, refColumns: [], onDelete: 'CASCADE', onUpdate: null },
      { kind: 'unique', name: null, columns: ['e'] },
      { kind: 'check', name: null, expression: "(e <> ''::text)", columns: ['e'] },
      { kind: 'foreignKey', name: 'fk', columns: ['u'], refTable: { schema: null, name: 'users' }, refColumns: ['id'], onDelete: null, onUpdate: 'SET NULL' },
    ]);
  });

  it('notes LIKE, INHERITS and PARTITION BY', () => {
    const table = only('CREATE TABLE IF NOT EXISTS c (LIKE p, x int) INHERITS (q) PARTITION BY RANGE (x)', 'createTable');
    expect(table).toMatchObject({ ifNotExists: true, like: [{ schema: null, name: 'p' }], inherits: [{ schema: null, name: 'q' }], notes: ['INHERITS (q)', 'PARTITION BY RANGE'] });
    expect(only("CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", 'createTable')).toMatchObject({
      partitionOf: { schema: null, name: 'm' }, notes: ['PARTITION OF m'], columns: [],
    });
  });
});

describe('sqlToOperations: ALTER, DROP, indexes, enums', () => {
  it('splits several ALTER TABLE subcommands into operations', () => {
    const result = ops(
      "ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS a int NOT NULL DEFAULT 0, DROP COLUMN b CASCADE, ALTER COLUMN c TYPE bigint USING c::bigint, ALTER c SET NOT NULL, ALTER d DROP NOT NULL, ALTER e SET DEFAULT 'x', ALTER e DROP DEFAULT, ALTER f ADD GENERATED ALWAYS AS IDENTITY, ADD CONSTRAINT k UNIQUE (a, c), DROP CONSTRAINT IF EXISTS old",
    );
    expect(result.map(({ location: _l, ...o }) => (o.op === 'addColumn' ? { ...o, column: { ...o.column, location: undefined } } : o))).toEqual([
      { op: 'addColumn', table: { schema: null, name: 't' }, column: { name: 'a', type: 'integer', nullable: false, default: '0', location: undefined }, ifNotExists: true },
      { op: 'dropColumn', table: { schema: null, name: 't' }, column: 'b', ifExists: false, cascade: true },
      { op: 'alterColumn', table: { schema: null, name: 't' }, column: 'c', type: 'bigint' },
      { op: 'alterColumn', table: { schema: null, name: 't' }, column: 'c', nullable: false },
      { op: 'alterColumn', table: { schema: null, name: 't' }, column: 'd', nullable: true },
      { op: 'alterColumn', table: { schema: null, name: 't' }, column: 'e', default: "'x'" },
      { op: 'alterColumn', table: { schema: null, name: 't' }, column: 'e', default: null },
      { op: 'alterColumn', table: { schema: null, name: 't' }, column: 'f', generated: 'identity' },
      { op: 'addConstraint', table: { schema: null, name: 't' }, constraint: { kind: 'unique', name: 'k', columns: ['a', 'c'], location: { file: 'db/V1__init.sql', line: 1, column: 276 } } },
      { op: 'dropConstraint', table: { schema: null, name: 't' }, name: 'old', ifExists: true, cascade: false },
    ]);
  });

  it('reads renames, schema moves and drops', () => {
    expect(ops('ALTER TABLE a RENAME TO b; ALTER TABLE b RENAME COLUMN x TO y; ALTER TABLE b RENAME CONSTRAINT k TO kk; ALTER TABLE b SET SCHEMA s; ALTER INDEX s.i RENAME TO j; ALTER INDEX IF EXISTS gone RENAME TO k; DROP TABLE IF EXISTS s.b, c CASCADE; DROP INDEX CONCURRENTLY IF EXISTS j; DROP TYPE mood; DROP SCHEMA s CASCADE').map(({ location: _l, ...o }) => o)).toEqual([
      { op: 'renameTable', table: { schema: null, name: 'a' }, newName: 'b' },
      { op: 'renameColumn', table: { schema: null, name: 'b' }, column: 'x', newName: 'y' },
      { op: 'renameConstraint', table: { schema: null, name: 'b' }, name: 'k', newName: 'kk' },
      { op: 'setTableSchema', table: { schema: null, name: 'b' }, newSchema: 's' },
      { op: 'renameIndex', index: { schema: 's', name: 'i' }, newName: 'j' },
      { op: 'renameIndex', index: { schema: null, name: 'gone' }, newName: 'k', ifExists: true },
      { op: 'dropTable', table: { schema: 's', name: 'b' }, ifExists: true, cascade: true },
      { op: 'dropTable', table: { schema: null, name: 'c' }, ifExists: true, cascade: true },
      { op: 'dropIndex', index: { schema: null, name: 'j' }, ifExists: true },
      { op: 'dropEnum', name: { schema: null, name: 'mood' }, ifExists: false },
      { op: 'dropSchema', name: 's', ifExists: false, cascade: true },
    ]);
  });

  it('marks expression index columns and keeps partial predicates', () => {
    expect(only("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix ON users (lower(email), id) WHERE deleted_at IS NULL AND kind = 'a'", 'createIndex')).toMatchObject({
      name: 'ix', unique: true, ifNotExists: true, columns: ['(lower(email))', 'id'], where: "((deleted_at IS NULL) AND (kind = 'a'::text))",
    });
  });

  it('reads enum creation and changes', () => {
    expect(ops("CREATE TYPE s.mood AS ENUM ('a', 'b'); ALTER TYPE mood ADD VALUE IF NOT EXISTS 'c' AFTER 'a'; ALTER TYPE mood ADD VALUE 'z' BEFORE 'a'; ALTER TYPE mood RENAME VALUE 'b' TO 'bb'").map(({ location: _l, ...o }) => o)).toEqual([
      { op: 'createEnum', name: { schema: 's', name: 'mood' }, values: ['a', 'b'] },
      { op: 'alterEnumAddValue', name: { schema: null, name: 'mood' }, value: 'c', before: null, after: 'a', ifNotExists: true },
      { op: 'alterEnumAddValue', name: { schema: null, name: 'mood' }, value: 'z', before: 'a', after: null, ifNotExists: false },
      { op: 'alterEnumRenameValue', name: { schema: null, name: 'mood' }, from: 'b', to: 'bb' },
    ]);
  });

  it('reads comments on tables and columns', () => {
    expect(ops("COMMENT ON TABLE s.t IS 'hello'; COMMENT ON COLUMN t.c IS NULL").map(({ location: _l, ...o }) => o)).toEqual([
      { op: 'comment', table: { schema: 's', name: 't' }, column: null, text: 'hello' },
      { op: 'comment', table: { schema: null, name: 't' }, column: 'c', text: null },
    ]);
  });
});
