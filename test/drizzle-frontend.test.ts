/**
 * The Drizzle model frontend: its model schema checked against drizzle-orm's own reading of the
 * example project's schema module (getTableConfig, which runs the module: it is ours), and the
 * cases the example project does not cover.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { drizzleFrontend } from '../src/frontends/ts/drizzle.js';
import type { ModelFacts, ProjectSources } from '../src/frontends/types.js';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import * as blog from '../fixtures/ts-orms/drizzle-blog/src/db/schema.js';
import { modelsConfig } from './sqlalchemy-helpers.js';

const root = path.resolve(__dirname, '../fixtures/ts-orms/drizzle-blog');

function project(files: Record<string, string>): ProjectSources {
  return { paths: Object.keys(files).sort(), read: (p) => files[p] ?? null };
}

async function extract(files: Record<string, string>, config: Record<string, string> = {}): Promise<ModelFacts> {
  return drizzleFrontend.extract(Object.entries(files).map(([p, text]) => ({ path: p, text })), modelsConfig({ orm: 'drizzle', include: ['src/**/*.ts'] }), project(config));
}

/** A SQL type spelling in ormlint's canonical form, read by the same SQL frontend. */
function canonical(sqlType: string): string | null {
  const op = sqlToOperations(`CREATE TABLE t ("c" ${sqlType});`, { file: 'x.sql', line: 1, column: 1 }).operations[0];
  return op?.op === 'createTable' ? op.columns[0]!.type : null;
}

describe('the model schema agrees with drizzle-orm\'s getTableConfig', () => {
  beforeAll(loadSqlParser);

  it('the example project drizzle-blog', async () => {
    const file = 'src/db/schema.ts';
    const facts = await extract({ [file]: readFileSync(path.join(root, file), 'utf8') }, { 'drizzle.config.ts': readFileSync(path.join(root, 'drizzle.config.ts'), 'utf8') });
    expect(facts.problems).toEqual([]);
    const tables = (Object.values(blog) as unknown[]).filter((v): v is PgTable => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v);
    expect(tables.length).toBe(5);
    // The unexported table is read too (and reported as unregistered).
    expect(facts.schema.tables.size).toBe(tables.length + 1);
    for (const table of tables) {
      const truth = getTableConfig(table);
      const ours = facts.schema.tables.get(`public.${truth.name}`)!;
      expect(ours, truth.name).toBeDefined();
      expect(ours.columns.map((c) => c.name)).toEqual(truth.columns.map((c) => c.name));
      for (const column of truth.columns) {
        const mine = ours.columns.find((c) => c.name === column.name)!;
        const where = `${truth.name}.${column.name}`;
        expect(mine.type, where).toBe(canonical(column.getSQLType()));
        expect(mine.nullable, where).toBe(!column.notNull && !column.primary);
        expect(mine.primaryKey, where).toBe(column.primary || truth.primaryKeys.some((k) => k.columns.some((c) => c.name === column.name)));
        if (column.isUnique) expect(ours.uniques.map((u) => u.name), where).toContain(column.uniqueName);
        expect(mine.default !== null || mine.generated === 'serial', `${where} has a default`).toBe(column.hasDefault && !(column.defaultFn || column.onUpdateFn));
      }
      expect(ours.indexes.map((i) => `${i.name} ${i.unique} ${i.columns.join()}`).sort()).toEqual(
        truth.indexes.map((i) => `${i.config.name} ${i.config.unique} ${i.config.columns.map((c) => (c as { name: string }).name).join()}`).sort(),
      );
      const fks = [...truth.foreignKeys.map((fk) => ({ name: fk.getName(), onDelete: fk.onDelete ?? 'no action', ref: fk.reference() }))];
      expect(ours.foreignKeys.map((k) => `${k.name} ${k.columns.join()} -> ${k.refTable}(${k.refColumns.join()}) ${String(k.onDelete ?? 'no action').toLowerCase()}`).sort()).toEqual(
        fks.map((fk) => `${fk.name} ${fk.ref.columns.map((c) => c.name).join()} -> public.${getTableConfig(fk.ref.foreignTable).name}(${fk.ref.foreignColumns.map((c) => c.name).join()}) ${fk.onDelete}`).sort(),
      );
      for (const pk of truth.primaryKeys) expect(ours.primaryKey?.name).toBe(pk.getName());
    }
    expect(facts.schema.enums.get('public.role')?.values).toEqual([...blog.roleEnum.enumValues]);
  });
});

