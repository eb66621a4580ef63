/**
 * TypeORM migrations: the example project's migrations run for real into PGlite (each class's
 * up() with a query runner that forwards query() to Postgres, in the order ormlint found), and
 * the catalog must equal ormlint's replay; then the cases the project does not cover.
 */
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { typeormMigrationsFrontend } from '../src/frontends/ts/typeormMigrations.js';
import { typeormNames } from '../src/frontends/ts/typeormNames.js';
import { loadSqlParser } from '../src/frontends/sql/translate.js';
import { run } from '../src/run.js';
import { replayMigrations } from '../src/schema/replay.js';
import { comparableSchema, readCatalog } from './helpers/pgCatalog.js';
import { startPostgres } from './helpers/postgres.js';
import { modelsConfig } from './sqlalchemy-helpers.js';

const root = path.resolve(__dirname, '../fixtures/ts-orms/typeorm-migrations');

describe('TypeORM migrations replay like Postgres runs them', () => {
  let db: PGlite;
  beforeAll(async () => {
    await loadSqlParser();
    db = await startPostgres();
  });
  afterAll(async () => {
    await db.close();
  });

  it('typeorm-migrations: ordered by the class name\'s timestamp, private methods followed', async () => {
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    const migrations = result.facts.migrations!;
    expect(migrations.map((m) => m.id)).toEqual(['Init1700000000000', 'AddPosts1700000000001', 'AddPosts1700000000001', 'AddPostIndex1700000000003']);
    const runner = { query: (sql: string) => db.exec(sql) };
    for (const migration of migrations) {
      const module = (await import(path.join(root, migration.file))) as Record<string, new () => { up(r: unknown): Promise<void> }>;
      const cls = Object.values(module).find((c) => c.name === migration.id || new c() instanceof c)!;
      await new cls().up(runner);
    }
    expect(comparableSchema(result.facts.migratedSchema!)).toEqual(comparableSchema(await readCatalog(db)));
  });
});

describe('TypeORM migrations frontend', () => {
  beforeAll(loadSqlParser);
  const extract = (text: string) => typeormMigrationsFrontend.extract([{ path: 'src/migrations/1-x.ts', text }], modelsConfig());

  it('writes the Table API as TypeORM\'s query runner does, with its constraint names', async () => {
    const facts = await extract(`import { MigrationInterface, QueryRunner, Table, TableIndex, TableForeignKey, TableColumn } from "typeorm";
export class Shop1710000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: "product",
      columns: [
        { name: "id", type: "int", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
        { name: "sku", type: "varchar", length: "32", isUnique: true },
        { name: "price", type: "numeric", isNullable: true, default: "0" },
      ],
    }), true);
    await queryRunner.createTable(new Table({ name: "review", columns: [{ name: "id", type: "uuid", isPrimary: true, isGenerated: true, generationStrategy: "uuid" }, { name: "productId", type: "int" }] }));
    await queryRunner.createIndex("review", new TableIndex({ columnNames: ["productId"] }));
    await queryRunner.createForeignKey("review", new TableForeignKey({ columnNames: ["productId"], referencedTableName: "product", referencedColumnNames: ["id"], onDelete: "CASCADE" }));
    await queryRunner.addColumn("product", new TableColumn({ name: "title", type: "text", isNullable: true }));
  }
  async down(): Promise<void> {}
}`);
    expect(facts.problems).toEqual([]);
    const schema = replayMigrations(facts.operations, { defaultSchema: 'public' }).schema;
    const product = schema.tables.get('public.product')!;
    expect(product.columns.map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}${c.default ? ` DEFAULT ${c.default}` : ''}`)).toEqual([
      "id integer NOT NULL DEFAULT nextval('product_id_seq'::regclass)",
      'sku character varying(32) NOT NULL',
      'price numeric DEFAULT 0',
      'title text',
    ]);
    expect(product.primaryKey?.name).toBe(typeormNames.primaryKey('product', ['id']));
    expect(product.uniques.map((u) => u.name)).toEqual([typeormNames.unique('product', ['sku'])]);
    const review = schema.tables.get('public.review')!;
    expect(review.columns[0]).toMatchObject({ type: 'uuid', default: 'uuid_generate_v4()' });
    expect(review.indexes.map((i) => i.name)).toEqual([typeormNames.index('review', ['productId'])]);
    expect(review.foreignKeys).toEqual([expect.objectContaining({ name: typeormNames.foreignKey('review', ['productId']), onDelete: 'CASCADE' })]);
  });

  it('a template with a substitution makes only the tables it names uncertain', async () => {
    const facts = await extract(`export class Tenant1710000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`CREATE TABLE "a" ("id" integer NOT NULL)\`);
    await queryRunner.query(\`ALTER TABLE "a" ADD "\${column}" integer\`);
    await queryRunner.query(\`CREATE TABLE "b" ("id" integer NOT NULL)\`);
  }
}`);
    const schema = replayMigrations(facts.operations, { defaultSchema: 'public' }).schema;
    expect(schema.tables.get('public.a')?.uncertain).toBe(true);
    expect(schema.tables.get('public.b')?.uncertain).toBe(false);
  });

  it('a class name without a 13-digit timestamp is not replayed, and says so', async () => {
    const facts = await extract('export class Init implements MigrationInterface { async up(q: QueryRunner) { await q.query(`CREATE TABLE "x" ("id" int)`); } }');
    expect(facts.migrations).toEqual([]);
    expect(facts.problems.map((p) => `${p.kind} ${p.location.line}:${p.location.column}`)).toEqual(['unresolved 1:14']);
  });
});
