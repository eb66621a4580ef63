/**
 * The facts rules and plugins read: the schemas the models declare and the migrations build, the
 * model classes and their registry, the migration graph, and the problems frontends met. Read-only
 * for rules. Plugins depend on these shapes, so a change that removes or changes the meaning of a
 * field raises FACTS_VERSION (adding a field does not).
 *
 * Frontends (Python, SQL, TypeScript) produce them, through the operation language of
 * src/operations.ts for schemas. Nothing here knows about a parser.
 * Paths are relative to the project root with `/`; lines and columns are 1-based.
 */

/** The version of these shapes; plugins can read it from a rule's context (`context.factsVersion`). */
export const FACTS_VERSION = 1;

/** A span in a project file. `endLine`/`endColumn` are inclusive-exclusive like ESLint's. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

// ---------------------------------------------------------------------------------------------
// Schema: what a set of tables looks like, for both the models and the replayed migrations.
// ---------------------------------------------------------------------------------------------

/** A column. `type` is Postgres' canonical spelling (see src/schema/types.ts), or null if unknown. */
export interface Column {
  name: string;
  type: string | null;
  nullable: boolean;
  /** Part of the table's primary key (a convenience mirror of Table.primaryKey). */
  primaryKey: boolean;
  /** Has a single-column unique constraint or `unique=True`. */
  unique: boolean;
  /** Has a single-column index (model `index=True`, or a one-column CREATE INDEX). */
  index: boolean;
  /** A single-column foreign key, mirrored from Table.foreignKeys for convenience. */
  foreignKey: ForeignKeyRef | null;
  /**
   * The server-side default as SQL text when known (`now()`, `'pending'::character varying`, `0`),
   * null when there is none. Python-side `default=` is not a server default and lives in `pyDefault`.
   */
  default: string | null;
  /** Python-side default (`default=` of SQLAlchemy), kept as source text; never compared to SQL. */
  pyDefault?: string | null;
  /** Identity / serial: the database fills it. */
  generated?: 'serial' | 'identity' | null;
  /**
   * Facts of this column the source states in code ormlint cannot evaluate (`server_default=
   * GenerateUUID()`, `unique=SETTINGS.x`): only those are left out of the comparison.
   */
  unknown?: ColumnFact[];
  location?: SourceLocation;
}

/** The facts of a column that drift compares, each of which can be unknown on its own. */
export type ColumnFact = 'type' | 'nullable' | 'primaryKey' | 'unique' | 'index' | 'default' | 'foreignKey';
export const COLUMN_FACTS: readonly ColumnFact[] = ['type', 'nullable', 'primaryKey', 'unique', 'index', 'default', 'foreignKey'];

export interface ForeignKeyRef {
  /** `schema.table` or plain `table` as written; resolveTableKey() qualifies it. */
  table: string;
  column: string;
  onDelete?: string | null;
  onUpdate?: string | null;
}

export interface Index {
  /** Null when the model leaves the name to SQLAlchemy's naming convention (`ix_<table>_<col>`). */
  name: string | null;
  columns: string[];
  unique: boolean;
  /** Partial index predicate or expression columns make an index only partly comparable. */
  where?: string | null;
  /** Elements or predicate written as Python expressions ormlint does not render: only the index's presence is compared. */
  definitionUnknown?: boolean;
  location?: SourceLocation;
}

export interface ForeignKey {
  name: string | null;
  columns: string[];
  /** Qualified key of the referenced table: `schema.table`. */
  refTable: string;
  refColumns: string[];
  onDelete?: string | null;
  onUpdate?: string | null;
  location?: SourceLocation;
}

export interface UniqueConstraint {
  name: string | null;
  columns: string[];
  location?: SourceLocation;
}

export interface CheckConstraint {
  name: string | null;
  expression: string;
  location?: SourceLocation;
}

export interface PrimaryKey {
  name: string | null;
  columns: string[];
}

