/**
 * The TypeORM model frontend: its model schema checked against TypeORM's own metadata for the
 * example project (its entity files transpiled as `tsc` would with experimentalDecorators and
 * emitDecoratorMetadata, evaluated in memory, and a DataSource's metadata built without a
 * connection), the project's migrations run for real into PGlite, and the cases the project does
 * not cover, through the whole pipeline (rule id, line, column).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import { typeormFrontend } from '../src/frontends/ts/typeormEntities.js';
import type { ModelFacts, ProjectSources } from '../src/frontends/types.js';
import type { Schema } from '../src/facts.js';
import { run } from '../src/run.js';
import { replayMigrations } from '../src/schema/replay.js';
import { comparableSchema, readCatalog } from './helpers/pgCatalog.js';
import { tempProject } from './helpers/project.js';
import { modelsConfig } from './sqlalchemy-helpers.js';

const root = path.resolve(__dirname, '../fixtures/ts-orms/typeorm-blog');
const requireHere = createRequire(__filename);

/** Loads a TypeScript module of the fixture as TypeORM users run it (tsc's CommonJS output). */
function loader(): (file: string) => Record<string, unknown> {
  const cache = new Map<string, { exports: Record<string, unknown> }>();
  const load = (file: string): Record<string, unknown> => {
    const cached = cache.get(file);
    if (cached) return cached.exports;
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { experimentalDecorators: true, emitDecoratorMetadata: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021 },
    }).outputText;
    const module = { exports: {} as Record<string, unknown> };
    cache.set(file, module);
    const req = (spec: string): unknown => (spec.startsWith('.') ? load(`${path.resolve(path.dirname(file), spec)}.ts`) : requireHere(spec));
    new Function('require', 'exports', 'module', js)(req, module.exports, module);
    return module.exports;
  };
  return load;
}

/** A SQL type spelling in ormlint's canonical form, read by the same SQL frontend. */
function canonical(sqlType: string): string | null {
  const op = sqlToOperations(`CREATE TABLE t ("c" ${sqlType});`, { file: 'x.sql', line: 1, column: 1 }).operations[0];
  return op?.op === 'createTable' ? op.columns[0]!.type : null;
}

type TypeormDataSource = import('typeorm').DataSource;

/** A column's default in ormlint's canonical form: the same SQL through the SQL frontend and the replay. */
function canonicalDefault(type: string, enumType: { name: string; values: string[] } | null, def: string): string | null {
  const sql = `${enumType ? `CREATE TYPE "${enumType.name}" AS ENUM(${enumType.values.map((v) => `'${v}'`).join(', ')}); ` : ''}CREATE TABLE "t" ("c" ${type} DEFAULT ${def});`;
  const ops = sqlToOperations(sql, { file: 'x.sql', line: 1, column: 1 }).operations;
  return replayMigrations(ops, { defaultSchema: 'public' }).schema.tables.get('public.t')!.columns[0]!.default;
}

/**
 * ormlint's model schema against the metadata TypeORM builds for the same entities: every table,
 * column (type, nullability, primary key, default), primary key name, foreign key, index and
 * unique constraint, with TypeORM's own normalizeType / createFullType / normalizeDefault.
 */
