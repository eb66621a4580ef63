import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/frontends/types.js';
import { sqlMigrationsFrontend } from '../src/frontends/sql/migrations.js';
import { replayMigrations } from '../src/schema/replay.js';
import { testConfig } from './helpers/config.js';

const root = path.join(__dirname, '..', 'fixtures', 'sql');

/** Every .sql file under a fixture folder, paths relative to it (as discovery hands them over). */
function sqlFiles(project: string): SourceFile[] {
  const base = path.join(root, project);
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.sql')) out.push({ path: path.relative(base, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(base);
  return out;
}

const config = testConfig();

describe('sqlMigrationsFrontend', () => {
  it('orders a Flyway folder, chains parents, reports the version clash and the parse error', async () => {
    const facts = await sqlMigrationsFrontend.extract(sqlFiles('flyway'), config);
    expect(facts.migrations.map((m) => [m.id, m.file.replace('db/migration/', ''), m.parents, m.order])).toEqual([
      ['1', 'V1__init.sql', [], 0],
      ['1.1', 'V1.1__profiles.sql', ['1'], 1],
      ['2', 'V2__orders.sql', ['1.1'], 2],
      ['2', 'V2__orders_again.sql', ['2'], 3],
      ['9', 'V9__rename.sql', ['2'], 4],
      ['10', 'V10__drop_bio.sql', ['9'], 5],
      ['R__views', 'R__views.sql', ['10'], 6],
    ]);
    expect(facts.graph).toBeNull();
    expect(facts.versionClashes).toEqual([{ version: '2', files: ['db/migration/V2__orders.sql', 'db/migration/V2__orders_again.sql'] }]);
    expect(facts.problems).toEqual([
      { kind: 'parse-error', message: 'SQL does not parse: syntax error at or near ","', location: { file: 'db/migration/V10__drop_bio.sql', line: 2, column: 41 } },
    ]);
    expect(new Set(facts.operations.map((o) => o.migrationId))).toEqual(new Set(['1', '1.1', '2', '9', '10', 'R__views']));

    const { schema, problems } = replayMigrations(facts.operations, { defaultSchema: 'public' });
    expect(problems).toEqual([]);
    expect([...schema.tables.keys()].sort()).toEqual(['public.coupons', 'public.orders', 'public.profiles', 'public.users']);
    expect([...(schema.views?.keys() ?? [])]).toEqual(['public.order_totals']);
    expect(schema.tables.get('public.orders')!.columns.map((c) => `${c.name} ${c.type} ${c.default}`)).toEqual([
      "id bigint nextval('orders_id_seq'::regclass)",
      'user_id bigint null',
      'total_amount numeric(10,2) 0',
      'placed_at timestamp with time zone now()',
    ]);
    expect(schema.tables.get('public.profiles')!.columns.map((c) => c.name)).toEqual(['user_id']);
  });

  it('takes Prisma versions from the migration folders', async () => {
    const facts = await sqlMigrationsFrontend.extract(sqlFiles('prisma'), config);
    expect(facts.migrations.map((m) => [m.id, m.description, m.parents])).toEqual([
      ['20240101120000', 'init', []],
      ['20240301090000', 'add_posts', ['20240101120000']],
    ]);
    const { schema } = replayMigrations(facts.operations, { defaultSchema: 'public' });
    const user = schema.tables.get('public.User')!;
    expect(user.columns.map((c) => `${c.name} ${c.type} ${c.nullable ? 'NULL' : 'NOT NULL'} ${c.default}`)).toEqual([
      "id integer NOT NULL nextval('\"User_id_seq\"'::regclass)",
      'email text NOT NULL null',
      'name text NULL null',
      'role Role NOT NULL \'USER\'::"Role"',
      'createdAt timestamp(3) without time zone NOT NULL CURRENT_TIMESTAMP',
    ]);
    expect(schema.tables.get('public.Post')!.foreignKeys.map((f) => [f.name, f.refTable, f.onDelete, f.onUpdate])).toEqual([
      ['Post_authorId_fkey', 'public.User', 'RESTRICT', 'CASCADE'],
    ]);
  });
});