export interface Table {
  schema: string;
  name: string;
  /** In declaration order. */
  columns: Column[];
  primaryKey: PrimaryKey | null;
  indexes: Index[];
  foreignKeys: ForeignKey[];
  uniques: UniqueConstraint[];
  checks: CheckConstraint[];
  comment?: string | null;
  /**
   * Something we could not evaluate statically touched this table (a built `op.execute` string,
   * a column list from a loop): drift rules stay quiet on it rather than guess.
   */
  uncertain: boolean;
  uncertainReasons?: string[];
  /**
   * The table may have columns its source does not list (a base or mixin ormlint cannot read, an
   * attribute built by a call): a column found only on the other side is not a finding. Every
   * column it does list is still compared.
   */
  openColumns?: boolean;
  /** Likewise for indexes and constraints (table arguments ormlint cannot read). */
  openConstraints?: boolean;
  /**
   * Model side: the ORM treats a unique constraint and a unique index on the same columns as one
   * (Prisma's `@@unique` is satisfied by either), so drift compares them as one kind.
   */
  uniqueFormsEquivalent?: boolean;
  /** Where it was declared (model class / CREATE TABLE). */
  location?: SourceLocation;
  /** Partitioned / INHERITS etc. noted for the reader; never compared. */
  notes?: string[];
}

export interface EnumType {
  schema: string;
  name: string;
  values: string[];
  location?: SourceLocation;
}

/**
 * A view or materialized view the migrations create. Only its name is known (its columns come from
 * a query): a model may map it, but nothing compares the model's columns with it.
 */
export interface View {
  schema: string;
  name: string;
  materialized: boolean;
  location: SourceLocation;
}

/** Tables keyed by `schema.table` (see tableKey()). */
export interface Schema {
  tables: Map<string, Table>;
  enums: Map<string, EnumType>;
  /** Views keyed like tables; absent when nothing created one. */
  views?: Map<string, View>;
  /**
   * Keys of tables that migration code we could not evaluate names (`op.create_table(name, ...)`
   * in a loop, a built `op.execute`) while no evaluated migration creates them: they may exist.
   */
  possibleTables?: Set<string>;
  /**
   * Globs of table names (unqualified) that code whose table name ormlint cannot evaluate may have
   * created: `op.create_table(f"{table_prefix}users", ...)` gives `*users`.
   */
  possibleTablePatterns?: string[];
}

/** How facts key a table: `schema.name`, always qualified. */
export function tableKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