function expectAgreement(ds: TypeormDataSource, schema: Schema, extraTables: string[] = []): void {
  const keyOf = (m: { schema?: string; tableName: string }) => `${m.schema ?? 'public'}.${m.tableName}`;
  const truthTables = ds.entityMetadatas.filter((m) => m.tableType !== 'entity-child');
  expect([...schema.tables.keys()].sort()).toEqual([...truthTables.map(keyOf), ...extraTables].sort());
  for (const m of truthTables) {
    const ours = schema.tables.get(keyOf(m))!;
    expect(ours.columns.map((c) => c.name).sort(), m.tableName).toEqual(m.columns.map((c) => c.databaseName).sort());
    for (const c of m.columns) {
      const mine = ours.columns.find((x) => x.name === c.databaseName)!;
      const where = `${m.tableName}.${c.databaseName}`;
      const type = ds.driver.normalizeType(c);
      const full = type === 'enum' ? `"${c.enumName ?? `${m.tableName}_${c.databaseName.toLowerCase()}_enum`}"${c.isArray ? '[]' : ''}` : ds.driver.createFullType({ ...c, type } as never);
      expect(mine.type, where).toBe(type === 'enum' ? mine.type : canonical(full));
      if (type === 'enum') expect(mine.type, where).toBe(`${c.enumName ?? `${m.tableName}_${c.databaseName.toLowerCase()}_enum`}${c.isArray ? '[]' : ''}`);
      expect(mine.nullable, where).toBe(c.isNullable && !c.isPrimary);
      expect(mine.primaryKey, where).toBe(c.isPrimary);
      const def = ds.driver.normalizeDefault(c);
      if (c.isGenerated) expect(mine.generated ?? (mine.default ? 'default' : null), where).not.toBeNull();
      else if (def === undefined) expect(mine.default, where).toBeNull();
      else expect(mine.default, where).toBe(canonicalDefault(full, type === 'enum' ? { name: full.replace(/"|\[\]/g, ''), values: (c.enum ?? []).map(String) } : null, def));
    }
    expect(ours.primaryKey?.name, m.tableName).toBe(ds.namingStrategy.primaryKeyName(m.tableName, m.primaryColumns.map((c) => c.databaseName)));
    expect(ours.foreignKeys.map((k) => `${k.name} ${k.columns.join()} -> ${k.refTable}(${k.refColumns.join()}) ${String(k.onDelete ?? 'NO ACTION').toUpperCase()}`).sort(), m.tableName).toEqual(
      m.foreignKeys.map((k) => `${k.name} ${k.columnNames.join()} -> ${keyOf(k.referencedEntityMetadata)}(${k.referencedColumnNames.join()}) ${k.onDelete}`).sort(),
    );
    expect(ours.indexes.map((i) => `${i.name} ${i.unique} ${i.columns.join()}`).sort(), m.tableName).toEqual(m.indices.map((i) => `${i.name} ${i.isUnique} ${i.columns.map((c) => c.databaseName).join()}`).sort());
    expect(ours.uniques.map((u) => `${u.name} ${u.columns.join()}`).sort(), m.tableName).toEqual(m.uniques.map((u) => `${u.name} ${u.columns.map((c) => c.databaseName).join()}`).sort());
  }
}

describe("the model schema agrees with TypeORM's own entity metadata", () => {
  beforeAll(loadSqlParser);

  it('the example project typeorm-blog', async () => {
    requireHere('reflect-metadata');
    const { DataSource } = requireHere('typeorm') as typeof import('typeorm');
    const load = loader();
    // The entities of src/data-source.ts (its own module needs a database driver at import).
    const entity = (file: string, name: string) => load(path.join(root, 'src/entity', file))[name] as Function;
    const entities = [entity('User.ts', 'User'), entity('Profile.ts', 'Profile'), entity('Post.ts', 'Post'), entity('Category.ts', 'Category'), entity('Comment.ts', 'Comment'), entity('Media.ts', 'Media'), entity('Media.ts', 'Photo'), entity('Media.ts', 'Video'), entity('Tag.ts', 'Tag')];
    const ds = new DataSource({ type: 'postgres', entities });
    await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();

    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    const schema = result.facts.modelSchema!;
    // The legacy User is not in the DataSource, but ormlint reads it (and reports it).
    expectAgreement(ds, schema, ['public.legacy_user']);
    expect(schema.enums.get('public.user_role_enum')?.values).toEqual(['admin', 'editor', 'ghost']);
  });
});

/** Entities the example project does not have, in the shapes TypeORM's docs show, checked the same way. */
const TRICKY: Record<string, string> = {
  'src/entity/Account.ts': `import { Entity, PrimaryColumn, Column, ManyToOne, JoinColumn, Index, Unique, VersionColumn } from "typeorm"
import { Person } from "./Person"
export type Status = "open" | "closed"
export enum Level { LOW = 1, HIGH }
@Entity({ name: "accounts", schema: "billing" })
@Index("idx_accounts_owner_active", ["owner", "active"], { where: '"active" = true' })
@Index(["status"], { unique: true, where: '"status" = \\'open\\'' })
@Unique("uq_accounts_label", ["label"])
export class Account {
    @PrimaryColumn("varchar", { length: 12 }) code: string
    @PrimaryColumn() region: string
    @Column({ type: "decimal", precision: 10, scale: 2, default: 0 }) balance: string
    @Column({ nullable: true }) active: boolean
    @Column() label: string
    @Column("simple-array") tags: string[]
    @Column({ type: "jsonb", default: {} }) meta: object
    @Column({ type: "enum", enum: ["a", "b"], array: true, default: ["a"] }) kinds: string[]
    @Column({ type: "enum", enum: Level, enumName: "account_level", default: Level.HIGH }) level: Level
    @ManyToOne(() => Person, { onDelete: "SET NULL" }) @JoinColumn({ name: "owner_email", referencedColumnName: "email" }) owner: Person
    @VersionColumn() version: number
    @Column({ type: "timestamptz", default: () => "CURRENT_TIMESTAMP" }) openedAt: Date
    @Column() status: Status
    @Column({ type: "varchar", length: 3, default: "EUR", comment: "ISO 4217" }) currency: string
}
`,
  'src/entity/Person.ts': `import { Entity, PrimaryGeneratedColumn, Column, ManyToMany, JoinTable, OneToOne, JoinColumn, Index } from "typeorm"
import { Account } from "./Account"
@Entity()
export class Person {
    @PrimaryGeneratedColumn("increment", { type: "bigint" }) id: string
    @Column({ unique: true }) email: string
    @Index() @Column({ type: "int", nullable: true }) age: number | null
    @ManyToMany(() => Person, (p) => p.friends) @JoinTable() friends: Person[]
    @ManyToMany(() => Account) @JoinTable({ name: "person_watch", joinColumn: { name: "person" }, inverseJoinColumn: { name: "account_code", referencedColumnName: "code" } }) watched: Account[]
    @OneToOne(() => Account, { nullable: false, onDelete: "CASCADE" })
    @JoinColumn([{ name: "main_code", referencedColumnName: "code" }, { name: "main_region", referencedColumnName: "region" }])
    main: Account
}
`,
};

const TRICKY_2: Record<string, string> = {
  'src/entity/Base.ts': `import { Column, CreateDateColumn, Index, PrimaryGeneratedColumn } from "typeorm"
export class Address { @Column({ nullable: true }) city: string; @Column({ length: 10, default: "00000" }) zip: string }
export class Geo { @Column("double precision") lat: number; @Column(() => Address, { prefix: false }) address: Address }
export abstract class Base {
    @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" }) id: number
    @Index() @CreateDateColumn({ type: "timestamptz", precision: 3 }) createdAt: Date
}
`,
  'src/entity/Item.ts': `import { Entity, Column, ChildEntity, TableInheritance, ManyToOne, OneToOne, JoinColumn } from "typeorm"
import { Base, Geo } from "./Base"
import { Owner } from "./Owner"
@Entity()
@TableInheritance({ column: { type: "varchar", name: "kind", length: 20 } })
export class Item extends Base {
    @Column(() => Geo) geo: Geo
    @ManyToOne(() => Owner, { primary: false, nullable: false }) owner: Owner
    @Column({ type: "smallint", default: 1 }) qty: number
    @Column({ type: "bytea", nullable: true }) blob: Buffer
}
@ChildEntity("book")
export class Book extends Item { @Column({ nullable: true }) isbn: string }
@ChildEntity()
export class Disc extends Item { @OneToOne(() => Owner) @JoinColumn() signedBy: Owner }
`,
  'src/entity/Category.ts': `import { Entity, PrimaryGeneratedColumn, Column, Tree, TreeChildren, TreeParent } from "typeorm"
@Entity() @Tree("closure-table")
export class Category {
    @PrimaryGeneratedColumn() id: number
    @Column() name: string
    @TreeChildren() children: Category[]
    @TreeParent({ onDelete: "CASCADE" }) parent: Category
}
@Entity() @Tree("nested-set")
export class Region { @PrimaryGeneratedColumn() id: number; @TreeChildren() children: Region[]; @TreeParent() parent: Region }
@Entity() @Tree("materialized-path")
export class Topic { @PrimaryGeneratedColumn("uuid") id: string; @TreeChildren() children: Topic[]; @TreeParent() parent: Topic }
`,
  'src/entity/Owner.ts': `import { Entity, PrimaryColumn, Column, Generated, Unique } from "typeorm"
@Entity("owners")
export class Owner {
    @PrimaryColumn("uuid") id: string
    @Unique() @Column() nick: string
    @Unique("uq_owner_badge") @Column({ nullable: true }) badge: string
    @Column() @Generated("uuid") token: string
    @Column() @Generated("increment") seq: number
    @Column({ type: "char", length: 2 }) country: string
    @Column({ type: "time", nullable: true }) opensAt: string
    @Column({ type: "float" }) score: number
    @Column({ type: "varchar", array: true, default: () => "'{}'" }) aliases: string[]
}
`,
};

it('agrees with TypeORM on embedded, inherited, single-table and tree entities', async () => {
  await loadSqlParser();
  const dir = tempProject({ ...TRICKY_2, '.ormlint.yml': 'models:\n  orm: typeorm\n  include: ["src/entity/*.ts"]\n' });
  requireHere('reflect-metadata');
  const { DataSource } = requireHere('typeorm') as typeof import('typeorm');
  const load = loader();
  const items = load(path.join(dir, 'src/entity/Item.ts'));
  const trees = load(path.join(dir, 'src/entity/Category.ts'));
  const ds = new DataSource({ type: 'postgres', entities: [items.Item as Function, items.Book as Function, items.Disc as Function, load(path.join(dir, 'src/entity/Owner.ts')).Owner as Function, trees.Category as Function, trees.Region as Function, trees.Topic as Function] });
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const result = await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }));
  expect(result.facts.problems).toEqual([]);
  expectAgreement(ds, result.facts.modelSchema!);
});

it('agrees with TypeORM on entities the example project does not have', async () => {
  await loadSqlParser();
  const dir = tempProject({ ...TRICKY, '.ormlint.yml': 'models:\n  orm: typeorm\n  include: ["src/entity/*.ts"]\n' });
  requireHere('reflect-metadata');
  const { DataSource } = requireHere('typeorm') as typeof import('typeorm');
  const load = loader();
  const ds = new DataSource({ type: 'postgres', entities: [load(path.join(dir, 'src/entity/Account.ts')).Account as Function, load(path.join(dir, 'src/entity/Person.ts')).Person as Function] });
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const result = await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }));
  expect(result.facts.problems.filter((p) => p.kind !== 'unresolved' || p.cause !== 'partial-index')).toEqual([]);
  expectAgreement(ds, result.facts.modelSchema!);
});

