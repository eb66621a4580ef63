/**
 * The Prisma model frontend: its model schema checked against Prisma's own reading of the same
 * schema (the DMMF of @prisma/prisma-schema-wasm, Prisma's schema engine compiled to wasm), and
 * the cases the example project does not cover.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import wasm from '@prisma/prisma-schema-wasm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { modelsConfig } from './sqlalchemy-helpers.js';
import { prismaFrontend } from '../src/frontends/prisma/models.js';
import type { ModelFacts } from '../src/frontends/types.js';
import { loadSqlParser } from '../src/frontends/sql/translate.js';
import type { Schema } from '../src/facts.js';

const config = modelsConfig({ orm: 'prisma', include: ['prisma/**/*.prisma'] });
const extract = (files: Record<string, string>): Promise<ModelFacts> => prismaFrontend.extract(Object.entries(files).map(([p, text]) => ({ path: p, text })), config);

interface DmmfField { name: string; dbName?: string | null; kind: string; isList: boolean; isRequired: boolean; isUnique: boolean; isId: boolean; type: string; relationName?: string; relationFromFields?: string[]; relationToFields?: string[]; relationOnDelete?: string }
interface Dmmf {
  datamodel: {
    models: { name: string; dbName: string | null; fields: DmmfField[]; primaryKey: { fields: string[] } | null }[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; dbName?: string | null; fields: { name: string }[] }[];
  };
}

/** Prisma's own reading (Prisma 7's engine rejects `url` in the datasource; it changes nothing here). */
function dmmf(schema: string): Dmmf {
  return JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: schema.replace(/^\s*url\s*=.*$/m, '') }))) as Dmmf;
}

/** Every fact of the DMMF that lands in the database, checked in ormlint's model schema. */
function expectAgreement(truth: Dmmf, schema: Schema): void {
  const models = new Map(truth.datamodel.models.map((m) => [m.name, m]));
  const tableOf = (model: string) => {
    const m = models.get(model)!;
    const table = schema.tables.get(`public.${m.dbName ?? m.name}`);
    expect(table, `table of ${model}`).toBeDefined();
    return table!;
  };
  const columnOf = (model: string, field: string) => models.get(model)!.fields.find((f) => f.name === field)!;
  const dbColumn = (model: string, field: string) => columnOf(model, field).dbName ?? field;
  for (const model of truth.datamodel.models) {
    const table = tableOf(model.name);
    const scalars = model.fields.filter((f) => f.kind !== 'object');
    expect(table.columns.map((c) => c.name)).toEqual(scalars.map((f) => f.dbName ?? f.name));
    for (const field of scalars) {
      const column = table.columns.find((c) => c.name === (field.dbName ?? field.name))!;
      expect(column.nullable, `${model.name}.${field.name} nullable`).toBe(!field.isRequired || field.isList);
      expect(column.primaryKey, `${model.name}.${field.name} primary key`).toBe(field.isId || (model.primaryKey?.fields.includes(field.name) ?? false));
      if (field.kind === 'enum') {
        const e = truth.datamodel.enums.find((x) => x.name === field.type)!;
        expect(column.type).toBe(`${e.dbName ?? e.name}${field.isList ? '[]' : ''}`);
      }
    }
    for (const field of model.fields.filter((f) => f.kind === 'object' && (f.relationFromFields?.length ?? 0) > 0)) {
      const fk = table.foreignKeys.find((k) => k.columns.join() === field.relationFromFields!.map((f) => dbColumn(model.name, f)).join());
      expect(fk, `${model.name}.${field.name} foreign key`).toBeDefined();
      const target = models.get(field.type)!;
      expect(fk!.refTable).toBe(`public.${target.dbName ?? target.name}`);
      expect(fk!.refColumns).toEqual(field.relationToFields!.map((f) => dbColumn(field.type, f)));
      if (field.relationOnDelete) expect(fk!.onDelete?.replace(' ', '').toLowerCase()).toBe(field.relationOnDelete.toLowerCase());
    }
    // An implicit many-to-many relation: a join table named after the relation.
    for (const field of model.fields.filter((f) => f.kind === 'object' && f.isList && (f.relationFromFields?.length ?? 0) === 0)) {
      const back = models.get(field.type)!.fields.find((f) => f.relationName === field.relationName && f !== field);
      if (back?.isList) expect(schema.tables.has(`public._${field.relationName}`), `join table _${field.relationName}`).toBe(true);
    }
  }
  for (const index of truth.datamodel.indexes) {
    const table = tableOf(index.model);
    const columns = index.fields.map((f) => dbColumn(index.model, f.name));
    if (index.type === 'id') {
      expect(table.primaryKey?.columns).toEqual(columns);
      if (index.dbName) expect(table.primaryKey?.name).toBe(index.dbName);
      continue;
    }
    const found = table.indexes.find((i) => i.columns.join() === columns.join() && i.unique === (index.type === 'unique'));
    expect(found, `${index.type} index on ${index.model}(${columns.join()})`).toBeDefined();
    if (index.dbName) expect(found!.name).toBe(index.dbName);
  }
  for (const e of truth.datamodel.enums) {
    expect(schema.enums.get(`public.${e.dbName ?? e.name}`)?.values).toEqual(e.values.map((v) => v.dbName ?? v.name));
  }
}