/** The schema and name a table key is made of (the schema is what precedes the first dot). */
export function splitTableKey(key: string): { schema: string; name: string } {
  const dot = key.indexOf('.');
  return dot === -1 ? { schema: '', name: key } : { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}

/** `orders` in the default schema, `billing.orders` elsewhere: how messages name a table. */
export function displayTableName(key: string, defaultSchema: string): string {
  const dot = key.indexOf('.');
  if (dot === -1) return key;
  return key.slice(0, dot) === defaultSchema ? key.slice(dot + 1) : key;
}

export function emptySchema(): Schema {
  return { tables: new Map(), enums: new Map() };
}

// ---------------------------------------------------------------------------------------------
// Models and the registry (the model side).
// ---------------------------------------------------------------------------------------------

export interface ModelClass {
  className: string;
  /** Dotted module path (`app.models.auto_response`) when it can be derived from the file path. */
  module: string | null;
  location: SourceLocation;
  /** Qualified table key `schema.table`, or null for abstract classes / unresolved names. */
  table: string | null;
  /** How the table name was obtained. */
  tableSource: 'tablename' | 'table-object' | 'inherited' | 'naming-convention' | 'unresolved' | 'none';
  /** Fully qualified name of the declarative base it derives from, e.g. `app.models.base.Base`. */
  base: string | null;
  /** The direct base class expressions as written. */
  bases: string[];
  abstract: boolean;
  /** Columns this class contributes (own, mixins, and for joined inheritance its own table). */
  columns: Column[];
  relationships: Relationship[];
  /** Single-table inheritance child: contributes columns to the parent's table. */
  inheritsTableFrom?: string | null;
  /**
   * False when the ORM's registry does not see this model although its file is reachable (a
   * Drizzle table the schema module does not export); absent means "as its file".
   */
  registered?: boolean;
}

export interface Relationship {
  name: string;
  target: string | null;
  location: SourceLocation;
}

/** One name the registry module ends up binding, after "last import wins". */
export interface RegistryBinding {
  name: string;
  className: string;
  file: string;
  /** Where the binding import is written (in the registry module or a re-exporting module). */
  importLocation: SourceLocation;
  /** Earlier bindings of the same name that this one overrode. */
  shadowed: { className: string; file: string; importLocation: SourceLocation }[];
}

export interface Registry {
  /** The registry module files that were configured and found. */
  roots: string[];
  /** Every project file whose module gets imported (transitively) from a root. */
  reachableFiles: string[];
  /** Classes whose defining module is reachable: SQLAlchemy sees them. */
  reachable: { className: string; file: string }[];
  /** Names the registry modules expose, with which class each resolves to. */
  bindings: RegistryBinding[];
  /**
   * Import statements in a registry module whose names nothing else in that module uses: ruff's
   * F401 would flag them. Used for the unimported-model hint, keyed by file.
   */
  unusedImportFiles?: string[];
}

// ---------------------------------------------------------------------------------------------
// Migrations (the migration side).
// ---------------------------------------------------------------------------------------------

export interface MigrationInfo {
  /** Alembic revision id, or the SQL file's version string. */
  id: string;
  file: string;
  /** Alembic down_revision(s); for SQL the previous version (by order). */
  parents: string[];
  dependsOn?: string[];
  branchLabels?: string[];
  /** Position in replay order, 0-based; -1 if it could not be ordered (cycle, dangling). */
  order: number;
  /** The `revision = ...` line, or line 1 of a SQL file. */
  location: SourceLocation;
  /** Location of the down_revision assignment, for graph findings. */
  parentsLocation?: SourceLocation;
  description?: string | null;
}

/** What the migration graph looks like; computed from MigrationInfo, judged by migration-graph. */
export interface MigrationGraph {
  heads: string[];
  roots: string[];
  /** A parent id that no revision defines. */
  dangling: { id: string; missingParent: string }[];
  /** One id defined by several files. */
  duplicates: { id: string; files: string[] }[];
  /** Each cycle as the ids along it. */
  cycles: string[][];
}

// ---------------------------------------------------------------------------------------------
// Problems frontends meet while reading (they do not judge; the rule of each kind reports).
// ---------------------------------------------------------------------------------------------

/**
 * Each kind is reported by the rule of that id: a file that does not parse, code ormlint cannot
 * evaluate, a migration Postgres would reject, or a configuration that leaves part of the project
 * unchecked.
 */
export interface FrontendProblem {
  kind: 'parse-error' | 'unresolved' | 'migration-error' | 'config';
  message: string;
  location: SourceLocation;
  /**
   * For unresolved: the table(s) it makes uncertain as a whole, qualified keys. Leave it out when
   * the unknown is narrower (one column's fact, an open column set): then no table is uncertain.
   */
  tables?: string[];
  /**
   * For unresolved: what kind of unknown this is (`unknown-type`, `server-default`, ...). Notices
   * of one cause are reported once, counting their items, instead of once per line.
   */
  cause?: string;
  /** The thing counted under the cause (a type name, a function name). */
  item?: string;
  /** The table (key) a narrow notice is about, without making it uncertain: `schemas:` scoping uses it. */
  about?: string;
  /**
   * The key of the table this notice is about when it is moot without that table (an ALTER of a
   * table no migration creates, an argument of that ALTER): when the models map the table and no
   * migration creates it, missing-migration already says so and the notice is not repeated.
   */
  missingTable?: string;
  /** What it is about when no table is (the config key, for config problems); else the first table or the file. */
  subject?: string;
}

// ---------------------------------------------------------------------------------------------
// Everything a rule can read.
// ---------------------------------------------------------------------------------------------

/** Where the app creates its tables with create_all() and stamps Alembic instead of migrating. */
export interface SchemaBootstrap {
  createAll: SourceLocation;
  stamp: SourceLocation;
}

/**
 * The declarative bases whose metadata Alembic's env.py migrates (`target_metadata`), spelled like
 * `ModelClass.base`; absent when `models.bases` is configured or no env.py says it.
 */
export interface MigratedBases {
  bases: string[];
  /** Where each env.py says it: its `target_metadata` assignment (or Flask-Migrate's `.db`). */
  locations: SourceLocation[];
}

/**
 * What a model frontend can know, so rules that need a fact the ORM does not have stay quiet
 * (a TypeORM or Prisma project has no declarative base for `model-base` to check).
 */
export interface ModelCapabilities {
  /** The ORM's name as users write it in `models.orm`. */
  orm: string;
  /** Models derive from declarative bases whose metadata the app uses (SQLAlchemy). */
  declarativeBases: boolean;
  /**
   * A class name bound twice in a registry module keeps its last binding (Python modules); in
   * TypeScript each import names its module, so which class code gets depends on that import.
   */
  lastBindingWins: boolean;
}

/** How the ORM's own tooling fixes what a rule finds; rules put these in their help text. */
export interface FixHints {
  /** The command that writes a migration for model changes (`npx prisma migrate dev`). */
  generateMigration: string;
  /** Where a model states its table name (`__tablename__`, `@@map`). */
  tableNameKey: string;
  /** How a model gets registered with the ORM (for unimported-model), when it has a registry. */
  register?: string;
  /**
   * How a table without a model class of its own is declared, ending before "in <file>"
   * (SQLAlchemy: "declared with Table()"; TypeORM: the join table of a @ManyToMany).
   */
  tableWithoutModel?: string;
}

/** Drizzle: a SQL file the journal does not list (never applied), or an entry without its file. */
export interface JournalMismatch {
  kind: 'not-in-journal' | 'missing-file';
  file: string;
  journal: string;
  location: SourceLocation;
}

export interface ProjectFacts {
  /** What the model frontend can know; absent for SQLAlchemy (which knows everything rules ask). */
  modelCapabilities?: ModelCapabilities | null;
  /** The ORM's own wording of fixes; absent means SQLAlchemy / Alembic. */
  fixHints?: FixHints | null;
  /** Model side; null when `models` is not configured. */
  models: ModelClass[] | null;
  registry: Registry | null;
  modelSchema: Schema | null;
  /** Migration side; null when `migrations` is not configured. */
  migrations: MigrationInfo[] | null;
  migrationKind: string | null;
  migrationGraph: MigrationGraph | null;
  migratedSchema: Schema | null;
  /** Where each migrated table was created / last touched, keyed by table key. */
  migratedTableOrigins?: Map<string, SourceLocation>;
  /** SQL migrations: several files that claim one version. */
  versionClashes?: { version: string; files: string[] }[];
  /** Drizzle: files and journal entries that do not match. */
  journalMismatches?: JournalMismatch[];
  problems: FrontendProblem[];
  defaultSchema: string;
  /** The create_all + stamp bootstrap, when the project's code has both calls. */
  schemaBootstrap?: SchemaBootstrap | null;
  /**
   * The schemas the config owns (`schemas:`); null or absent: all. `modelSchema` and
   * `migratedSchema` hold only owned tables; see src/schema/scope.ts.
   */
  schemas?: readonly string[] | null;
  /**
   * Globs of table names that model classes built at run time may map (`*_events` from
   * `type(..., {"__tablename__": f"{name}_events"})`): no rule may claim no model maps them.
   */
  dynamicTables?: { pattern: string; location: SourceLocation }[];
  /** What env.py migrates, when `models.bases` is not configured; see src/frontends/python/envPy.ts. */
  migratedBases?: MigratedBases | null;
}