describe('typeorm-blog migrations replay like Postgres runs them', () => {
  let db: PGlite;
  beforeAll(async () => {
    await loadSqlParser();
    db = new PGlite({ extensions: { uuid_ossp } });
  });
  afterAll(async () => {
    await db.close();
  });

  it('the catalog equals ormlint\'s replay', async () => {
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    const runner = { query: (sql: string) => db.exec(sql) };
    const load = loader();
    expect(result.facts.migrations!.map((m) => m.id)).toEqual(['Init1700000000000', 'AddMedia1700000000001']);
    for (const migration of result.facts.migrations!) {
      const module = load(path.join(root, migration.file)) as Record<string, new () => { up(r: unknown): Promise<void> }>;
      await new module[migration.id.replace(/\d+$/, '') + migration.id.slice(-13)]!().up(runner);
    }
    const catalog = await readCatalog(db);
    expect(comparableSchema(result.facts.migratedSchema!)).toEqual(comparableSchema(catalog));
  });
});

function project(files: Record<string, string>): ProjectSources {
  return { paths: Object.keys(files).sort(), read: (p) => files[p] ?? null };
}

async function extract(entities: Record<string, string>, others: Record<string, string> = {}): Promise<ModelFacts> {
  return typeormFrontend.extract(
    Object.entries(entities).map(([p, text]) => ({ path: p, text })),
    modelsConfig({ orm: 'typeorm', include: ['src/**/*.ts'] }),
    project({ ...entities, ...others }),
  );
}