describe('Drizzle frontend', () => {
  beforeAll(loadSqlParser);

  it('names columns in snake_case when drizzle.config.ts says casing: "snake_case"', async () => {
    const facts = await extract(
      { 'src/db/schema.ts': 'import { pgTable, integer, text, timestamp } from "drizzle-orm/pg-core";\nexport const userAccounts = pgTable("user_accounts", {\n  id: integer().primaryKey().generatedAlwaysAsIdentity(),\n  displayName: text().notNull(),\n  createdAt: timestamp({ withTimezone: true, precision: 3 }).defaultNow(),\n});\n' },
      { 'drizzle.config.ts': 'import { defineConfig } from "drizzle-kit";\nexport default defineConfig({ dialect: "postgresql", schema: "./src/db/schema.ts", casing: "snake_case" });\n' },
    );
    expect(facts.problems).toEqual([]);
    const table = facts.schema.tables.get('public.user_accounts')!;
    expect(table.columns.map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}${c.default ? ` DEFAULT ${c.default}` : ''}${c.generated ? ` ${c.generated}` : ''}`)).toEqual([
      'id integer NOT NULL identity',
      'display_name text NOT NULL',
      'created_at timestamp(3) with time zone DEFAULT now()',
    ]);
  });

  it('reads pgSchema tables, object-form extras and foreignKey()', async () => {
    const facts = await extract({
      'src/db/schema.ts': `import { pgSchema, integer, text, foreignKey, unique, index } from "drizzle-orm/pg-core";
export const billing = pgSchema("billing");
export const status = billing.enum("status", ["open", "paid"]);
export const accounts = billing.table("accounts", { id: integer("id").primaryKey(), owner: text("owner") });
export const invoices = billing.table("invoices", {
  id: integer("id").primaryKey(),
  accountId: integer("account_id").notNull(),
  number: text("number").notNull(),
  state: status("state").default("open"),
}, (t) => ({
  accountFk: foreignKey({ columns: [t.accountId], foreignColumns: [accounts.id], name: "invoices_account_fk" }).onDelete("cascade"),
  numberUq: unique().on(t.accountId, t.number),
  stateIdx: index().on(t.state),
}));
`,
    });
    expect(facts.problems).toEqual([]);
    const invoices = facts.schema.tables.get('billing.invoices')!;
    expect(invoices.foreignKeys).toEqual([expect.objectContaining({ name: 'invoices_account_fk', refTable: 'billing.accounts', onDelete: 'CASCADE' })]);
    expect(invoices.uniques.map((u) => u.name)).toEqual(['invoices_account_id_number_unique']);
    expect(invoices.indexes.map((i) => i.name)).toEqual(['invoices_state_index']);
    expect(invoices.columns.find((c) => c.name === 'state')).toMatchObject({ type: 'status', default: "'open'::status" });
    expect(facts.registry).toBeNull();
  });

  it('leaves out only what it cannot read: an unknown builder, a computed default', async () => {
    const facts = await extract({
      'src/db/schema.ts': 'import { pgTable, integer, customType } from "drizzle-orm/pg-core";\nconst citext = customType<{ data: string }>({ dataType() { return "citext"; } });\nexport const t = pgTable("t", {\n  id: integer("id").primaryKey(),\n  email: citext("email").notNull(),\n  n: integer("n").default(DEFAULT_N),\n});\n',
    });
    const t = facts.schema.tables.get('public.t')!;
    expect(t.uncertain).toBe(false);
    expect(t.columns.map((c) => `${c.name} ${(c.unknown ?? []).join('|')}`)).toEqual(['id ', 'email type', 'n default']);
    expect(facts.problems.map((p) => `${p.kind} ${p.location.line}:${p.location.column} ${p.cause}`)).toEqual(['unresolved 5:3 unknown-type']);
  });

  it('reports a syntax error and goes on with the other files', async () => {
    const facts = await extract({ 'src/db/a.ts': 'export const = ;', 'src/db/b.ts': 'import { pgTable, serial } from "drizzle-orm/pg-core";\nexport const b = pgTable("b", { id: serial("id").primaryKey() });\n' });
    expect(facts.problems.map((p) => `${p.kind} ${p.location.file}:${p.location.line}`)).toEqual(['parse-error src/db/a.ts:1']);
    expect([...facts.schema.tables.keys()]).toEqual(['public.b']);
  });
});
