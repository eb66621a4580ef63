import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaOperation } from '../src/operations.js';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import { generatedConstraintName, replayMigrations } from '../src/schema/replay.js';

const file = 'db/V1__init.sql';
const replaySql = (sql: string, defaultSchema = 'public') => replayMigrations(sqlToOperations(sql, { file, line: 1, column: 1 }).operations, { defaultSchema });

beforeAll(async () => {
  await loadSqlParser();
});

describe('replayMigrations: names', () => {
  it('resolves unqualified names through search_path and creates in its first schema', () => {
    const { schema, problems } = replaySql(`
      CREATE SCHEMA app;
      CREATE TABLE shared (id int);
      SET search_path TO app, public;
      CREATE TABLE local (id int);
      ALTER TABLE shared ADD COLUMN note text;
      SET search_path = DEFAULT;
      ALTER TABLE local ADD COLUMN x int;`);
    expect([...schema.tables.keys()].sort()).toEqual(['app.local', 'public.shared']);
    expect(schema.tables.get('public.shared')!.columns.map((c) => c.name)).toEqual(['id', 'note']);
    expect(problems.map((p) => [p.message, p.location.line])).toEqual([['ALTER TABLE "local": no earlier migration creates this table', 8]]);
  });

  it('gives unnamed constraints and indexes the names Postgres generates', () => {
    const { schema } = replaySql(`
      CREATE TABLE users (id int PRIMARY KEY);
      CREATE TABLE orders (id int, user_id int REFERENCES users, email text UNIQUE, total int CHECK (total > 0), CHECK (id > total), PRIMARY KEY (id));
      CREATE INDEX ON orders (user_id); CREATE INDEX ON orders (user_id); CREATE INDEX ON orders (lower(email));`);
    const orders = schema.tables.get('public.orders')!;
    expect(orders.primaryKey).toEqual({ name: 'orders_pkey', columns: ['id'] });
    expect(orders.foreignKeys.map((f) => [f.name, f.refTable, f.refColumns])).toEqual([['orders_user_id_fkey', 'public.users', ['id']]]);
    expect(orders.uniques.map((u) => u.name)).toEqual(['orders_email_key']);
    expect(orders.checks.map((c) => c.name)).toEqual(['orders_total_check', 'orders_check']);
    expect(orders.indexes.map((i) => i.name)).toEqual(['orders_user_id_idx', 'orders_user_id_idx1', 'orders_lower_idx']);
    expect(generatedConstraintName('fkey', 'orders', ['user_id'])).toBe('orders_user_id_fkey');
    expect(generatedConstraintName('pkey', 'orders', ['id'])).toBe('orders_pkey');
  });

  it('frees a generated name once its index is dropped or renamed', () => {
    const { schema } = replaySql('CREATE TABLE t (a int); CREATE INDEX ON t (a); DROP INDEX t_a_idx; CREATE INDEX ON t (a); ALTER INDEX t_a_idx RENAME TO keep; CREATE INDEX ON t (a); CREATE INDEX ON t (a);');
    expect(schema.tables.get('public.t')!.indexes.map((i) => i.name)).toEqual(['keep', 't_a_idx', 't_a_idx1']);
  });

  it('lets DROP CONSTRAINT find a generated name', () => {
    const { schema, problems } = replaySql('CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (a_id int REFERENCES a); ALTER TABLE b DROP CONSTRAINT b_a_id_fkey;');
    expect(problems).toEqual([]);
    expect(schema.tables.get('public.b')!.foreignKeys).toEqual([]);
  });
});