const columnsOf = (facts: ModelFacts, table: string) => facts.schema.tables.get(`public.${table}`)!.columns.map((c) => `${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}`);

describe('TypeORM frontend', () => {
  beforeAll(loadSqlParser);

  it('names tables and columns as SnakeNamingStrategy does when the DataSource sets it', async () => {
    const facts = await extract(
      {
        'src/user-account.entity.ts': `import { Entity, PrimaryGeneratedColumn, Column, ManyToOne } from "typeorm";
import { Team } from "./team.entity";
@Entity()
export class UserAccount {
  @PrimaryGeneratedColumn() id: number;
  @Column() displayName: string;
  @ManyToOne(() => Team) homeTeam: Team;
}`,
        'src/team.entity.ts': 'import { Entity, PrimaryGeneratedColumn } from "typeorm";\n@Entity()\nexport class Team { @PrimaryGeneratedColumn("uuid") teamId: string; }\n',
      },
      { 'src/data-source.ts': 'import { DataSource } from "typeorm";\nimport { SnakeNamingStrategy } from "typeorm-naming-strategies";\nexport default new DataSource({ type: "postgres", entities: ["src/**/*.entity.ts"], namingStrategy: new SnakeNamingStrategy() });\n' },
    );
    expect(facts.problems).toEqual([]);
    expect(columnsOf(facts, 'user_account')).toEqual(['id integer NOT NULL', 'display_name character varying NOT NULL', 'home_team_team_id uuid']);
    expect(columnsOf(facts, 'team')).toEqual(['team_id uuid NOT NULL']);
    expect(facts.registry?.reachable.map((r) => r.className).sort()).toEqual(['Team', 'UserAccount']);
  });

  it('reads entities from Object.values of an imported index, and reports the rest as unregistered', async () => {
    const facts = await extract(
      {
        'src/entities/A.ts': 'import { Entity, PrimaryColumn } from "typeorm";\n@Entity()\nexport class A { @PrimaryColumn() id: string; }\n',
        'src/entities/B.ts': 'import { Entity, PrimaryColumn } from "typeorm";\n@Entity()\nexport class B { @PrimaryColumn() id: string; }\n',
      },
      {
        'src/entities/index.ts': 'import { A } from "./A";\nexport const entities = { A };\n',
        'src/DataSource.ts': 'import { DataSource } from "typeorm";\nimport { entities } from "./entities";\nexport const ds = new DataSource({ type: "postgres", entities: Object.values(entities) });\n',
      },
    );
    expect(facts.registry?.roots).toEqual(['src/DataSource.ts']);
    expect(facts.models.map((m) => `${m.className} ${m.registered}`)).toEqual(['A true', 'B false']);
  });

  it('no DataSource: no registry; an unreadable entities option: no registry either, with a notice', async () => {
    const entity = { 'src/a.entity.ts': 'import { Entity, PrimaryColumn } from "typeorm";\n@Entity()\nexport class A { @PrimaryColumn() id: string; }\n' };
    expect((await extract(entity)).registry).toBeNull();
    const facts = await extract(entity, { 'src/db.ts': 'import { DataSource } from "typeorm";\nexport const ds = new DataSource({ type: "postgres", entities: loadEntities() });\n' });
    expect(facts.registry).toBeNull();
    expect(facts.problems.map((p) => `${p.kind} ${p.location.file}:${p.location.line}:${p.location.column}`)).toEqual(['unresolved src/db.ts:2:64']);
  });

  it('autoLoadEntities: the entities of TypeOrmModule.forFeature() calls are registered', async () => {
    const entity = (name: string) => `import { Entity, PrimaryColumn } from "typeorm";\n@Entity()\nexport class ${name} { @PrimaryColumn() id: string; }\n`;
    const facts = await extract(
      { 'src/users/user.entity.ts': entity('User'), 'src/posts/post.entity.ts': entity('Post'), 'src/old/draft.entity.ts': entity('Draft') },
      {
        'src/app.module.ts': 'import { TypeOrmModule } from "@nestjs/typeorm";\nexport const db = TypeOrmModule.forRoot({ type: "postgres", autoLoadEntities: true });\n',
        'src/users/users.module.ts': 'import { TypeOrmModule } from "@nestjs/typeorm";\nimport { User } from "./user.entity";\nexport const m = TypeOrmModule.forFeature([User]);\n',
        'src/posts/posts.module.ts': 'import { TypeOrmModule } from "@nestjs/typeorm";\nimport { Post } from "./post.entity";\nimport { User } from "../users/user.entity";\nexport const m = TypeOrmModule.forFeature([Post, User]);\n',
      },
    );
    expect(facts.problems).toEqual([]);
    expect(facts.registry?.roots).toEqual(['src/app.module.ts']);
    expect(facts.models.map((m) => `${m.className} ${m.registered}`)).toEqual(['Draft false', 'Post true', 'User true']);
  });

  it('maps a glob into the build output to the sources, as tsconfig.json says', async () => {
    const facts = await extract(
      { 'src/users/user.entity.ts': 'import { Entity, PrimaryColumn } from "typeorm";\n@Entity()\nexport class User { @PrimaryColumn() id: string; }\n' },
      {
        'package.json': '{}',
        'tsconfig.json': '{\n  // comments are allowed\n  "compilerOptions": { "outDir": "./dist", "rootDir": "./src", },\n}\n',
        'src/app.module.ts': 'import { TypeOrmModule } from "@nestjs/typeorm";\nexport const db = TypeOrmModule.forRootAsync({ useFactory: () => ({ type: "postgres", entities: ["dist/**/*.entity.js"] }) });\n',
      },
    );
    expect(facts.problems).toEqual([]);
    expect(facts.models.map((m) => `${m.className} ${m.registered}`)).toEqual(['User true']);
  });

  it('resolves imports through tsconfig.json paths and baseUrl (relation targets, enums, registry)', async () => {
    const facts = await extract(
      {
        'src/orders/order.entity.ts': `import { Entity, PrimaryGeneratedColumn, Column, ManyToOne } from "typeorm";
import { Customer } from "@app/customers/customer.entity";
import { OrderState } from "src/orders/order-state";
@Entity()
export class Order {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ default: OrderState.NEW }) state: OrderState;
  @ManyToOne(() => Customer) customer: Customer;
}`,
        'src/customers/customer.entity.ts': 'import { Entity, PrimaryGeneratedColumn } from "typeorm";\n@Entity()\nexport class Customer { @PrimaryGeneratedColumn() id: number; }\n',
      },
      {
        'tsconfig.json': '{ "compilerOptions": { "baseUrl": "./", "paths": { "@app/*": ["src/*"] } } }',
        'src/orders/order-state.ts': 'export enum OrderState { NEW = "new", PAID = "paid" }\n',
        'src/db.ts': 'import { DataSource } from "typeorm";\nimport { Order } from "@app/orders/order.entity";\nimport { Customer } from "src/customers/customer.entity";\nexport const db = new DataSource({ type: "postgres", entities: [Order, Customer] });\n',
      },
    );
    expect(facts.problems).toEqual([]);
    expect(columnsOf(facts, 'order')).toEqual(['id uuid NOT NULL', 'state character varying NOT NULL', 'customerId integer']);
    expect(facts.schema.tables.get('public.order')!.columns[1]!.default).toBe("'new'::character varying");
    expect(facts.schema.tables.get('public.order')!.foreignKeys.map((k) => k.refTable)).toEqual(['public.customer']);
    expect(facts.models.map((m) => `${m.className} ${m.registered}`)).toEqual(['Customer true', 'Order true']);
  });

  it('a default computed by code is unknown for that column only, one notice per cause', async () => {
    const facts = await extract({
      'src/job.entity.ts': `import { Entity, PrimaryGeneratedColumn, Column } from "typeorm";
import { nextRun, DEFAULT_STATE } from "./defaults";
@Entity()
export class Job {
  @PrimaryGeneratedColumn() id: number;
  @Column({ default: nextRun() }) runAt: string;
  @Column({ default: DEFAULT_STATE }) state: string;
  @Column({ default: () => "CURRENT_TIMESTAMP" }) createdAt: Date;
}`,
    });
    const job = facts.schema.tables.get('public.job')!;
    expect(job.uncertain).toBe(false);
    expect(job.columns.map((c) => `${c.name} ${c.default ?? '-'} ${(c.unknown ?? []).join()}`)).toEqual(['id nextval(\'job_id_seq\'::regclass) ', 'runAt - default', 'state - default', 'createdAt now() ']);
    expect(facts.problems.map((p) => `${p.cause} ${p.item} ${p.location.line}:${p.location.column}`)).toEqual(['server-default nextRun() 6:3', 'server-default DEFAULT_STATE 7:3']);
  });

  it('embedded columns take the prefix as TypeORM writes it, and STI children join the parent table', async () => {
    const facts = await extract({
      'src/person.entity.ts': `import { Entity, PrimaryGeneratedColumn, Column, TableInheritance, ChildEntity } from "typeorm";
class Name { @Column() first: string; @Column({ name: "lastName" }) last: string; }
@Entity()
@TableInheritance({ column: { type: "varchar", name: "kind" } })
export class Person {
  @PrimaryGeneratedColumn() id: number;
  @Column(() => Name) name: Name;
  @Column(() => Name, { prefix: "alias" }) alias: Name;
}
@ChildEntity()
export class Employee extends Person { @Column({ nullable: true }) salary: number; }`,
    });
    expect(columnsOf(facts, 'person')).toEqual([
      'id integer NOT NULL',
      // Single-table inheritance: TypeORM makes the embedded columns nullable.
      'nameFirst character varying',
      'nameLastname character varying',
      'aliasFirst character varying',
      'aliasLastname character varying',
      'kind character varying NOT NULL',
      'salary integer',
    ]);
    expect(facts.models.map((m) => `${m.className} ${m.table}`)).toEqual(['Person public.person', 'Employee public.person']);
  });
});

