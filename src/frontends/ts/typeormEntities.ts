/**
 * The TypeORM model frontend (`models.orm: typeorm`): reads entity classes with typescript-estree
 * (never running them) — `@Entity`, the column decorators, relations with their join columns and
 * join tables, `@Index`, `@Unique`, embedded classes, abstract base classes and single-table
 * inheritance — and writes each table as the SQL `migration:generate` writes for Postgres (its
 * type spellings, defaults and its PK_/FK_/IDX_/UQ_/REL_ names, from the naming strategy the
 * DataSource sets). The SQL frontend turns that into schema operations and the shared builder
 * into the model schema; locations point back at the TypeScript source.
 *
 * The registry is the DataSource's `entities` (typeormRegistry.ts); the SQL is written by
 * typeormDdl.ts, types and defaults are read by typeormColumns.ts.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import picomatch from 'picomatch';
import type { Config } from '../../config/types.js';
import type { ColumnFact, FrontendProblem, ModelClass, Registry, RegistryBinding, SourceLocation } from '../../facts.js';
import { tableKey } from '../../facts.js';
import { ModelDdl } from '../modelSchema.js';
import { loadSqlParser } from '../sql/translate.js';
import type { ModelFacts, ModelFrontend, ProjectSources, SourceFile } from '../types.js';
import { nodeLocation, property, stringOf, unwrap, type Node } from './syntax.js';
import { defaultOf, designType, enumValues, literal, sourceName, typeText } from './typeormColumns.js';
import { emitTables, type ColumnModel, type TableModel } from './typeormDdl.js';
import { typeormNames } from './typeormNames.js';
import { readTypeormRegistry, type TypeormRegistry } from './typeormRegistry.js';
import { ModuleReader, type ClassInfo, type Decorator, type PropertyInfo } from './typeormSource.js';
import { defaultNamingStrategy, normalizeType, snakeNamingStrategy, type DesignType, type NamingStrategy } from './typeormTypes.js';

const HINTS = {
  generateMigration: 'npx typeorm migration:generate',
  tableNameKey: '@Entity("name")',
  tableWithoutModel: 'the join table of a @ManyToMany',
  register: 'Add it to the entities of the DataSource options (or to a glob there that matches its file; with autoLoadEntities, to a TypeOrmModule.forFeature([...])), so TypeORM and migration:generate see it.',
};

export const typeormFrontend: ModelFrontend = {
  async extract(files: SourceFile[], config: Config, project?: ProjectSources): Promise<ModelFacts> {
    await loadSqlParser();
    return extractTypeorm(files, config, project);
  },
};

const COLUMN_DECORATORS = new Set(['Column', 'PrimaryColumn', 'PrimaryGeneratedColumn', 'CreateDateColumn', 'UpdateDateColumn', 'DeleteDateColumn', 'VersionColumn', 'ObjectIdColumn']);
const RELATION_DECORATORS = new Set(['ManyToOne', 'OneToOne', 'ManyToMany', 'OneToMany', 'TreeParent', 'TreeChildren']);

/** One @Entity / @ChildEntity class and the table it maps to. */
interface EntityModel {
  cls: ClassInfo;
  chain: ClassInfo[];
  table: TableModel;
  child: boolean;
}