describe('replayMigrations: changes carry through', () => {
  it('makes primary key columns NOT NULL', () => {
    const { schema } = replaySql('CREATE TABLE t (a int, b int); ALTER TABLE t ADD PRIMARY KEY (a, b);');
    expect(schema.tables.get('public.t')!.columns.map((c) => [c.name, c.nullable, c.primaryKey])).toEqual([['a', false, true], ['b', false, true]]);
  });

  it('DROP TABLE CASCADE drops foreign keys of other tables that point at it', () => {
    const { schema } = replaySql('CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int, a_id int REFERENCES a); DROP TABLE a CASCADE;');
    expect([...schema.tables.keys()]).toEqual(['public.b']);
    expect(schema.tables.get('public.b')!.foreignKeys).toEqual([]);
    expect(schema.tables.get('public.b')!.columns.find((c) => c.name === 'a_id')!.foreignKey).toBeNull();
  });

  it('DROP COLUMN drops the indexes and constraints on it', () => {
    const { schema } = replaySql('CREATE TABLE t (a int UNIQUE, b int CHECK (b > 0), c int); CREATE INDEX ON t (a, c); CREATE INDEX ON t (c); ALTER TABLE t DROP COLUMN a, DROP COLUMN b;');
    const t = schema.tables.get('public.t')!;
    expect([t.uniques, t.checks, t.indexes.map((i) => i.name)]).toEqual([[], [], ['t_c_idx']]);
  });

  it('RENAME COLUMN renames it inside indexes, constraints and other tables\' foreign keys', () => {
    const { schema } = replaySql(`
      CREATE TABLE a (id int PRIMARY KEY, code text UNIQUE);
      CREATE TABLE b (a_code text REFERENCES a (code));
      CREATE INDEX a_lower ON a (lower(code)) WHERE code IS NOT NULL;
      ALTER TABLE a RENAME COLUMN code TO slug;`);
    const a = schema.tables.get('public.a')!;
    expect(a.uniques.map((u) => [u.name, u.columns])).toEqual([['a_code_key', ['slug']]]);
    expect(a.indexes.map((i) => [i.columns, i.where])).toEqual([[['(lower(slug))'], '(slug IS NOT NULL)']]);
    expect(schema.tables.get('public.b')!.foreignKeys.map((f) => f.refColumns)).toEqual([['slug']]);
  });

  it('RENAME TABLE updates the foreign keys that point at it and its origin', () => {
    const { schema, origins } = replaySql('CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);\nALTER TABLE a RENAME TO aa;');
    expect(schema.tables.get('public.b')!.foreignKeys.map((f) => f.refTable)).toEqual(['public.aa']);
    expect(origins.get('public.aa')).toEqual({ file, line: 1, column: 1, endLine: 1, endColumn: 36 });
    expect(origins.has('public.a')).toBe(false);
    expect(schema.tables.get('public.aa')!.primaryKey!.name).toBe('a_pkey');
  });

  it('creates, extends, renames and drops enums', () => {
    const { schema } = replaySql("CREATE TYPE m AS ENUM ('a', 'c'); ALTER TYPE m ADD VALUE 'b' BEFORE 'c'; ALTER TYPE m ADD VALUE 'd'; ALTER TYPE m RENAME VALUE 'a' TO 'aa'; CREATE TYPE x AS ENUM (); DROP TYPE x;");
    expect([...schema.enums.values()].map((e) => [e.schema, e.name, e.values])).toEqual([['public', 'm', ['aa', 'b', 'c', 'd']]]);
  });

  it('labels an enum default with its schema when it lives outside the default schema', () => {
    const { schema } = replaySql("CREATE SCHEMA s; CREATE TYPE s.m AS ENUM ('a'); SET search_path = s, public; CREATE TABLE public.t (x m DEFAULT 'a');");
    expect(schema.tables.get('public.t')!.columns[0]!.default).toBe("'a'::s.m");
  });
});