describe('TypeORM projects through the pipeline', () => {
  it('reports an unregistered entity, a missing migration and drift at the entity source', async () => {
    const dir = tempProject({
      '.ormlint.yml': 'models:\n  orm: typeorm\n  include: ["src/**/*.entity.ts"]\nmigrations:\n  kind: typeorm\n  include: ["src/migrations/*.ts"]\n',
      'src/data-source.ts': 'import { DataSource } from "typeorm";\nimport { Book } from "./book.entity";\nexport default new DataSource({ type: "postgres", entities: [Book] });\n',
      'src/book.entity.ts': 'import { Entity, PrimaryGeneratedColumn, Column } from "typeorm";\n\n@Entity()\nexport class Book {\n  @PrimaryGeneratedColumn()\n  id: number;\n\n  @Column({ length: 80 })\n  title: string;\n}\n',
      'src/shelf.entity.ts': 'import { Entity, PrimaryGeneratedColumn } from "typeorm";\n@Entity()\nexport class Shelf {\n  @PrimaryGeneratedColumn()\n  id: number;\n}\n',
      'src/migrations/1700000000000-Init.ts': 'import { MigrationInterface, QueryRunner } from "typeorm";\nexport class Init1700000000000 implements MigrationInterface {\n  public async up(q: QueryRunner): Promise<void> {\n    await q.query(`CREATE TABLE "book" ("id" SERIAL NOT NULL, "title" character varying(40) NOT NULL, CONSTRAINT "PK_a3afef72ec8f80e6e5c310b28a4" PRIMARY KEY ("id"))`);\n  }\n  public async down(): Promise<void> {}\n}\n',
    });
    const result = await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }));
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.subject}`)).toEqual([
      'schema-drift src/book.entity.ts:8:3 book.title',
      'unimported-model src/shelf.entity.ts:3:14 Shelf',
    ]);
    expect(result.diagnostics[1]!.message).toContain('its table "shelf" is not created by any migration either');

    // A suppression comment in the entity file silences its finding (the frontend hands the comments over).
    const entity = path.join(dir, 'src/book.entity.ts');
    writeFileSync(entity, readFileSync(entity, 'utf8').replace('  @Column({ length: 80 })', '  // ormlint-disable-next-line schema-drift\n  @Column({ length: 80 })'));
    const again = await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }));
    expect(again.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}`)).toEqual(['unimported-model src/shelf.entity.ts:3']);
  });
});