const RICH = `
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum Plan {
  FREE @map("free")
  PRO  @map("pro")

  @@map("plan")
}

model Account {
  id        String    @id @default(uuid()) @db.Uuid
  handle    String    @map("user_handle") @db.VarChar(40)
  plan      Plan      @default(FREE)
  followers Account[] @relation("Follows")
  following Account[] @relation("Follows")
  invitedBy Account?  @relation("Invites", fields: [inviterId], references: [id], onDelete: SetNull, map: "account_inviter_fk")
  inviterId String?   @map("inviter_id") @db.Uuid
  invited   Account[] @relation("Invites")
  members   Member[]

  @@unique([handle, plan], name: "handlePlan", map: "account_handle_plan_uq")
  @@index([plan], map: "account_plan_ix")
  @@map("accounts")
}

model Member {
  teamId    Int
  accountId String  @db.Uuid
  account   Account @relation(fields: [accountId], references: [id])
  score     Float   @default(0)

  @@id([teamId, accountId], map: "member_pk")
  @@index([accountId])
}
`;

describe('the model schema agrees with Prisma\'s own reading of the schema (DMMF)', () => {
  beforeAll(loadSqlParser);

  it('the example project prisma-blog', async () => {
    const file = 'prisma/schema.prisma';
    const text = readFileSync(path.resolve(__dirname, '../fixtures/ts-orms/prisma-blog', file), 'utf8');
    const facts = await extract({ [file]: text });
    expect(facts.problems).toEqual([]);
    expectAgreement(dmmf(text), facts.schema);
  });

  it('maps, named constraints, self-relations and composite keys', async () => {
    const facts = await extract({ 'prisma/schema.prisma': RICH });
    expect(facts.problems).toEqual([]);
    expectAgreement(dmmf(RICH), facts.schema);
  });
});

describe('Prisma frontend', () => {
  beforeAll(loadSqlParser);

  it('writes types, defaults and names the way Prisma Migrate does', async () => {
    const { schema } = await extract({ 'prisma/schema.prisma': RICH });
    const accounts = schema.tables.get('public.accounts')!;
    const col = (name: string) => accounts.columns.find((c) => c.name === name)!;
    expect(col('id')).toMatchObject({ type: 'uuid', nullable: false, default: null, primaryKey: true });
    expect(col('user_handle')).toMatchObject({ type: 'character varying(40)', nullable: false });
    expect(col('plan')).toMatchObject({ type: 'plan', default: "'free'::plan" });
    expect(accounts.primaryKey?.name).toBe('accounts_pkey');
    expect(accounts.foreignKeys).toEqual([expect.objectContaining({ name: 'account_inviter_fk', columns: ['inviter_id'], onDelete: 'SET NULL', onUpdate: 'CASCADE' })]);
    const member = schema.tables.get('public.Member')!;
    expect(member.primaryKey).toEqual({ name: 'member_pk', columns: ['teamId', 'accountId'] });
    expect(member.indexes.map((i) => i.name)).toEqual(['Member_accountId_idx']);
    expect(member.foreignKeys[0]).toMatchObject({ name: 'Member_accountId_fkey', onDelete: 'RESTRICT', onUpdate: 'CASCADE' });
    expect(member.columns.find((c) => c.name === 'score')).toMatchObject({ type: 'double precision', default: '0' });
    // A self many-to-many names its join table after the relation.
    const follows = schema.tables.get('public._Follows')!;
    expect(follows.columns.map((c) => `${c.name} ${c.type}`)).toEqual(['A uuid', 'B uuid']);
    expect(follows.foreignKeys.map((k) => `${k.name} ${k.onDelete}`)).toEqual(['_Follows_A_fkey CASCADE', '_Follows_B_fkey CASCADE']);
  });

  it('knows what it cannot know: no bases, no registry, Prisma\'s own fix commands', async () => {
    const facts = await extract({ 'prisma/schema.prisma': RICH });
    expect(facts.registry).toBeNull();
    expect(facts.capabilities).toEqual({ orm: 'prisma', declarativeBases: false, lastBindingWins: false });
    expect(facts.fixHints?.generateMigration).toBe('npx prisma migrate dev');
    expect(facts.models.map((m) => `${m.className} ${m.table} ${m.location.line}:${m.location.column}`)).toEqual(['Account public.accounts 14:1', 'Member public.Member 30:1']);
  });

  it('has no foreign keys under relationMode = "prisma"', async () => {
    const { schema } = await extract({ 'prisma/schema.prisma': RICH.replace('provider = "postgresql"', 'provider = "postgresql"\n  relationMode = "prisma"') });
    expect([...schema.tables.values()].flatMap((t) => t.foreignKeys)).toEqual([]);
  });

  it('reads a multi-file schema folder as one schema', async () => {
    const facts = await extract({
      'prisma/schema/base.prisma': 'datasource db {\n  provider = "postgresql"\n}\n',
      'prisma/schema/user.prisma': 'model User {\n  id    Int    @id\n  posts Post[]\n}\n',
      'prisma/schema/post.prisma': 'model Post {\n  id     Int  @id\n  user   User @relation(fields: [userId], references: [id])\n  userId Int\n}\n',
    });
    expect(facts.problems).toEqual([]);
    expect(facts.schema.tables.get('public.Post')?.foreignKeys[0]).toMatchObject({ refTable: 'public.User', refColumns: ['id'] });
    expect(facts.models.find((m) => m.className === 'Post')?.location.file).toBe('prisma/schema/post.prisma');
  });

  it('leaves out exactly the facts it cannot read', async () => {
    const facts = await extract({
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n}\nmodel Doc {\n  id   Int    @id @default(dbgenerated())\n  body Json   @default("{}")\n  at   DateTime @default("2024-01-01T00:00:00Z")\n}\n',
    });
    const doc = facts.schema.tables.get('public.Doc')!;
    expect(doc.columns.map((c) => `${c.name} ${c.default} ${(c.unknown ?? []).join('|')}`)).toEqual(['id null default', "body '{}'::jsonb ", 'at null default']);
  });

  it('reports a syntax error where it is and reads nothing of that file', async () => {
    const facts = await extract({ 'prisma/schema.prisma': 'model User {\n  id Int @id\n  name String @@@\n}\n' });
    expect(facts.problems.map((p) => `${p.kind} ${p.location.line}`)).toEqual(['parse-error 3']);
    expect(facts.models).toEqual([]);
  });

  it('checks nothing of a MySQL datasource, and says so', async () => {
    const facts = await extract({ 'prisma/schema.prisma': 'datasource db {\n  provider = "mysql"\n}\nmodel A {\n  id Int @id\n}\n' });
    expect(facts.models).toEqual([]);
    expect(facts.problems[0]?.message).toContain('"mysql"');
  });
});