describe('replayMigrations: problems and uncertainty', () => {
  it('reports operations on tables no earlier migration creates, and goes on', () => {
    const { schema, problems } = replaySql('ALTER TABLE ghost ADD COLUMN x int;\nCREATE TABLE real_one (id int);\nDROP TABLE IF EXISTS ghost;\nCREATE INDEX ON ghost (x);');
    expect(problems).toEqual([
      // One notice per missing table (the first statement, and how many more use it), not one per statement.
      { kind: 'unresolved', message: 'ALTER TABLE "ghost": no earlier migration creates this table (nor for 1 later statement that uses it)', location: { file, line: 1, column: 1, endLine: 1, endColumn: 35 }, cause: 'missing-table', item: 'ghost', missingTable: 'public.ghost' },
    ]);
    expect([...schema.tables.keys()]).toEqual(['public.real_one']);
  });

  it('says only "unresolved" about a step on a table that unevaluated code may have made or changed', () => {
    const at = (line: number) => ({ file, line, column: 1 });
    const ops: SchemaOperation[] = [
      { op: 'uncertain', tables: [{ schema: null, name: 'maybe' }], reason: 'op.execute of a built string', location: at(1) },
      { op: 'dropTable', table: { schema: null, name: 'maybe' }, location: at(2) },
      { op: 'createTable', table: { schema: null, name: 'touched' }, columns: [{ name: 'id', type: 'integer' }], constraints: [], location: at(3) },
      { op: 'uncertain', tables: [{ schema: null, name: 'touched' }], reason: 'a loop of op.add_column', location: at(4) },
      { op: 'addColumn', table: { schema: null, name: 'touched' }, column: { name: 'id', type: 'integer' }, location: at(5) },
    ];
    const { problems } = replayMigrations(ops, { defaultSchema: 'public' });
    expect(problems.map((p) => [p.kind, p.location.line])).toEqual([['unresolved', 2], ['unresolved', 5]]);
  });

  it('marks the named tables uncertain and leaves the rest alone when none is named', () => {
    const ops: SchemaOperation[] = [
      { op: 'createTable', table: { schema: null, name: 't' }, columns: [], constraints: [], location: { file, line: 1, column: 1 } },
      { op: 'createTable', table: { schema: null, name: 'u' }, columns: [], constraints: [], location: { file, line: 2, column: 1 } },
      { op: 'uncertain', tables: [{ schema: null, name: 't' }], reason: 'op.execute of a built string', location: { file, line: 3, column: 1 } },
      { op: 'uncertain', tables: [], reason: 'DO block', location: { file, line: 4, column: 1 } },
    ];
    const { schema } = replayMigrations(ops, { defaultSchema: 'public' });
    expect([schema.tables.get('public.t')!.uncertain, schema.tables.get('public.t')!.uncertainReasons, schema.tables.get('public.u')!.uncertain]).toEqual([
      true, ['op.execute of a built string'], false,
    ]);
  });

  it('applies Alembic-style column flags (primary_key, unique, ForeignKey, index)', () => {
    const at = { file: 'versions/1.py', line: 5, column: 5 };
    const ops: SchemaOperation[] = [
      { op: 'createTable', table: { schema: null, name: 'users' }, columns: [{ name: 'id', type: 'integer', primaryKey: true }], constraints: [], location: at },
      {
        op: 'createTable', table: { schema: null, name: 'posts' }, location: at, constraints: [],
        columns: [
          { name: 'id', type: 'integer', primaryKey: true },
          { name: 'user_id', type: 'integer', nullable: false, index: true, references: { table: { schema: null, name: 'users' }, column: 'id', onDelete: 'CASCADE' } },
          { name: 'slug', type: 'character varying(50)', unique: true, default: "'x'" },
        ],
      },
    ];
    const { schema, problems } = replayMigrations(ops, { defaultSchema: 'public' });
    expect(problems).toEqual([]);
    const posts = schema.tables.get('public.posts')!;
    expect(posts.columns.map((c) => [c.name, c.nullable, c.primaryKey, c.unique, c.index, c.foreignKey?.table ?? null, c.default])).toEqual([
      ['id', false, true, false, false, null, null],
      ['user_id', false, false, false, true, 'public.users', null],
      ['slug', true, false, true, false, null, "'x'::character varying"],
    ]);
    expect(posts.foreignKeys[0]).toMatchObject({ name: 'posts_user_id_fkey', onDelete: 'CASCADE' });
    expect(posts.indexes.map((i) => i.name)).toEqual(['ix_posts_user_id']);
  });
});

describe('replayMigrations: code it could not evaluate', () => {
  it('marks existing tables uncertain and records those it may have created as possibly created', () => {
    const at = { file: 'm/1.py', line: 3, column: 5 };
    const operations: SchemaOperation[] = [
      { op: 'createTable', table: { schema: null, name: 'users' }, columns: [{ name: 'id', type: 'integer' }], constraints: [], location: at },
      { op: 'uncertain', tables: [{ schema: null, name: 'users' }, { schema: 'audit', name: 'events' }, { schema: null, name: 'orders' }], reason: 'a create_table in a loop', creates: [{ schema: 'audit', name: 'events' }], location: at },
    ];
    const { schema } = replayMigrations(operations, { defaultSchema: 'public' });
    expect(schema.tables.get('public.users')!.uncertain).toBe(true);
    expect(schema.tables.has('audit.events')).toBe(false);
    // orders is only altered by the code: it cannot have been created by it.
    expect([...(schema.possibleTables ?? [])]).toEqual(['audit.events']);
  });
});

describe('ALTER INDEX IF EXISTS on a missing index (tracecat 476ebaf2ca39)', () => {
  beforeAll(() => loadSqlParser());
  it('is no problem, while without IF EXISTS it is one', () => {
    const replay = (sql: string) => replayMigrations(sqlToOperations(sql, { file: 'V1.sql', line: 1, column: 1 }).operations, { defaultSchema: 'public' });
    expect(replay('CREATE TABLE t (a int); ALTER INDEX IF EXISTS ix_gone RENAME TO ix_new;').problems).toEqual([]);
    expect(replay('CREATE TABLE t (a int); ALTER INDEX ix_gone RENAME TO ix_new;').problems.map((p) => p.message)).toEqual(['ALTER INDEX "ix_gone": no earlier migration creates this index']);
  });
});
