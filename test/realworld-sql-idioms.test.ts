/**
 * The idioms the real-world SQL projects showed ormlint getting wrong: dbmate/goose/sql-migrate
 * down sections, DO blocks (drizzle-kit's foreign keys, create-if-missing guards), Prisma's enum
 * swap (ALTER TYPE ... RENAME TO), ADD CONSTRAINT ... USING INDEX, and Flyway placeholders.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sqlMigrationsFrontend } from '../src/frontends/sql/migrations.js';
import { orderMigrationFiles } from '../src/frontends/sql/order.js';
import { forwardSection, withoutCopyData } from '../src/frontends/sql/sections.js';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import { replayMigrations } from '../src/schema/replay.js';
import { comparableSchema } from './helpers/pgCatalog.js';
import { testConfig } from './helpers/config.js';

beforeAll(async () => {
  await loadSqlParser();
});

const config = testConfig();

function replaySql(sql: string) {
  const translated = sqlToOperations(sql, { file: 'm.sql', line: 1, column: 1 });
  const replay = replayMigrations(translated.operations, { defaultSchema: 'public' });
  return { ...translated, replay, schema: comparableSchema(replay.schema) as { tables: Record<string, { columns: string[]; uniques: string[]; indexes: string[]; foreignKeys: string[]; primaryKey: string | null }>; enums: Record<string, string[]> } };
}

function problems(list: { kind: string; message: string; location: { line: number; column: number }; tables?: string[] }[]): string[] {
  return list.map((p) => `${p.kind} ${p.location.line}:${p.location.column} [${(p.tables ?? []).join(',')}] ${p.message}`);
}

describe('up/down sections in one file', () => {
  it('dbmate: blanks the down section, keeps lines and columns', () => {
    const text = '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n';
    const forward = forwardSection(text);
    expect(forward.length).toBe(text.length);
    expect(forward.split('\n')).toEqual(['-- migrate:up', 'CREATE TABLE a (id int);', '', '               ', '             ', '']);
  });

  it('ignores a marker inside a string or a $$ body, and one that is not at the start of a line', () => {
    const text = "-- migrate:up\nCREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$\n-- migrate:down\nSELECT 'x'$$;\nSELECT 1; -- migrate:down\n";
    expect(forwardSection(text)).toBe(text);
  });

  it('goose and sql-migrate markers; text before the first marker is not applied', () => {
    expect(forwardSection('CREATE TABLE z (id int);\n-- +goose Up\nCREATE TABLE g (id int);\n-- +goose Down\nDROP TABLE g;')).toBe(
      '                        \n-- +goose Up\nCREATE TABLE g (id int);\n              \n             ',
    );
    expect(forwardSection('-- +migrate Up\nCREATE TABLE m (id int);\n-- +migrate Down\nDROP TABLE m;')).toBe('-- +migrate Up\nCREATE TABLE m (id int);\n                \n             ');
  });

  it('a file without markers (golang-migrate, Flyway) is unchanged', () => {
    const text = 'CREATE TABLE a (id int);\n-- migrate is fun\n';
    expect(forwardSection(text)).toBe(text);
  });

  it('the frontend replays only the up section of a dbmate file', async () => {
    const facts = await sqlMigrationsFrontend.extract(
      [{ path: 'db/migrations/20240101000000_init.sql', text: '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\nCREATE TABLE legacy (id int);\n' }],
      config,
    );
    expect(facts.operations.map((o) => `${o.op} ${o.location.line}`)).toEqual(['createTable 2']);
    expect(facts.problems).toEqual([]);
  });
});

describe('DO blocks', () => {
  const drizzleFk = [
    'CREATE TABLE "a" ("id" serial PRIMARY KEY NOT NULL);',
    'CREATE TABLE "b" ("id" serial PRIMARY KEY NOT NULL, "a_id" integer NOT NULL);',
    'DO $$ BEGIN',
    ' ALTER TABLE "b" ADD CONSTRAINT "b_a_id_a_id_fk" FOREIGN KEY ("a_id") REFERENCES "public"."a"("id") ON DELETE cascade ON UPDATE no action;',
    'EXCEPTION',
    ' WHEN duplicate_object THEN null;',
    'END $$;',
  ].join('\n');

  it("drizzle-kit's foreign key block is applied, located where the ALTER is written, with no notice", () => {
    const { operations, problems: found, schema } = replaySql(drizzleFk);
    expect(found).toEqual([]);
    expect(schema.tables['public.b']!.foreignKeys).toEqual(['b_a_id_a_id_fk (a_id) -> public.a (id) ON DELETE CASCADE']);
    const add = operations.find((o) => o.op === 'addConstraint')!;
    expect([add.location.line, add.location.column]).toEqual([4, 2]);
  });

  it('a guarded statement whose object already exists does nothing (drizzle re-emits enums and keys)', () => {
    const again = drizzleFk.split('\n').slice(2).join('\n');
    const enumBlock = "DO $$ BEGIN\n CREATE TYPE \"public\".\"s\" AS ENUM('a');\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;";
    const { problems: found, replay } = replaySql(`${drizzleFk}\n${again}\n${enumBlock}\n${enumBlock}`);
    expect(found).toEqual([]);
    expect(replay.problems).toEqual([]);
    expect(replay.schema.tables.get('public.b')!.foreignKeys.map((f) => f.name)).toEqual(['b_a_id_a_id_fk']);
  });

  it('the same statement outside a guard is replayed as written (a duplicate is a replay problem)', () => {
    const { replay } = replaySql("CREATE TYPE s AS ENUM ('a');\nDO $$ BEGIN CREATE TYPE s AS ENUM ('a'); END $$;");
    expect(replay.problems.map((p) => [p.location.line, p.location.column, p.message])).toEqual([[2, 13, 'CREATE TYPE "s": an earlier migration already creates this type']]);
  });

  it('a create-if-missing enum guard is applied', () => {
    const { problems: found, schema } = replaySql(
      "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN\n    CREATE TYPE mood AS ENUM ('ok', 'sad');\n  END IF;\nEND\n$$;",
    );
    expect(found).toEqual([]);
    expect(schema.enums).toEqual({ 'public.mood': ['ok', 'sad'] });
  });

  it('a block that swallows every error: applied, but its tables are uncertain', () => {
    const { problems: found, replay } = replaySql(drizzleFk.replace('duplicate_object', 'others'));
    expect(problems(found)).toEqual(['unresolved 3:1 [b] a DO block changes these tables under conditions that cannot be evaluated statically']);
    expect(replay.schema.tables.get('public.b')!.uncertain).toBe(true);
    expect(replay.schema.tables.get('public.a')!.uncertain).toBe(false);
    expect(replay.schema.tables.get('public.b')!.foreignKeys.map((f) => f.name)).toEqual(['b_a_id_a_id_fk']);
  });

  it('a conditional on data marks the table it alters', () => {
    const { problems: found } = replaySql(
      "CREATE TABLE t (id int);\nDO $$\nBEGIN\n  IF (SELECT count(*) FROM t) > 0 THEN\n    ALTER TABLE t ADD COLUMN legacy boolean;\n  END IF;\nEND $$;",
    );
    expect(problems(found)).toEqual(['unresolved 2:1 [t] a DO block changes these tables under conditions that cannot be evaluated statically']);
  });

  it('dynamic EXECUTE stays unresolved with no known table', () => {
    const { problems: found } = replaySql("DO $$ BEGIN EXECUTE 'ALTER TABLE ' || 't' || ' ADD COLUMN x int'; END $$;");
    expect(problems(found)).toEqual(['unresolved 1:1 [] a DO block runs SQL built at run time (EXECUTE), which cannot be evaluated statically']);
  });

  it('a data backfill loop changes no table shape: no notice', () => {
    const { problems: found } = replaySql(
      'CREATE TABLE t (id int, n int);\nDO $$\nDECLARE r record;\nBEGIN\n  FOR r IN SELECT id FROM t LOOP\n    UPDATE t SET n = 0 WHERE id = r.id;\n  END LOOP;\nEND $$;',
    );
    expect(found).toEqual([]);
  });

  it('a block in another language stays a generic notice', () => {
    const { problems: found } = replaySql("DO LANGUAGE plv8 $$ plv8.execute('ALTER TABLE t ADD COLUMN x int') $$;");
    expect(problems(found)).toEqual(['unresolved 1:1 [] a DO block runs procedural code that cannot be evaluated statically']);
  });

  it('a syntax error inside the block is a parse-error at the DO statement (the PL/pgSQL parser gives no cursor)', () => {
    const { problems: found } = replaySql('CREATE TABLE t (id int);\nDO $$ BEGIN\n  ALTER TABLE t ADD COLUMN x int DEFAUL 1;\nEXCEPTION WHEN duplicate_column THEN null;\nEND $$;');
    expect(problems(found)).toEqual(['parse-error 2:1 [] the DO block\'s PL/pgSQL does not parse: syntax error at or near "DEFAUL"']);
  });
});

describe("Prisma's enum swap and ALTER TYPE ... RENAME TO", () => {
  it('columns follow the renamed type, with their default labels', () => {
    const { schema, replay } = replaySql(
      [
        'CREATE TYPE mood AS ENUM (\'ok\', \'sad\');',
        "CREATE TABLE t (m mood DEFAULT 'ok', ms mood[]);",
        'ALTER TYPE mood RENAME TO feeling;',
      ].join('\n'),
    );
    expect(replay.problems).toEqual([]);
    expect(schema.tables['public.t']!.columns).toEqual(["m feeling DEFAULT 'ok'::feeling", 'ms feeling[]']);
    expect(schema.enums).toEqual({ 'public.feeling': ['ok', 'sad'] });
  });

  it('renaming onto an existing type is a problem', () => {
    const { replay } = replaySql("CREATE TYPE a AS ENUM ('x');\nCREATE TYPE b AS ENUM ('y');\nALTER TYPE a RENAME TO b;");
    expect(replay.problems.map((p) => [p.location.line, p.message])).toEqual([[3, 'ALTER TYPE "a" RENAME TO b: that type already exists']]);
  });
});

describe('ADD CONSTRAINT ... USING INDEX', () => {
  it('the unique index becomes the constraint, renamed; an unnamed primary key takes the index name', () => {
    const { schema, replay } = replaySql(
      [
        'CREATE TABLE t (id int, code text);',
        'CREATE UNIQUE INDEX CONCURRENTLY t_code_idx ON t (code);',
        'ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_idx;',
        'CREATE UNIQUE INDEX t_id_idx ON t (id);',
        'ALTER TABLE t ADD PRIMARY KEY USING INDEX t_id_idx;',
      ].join('\n'),
    );
    expect(replay.problems).toEqual([]);
    expect(schema.tables['public.t']).toMatchObject({ primaryKey: 't_id_idx (id)', uniques: ['t_code_key (code)'], indexes: [], columns: ['id integer NOT NULL', 'code text'] });
  });

  it('a missing or non-unique index is a problem at the constraint', () => {
    const { replay } = replaySql('CREATE TABLE t (code text);\nCREATE INDEX t_code_idx ON t (code);\nALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX t_code_idx;');
    expect(replay.problems.map((p) => [p.location.line, p.message])).toEqual([[3, 'ALTER TABLE "public"."t" ADD CONSTRAINT ... USING INDEX "t_code_idx": the index is not a plain unique index']]);
  });
});

describe('Flyway placeholders', () => {
  it('${flyway:defaultSchema} is the configured schema; locations stay the file\'s', async () => {
    const facts = await sqlMigrationsFrontend.extract(
      [{ path: 'db/migration/V1__init.sql', text: 'CREATE TABLE ${flyway:defaultSchema}.users (id int);\nCREATE INDEX users_id_idx ON ${flyway:defaultSchema}.users (id);\n' }],
      testConfig('/repo', { defaultSchema: 'app' }),
    );
    expect(facts.problems).toEqual([]);
    expect(facts.operations.map((o) => [o.op, (o as { table?: unknown }).table, o.location.line, o.location.column, o.location.endColumn])).toEqual([
      ['createTable', { schema: 'app', name: 'users' }, 1, 1, 52],
      ['createIndex', { schema: 'app', name: 'users' }, 2, 1, 64],
    ]);
  });

  it('an unknown placeholder naming a schema: the search_path schema, uncertain, a notice at the placeholder (not a parse-error)', async () => {
    const facts = await sqlMigrationsFrontend.extract(
      [{ path: 'db/migration/V1__init.sql', text: "CREATE TABLE ${schema}.users (id int);\nGRANT SELECT ON ${schema}.users TO ${readonly_role};\nCOMMENT ON TABLE users IS '${not_a_placeholder}';\n" }],
      config,
    );
    expect(problems(facts.problems)).toEqual([
      "unresolved 1:14 [users] ${schema} is a Flyway placeholder whose value is configured outside the migrations; ormlint takes a schema it names to be the search_path's",
    ]);
    const replay = replayMigrations(facts.operations, { defaultSchema: 'public' });
    expect([...replay.schema.tables.keys()]).toEqual(['public.users']);
    expect(replay.schema.tables.get('public.users')!.uncertain).toBe(true);
    expect(replay.schema.tables.get('public.users')!.comment).toBe('${not_a_placeholder}');
  });
});

describe('text around the SQL', () => {
  it('COPY ... FROM stdin rows and their \\. are blanked; the statements after them count', async () => {
    const text = "CREATE TABLE a (id int, n text);\nCOPY public.a (id, n) FROM stdin;\n1\tit's\n2\t\\N\n\\.\n\nCREATE TABLE b (id int);\nCOPY b FROM STDIN WITH (FORMAT csv);\n7\n\\.\nALTER TABLE b ADD COLUMN x int;\n";
    const forward = withoutCopyData(text);
    expect(forward.split('\n')).toEqual([
      'CREATE TABLE a (id int, n text);', 'COPY public.a (id, n) FROM stdin;', '      ', '    ', '  ', '', 'CREATE TABLE b (id int);', 'COPY b FROM STDIN WITH (FORMAT csv);', ' ', '  ', 'ALTER TABLE b ADD COLUMN x int;', '',
    ]);
    const facts = await sqlMigrationsFrontend.extract([{ path: 'db/migration/V1__seed.sql', text }], config);
    expect(facts.problems).toEqual([]);
    expect(facts.operations.map((o) => `${o.op} ${o.location.line}:${o.location.column}`)).toEqual(['createTable 1:1', 'createTable 7:1', 'addColumn 11:1']);
  });

  it('a byte order mark is skipped and not counted as a column', async () => {
    const facts = await sqlMigrationsFrontend.extract([{ path: 'db/migration/V1__init.sql', text: '\uFEFFCREATE TABLE a (id int);\nALTER TABLE a ADD COLUMN x int DEFAUL 1;' }], config);
    expect(facts.operations.map((o) => `${o.op} ${o.location.line}:${o.location.column}`)).toEqual(['createTable 1:1']);
    expect(facts.problems.map((p) => `${p.kind} ${p.location.line}:${p.location.column}`)).toEqual(['parse-error 2:32']);
  });
});

describe('Flyway callbacks', () => {
  it('migrate callbacks are replayed after the versioned files; clean/validate/info callbacks never', () => {
    expect(orderMigrationFiles(['db/migration/beforeClean.sql', 'db/migration/afterMigrate__grants.sql', 'db/migration/V1__init.sql', 'db/migration/afterValidate.sql', 'db/migration/beforeEachMigrate.sql', 'db/migration/beforehand.sql']).files.map((f) => [f.path, f.kind])).toEqual([
      ['db/migration/V1__init.sql', 'versioned'],
      ['db/migration/afterMigrate__grants.sql', 'unversioned'],
      ['db/migration/beforeEachMigrate.sql', 'unversioned'],
      ['db/migration/beforehand.sql', 'unversioned'],
    ]);
  });
});