describe('suppression comments in a Prisma schema', () => {
  it('silence the finding they name and report the ones that silence nothing', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { loadConfig } = await import('../src/config/load.js');
    const { run } = await import('../src/run.js');
    const root = mkdtempSync(path.join(tmpdir(), 'ormlint-prisma-'));
    try {
      cpSync(path.resolve(__dirname, '../fixtures/ts-orms/prisma-blog'), root, { recursive: true });
      const file = path.join(root, 'prisma/schema.prisma');
      const text = readFileSync(file, 'utf8')
        .replace('  title      String     @db.VarChar(200)\n', '  // ormlint-disable-next-line schema-drift -- widened in the next release\n  title      String     @db.VarChar(200)\n')
        .replace('  content    String?\n', '  content    String? // ormlint-disable-line missing-migration\n');
      writeFileSync(file, text);
      const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
      const lines = result.diagnostics.filter((d) => d.file === 'prisma/schema.prisma').map((d) => `${d.ruleId} ${d.line} ${d.subject}`);
      expect(lines).not.toContain('schema-drift 45 Post.title');
      expect(lines).toContain('unused-suppression 46 missing-migration');
      expect(lines).toContain('schema-drift 37 Profile.bio');
      expect(lines.filter((l) => l.includes('Post.title'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the Prisma grammar runs no code of the project', () => {
  it('a .prisma-astrc.js / prisma-ast.config.js in the checkout is never loaded (through dist/cli.mjs)', async () => {
    const { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const root = mkdtempSync(path.join(tmpdir(), 'ormlint-prisma-config-'));
    try {
      cpSync(path.resolve(__dirname, '../fixtures/ts-orms/prisma-blog'), root, { recursive: true });
      for (const name of ['.prisma-astrc.js', 'prisma-ast.config.js', '.prisma-astrc.cjs']) {
        writeFileSync(path.join(root, name), `require("fs").writeFileSync(${JSON.stringify(path.join(root, 'RAN'))}, ${JSON.stringify(name)}); module.exports = {};\n`);
      }
      const run = spawnSync(process.execPath, [path.join(inject('bundleDir'), 'cli.mjs'), 'check', '--config', '.ormlint.yml', '--format', 'json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout).diagnostics.length).toBeGreaterThan(0);
      expect(existsSync(path.join(root, 'RAN'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