// The fixture's migration files are named as TypeORM names them.
it('typeorm-blog: every migration file holds the class its name says', () => {
  for (const file of readdirSync(path.join(root, 'src/migration'))) {
    const [timestamp, name] = file.replace(/\.ts$/, '').split('-') as [string, string];
    expect(readFileSync(path.join(root, 'src/migration', file), 'utf8')).toContain(`export class ${name}${timestamp} implements MigrationInterface`);
  }
});

describe('TypeORM migrations as hand-written projects write them', () => {
  beforeAll(loadSqlParser);
  const replay = async (files: Record<string, string>) => {
    const { typeormMigrationsFrontend } = await import('../src/frontends/ts/typeormMigrations.js');
    const { replayMigrations } = await import('../src/schema/replay.js');
    const migrations = Object.entries(files).filter(([p]) => p.includes('/migrations/')).map(([p, text]) => ({ path: p, text }));
    const facts = await typeormMigrationsFrontend.extract(migrations, modelsConfig(), project(files));
    return { facts, schema: replayMigrations(facts.operations, { defaultSchema: 'public' }).schema };
  };

  it('substitutes constants (local, imported enum members) into templates, and reads a hasColumn guard as IF NOT EXISTS', async () => {
    const { facts, schema } = await replay({
      'src/entities/Flow.ts': 'export enum FlowType { CHAT = "CHAT", AGENT = "AGENT" }\n',
      'src/migrations/1700000000000-Init.ts': 'export class Init1700000000000 implements MigrationInterface {\n  async up(q: QueryRunner) {\n    await q.query(`CREATE TABLE "flow" ("id" uuid NOT NULL, "kind" varchar)`);\n  }\n}\n',
      'src/migrations/1700000000001-Kind.ts': `import { FlowType } from '../entities/Flow'
export class Kind1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner) {
    const tableName = 'flow'
    const exists = await queryRunner.hasColumn(tableName, 'kind')
    if (!exists) {
      await queryRunner.query(\`ALTER TABLE "\${tableName}" ADD COLUMN "kind" varchar\`)
    }
    await queryRunner.query(\`ALTER TABLE "\${tableName}" ALTER COLUMN "kind" SET DEFAULT '\${FlowType.CHAT}'\`)
    const insert = exists ? \`INSERT INTO "flow" ("id") VALUES ('\${id}')\` : \`INSERT INTO "flow" ("id", "kind") VALUES ('\${id}', 'x')\`
    await queryRunner.query(insert)
  }
}
`,
    });
    expect(facts.problems).toEqual([]);
    const flow = schema.tables.get('public.flow')!;
    expect(flow.uncertain).toBe(false);
    expect(flow.columns.map((c) => `${c.name} ${c.type} ${c.default}`)).toEqual(['id uuid null', "kind character varying 'CHAT'::character varying"]);
  });

  it('DEFAULT NULL is no default, as Postgres stores it', async () => {
    const { schema } = await replay({ 'src/migrations/1700000000000-Init.ts': 'export class Init1700000000000 implements MigrationInterface {\n  async up(q: QueryRunner) {\n    await q.query(`CREATE TABLE "t" ("a" text DEFAULT NULL, "b" text DEFAULT NULL::text)`);\n  }\n}\n' });
    expect(schema.tables.get('public.t')!.columns.map((c) => c.default)).toEqual([null, null]);
  });
});