function extractTypeorm(files: SourceFile[], config: Config, project?: ProjectSources): ModelFacts {
  const problems: FrontendProblem[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const reader = new ModuleReader(sorted, project, problems);
  const registry = readTypeormRegistry(reader, config, problems);
  const naming: NamingStrategy = registry?.naming === 'snake' ? snakeNamingStrategy : defaultNamingStrategy;
  const builder = new EntityBuilder(reader, config, naming, problems);

  for (const file of sorted) {
    const module = reader.module(file.path);
    if (!module) continue;
    for (const cls of module.classes.values()) {
      const entity = typeormDecorator(reader, cls.file, cls.decorators, 'Entity');
      if (entity) builder.addEntity(cls, entity);
    }
  }
  for (const file of sorted) {
    const module = reader.module(file.path);
    if (!module) continue;
    for (const cls of module.classes.values()) {
      const child = typeormDecorator(reader, cls.file, cls.decorators, 'ChildEntity');
      if (child) builder.addChild(cls);
    }
  }
  builder.relations();
  builder.closureTables();
  builder.indexes();
  if (registry?.naming === 'custom') {
    for (const t of builder.tables) t.uncertain = 'the DataSource sets a naming strategy ormlint does not know';
    problems.push({ kind: 'unresolved', message: `The DataSource sets a custom naming strategy: the names it gives tables and columns are not known, so the entities' tables are not compared`, location: { file: registry.roots[0]!, line: 1, column: 1 }, tables: builder.tables.map((t) => t.key) });
  }

  const ddl = new ModelDdl(problems);
  emitTables(builder.tables, ddl);
  const built = ddl.build(config.defaultSchema);
  problems.push(...built.problems);
  for (const t of builder.tables) {
    const table = built.schema.tables.get(t.key);
    if (!table) continue;
    if (t.openColumns) table.openColumns = true;
    if (t.uncertain) {
      table.uncertain = true;
      table.uncertainReasons = [...(table.uncertainReasons ?? []), t.uncertain];
    }
  }

  const registered = (cls: ClassInfo): boolean => !registry || registry.classes.has(`${cls.file}\0${cls.name}`) || registry.globs.some((g) => picomatch(g, { dot: true })(cls.file));
  const models: ModelClass[] = builder.entities.map((e) => ({
    className: e.cls.name,
    module: null,
    location: nodeLocation(e.cls.node.id as Node, e.cls.file),
    table: e.table.key,
    tableSource: e.child ? 'inherited' : 'tablename',
    base: null,
    bases: e.cls.superName ? [e.cls.superName] : [],
    abstract: false,
    columns: built.schema.tables.get(e.table.key)?.columns ?? [],
    relationships: [],
    inheritsTableFrom: e.child ? e.table.key : null,
    registered: registered(e.cls),
  }));
  return { models, registry: registryFacts(registry, builder.entities, registered), schema: built.schema, problems, capabilities: { orm: 'typeorm', declarativeBases: false, lastBindingWins: false }, fixHints: HINTS, comments: reader.comments };
}

function registryFacts(registry: TypeormRegistry | null, entities: EntityModel[], registered: (cls: ClassInfo) => boolean): Registry | null {
  if (!registry || !registry.complete) return null;
  const reachable = entities.filter((e) => registered(e.cls)).map((e) => ({ className: e.cls.name, file: e.cls.file }));
  const bindings: RegistryBinding[] = reachable.map((r) => ({ name: r.className, className: r.className, file: r.file, importLocation: { file: registry.roots[0]!, line: 1, column: 1 }, shadowed: [] }));
  return { roots: registry.roots, reachableFiles: [...new Set(entities.map((e) => e.cls.file))].sort(), reachable, bindings };
}

/** A decorator of `name` that comes from typeorm (or is not imported from anywhere else). */
function typeormDecorator(reader: ModuleReader, file: string, decorators: Decorator[], name: string): Decorator | null {
  const imports = reader.module(file)?.imports;
  for (const d of decorators) {
    const imported = imports?.get(d.name);
    const real = imported ? imported.imported : d.name;
    if (real === name && (!imported || imported.source === 'typeorm')) return d;
  }
  return null;
}

function decoratorName(reader: ModuleReader, file: string, d: Decorator): string | null {
  const imported = reader.module(file)?.imports.get(d.name);
  if (imported && imported.source !== 'typeorm') return null;
  return imported ? imported.imported : d.name;
}


class EntityBuilder {
  readonly tables: TableModel[] = [];
  readonly entities: EntityModel[] = [];
  private readonly byClass = new Map<ClassInfo, EntityModel>();
  private readonly reported = new Set<string>();
  /** Tables of a single-table inheritance: TypeORM makes their embedded columns nullable. */
  private readonly singleTable = new Set<TableModel>();
  private readonly closures: { table: TableModel; location: SourceLocation; options: Node | undefined }[] = [];
  /** Tables whose entity has embedded columns. */
  private readonly embeddedTables = new Set<TableModel>();

  constructor(private readonly reader: ModuleReader, private readonly config: Config, private readonly naming: NamingStrategy, private readonly problems: FrontendProblem[]) {}

  private unresolved(message: string, location: SourceLocation, cause: string, item: string, about?: string): void {
    const key = `${cause}\0${location.file}\0${location.line}\0${location.column}\0${item}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ kind: 'unresolved', message, location, cause, item, ...(about ? { about } : {}) });
  }

  /** The class and its bases, root first; `open` when a base cannot be read. */
  private chainOf(cls: ClassInfo): { chain: ClassInfo[]; open: boolean } {
    const chain: ClassInfo[] = [cls];
    let open = false;
    let current = cls;
    while (current.superName && chain.length < 12) {
      const name = current.superName;
      const parent = name === '<expression>' ? null : this.reader.classNamed(current.file, name);
      if (!parent) {
        const imported = this.reader.module(current.file)?.imports.get(name);
        // typeorm's BaseEntity adds no columns; other packages' classes may.
        if (!(imported?.source === 'typeorm')) {
          open = true;
          this.unresolved(`${current.name} derives from ${name}, which ormlint cannot read`, nodeLocation(current.node.id as Node, current.file), 'unknown-base', name);
        }
        break;
      }
      chain.unshift(parent);
      current = parent;
    }
    return { chain, open };
  }

  addEntity(cls: ClassInfo, entity: Decorator): void {
    const [first, second] = entity.args.map((a) => unwrap(a));
    const options = first?.type === 'ObjectExpression' ? first : second?.type === 'ObjectExpression' ? second : undefined;
    const given = stringOf(first) ?? stringOf(property(options, 'name'));
    const schema = stringOf(property(options, 'schema'));
    const location = nodeLocation(cls.node.id as Node, cls.file);
    if ((first && first.type !== 'ObjectExpression' && stringOf(first) === null) || (property(options, 'name') && given === null)) {
      this.unresolved(`The table name of ${cls.name} is not a literal ormlint can read`, location, 'dynamic-table', cls.name);
      return;
    }
    const name = this.naming.tableName(cls.name, given);
    const { chain, open } = this.chainOf(cls);
    const table: TableModel = { schema, name, key: tableKey(schema ?? this.config.defaultSchema, name), columns: [], byProperty: new Map(), uniques: [], indexes: [], foreignKeys: [], location, openColumns: open, uncertain: null };
    this.tables.push(table);
    const model: EntityModel = { cls, chain, table, child: false };
    this.entities.push(model);
    this.byClass.set(cls, model);
    // (EntityMetadataBuilder marks the columns of an STI entity's embeddeds nullable: the direct
    // columns of each top-level embedded, not those of embeddeds nested in it.)
    // @TableInheritance: the discriminator column (a varchar "type" unless its options say).
    const inheritanceClass = chain.find((c) => typeormDecorator(this.reader, c.file, c.decorators, 'TableInheritance'));
    const inheritance = inheritanceClass ? typeormDecorator(this.reader, inheritanceClass.file, inheritanceClass.decorators, 'TableInheritance') : null;
    if (inheritance) this.singleTable.add(table);
    for (const c of chain) this.addColumns(table, c, [], '', false);
    const tree = chain.map((c) => typeormDecorator(this.reader, c.file, c.decorators, 'Tree')).find((d) => d);
    if (tree) this.treeOf(table, cls, tree);
    if (inheritance && inheritanceClass) {
      const at = nodeLocation(inheritance.node, inheritanceClass.file);
      const column = inheritance.args[0] ? property(unwrap(inheritance.args[0]), 'column') : undefined;
      const colName = stringOf(column) ?? stringOf(property(column, 'name')) ?? 'type';
      const colType = stringOf(property(column, 'type')) ?? 'varchar';
      const length = literal(property(column, 'length'));
      if (!table.columns.some((c) => c.name === colName)) {
        table.columns.push(this.plainColumn(colName, colName, normalizeType(colType), at, { length: length !== undefined ? String(length) : null }));
      }
      // EntityMetadataBuilder indexes the discriminator column of a single-table parent, but adds
      // the index to `indices` after it was derived from `ownIndices`; when the entity has
      // embeddeds (a copied array) and a generated column (which re-derives it), it is lost.
      const lost = this.embeddedTables.has(table) && table.columns.some((c) => c.generated !== null);
      if (!lost) table.indexes.push({ name: typeormNames.index(table.name, [colName]), columns: [colName], unique: false, where: null, location: at });
    }
  }

  /**
   * `@Tree(...)`: the columns EntityMetadataBuilder adds (`mpath`; `nsleft`/`nsright`), or the
   * closure table ClosureJunctionEntityMetadataBuilder builds (`<table>_closure` with an
   * `<id>_ancestor` and an `<id>_descendant` column, each indexed, each a cascading foreign key).
   */
  private treeOf(table: TableModel, cls: ClassInfo, tree: Decorator): void {
    const kind = stringOf(tree.args[0]);
    const location = nodeLocation(tree.node, cls.file);
    if (kind === 'materialized-path') {
      table.columns.push(this.plainColumn('mpath', 'mpath', 'character varying', location, { nullable: true, default: "''" }));
    } else if (kind === 'nested-set') {
      table.columns.push(this.plainColumn('nsleft', 'nsleft', 'integer', location, { default: "'1'" }));
      table.columns.push(this.plainColumn('nsright', 'nsright', 'integer', location, { default: "'2'" }));
    } else if (kind === 'closure-table') {
      this.closures.push({ table, location, options: tree.args[1] ? unwrap(tree.args[1]) : undefined });
    } else if (kind !== 'adjacency-list') {
      table.openColumns = true;
      this.unresolved(`The tree kind of ${cls.name} is not one ormlint knows`, location, 'computed-attribute', kind ?? 'Tree');
    }
  }

  /** The closure tables of closure-table trees (after the primary keys are known). */
  closureTables(): void {
    for (const { table, location, options } of this.closures) {
      const pks = table.columns.filter((c) => c.primary);
      if (pks.length === 0) continue;
      const given = stringOf(property(options, 'closureTableName'));
      const name = `${given ?? table.name}_closure`;
      const closure: TableModel = { schema: table.schema, name, key: tableKey(table.schema ?? this.config.defaultSchema, name), columns: [], byProperty: new Map(), uniques: [], indexes: [], foreignKeys: [], location, openColumns: false, uncertain: null };
      for (const role of ['ancestor', 'descendant'] as const) {
        for (const pk of pks) {
          const column = this.naming.columnName(`${pk.property}_${role}`, null, []);
          closure.columns.push({ ...this.plainColumn(column, column, pk.type, location), length: pk.length, precision: pk.precision, scale: pk.scale, primary: true });
        }
      }
      // TypeORM indexes and references the first two columns (single-column keys).
      for (const column of closure.columns.slice(0, 2)) {
        closure.indexes.push({ name: typeormNames.index(name, [column.name]), columns: [column.name], unique: false, where: null, location });
        closure.foreignKeys.push({ name: typeormNames.foreignKey(name, [column.name]), columns: [column.name], ref: table, refColumns: [pks[0]!.name], onDelete: 'CASCADE', onUpdate: 'NO ACTION', location });
      }
      this.tables.push(closure);
    }
  }

  addChild(cls: ClassInfo): void {
    const { chain, open } = this.chainOf(cls);
    const parent = chain.slice(0, -1).reverse().map((c) => this.byClass.get(c)).find((m) => m);
    if (!parent) {
      this.unresolved(`The single-table parent of @ChildEntity ${cls.name} is not an entity ormlint read`, nodeLocation(cls.node.id as Node, cls.file), 'unknown-base', cls.superName ?? cls.name);
      return;
    }
    const model: EntityModel = { cls, chain, table: parent.table, child: true };
    this.entities.push(model);
    this.byClass.set(cls, model);
    if (open) parent.table.openColumns = true;
    const parentIndex = chain.indexOf(parent.cls);
    for (const c of chain.slice(parentIndex + 1)) this.addColumns(parent.table, c, [], '', false);
  }

  /** The column decorators of a class's properties, first registration winning as in TypeORM. */
  private addColumns(table: TableModel, cls: ClassInfo, prefixes: string[], pathPrefix: string, nullableEmbedded: boolean): void {
    for (const prop of cls.properties) {
      const propertyPath = `${pathPrefix}${prop.name}`;
      if (table.byProperty.has(propertyPath)) continue;
      // Decorators run bottom-up: the one nearest the property registers first, and the first wins.
      const decorator = [...prop.decorators].reverse().find((d) => COLUMN_DECORATORS.has(decoratorName(this.reader, cls.file, d) ?? ''));
      if (!decorator) continue;
      const kind = decoratorName(this.reader, cls.file, decorator)!;
      if (kind === 'ObjectIdColumn') continue;
      const args = decorator.args.map((a) => unwrap(a));
      const location = propertyLocation(prop, cls.file);
      // @Column(() => Embedded, { prefix }): the embedded class's columns, prefixed.
      if (kind === 'Column' && args[0] && (args[0].type === 'ArrowFunctionExpression' || args[0].type === 'FunctionExpression')) {
        const target = args[0].body.type === 'Identifier' ? args[0].body.name : null;
        const embedded = target ? this.reader.classNamed(cls.file, target) : null;
        if (!embedded) {
          table.openColumns = true;
          this.unresolved(`The embedded class of ${cls.name}.${prop.name} is not one ormlint can read`, location, 'computed-attribute', target ?? prop.name);
          continue;
        }
        const prefixNode = property(args[1], 'prefix');
        const prefixValue = literal(prefixNode);
        const prefix = prefixNode === undefined ? prop.name : typeof prefixValue === 'string' ? prefixValue : prefixValue === false ? '' : null;
        if (prefix === null) {
          table.openColumns = true;
          this.unresolved(`The prefix of ${cls.name}.${prop.name} is not a literal`, location, 'computed-attribute', prop.name);
          continue;
        }
        table.byProperty.set(propertyPath, []);
        this.embeddedTables.add(table);
        const { chain } = this.chainOf(embedded);
        for (const c of chain) this.addColumns(table, c, prefix ? [...prefixes, prefix] : prefixes, `${propertyPath}.`, pathPrefix === '' && this.singleTable.has(table));
        continue;
      }
      const column = this.columnOf(table, cls, prop, kind, args, prefixes, location);
      if (!column) continue;
      column.property = propertyPath;
      if (nullableEmbedded) column.nullable = true;
      table.byProperty.set(propertyPath, [column.name]);
      if (!table.columns.some((c) => c.name === column.name)) table.columns.push(column);
      const options = args.find((a) => a.type === 'ObjectExpression');
      if (literal(property(options, 'unique')) === true) table.uniques.push({ name: '', columns: [column.name], location });
      // `@Generated("uuid" | "increment" | "identity")` beside a column (EntityMetadataBuilder:
      // a uuid one becomes of type uuid, an increment one a serial).
      const generated = prop.decorators.find((d) => decoratorName(this.reader, cls.file, d) === 'Generated');
      if (generated && !column.generated) {
        const strategy = stringOf(generated.args[0]) ?? 'increment';
        column.generated = strategy === 'uuid' || strategy === 'identity' || strategy === 'rowid' ? strategy : 'increment';
        if (strategy === 'uuid') column.type = 'uuid';
        if (strategy === 'rowid') column.type = 'integer';
        if (column.type !== null) column.unknown.delete('type');
      }
    }
  }

  private plainColumn(property: string, name: string, type: string | null, location: SourceLocation, extra: Partial<ColumnModel> = {}): ColumnModel {
    return { property, name, type, length: null, precision: null, scale: null, array: false, enumValues: null, enumName: null, nullable: false, primary: false, generated: null, default: null, unknown: new Set(), location, ...extra };
  }

  private columnOf(table: TableModel, cls: ClassInfo, prop: PropertyInfo, kind: string, args: Node[], prefixes: string[], location: SourceLocation): ColumnModel | null {
    let typeArg: string | null = null;
    let options: Node | undefined;
    let strategy: ColumnModel['generated'] = null;
    if (kind === 'PrimaryGeneratedColumn') {
      const s = stringOf(args[0]);
      strategy = s === 'uuid' || s === 'identity' || s === 'rowid' ? s : 'increment';
      options = args.find((a) => a.type === 'ObjectExpression');
    } else {
      typeArg = stringOf(args[0]);
      options = args.find((a) => a.type === 'ObjectExpression');
      if (args[0] && typeArg === null && args[0].type !== 'ObjectExpression') {
        this.unresolved(`The type of ${cls.name}.${prop.name} is not a literal`, location, 'unknown-type', prop.name);
      }
    }
    const given = stringOf(property(options, 'name'));
    const name = this.naming.columnName(prop.name, given, prefixes);
    const column = this.plainColumn(prop.name, name, null, location);
    const typeOption = property(options, 'type');
    let rawType: string | DesignType | null = typeArg ?? stringOf(typeOption);
    if (typeOption && rawType === null) {
      // `type: Number` / `type: String` (the constructor) are design types too.
      const t = unwrap(typeOption);
      rawType = t.type === 'Identifier' && ['String', 'Number', 'Boolean', 'Date'].includes(t.name) ? (t.name as DesignType) : null;
      if (rawType === null) this.unresolved(`The type of ${cls.name}.${prop.name} is not a literal`, location, 'unknown-type', t.type === 'MemberExpression' || t.type === 'Identifier' ? sourceName(t) : prop.name);
    }
    if (strategy && !rawType) rawType = strategy === 'uuid' ? 'uuid' : strategy === 'rowid' ? 'int' : 'Number';
    if (!rawType && kind === 'CreateDateColumn') rawType = 'timestamp';
    if (!rawType && kind === 'UpdateDateColumn') rawType = 'timestamp';
    if (!rawType && kind === 'DeleteDateColumn') rawType = 'timestamp';
    if (kind === 'VersionColumn') rawType = 'int4';
    if (!rawType && !typeOption && !(args[0] && typeArg === null && args[0].type !== 'ObjectExpression')) {
      const design = designType(this.reader, cls.file, prop.type);
      if (design === null) this.unresolved(`The type of ${cls.name}.${prop.name} comes from its TypeScript type, which ormlint cannot map as emitDecoratorMetadata does`, location, 'unknown-type', prop.type ? typeText(prop.type) : prop.name);
      else if (design === 'Array') column.array = true;
      rawType = design === 'Array' ? null : design;
    }
    column.type = rawType ? normalizeType(rawType) : null;
    if (rawType && column.type === null) this.unresolved(`${cls.name}.${prop.name} has the type ${rawType}, which ormlint does not know`, location, 'unknown-type', String(rawType));
    if (column.type === null) column.unknown.add('type');
    const length = literal(property(options, 'length'));
    if (length !== undefined) column.length = String(length);
    const precision = literal(property(options, 'precision'));
    const scale = literal(property(options, 'scale'));
    if (typeof precision === 'number') column.precision = precision;
    if (typeof scale === 'number') column.scale = scale;
    if (literal(property(options, 'array')) === true) column.array = true;
    column.primary = kind === 'PrimaryColumn' || kind === 'PrimaryGeneratedColumn' || literal(property(options, 'primary')) === true;
    column.generated = strategy;
    const nullable = property(options, 'nullable');
    if (nullable) {
      const v = literal(nullable);
      if (typeof v === 'boolean') column.nullable = v;
      else {
        column.unknown.add('nullable');
        this.unresolved(`${cls.name}.${prop.name}: nullable is not a literal`, location, 'computed-flag', 'nullable');
      }
    }
    if (kind === 'DeleteDateColumn' && !column.nullable) column.nullable = true;
    if (column.type === 'enum') {
      const values = enumValues(this.reader, cls.file, property(options, 'enum'));
      if (values === null) {
        column.unknown.add('type');
        this.unresolved(`The enum of ${cls.name}.${prop.name} is not one ormlint can read`, location, 'unknown-type', 'enum');
        column.type = null;
      } else {
        column.enumValues = values;
        column.enumName = stringOf(property(options, 'enumName')) ?? `${table.name}_${name.toLowerCase()}_enum`;
      }
    }
    const defaultNode = property(options, 'default');
    if (kind === 'CreateDateColumn' || kind === 'UpdateDateColumn') column.default = 'now()';
    if (defaultNode) {
      const value = defaultOf(this.reader, cls.file, defaultNode, column);
      if (value === undefined) {
        column.unknown.add('default');
        this.unresolved(`The default of ${cls.name}.${prop.name} is computed by code ormlint does not run`, location, 'server-default', sourceName(unwrap(defaultNode)));
      } else column.default = value;
    }
    return column;
  }




  /** The relation target class of `() => User` / `User` / `"User"`. */
  private targetOf(cls: ClassInfo, node: Node | undefined): EntityModel | null {
    if (!node) return null;
    let n = unwrap(node);
    if ((n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') && n.body.type !== 'BlockStatement') n = unwrap(n.body as Node);
    if (n.type === 'Identifier') {
      const target = this.reader.classNamed(cls.file, n.name);
      return target ? this.byClass.get(target) ?? null : null;
    }
    const name = stringOf(n);
    if (name !== null) {
      const matches = this.entities.filter((e) => e.cls.name === name);
      return matches.length === 1 ? matches[0]! : null;
    }
    return null;
  }

  private primaryColumns(entity: EntityModel): ColumnModel[] {
    return entity.table.columns.filter((c) => c.primary);
  }

  /** Relations: join columns and foreign keys (ManyToOne, owning OneToOne), join tables (ManyToMany + JoinTable). */
  relations(): void {
    for (const entity of [...this.entities]) {
      const table = entity.table;
      const seen = new Set<string>();
      for (const cls of entity.child ? entity.chain.slice(entity.chain.indexOf(this.entities.find((e) => e.table === table && !e.child)!.cls) + 1) : entity.chain) {
        for (const prop of cls.properties) {
          if (seen.has(prop.name)) continue;
          const relation = [...prop.decorators].reverse().find((d) => RELATION_DECORATORS.has(decoratorName(this.reader, cls.file, d) ?? ''));
          if (!relation) continue;
          seen.add(prop.name);
          const kind = decoratorName(this.reader, cls.file, relation)!;
          const location = propertyLocation(prop, cls.file);
          // @TreeParent() is a many-to-one to the entity itself, its options the first argument.
          const treeParent = kind === 'TreeParent';
          const options = relation.args.map((a) => unwrap(a)).find((a, i) => (treeParent || i > 0) && a.type === 'ObjectExpression');
          const joinColumn = prop.decorators.find((d) => decoratorName(this.reader, cls.file, d) === 'JoinColumn');
          const joinTable = prop.decorators.find((d) => decoratorName(this.reader, cls.file, d) === 'JoinTable');
          if (kind === 'OneToMany' || kind === 'TreeChildren' || (kind === 'OneToOne' && !joinColumn) || (kind === 'ManyToMany' && !joinTable)) continue;
          const target = treeParent ? entity : this.targetOf(cls, relation.args[0]);
          if (!target) {
            const where = `${cls.name}.${prop.name}`;
            this.unresolved(`The target of the relation ${where} is not an entity ormlint read`, location, 'computed-foreign-key', where);
            if (kind !== 'ManyToMany') {
              table.openColumns = true;
              table.byProperty.set(prop.name, []);
            }
            continue;
          }
          if (kind === 'ManyToMany') this.joinTable(entity, prop.name, target, joinTable!, relation, location);
          else this.joinColumns(entity, cls, prop.name, kind === 'OneToOne', target, joinColumn, options, location);
        }
      }
    }
  }

  private joinColumns(entity: EntityModel, cls: ClassInfo, propertyName: string, oneToOne: boolean, target: EntityModel, joinColumn: Decorator | undefined, options: Node | undefined, location: SourceLocation): void {
    const table = entity.table;
    const arg = joinColumn?.args[0] ? unwrap(joinColumn.args[0]) : undefined;
    const specs = arg?.type === 'ArrayExpression' ? (arg.elements as Node[]).map((e) => unwrap(e)) : [arg];
    const targetPrimaries = this.primaryColumns(target);
    const columns: string[] = [];
    const refColumns: string[] = [];
    let fkName: string | null = null;
    const nullableOption = literal(property(options, 'nullable'));
    const primary = literal(property(options, 'primary')) === true;
    for (const spec of specs) {
      const refProperty = stringOf(property(spec, 'referencedColumnName'));
      const referenced = refProperty ? target.table.columns.find((c) => c.property === refProperty) : null;
      const refs = referenced ? [referenced] : refProperty ? [] : specs.length > 1 ? [] : targetPrimaries;
      if (refs.length === 0 || targetPrimaries.length === 0 && !referenced) {
        table.openColumns = true;
        this.unresolved(`The referenced column of ${cls.name}.${propertyName} is not one ormlint can find on ${target.cls.name}`, location, 'computed-foreign-key', `${cls.name}.${propertyName}`);
        table.byProperty.set(propertyName, []);
        return;
      }
      fkName = fkName ?? stringOf(property(spec, 'foreignKeyConstraintName'));
      for (const ref of refs) {
        const name = stringOf(property(spec, 'name')) ?? this.naming.joinColumnName(propertyName, ref.property);
        columns.push(name);
        refColumns.push(ref.name);
        const existing = table.columns.find((c) => c.name === name);
        if (existing) {
          // RelationJoinColumnBuilder: "types of relational column and join column must be equal
          // we override user defined column type" (the type only: length and the rest stay).
          existing.type = ref.type;
          if (ref.type === 'enum') Object.assign(existing, { enumValues: ref.enumValues, enumName: ref.enumName });
          if (ref.unknown.has('type')) existing.unknown.add('type');
          else existing.unknown.delete('type');
          continue;
        }
        table.columns.push({
          ...this.plainColumn(propertyName, name, ref.type, location),
          length: ref.length,
          precision: ref.precision,
          scale: ref.scale,
          enumValues: ref.enumValues,
          enumName: ref.enumName,
          nullable: !(nullableOption === false || primary),
          primary,
          unknown: new Set(ref.unknown.has('type') ? (['type'] as ColumnFact[]) : []),
        });
      }
    }
    table.byProperty.set(propertyName, columns);
    if (literal(property(options, 'createForeignKeyConstraints')) === false) return;
    const onDelete = stringOf(property(options, 'onDelete')) ?? 'NO ACTION';
    const onUpdate = stringOf(property(options, 'onUpdate')) ?? 'NO ACTION';
    table.foreignKeys.push({ name: fkName ?? typeormNames.foreignKey(table.name, columns), columns, ref: target.table, refColumns, onDelete, onUpdate, location });
    if (oneToOne && !primary) table.uniques.push({ name: relationConstraintName(table.name, columns), columns, location });
  }

  private joinTable(owner: EntityModel, propertyName: string, target: EntityModel, joinTable: Decorator, relation: Decorator, location: SourceLocation): void {
    const options = joinTable.args[0] ? unwrap(joinTable.args[0]) : undefined;
    const name = stringOf(property(options, 'name')) ?? this.naming.joinTableName(owner.table.name, target.table.name, propertyName);
    const schema = stringOf(property(options, 'schema')) ?? owner.table.schema;
    const spec = (key: string) => {
      const v = property(options, key) ?? property(options, `${key}s`);
      const u = v ? unwrap(v) : undefined;
      return u?.type === 'ArrayExpression' ? (u.elements[0] as Node | undefined) : u;
    };
    // JunctionEntityMetadataBuilder: the referenced columns are the primary ones, or the one
    // `referencedColumnName` names; a `name` applies to the column it references.
    const side = (entity: EntityModel, s: Node | undefined) => {
      const refProperty = stringOf(property(s, 'referencedColumnName'));
      const refs = refProperty ? entity.table.columns.filter((c) => c.property === refProperty) : this.primaryColumns(entity);
      return refs.map((ref) => ({
        ref,
        name: stringOf(property(s, 'name')) ?? this.naming.joinTableColumnName(entity.table.name, ref.property, ref.name),
      }));
    };
    const own = side(owner, spec('joinColumn'));
    const inverse = side(target, spec('inverseJoinColumn'));
    if (own.length === 0 || inverse.length === 0) {
      this.unresolved(`The join table of ${owner.cls.name}.${propertyName}: a side has no primary column ormlint found`, location, 'computed-foreign-key', `${owner.cls.name}.${propertyName}`);
      return;
    }
    // JunctionEntityMetadataBuilder.changeDuplicatedColumnNames (a self-referencing many-to-many).
    own.forEach((o) => {
      const clash = inverse.find((i) => i.name === o.name);
      if (clash) {
        o.name = `${o.name}_1`;
        clash.name = `${clash.name}_2`;
      }
    });
    const key = tableKey(schema ?? this.config.defaultSchema, name);
    if (this.tables.some((t) => t.key === key)) return;
    const table: TableModel = { schema, name, key, columns: [], byProperty: new Map(), uniques: [], indexes: [], foreignKeys: [], location, openColumns: false, uncertain: null };
    for (const c of [...own, ...inverse]) {
      table.columns.push({ ...this.plainColumn(c.name, c.name, c.ref.type, location), length: c.ref.length, precision: c.ref.precision, scale: c.ref.scale, enumValues: c.ref.enumValues, enumName: c.ref.enumName, primary: true, unknown: new Set(c.ref.unknown.has('type') ? (['type'] as ColumnFact[]) : []) });
    }
    const relationOptions = relation.args.map((a) => unwrap(a)).find((a, i) => i > 0 && a.type === 'ObjectExpression');
    const inverseSide = relation.args[1] ? unwrap(relation.args[1]) : undefined;
    const inverseProperty = inverseSide && (inverseSide.type === 'ArrowFunctionExpression' || inverseSide.type === 'FunctionExpression') && inverseSide.body.type === 'MemberExpression' && inverseSide.body.property.type === 'Identifier' ? inverseSide.body.property.name : null;
    const inverseRelation = inverseProperty ? target.chain.flatMap((c) => c.properties.filter((p) => p.name === inverseProperty).map((p) => ({ p, c }))).map(({ p, c }) => p.decorators.find((d) => decoratorName(this.reader, c.file, d) === 'ManyToMany')).find((d) => d) : undefined;
    const inverseOptions = inverseRelation?.args.map((a) => unwrap(a)).find((a, i) => i > 0 && a.type === 'ObjectExpression');
    const ownNames = own.map((c) => c.name);
    const inverseNames = inverse.map((c) => c.name);
    table.foreignKeys.push({ name: typeormNames.foreignKey(name, ownNames), columns: ownNames, ref: owner.table, refColumns: own.map((c) => c.ref.name), onDelete: stringOf(property(relationOptions, 'onDelete')) ?? 'CASCADE', onUpdate: stringOf(property(relationOptions, 'onUpdate')) ?? 'CASCADE', location });
    table.foreignKeys.push({
      name: typeormNames.foreignKey(name, inverseNames),
      columns: inverseNames,
      ref: target.table,
      refColumns: inverse.map((c) => c.ref.name),
      onDelete: inverseRelation ? stringOf(property(inverseOptions, 'onDelete')) ?? 'NO ACTION' : 'CASCADE',
      onUpdate: inverseRelation ? stringOf(property(inverseOptions, 'onUpdate')) ?? 'NO ACTION' : 'CASCADE',
      location,
    });
    table.indexes.push({ name: typeormNames.index(name, ownNames), columns: ownNames, unique: false, where: null, location });
    table.indexes.push({ name: typeormNames.index(name, inverseNames), columns: inverseNames, unique: false, where: null, location });
    this.tables.push(table);
  }

  /** @Index and @Unique, on properties and on classes (their own and their bases'). */
  indexes(): void {
    for (const entity of this.entities) {
      const table = entity.table;
      const classes = entity.child ? [entity.cls] : entity.chain;
      for (const cls of classes) {
        for (const d of cls.decorators) {
          const kind = decoratorName(this.reader, cls.file, d);
          if (kind === 'Index') this.classIndex(table, cls, d);
          if (kind === 'Unique') this.classUnique(table, cls, d);
        }
        for (const prop of cls.properties) {
          for (const d of prop.decorators) {
            const kind = decoratorName(this.reader, cls.file, d);
            if (kind !== 'Index' && kind !== 'Unique') continue;
            const columns = table.byProperty.get(prop.name);
            if (!columns || columns.length === 0) continue;
            const args = d.args.map((a) => unwrap(a));
            const name = stringOf(args[0]);
            const options = args.find((a) => a.type === 'ObjectExpression');
            // `@Unique()` on a property: a unique constraint on its column(s).
            if (kind === 'Unique') table.uniques.push({ name: name ?? '', columns, location: nodeLocation(d.node, cls.file) });
            else this.addIndex(table, name, columns, options, nodeLocation(d.node, cls.file));
          }
        }
      }
    }
    for (const table of this.tables) {
      for (const u of table.uniques) if (!u.name) u.name = typeormNames.unique(table.name, u.columns);
    }
  }

  private columnsOf(table: TableModel, node: Node | undefined): string[] | null {
    if (!node) return null;
    let n = unwrap(node);
    const paths: (string | null)[] = [];
    if ((n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') && n.body.type !== 'BlockStatement') {
      n = unwrap(n.body as Node);
      if (n.type !== 'ArrayExpression') return null;
      for (const e of n.elements) {
        const m = e ? unwrap(e as Node) : null;
        paths.push(m?.type === 'MemberExpression' && m.property.type === 'Identifier' ? memberPath(m) : null);
      }
    } else if (n.type === 'ArrayExpression') {
      for (const e of n.elements) paths.push(e ? stringOf(e as Node) : null);
    } else return null;
    const out: string[] = [];
    for (const p of paths) {
      if (p === null) return null;
      const cols = table.byProperty.get(p) ?? (table.columns.some((c) => c.name === p) ? [p] : null);
      if (!cols || cols.length === 0) return null;
      out.push(...cols);
    }
    return out;
  }

  private classIndex(table: TableModel, cls: ClassInfo, d: Decorator): void {
    const args = d.args.map((a) => unwrap(a));
    const name = stringOf(args[0]);
    const fields = name !== null ? args[1] : args[0];
    const options = args.find((a, i) => i > 0 && a.type === 'ObjectExpression');
    const location = nodeLocation(d.node, cls.file);
    const columns = this.columnsOf(table, fields);
    if (!columns) {
      this.unresolved(`An @Index of ${cls.name} names columns ormlint cannot find`, location, 'computed-table-args', `${cls.name} @Index`);
      return;
    }
    this.addIndex(table, name, columns, options, location);
  }

  private addIndex(table: TableModel, given: string | null, columns: string[], options: Node | undefined, location: SourceLocation): void {
    if (literal(property(options, 'synchronize')) === false) return;
    const where = stringOf(property(options, 'where'));
    const unique = literal(property(options, 'unique')) === true;
    const name = given ?? typeormNames.index(table.name, columns, where);
    if (where) this.unresolved(`The partial index ${name}: its WHERE clause is not compared`, location, 'partial-index', name);
    table.indexes.push({ name, columns, unique, where, location });
  }

  private classUnique(table: TableModel, cls: ClassInfo, d: Decorator): void {
    const args = d.args.map((a) => unwrap(a));
    const name = stringOf(args[0]);
    const fields = name !== null ? args[1] : args[0];
    const location = nodeLocation(d.node, cls.file);
    const columns = this.columnsOf(table, fields);
    if (!columns) {
      this.unresolved(`A @Unique of ${cls.name} names columns ormlint cannot find`, location, 'computed-table-args', `${cls.name} @Unique`);
      return;
    }
    table.uniques.push({ name: name ?? '', columns, location });
  }

}

/**
 * A property from its first decorator to its name: findings point at the `@Column(...)` a user
 * reads (and a `// ormlint-disable-next-line` above it applies).
 */
function propertyLocation(prop: PropertyInfo, file: string): SourceLocation {
  const key = nodeLocation((prop.node as TSESTree.PropertyDefinition).key as Node, file);
  const first = prop.decorators[0];
  if (!first) return key;
  const start = nodeLocation(first.node, file);
  return { file, line: start.line, column: start.column, endLine: key.endLine, endColumn: key.endColumn };
}

/** DefaultNamingStrategy.relationConstraintName (REL_, 26 characters of the hash). */
function relationConstraintName(table: string, columns: string[]): string {
  return `REL_${typeormNames.index(table, columns).slice(4)}`;
}

function memberPath(node: Node): string | null {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression' || n.computed || n.property.type !== 'Identifier') return null;
  if (n.object.type === 'Identifier') return n.property.name;
  const left = memberPath(n.object as Node);
  return left ? `${left}.${n.property.name}` : null;
}



