/**
 * Replays schema operations (from SQL or Alembic migrations) into the schema they produce, with
 * Postgres' semantics: unqualified names go through the search_path, PRIMARY KEY implies NOT
 * NULL, unnamed constraints get the names Postgres generates (so a later `DROP CONSTRAINT
 * orders_user_id_fkey` finds them), renames and drops carry through to indexes and foreign keys.
 * Pure: operations in, schema out; an operation that cannot apply becomes a problem and the
 * replay goes on.
 */
import { ownsTable } from './scope.js';
import {
  emptySchema,
  splitTableKey,
  tableKey,
  type CheckConstraint,
  type Column,
  type FrontendProblem,
  type Schema,
  type SourceLocation,
  type Table,
  type View,
} from '../facts.js';
import type { ColumnSpec, ConstraintSpec, ObjectName, SchemaOperation } from '../operations.js';
import { NameIndex } from './nameIndex.js';
import { newTable, syncColumnMirrors } from './tables.js';
import { chooseName, columnsPart, quoteIdent } from '../dialect/postgres/names.js';
import { isBuiltinType, labelUntypedDefault } from '../dialect/postgres/defaults.js';

export interface ReplayResult {
  schema: Schema;
  problems: FrontendProblem[];
  /** table key -> where it was created */
  origins: Map<string, SourceLocation>;
}

/** Postgres' generated constraint / index name kinds. */
export type GeneratedNameKind = 'pkey' | 'key' | 'fkey' | 'check' | 'idx';

/**
 * The name Postgres gives an unnamed constraint or index on `table` (`orders_pkey`,
 * `orders_user_id_fkey`, `orders_email_key`, `orders_total_check`, `orders_created_at_idx`),
 * ignoring collisions. Pure, so the Alembic frontend can name what `op.create_*` leaves unnamed.
 */
export function generatedConstraintName(kind: GeneratedNameKind, table: string, columns: string[]): string {
  return chooseName(table, kind === 'pkey' || (kind === 'check' && columns.length !== 1) ? null : columnsPart(columns), kind, () => false);
}

export interface ReplayOptions {
  defaultSchema: string;
  schemas?: readonly string[] | null;
  /**
   * The operations describe models, not migrations run against a database: a constraint or index
   * the model leaves unnamed stays unnamed (drift then accepts any name for it, instead of one
   * Postgres would invent), a foreign key to a table that is not among the models (another
   * service's, one only the migrations create) is legal, and CREATE TABLE keeps every constraint
   * and index the model declares (the model's duplicates and name clashes are for rules to see).
   */
  models?: boolean;
}

/** Applies `operations` in order to an empty schema. */
export function replayMigrations(operations: SchemaOperation[], options: ReplayOptions): ReplayResult {
  const replay = new Replay(options.defaultSchema, options.schemas ?? null, options.models === true);
  for (const op of operations) replay.apply(op);
  for (const table of replay.schema.tables.values()) syncColumnMirrors(table);
  replay.summariseMissingTables();
  return { schema: replay.schema, problems: replay.problems, origins: replay.origins };
}

type Op<K extends SchemaOperation['op']> = Extract<SchemaOperation, { op: K }>;

class Replay {
  readonly schema: Schema = emptySchema();
  readonly problems: FrontendProblem[] = [];
  readonly origins = new Map<string, SourceLocation>();
  private searchPath: string[];
  private readonly knownSchemas: Set<string>;
  /** Serial columns' sequences, so SET SCHEMA can requalify their nextval() default. */
  private readonly sequences = new WeakMap<Column, { schema: string; name: string }>();
  /** Names taken per schema, kept up to date table by table: every change to a table's names touches it. */
  private readonly names = new NameIndex(
    (owner) => ('columns' in owner ? this.schema.tables.get(tableKey(owner.schema, owner.name)) : this.schema.views?.get(tableKey(owner.schema, owner.name))) === owner,
    (column) => this.sequences.get(column),
  );
  /**
   * Referenced table key → the tables that may hold a foreign key to it (a superset: dropped
   * tables and dropped keys stay until the next pass over them), so dropping or renaming a table
   * or a column visits its referrers, not every table.
   */
  private readonly referrers = new Map<string, Set<Table>>();
  /** Columns a CHECK references, for DROP COLUMN and RENAME COLUMN. */
  private readonly checkColumns = new WeakMap<CheckConstraint, string[]>();
  /** Code ormlint could not evaluate ran and names no table: it may have done anything before this point. */
  private unknownEffects = false;

  /** `ownedSchemas`: `schemas:` of the config; a foreign key into another schema is that chain's business. */
  constructor(
    private readonly defaultSchema: string,
    private readonly ownedSchemas: readonly string[] | null = null,
    /** See ReplayOptions.models. */
    private readonly models = false,
  ) {
    this.searchPath = [defaultSchema];
    this.knownSchemas = new Set([defaultSchema, 'public']);
  }

  apply(op: SchemaOperation): void {
    switch (op.op) {
      case 'createTable': return this.createTable(op);
      case 'dropTable': return this.dropTable(op);
      case 'renameTable': return this.renameTable(op);
      case 'setTableSchema': return this.setTableSchema(op);
      case 'addColumn': return this.addColumn(op);
      case 'dropColumn': return this.dropColumn(op);
      case 'renameColumn': return this.renameColumn(op);
      case 'alterColumn': return this.alterColumn(op);
      case 'addConstraint': {
        const table = this.existingTable(op.table, op, 'ALTER TABLE');
        if (!table) return;
        const named = op.constraint.name;
        if (op.ifNotExists && named !== null && [table.primaryKey, ...table.uniques, ...table.foreignKeys, ...table.checks].some((c) => c?.name === named)) return;
        this.addConstraints(table, [op.constraint], op.location);
        return;
      }
      case 'dropConstraint': return this.dropConstraint(op);
      case 'renameConstraint': return this.renameConstraint(op);
      case 'createIndex': return this.createIndex(op);
      case 'dropIndex': return this.dropIndex(op);
      case 'renameIndex': return this.renameIndex(op);
      case 'createEnum': return this.createEnum(op);
      case 'alterEnumAddValue': return this.alterEnumAddValue(op);
      case 'alterEnumRenameValue': return this.alterEnumRenameValue(op);
      case 'renameEnum': return this.renameEnum(op);
      case 'dropEnum': return this.dropEnum(op);
      case 'createSchema':
        this.knownSchemas.add(op.name);
        return;
      case 'dropSchema': return this.dropSchema(op);
      case 'createView': return this.createView(op);
      case 'dropView': return this.dropView(op);
      case 'renameView': return this.renameView(op);
      case 'setSearchPath':
        this.searchPath = op.schemas.length > 0 ? op.schemas : [this.defaultSchema];
        return;
      case 'comment': {
        const table = this.existingTable(op.table, op, 'COMMENT ON');
        if (table && !op.column) table.comment = op.text;
        return;
      }
      case 'uncertain': return this.uncertain(op);
    }
  }

  // --- names -----------------------------------------------------------------------------------

  /** The schema new objects go to: the first schema of the search_path that exists. */
  private creationSchema(): string {
    return this.searchPath.find((s) => this.knownSchemas.has(s)) ?? this.defaultSchema;
  }

  /** Where an unqualified table resolves: the first search_path schema holding it. */
  private resolveTableKey(name: ObjectName): string {
    return this.resolveKey(name, this.schema.tables);
  }

  private resolveEnumKey(name: ObjectName): string {
    return this.resolveKey(name, this.schema.enums);
  }

  /** The first search_path schema whose objects hold the name, else where CREATE would put it. */
  private resolveKey(name: ObjectName, objects: ReadonlyMap<string, unknown>): string {
    if (name.schema) return tableKey(name.schema, name.name);
    for (const schema of this.searchPath) {
      const key = tableKey(schema, name.name);
      if (objects.has(key)) return key;
    }
    return tableKey(this.creationSchema(), name.name);
  }

  private existingTable(name: ObjectName, op: SchemaOperation, verb: string, quiet = false): Table | null {
    const key = this.resolveTableKey(name);
    const table = this.schema.tables.get(key);
    if (table) return table;
    if (!quiet && !op.ifTableExists) this.missingTable(key, op, `${verb} ${display(name)}: no earlier migration creates this table`);
    return null;
  }

  /** Indexes created on a table no migration creates, by name: their table is the one missing. */
  private readonly indexesOfMissingTables = new Map<string, string>();

  /** Per table no migration creates: the first statement that needs it, and how many more do. */
  private readonly missingTables = new Map<string, { problem: FrontendProblem; more: number }>();

  /**
   * One notice per table that migrations use but never create (a chain that starts from
   * `create_all()` + `alembic stamp`), not one per statement: it is one cause.
   */
  private missingTable(key: string, op: { location: SourceLocation }, message: string): void {
    const seen = this.missingTables.get(key);
    if (seen) {
      seen.more++;
      return;
    }
    // Counted under one cause (the chain starts from a database it does not create), by table.
    const { schema, name } = splitTableKey(key);
    const problem: FrontendProblem = { kind: 'unresolved', message, location: op.location, cause: 'missing-table', item: schema === this.defaultSchema ? name : key, missingTable: key };
    this.problems.push(problem);
    this.missingTables.set(key, { problem, more: 0 });
  }

  summariseMissingTables(): void {
    for (const { problem, more } of this.missingTables.values()) {
      if (more > 0) problem.message += ` (nor for ${more} later statement${more === 1 ? '' : 's'} that use${more === 1 ? 's' : ''} it)`;
    }
  }

  /** Relation names (tables, indexes, sequences) taken in a schema: index names must avoid them. */
  private relationTaken(schema: string, name: string): boolean {
    return this.names.relationTaken(schema, name);
  }

  /** Constraint names in a schema (Postgres keeps generated constraint names unique per schema). */
  private constraintTaken(schema: string, name: string): boolean {
    return this.names.constraintTaken(schema, name);
  }

  /** A name the table (or view) now holds. */
  private claim(owner: Table | View, schema: string, name: string, kinds: { relation?: boolean; constraint?: boolean }): void {
    this.names.add(owner, schema, name, kinds);
  }

  /** The table's names (or a view's) changed otherwise: the name index re-reads them before its next lookup. */
  private touch(owner: Table | View): void {
    this.names.touch(owner);
  }

  /** Records that `table` holds a foreign key to `refKey`. */
  private refersTo(table: Table, refKey: string): void {
    let set = this.referrers.get(refKey);
    if (!set) this.referrers.set(refKey, (set = new Set()));
    set.add(table);
  }

  /** The live tables that may hold a foreign key to `key` (each still to be checked). */
  private referrersOf(key: string): Table[] {
    const set = this.referrers.get(key);
    if (!set) return [];
    const live: Table[] = [];
    for (const table of set) {
      if (this.schema.tables.get(tableKey(table.schema, table.name)) === table) live.push(table);
      else set.delete(table);
    }
    return live;
  }

  // --- tables ----------------------------------------------------------------------------------

  private createTable(op: Op<'createTable'>): void {
    const schema = op.table.schema ?? this.creationSchema();
    const key = tableKey(schema, op.table.name);
    if (this.schema.tables.has(key)) {
      if (!op.ifNotExists) this.problem(op, `CREATE TABLE ${display(op.table)}: an earlier migration already creates this table`, [key]);
      return;
    }
    if (this.schema.views?.has(key)) {
      if (!op.ifNotExists) this.problem(op, `CREATE TABLE ${display(op.table)}: an earlier migration creates a view of this name`);
      return;
    }
    const table = newTable(schema, op.table.name);
    table.location = op.location;
    if (op.notes && op.notes.length > 0) table.notes = [...op.notes];
    // Inherited columns come first, then LIKE's, then the table's own (Postgres' MergeAttributes).
    const parents = op.partitionOf ? [op.partitionOf] : op.inherits ?? [];
    const parentTables: Table[] = [];
    for (const source of parents) {
      const from = this.existingTable(source, op, 'CREATE TABLE ... INHERITS');
      if (from) parentTables.push(from);
    }
    for (const from of parentTables) this.copyColumns(table, from, op, true);
    const likeTables: { from: Table; options: { defaults?: boolean; constraints?: boolean; indexes?: boolean } }[] = [];
    (op.like ?? []).forEach((source, i) => {
      const from = this.existingTable(source, op, 'CREATE TABLE ... LIKE');
      const options = op.likeOptions?.[i] ?? {};
      if (from) {
        this.copyColumns(table, from, op, options.defaults === true);
        likeTables.push({ from, options });
      }
    });
    this.schema.tables.set(key, table);
    this.claim(table, schema, table.name, { relation: true });
    this.origins.set(key, op.location);
    const constraints: ConstraintSpec[] = [];
    for (const spec of op.columns) {
      const existing = table.columns.find((c) => c.name === spec.name);
      // A column also inherited merges with the inherited one.
      if (existing) {
        if (spec.nullable === false) existing.nullable = false;
        if (spec.default !== undefined && spec.default !== null) existing.default = this.normalizeDefault(spec.default, existing.type);
        continue;
      }
      table.columns.push(this.columnFromSpec(table, spec, op.location));
      constraints.push(...this.specConstraints(spec));
    }
    for (const parent of parentTables) {
      // CHECK constraints are inherited under their own names.
      for (const check of parent.checks) this.inheritCheck(table, check, op.location);
    }
    for (const { from, options } of likeTables) {
      if (options.constraints) for (const check of from.checks) this.inheritCheck(table, check, op.location);
    }
    const declared = [...constraints, ...op.constraints];
    this.addConstraints(table, this.models ? declared : withoutRedundantIndexes(declared), op.location);
    for (const { from, options } of likeTables) if (options.indexes) this.cloneKeys(table, from, op.location, false);
    if (op.partitionOf && parentTables[0]) this.cloneKeys(table, parentTables[0], op.location, true);
    for (const index of op.indexes ?? []) {
      this.createIndex({ op: 'createIndex', location: op.location, table: { schema, name: table.name }, name: index.name, columns: index.columns, unique: index.unique });
    }
    for (const spec of op.columns) if (spec.index) this.columnIndex(table, spec, op.location);
  }

  private copyColumns(table: Table, from: Table, op: SchemaOperation, inherited: boolean): void {
    for (const column of from.columns) {
      if (table.columns.some((c) => c.name === column.name)) continue;
      table.columns.push({
        ...column,
        default: inherited ? column.default : null,
        // A partition shares its parent's identity; a serial's sequence stays the parent's.
        generated: inherited && op.op === 'createTable' && op.partitionOf && column.generated === 'identity' ? 'identity' : null,
        location: op.location,
        foreignKey: null,
      });
    }
  }

  private inheritCheck(table: Table, check: CheckConstraint, location: SourceLocation): void {
    if (table.checks.some((c) => c.name === check.name)) return;
    const copy: CheckConstraint = { ...check, location };
    this.checkColumns.set(copy, this.checkColumns.get(check) ?? []);
    table.checks.push(copy);
    if (copy.name) this.claim(table, table.schema, copy.name, { constraint: true });
  }

  /**
   * A partition (or LIKE ... INCLUDING INDEXES) gets its own copies of the parent's keys and
   * indexes, under names generated for the new table; a partition also clones the foreign keys.
   */
  private cloneKeys(table: Table, parent: Table, location: SourceLocation, withForeignKeys: boolean): void {
    const relationName = (cols: string[], label: string): string => {
      const name = chooseName(table.name, label === 'pkey' ? null : columnsPart(cols.map(indexColumnName)), label, (n) => this.relationTaken(table.schema, n));
      this.claim(table, table.schema, name, { relation: true, constraint: label !== 'idx' });
      return name;
    };
    if (parent.primaryKey && !table.primaryKey) table.primaryKey = { name: relationName(parent.primaryKey.columns, 'pkey'), columns: [...parent.primaryKey.columns] };
    for (const u of parent.uniques) table.uniques.push({ name: relationName(u.columns, 'key'), columns: [...u.columns], location });
    for (const i of parent.indexes) table.indexes.push({ name: relationName(i.columns, 'idx'), columns: [...i.columns], unique: i.unique, where: i.where ?? null, location });
    if (!withForeignKeys) return;
    for (const f of parent.foreignKeys) {
      table.foreignKeys.push({ ...f, columns: [...f.columns], refColumns: [...f.refColumns], location });
      this.refersTo(table, f.refTable);
    }
    this.touch(table);
  }

  private columnFromSpec(table: Table, spec: ColumnSpec, location: SourceLocation): Column {
    const column: Column = {
      name: spec.name,
      type: spec.type,
      nullable: spec.nullable === false || spec.primaryKey === true || spec.generated === 'identity' || spec.generated === 'serial' ? false : true,
      primaryKey: false,
      unique: false,
      index: false,
      foreignKey: null,
      default: spec.default === undefined || spec.default === null ? null : this.normalizeDefault(spec.default, spec.type),
      generated: spec.generated ?? null,
      ...(spec.unknown?.length ? { unknown: [...spec.unknown] } : {}),
      location: spec.location ?? location,
    };
    if (spec.generated === 'serial') {
      const sequence = chooseName(table.name, spec.name, 'seq', (n) => this.relationTaken(table.schema, n));
      this.sequences.set(column, { schema: table.schema, name: sequence });
      this.claim(table, table.schema, sequence, { relation: true });
      column.default = this.nextval(table.schema, sequence);
    } else if (spec.generated === 'identity') {
      column.default = null;
    }
    if (spec.createsEnum) {
      const key = this.resolveEnumKey(spec.createsEnum.name);
      if (!this.schema.enums.has(key)) {
        const { schema, name } = splitTableKey(key);
        this.schema.enums.set(key, { schema, name, values: [...spec.createsEnum.values], location: spec.location ?? location });
      }
    }
    return column;
  }

  /**
   * A default as the catalog prints it once stored: a bare literal takes the column's type (an
   * enum's label names its schema when that is not the default one), and names in the default
   * schema lose their qualification (`'x'::public.mood` → `'x'::mood`).
   */
  private normalizeDefault(text: string, type: string | null): string {
    let out = text;
    if (type && !isBuiltinType(type) && /^'(?:[^']|'')*'$/.test(out)) {
      const array = type.endsWith('[]');
      const base = array ? type.slice(0, -2) : type;
      const key = this.resolveEnumKey({ schema: null, name: base });
      const found = this.schema.enums.get(key);
      const label = found && found.schema !== this.defaultSchema ? `${quoteIdent(found.schema)}.${quoteIdent(found.name)}` : quoteIdent(base);
      return `${out}::${label}${array ? '[]' : ''}`;
    }
    out = labelUntypedDefault(out, type);
    const prefix = `${quoteIdent(this.defaultSchema)}.`;
    if (out.includes(prefix)) out = out.split(`::${prefix}`).join('::').split(`nextval('${prefix}`).join(`nextval('`);
    return out;
  }

  /** `nextval('orders_id_seq'::regclass)`, schema-qualified when outside the default schema. */
  private nextval(schema: string, sequence: string): string {
    const qualified = schema === this.defaultSchema ? quoteIdent(sequence) : `${quoteIdent(schema)}.${quoteIdent(sequence)}`;
    return `nextval('${qualified.split("'").join("''")}'::regclass)`;
  }

  /** Column-level flags (Alembic's Column(primary_key=True, unique=True, ForeignKey(...))) as constraints. */
  private specConstraints(spec: ColumnSpec): ConstraintSpec[] {
    const out: ConstraintSpec[] = [];
    if (spec.primaryKey) out.push({ kind: 'primaryKey', name: null, columns: [spec.name], location: spec.location });
    if (spec.unique) out.push({ kind: 'unique', name: null, columns: [spec.name], location: spec.location });
    if (spec.references) {
      out.push({
        kind: 'foreignKey',
        name: spec.references.name ?? null,
        columns: [spec.name],
        refTable: spec.references.table,
        refColumns: spec.references.column ? [spec.references.column] : [],
        onDelete: spec.references.onDelete ?? null,
        onUpdate: spec.references.onUpdate ?? null,
        location: spec.location,
      });
    }
    return out;
  }

  /** SQLAlchemy's `index=True` makes `ix_<table>_<column>`. */
  private columnIndex(table: Table, spec: ColumnSpec, location: SourceLocation): void {
    this.createIndex({ op: 'createIndex', location: spec.location ?? location, table: { schema: table.schema, name: table.name }, name: `ix_${table.name}_${spec.name}`, columns: [spec.name], unique: false });
  }

  /** Adds constraints in Postgres' order: CHECKs, then PRIMARY KEY / UNIQUE, then FOREIGN KEYs. */
  private addConstraints(table: Table, constraints: ConstraintSpec[], location: SourceLocation): void {
    const rank = (c: ConstraintSpec): number => (c.kind === 'check' ? 0 : c.kind === 'foreignKey' ? 2 : 1);
    const ordered = [...constraints].sort((a, b) => rank(a) - rank(b));
    for (const constraint of ordered) this.addConstraint(table, constraint, location);
  }

  private addConstraint(table: Table, spec: ConstraintSpec, location: SourceLocation): void {
    const at = spec.location ?? location;
    const c = spec.kind === 'primaryKey' || spec.kind === 'unique' ? this.adoptIndex(table, spec, at) : spec;
    if (!c) return;
    switch (c.kind) {
      case 'primaryKey': {
        if (table.primaryKey) {
          this.problem({ location: at }, `ALTER TABLE ${qualified(table)}: the table already has a primary key (${table.primaryKey.name ?? 'unnamed'})`, [tableKey(table.schema, table.name)]);
          return;
        }
        const name = c.name ?? (this.models ? null : chooseName(table.name, null, 'pkey', (n) => this.relationTaken(table.schema, n)));
        table.primaryKey = { name, columns: [...c.columns] };
        if (name !== null) this.claim(table, table.schema, name, { relation: true, constraint: true });
        for (const column of table.columns) if (c.columns.includes(column.name)) column.nullable = false;
        return;
      }
      case 'unique': {
        const name = c.name ?? (this.models ? null : chooseName(table.name, columnsPart(c.columns), 'key', (n) => this.relationTaken(table.schema, n)));
        table.uniques.push({ name, columns: [...c.columns], location: at });
        if (name !== null) this.claim(table, table.schema, name, { relation: true, constraint: true });
        return;
      }
      case 'check': {
        const columns = c.columns ?? [];
        const name = c.name ?? (this.models ? null : chooseName(table.name, columns.length === 1 ? columns[0]! : null, 'check', (n) => this.constraintTaken(table.schema, n)));
        const check: CheckConstraint = { name, expression: c.expression, location: at };
        this.checkColumns.set(check, columns);
        table.checks.push(check);
        if (name !== null) this.claim(table, table.schema, name, { constraint: true });
        return;
      }
      case 'foreignKey': {
        const refKey = this.resolveTableKey(c.refTable);
        const target = this.schema.tables.get(refKey);
        let refColumns = [...c.refColumns];
        if (!target && !this.models && ownsTable(refKey, this.ownedSchemas)) {
          this.missingTable(refKey, { location: at }, `FOREIGN KEY on ${qualified(table)} references ${display(c.refTable)}, which no earlier migration creates`);
        } else if (target && refColumns.length === 0) {
          refColumns = [...(target.primaryKey?.columns ?? [])];
        }
        const name = c.name ?? (this.models ? null : chooseName(table.name, columnsPart(c.columns), 'fkey', (n) => this.constraintTaken(table.schema, n)));
        table.foreignKeys.push({ name, columns: [...c.columns], refTable: refKey, refColumns, onDelete: c.onDelete ?? null, onUpdate: c.onUpdate ?? null, location: at });
        this.refersTo(table, refKey);
        if (name !== null) this.claim(table, table.schema, name, { constraint: true });
        return;
      }
    }
  }

  /**
   * `ADD CONSTRAINT ... USING INDEX i`: the unique index becomes the constraint's index, renamed to
   * the constraint's name (an unnamed constraint takes the index's); its columns are the index's.
   */
  private adoptIndex<C extends Extract<ConstraintSpec, { kind: 'primaryKey' | 'unique' }>>(table: Table, c: C, at: SourceLocation): C | null {
    if (c.usingIndex === undefined) return c;
    const index = table.indexes.find((i) => i.name === c.usingIndex);
    if (!index || !index.unique || index.where || index.columns.some((col) => col.startsWith('('))) {
      const why = index ? 'is not a plain unique index' : 'is no index of this table at this point';
      this.problem({ location: at }, `ALTER TABLE ${qualified(table)} ADD CONSTRAINT ... USING INDEX "${c.usingIndex}": the index ${why}`, [tableKey(table.schema, table.name)]);
      return null;
    }
    table.indexes = table.indexes.filter((i) => i !== index);
    // The index's name is free again for the constraint that takes it over.
    this.touch(table);
    return { ...c, name: c.name ?? index.name, columns: [...index.columns] };
  }

  private dropTable(op: Op<'dropTable'>): void {
    const key = this.resolveTableKey(op.table);
    if (!this.schema.tables.has(key)) {
      if (!op.ifExists) this.missingTable(key, op, `DROP TABLE ${display(op.table)}: no earlier migration creates this table`);
      return;
    }
    this.removeTable(key);
  }

  private removeTable(key: string): void {
    const table = this.schema.tables.get(key);
    this.schema.tables.delete(key);
    this.origins.delete(key);
    if (table) this.touch(table);
    // The foreign keys that pointed at it go with it (CASCADE; without it Postgres would refuse).
    for (const other of this.referrersOf(key)) {
      const kept = other.foreignKeys.filter((f) => f.refTable !== key);
      if (kept.length === other.foreignKeys.length) continue;
      other.foreignKeys = kept;
      this.touch(other);
    }
    this.referrers.delete(key);
  }

  private renameTable(op: Op<'renameTable'>): void {
    // ALTER TABLE ... RENAME TO renames a view too.
    if (!this.schema.tables.has(this.resolveTableKey(op.table)) && this.viewKey(op.table)) {
      return this.renameView({ op: 'renameView', view: op.table, newName: op.newName, location: op.location });
    }
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    this.moveTable(table, table.schema, op.newName, op);
  }

  private setTableSchema(op: Op<'setTableSchema'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    const from = table.schema;
    this.moveTable(table, op.newSchema, table.name, op);
    // Owned sequences move with the table, so serial defaults now name the new schema.
    for (const column of table.columns) {
      const sequence = this.sequences.get(column);
      if (sequence && sequence.schema === from) {
        sequence.schema = op.newSchema;
        column.default = this.nextval(op.newSchema, sequence.name);
      }
    }
  }

  private moveTable(table: Table, schema: string, name: string, op: SchemaOperation): void {
    const oldKey = tableKey(table.schema, table.name);
    const newKey = tableKey(schema, name);
    if (this.schema.tables.has(newKey)) {
      this.problem(op, `ALTER TABLE ${qualified(table)}: ${newKey} already exists`, [oldKey]);
      return;
    }
    this.schema.tables.delete(oldKey);
    table.schema = schema;
    table.name = name;
    this.schema.tables.set(newKey, table);
    const origin = this.origins.get(oldKey);
    this.origins.delete(oldKey);
    if (origin) this.origins.set(newKey, origin);
    this.touch(table);
    const moved = this.referrersOf(oldKey);
    this.referrers.delete(oldKey);
    for (const other of moved) {
      for (const fk of other.foreignKeys) if (fk.refTable === oldKey) fk.refTable = newKey;
      this.refersTo(other, newKey);
    }
  }

  // --- columns ---------------------------------------------------------------------------------

  private addColumn(op: Op<'addColumn'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    if (table.columns.some((c) => c.name === op.column.name)) {
      if (!op.ifNotExists) this.problem(op, `ALTER TABLE ${qualified(table)} ADD COLUMN "${op.column.name}": the column already exists`, [tableKey(table.schema, table.name)]);
      return;
    }
    table.columns.push(this.columnFromSpec(table, op.column, op.location));
    this.addConstraints(table, this.specConstraints(op.column), op.location);
    if (op.column.index) this.columnIndex(table, op.column, op.location);
  }

  private column(table: Table, name: string, op: SchemaOperation, verb: string, quiet = false): Column | null {
    const column = table.columns.find((c) => c.name === name);
    if (!column && !quiet) this.problem(op, `${verb} ${qualified(table)}: column "${name}" does not exist at this point`, [tableKey(table.schema, table.name)]);
    return column ?? null;
  }

  private dropColumn(op: Op<'dropColumn'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    if (!this.column(table, op.column, op, 'ALTER TABLE ... DROP COLUMN', op.ifExists)) return;
    const name = op.column;
    const key = tableKey(table.schema, table.name);
    const touches = (columns: string[]): boolean => columns.some((c) => c === name || (c.startsWith('(') && mentions(c, name)));
    table.columns = table.columns.filter((c) => c.name !== name);
    if (table.primaryKey && table.primaryKey.columns.includes(name)) {
      this.dropDependentForeignKeys(key, table.primaryKey.columns);
      table.primaryKey = null;
    }
    table.uniques = table.uniques.filter((u) => !u.columns.includes(name));
    table.indexes = table.indexes.filter((i) => !touches(i.columns) && !(i.where && mentions(i.where, name)));
    table.checks = table.checks.filter((c) => !(this.checkColumns.get(c) ?? []).includes(name));
    table.foreignKeys = table.foreignKeys.filter((f) => !f.columns.includes(name));
    this.touch(table);
    this.dropDependentForeignKeys(key, [name]);
  }

  /** Foreign keys elsewhere that reference any of these columns of `key`. */
  private dropDependentForeignKeys(key: string, columns: string[]): void {
    for (const other of this.referrersOf(key)) {
      const kept = other.foreignKeys.filter((f) => !(f.refTable === key && f.refColumns.some((c) => columns.includes(c))));
      if (kept.length === other.foreignKeys.length) continue;
      other.foreignKeys = kept;
      this.touch(other);
    }
  }

  private renameColumn(op: Op<'renameColumn'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    const column = this.column(table, op.column, op, 'ALTER TABLE ... RENAME COLUMN');
    if (!column) return;
    const from = op.column;
    const to = op.newName;
    const swap = (columns: string[]): string[] => columns.map((c) => (c === from ? to : c.startsWith('(') ? renameIn(c, from, to) : c));
    column.name = to;
    if (table.primaryKey) table.primaryKey.columns = swap(table.primaryKey.columns);
    for (const u of table.uniques) u.columns = swap(u.columns);
    for (const i of table.indexes) {
      i.columns = swap(i.columns);
      if (i.where) i.where = renameIn(i.where, from, to);
    }
    for (const c of table.checks) {
      c.expression = renameIn(c.expression, from, to);
      this.checkColumns.set(c, (this.checkColumns.get(c) ?? []).map((n) => (n === from ? to : n)));
    }
    for (const f of table.foreignKeys) f.columns = swap(f.columns);
    const key = tableKey(table.schema, table.name);
    for (const other of this.referrersOf(key)) {
      for (const f of other.foreignKeys) if (f.refTable === key) f.refColumns = f.refColumns.map((c) => (c === from ? to : c));
    }
  }

  private alterColumn(op: Op<'alterColumn'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    const column = this.column(table, op.column, op, 'ALTER TABLE ... ALTER COLUMN');
    if (!column) return;
    if (op.type !== undefined) column.type = op.type;
    if (op.nullable !== undefined) column.nullable = op.nullable;
    if (op.default !== undefined) {
      column.default = op.default === null ? null : this.normalizeDefault(op.default, column.type);
      if (op.default === null && column.generated === 'serial') column.generated = null;
      // A default set to a known value is known again.
      if (column.unknown) column.unknown = column.unknown.filter((fact) => fact !== 'default');
    }
    for (const fact of op.unknown ?? []) if (!column.unknown?.includes(fact)) (column.unknown ??= []).push(fact);
    if (op.generated !== undefined) {
      column.generated = op.generated;
      if (op.generated === 'identity') column.nullable = false;
    }
  }

  // --- constraints and indexes -----------------------------------------------------------------

  private dropConstraint(op: Op<'dropConstraint'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    const key = tableKey(table.schema, table.name);
    const name = op.name;
    this.touch(table);
    if (table.primaryKey?.name === name) {
      this.dropDependentForeignKeys(key, table.primaryKey.columns);
      table.primaryKey = null;
      return;
    }
    const unique = table.uniques.find((u) => u.name === name);
    if (unique) {
      this.dropDependentForeignKeys(key, unique.columns);
      table.uniques = table.uniques.filter((u) => u !== unique);
      return;
    }
    const before = table.foreignKeys.length + table.checks.length;
    table.foreignKeys = table.foreignKeys.filter((f) => f.name !== name);
    table.checks = table.checks.filter((c) => c.name !== name);
    if (table.foreignKeys.length + table.checks.length === before && !op.ifExists) {
      this.problem(op, `ALTER TABLE ${qualified(table)} DROP CONSTRAINT "${name}": no such constraint at this point`, [key]);
    }
  }

  private renameConstraint(op: Op<'renameConstraint'>): void {
    const table = this.existingTable(op.table, op, 'ALTER TABLE');
    if (!table) return;
    const named = [table.primaryKey, ...table.uniques, ...table.foreignKeys, ...table.checks].filter((c) => c?.name === op.name);
    if (named.length === 0) {
      this.problem(op, `ALTER TABLE ${qualified(table)} RENAME CONSTRAINT "${op.name}": no such constraint at this point`, [tableKey(table.schema, table.name)]);
      return;
    }
    for (const constraint of named) constraint!.name = op.newName;
    this.touch(table);
  }

  private createIndex(op: Op<'createIndex'>): void {
    const table = this.existingTable(op.table, op, 'CREATE INDEX ON');
    if (!table) {
      // Its table is missing (already said once): so is the index, for a later DROP INDEX.
      if (op.name) this.indexesOfMissingTables.set(op.name, this.resolveTableKey(op.table));
      return;
    }
    if (this.models) {
      table.indexes.push({ name: op.name, columns: [...op.columns], unique: op.unique, where: op.where ?? null, location: op.location });
      return;
    }
    const name = op.name ?? chooseName(table.name, columnsPart(op.columns.map(indexColumnName)), 'idx', (n) => this.relationTaken(table.schema, n));
    if (this.relationTaken(table.schema, name)) {
      if (!op.ifNotExists) this.problem(op, `CREATE INDEX "${name}": a relation of that name already exists in schema ${table.schema}`, [tableKey(table.schema, table.name)]);
      return;
    }
    table.indexes.push({ name, columns: [...op.columns], unique: op.unique, where: op.where ?? null, location: op.location });
    this.claim(table, table.schema, name, { relation: true });
  }

  /** The table holding index `name` (schema-qualified or through the search_path). */
  private findIndex(name: ObjectName): { table: Table; kind: 'index' | 'pkey' | 'unique' } | null {
    const schemas = name.schema ? [name.schema] : this.searchPath;
    for (const schema of schemas) {
      // The tables holding the name as a relation: one, usually, so no pass over every table. Where
      // several do, the pass below keeps the first in creation order, as Postgres' catalog would.
      const holders = this.names.relationHolders(schema, name.name);
      if (holders.size === 0) continue;
      const candidates = holders.size === 1 ? (holders as ReadonlySet<Table>) : this.schema.tables.values();
      for (const table of candidates) {
        if (!('columns' in table)) continue;
        if (table.schema !== schema) continue;
        if (table.indexes.some((i) => i.name === name.name)) return { table, kind: 'index' };
        if (table.primaryKey?.name === name.name) return { table, kind: 'pkey' };
        if (table.uniques.some((u) => u.name === name.name)) return { table, kind: 'unique' };
      }
    }
    return null;
  }

  private dropIndex(op: Op<'dropIndex'>): void {
    const found = this.findIndex(op.index);
    if (!found || found.kind !== 'index') {
      if (found) this.problem(op, `DROP INDEX ${display(op.index)}: the index belongs to a constraint; drop the constraint instead`);
      else if (!op.ifExists && this.indexesOfMissingTables.has(op.index.name)) this.missingTable(this.indexesOfMissingTables.get(op.index.name)!, op, `DROP INDEX ${display(op.index)}: no earlier migration creates its table`);
      else if (!op.ifExists) this.problem(op, `DROP INDEX ${display(op.index)}: no earlier migration creates this index`);
      return;
    }
    found.table.indexes = found.table.indexes.filter((i) => i.name !== op.index.name);
    this.touch(found.table);
  }

  private renameIndex(op: Op<'renameIndex'>): void {
    const found = this.findIndex(op.index);
    if (!found) {
      if (!op.ifExists) this.problem(op, `ALTER INDEX ${display(op.index)}: no earlier migration creates this index`);
      return;
    }
    const { table } = found;
    // Renaming a constraint's index renames the constraint too.
    if (found.kind === 'pkey' && table.primaryKey) table.primaryKey.name = op.newName;
    for (const u of table.uniques) if (u.name === op.index.name) u.name = op.newName;
    for (const i of table.indexes) if (i.name === op.index.name) i.name = op.newName;
    this.touch(table);
  }

  // --- enums and schemas -----------------------------------------------------------------------

  private createEnum(op: Op<'createEnum'>): void {
    const schema = op.name.schema ?? this.creationSchema();
    const key = tableKey(schema, op.name.name);
    if (this.schema.enums.has(key)) {
      if (!op.ifNotExists) this.problem(op, `CREATE TYPE ${display(op.name)}: an earlier migration already creates this type`);
      return;
    }
    this.schema.enums.set(key, { schema, name: op.name.name, values: [...op.values], location: op.location });
  }

  private existingEnum(name: ObjectName, op: SchemaOperation, verb: string, quiet = false) {
    const found = this.schema.enums.get(this.resolveEnumKey(name));
    if (!found && !quiet) this.problem(op, `${verb} ${display(name)}: no earlier migration creates this type`);
    return found ?? null;
  }

  private alterEnumAddValue(op: Op<'alterEnumAddValue'>): void {
    const type = this.existingEnum(op.name, op, 'ALTER TYPE');
    if (!type) return;
    if (type.values.includes(op.value)) {
      if (!op.ifNotExists) this.problem(op, `ALTER TYPE ${display(op.name)} ADD VALUE '${op.value}': the value already exists`);
      return;
    }
    const anchor = op.before ?? op.after ?? null;
    const at = anchor === null ? -1 : type.values.indexOf(anchor);
    if (anchor !== null && at < 0) {
      this.problem(op, `ALTER TYPE ${display(op.name)}: '${anchor}' is not a value of this type`);
      return;
    }
    if (at < 0) type.values.push(op.value);
    else type.values.splice(op.before ? at : at + 1, 0, op.value);
  }

  private alterEnumRenameValue(op: Op<'alterEnumRenameValue'>): void {
    const type = this.existingEnum(op.name, op, 'ALTER TYPE');
    if (!type) return;
    const at = type.values.indexOf(op.from);
    if (at < 0) {
      this.problem(op, `ALTER TYPE ${display(op.name)} RENAME VALUE '${op.from}': no such value at this point`);
      return;
    }
    type.values[at] = op.to;
  }

  /** Columns name their enum type, so they follow the rename, and so do the labels of their defaults. */
  private renameEnum(op: Op<'renameEnum'>): void {
    const key = this.resolveEnumKey(op.name);
    const type = this.existingEnum(op.name, op, 'ALTER TYPE');
    if (!type) return;
    const newKey = tableKey(type.schema, op.newName);
    if (this.schema.enums.has(newKey)) {
      this.problem(op, `ALTER TYPE ${display(op.name)} RENAME TO ${quoteIdent(op.newName)}: that type already exists`);
      return;
    }
    const oldName = type.name;
    this.schema.enums.delete(key);
    type.name = op.newName;
    this.schema.enums.set(newKey, type);
    const oldLabel = type.schema === this.defaultSchema ? quoteIdent(oldName) : `${quoteIdent(type.schema)}.${quoteIdent(oldName)}`;
    const newLabel = type.schema === this.defaultSchema ? quoteIdent(op.newName) : `${quoteIdent(type.schema)}.${quoteIdent(op.newName)}`;
    const escaped = oldLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cast = new RegExp(`::${escaped}(?![\\w$"])`, 'g');
    for (const table of this.schema.tables.values()) {
      for (const column of table.columns) {
        if (column.type === oldName) column.type = op.newName;
        else if (column.type === `${oldName}[]`) column.type = `${op.newName}[]`;
        else continue;
        if (column.default) column.default = column.default.replace(cast, `::${newLabel}`);
      }
    }
  }

  private dropEnum(op: Op<'dropEnum'>): void {
    const key = this.resolveEnumKey(op.name);
    if (!this.schema.enums.delete(key) && !op.ifExists) this.problem(op, `DROP TYPE ${display(op.name)}: no earlier migration creates this type`);
  }

  private dropSchema(op: Op<'dropSchema'>): void {
    if (!this.knownSchemas.has(op.name) && !op.ifExists) this.problem(op, `DROP SCHEMA ${quoteIdent(op.name)}: no earlier migration creates this schema`);
    this.knownSchemas.delete(op.name);
    for (const [key, table] of [...this.schema.tables]) if (table.schema === op.name) this.removeTable(key);
    for (const [key, type] of [...this.schema.enums]) if (type.schema === op.name) this.schema.enums.delete(key);
    for (const [key, view] of [...(this.schema.views ?? [])]) {
      if (view.schema !== op.name) continue;
      this.schema.views!.delete(key);
      this.touch(view);
    }
  }

  // --- views -----------------------------------------------------------------------------------

  /** The key of the view an unqualified or qualified name resolves to, or null when there is none. */
  private viewKey(name: ObjectName): string | null {
    const views = this.schema.views;
    if (!views) return null;
    if (name.schema) return views.has(tableKey(name.schema, name.name)) ? tableKey(name.schema, name.name) : null;
    for (const schema of this.searchPath) {
      // A table earlier on the search_path hides a view of the same name further on.
      if (this.schema.tables.has(tableKey(schema, name.name))) return null;
      if (views.has(tableKey(schema, name.name))) return tableKey(schema, name.name);
    }
    return null;
  }

  private createView(op: Op<'createView'>): void {
    const schema = op.view.schema ?? this.creationSchema();
    const key = tableKey(schema, op.view.name);
    const verb = op.materialized ? 'CREATE MATERIALIZED VIEW' : 'CREATE VIEW';
    if (this.schema.tables.has(key)) {
      if (!op.ifNotExists) this.problem(op, `${verb} ${display(op.view)}: an earlier migration creates a table of this name`);
      return;
    }
    const existing = this.schema.views?.get(key);
    if (existing) {
      const replaces = op.orReplace === true && !existing.materialized && !op.materialized;
      if (!replaces && !op.ifNotExists) this.problem(op, `${verb} ${display(op.view)}: an earlier migration already creates this view`);
      return;
    }
    const view: View = { schema, name: op.view.name, materialized: op.materialized, location: op.location };
    (this.schema.views ??= new Map()).set(key, view);
    this.touch(view);
  }

  private dropView(op: Op<'dropView'>): void {
    const key = this.viewKey(op.view);
    const view = key ? this.schema.views!.get(key)! : null;
    const verb = op.materialized ? 'DROP MATERIALIZED VIEW' : 'DROP VIEW';
    if (!view || view.materialized !== op.materialized) {
      if (!op.ifExists) this.problem(op, `${verb} ${display(op.view)}: no earlier migration creates this ${op.materialized ? 'materialized view' : 'view'}`);
      return;
    }
    this.schema.views!.delete(key!);
    this.touch(view);
  }

  private renameView(op: Op<'renameView'>): void {
    const key = this.viewKey(op.view);
    if (!key) {
      if (!op.ifExists) this.problem(op, `ALTER VIEW ${display(op.view)}: no earlier migration creates this view`);
      return;
    }
    const view = this.schema.views!.get(key)!;
    const newKey = tableKey(view.schema, op.newName);
    if (this.schema.tables.has(newKey) || this.schema.views!.has(newKey)) {
      this.problem(op, `ALTER VIEW ${display(op.view)} RENAME TO ${quoteIdent(op.newName)}: that relation already exists`);
      return;
    }
    this.schema.views!.delete(key);
    view.name = op.newName;
    this.schema.views!.set(newKey, view);
    this.touch(view);
  }

  private uncertain(op: Op<'uncertain'>): void {
    const mayCreate = new Set((op.creates ?? []).map((name) => this.resolveTableKey(name)));
    if (op.createsMatching?.length) (this.schema.possibleTablePatterns ??= []).push(...op.createsMatching.filter((p) => !this.schema.possibleTablePatterns?.includes(p)));
    if (op.tables.length === 0) this.unknownEffects = true;
    for (const name of op.tables) {
      const key = this.resolveTableKey(name);
      const table = this.schema.tables.get(key);
      if (!table) {
        // Unevaluated code that could create it may have: the schema says so rather than deny the
        // table. Code that only alters it (an ALTER with an unreadable argument) creates nothing.
        if (mayCreate.has(key)) (this.schema.possibleTables ??= new Set()).add(key);
        continue;
      }
      table.uncertain = true;
      table.uncertainReasons = [...(table.uncertainReasons ?? []), op.reason];
    }
  }

  /**
   * An operation Postgres would reject at this point (rule `migration-error`). When unevaluated
   * code may have made or changed what it names (a table it names, or anything at all), ormlint
   * cannot tell, and says only that (rule `unresolved`).
   */
  private problem(op: { location: SourceLocation }, message: string, tables?: string[]): void {
    const unsure = this.unknownEffects || (tables ?? []).some((key) => this.schema.possibleTables?.has(key) || this.schema.tables.get(key)?.uncertain);
    this.problems.push({ kind: unsure ? 'unresolved' : 'migration-error', message, location: op.location, ...(tables ? { tables } : {}) });
  }
}

/**
 * CREATE TABLE keeps one index per column list: a UNIQUE on the primary key's columns or repeating
 * an earlier UNIQUE is dropped, its name passing to an unnamed survivor (transformIndexConstraints).
 */
function withoutRedundantIndexes(constraints: ConstraintSpec[]): ConstraintSpec[] {
  const kept: ConstraintSpec[] = [];
  const pk = constraints.find((c) => c.kind === 'primaryKey');
  if (pk) kept.push({ ...pk });
  for (const c of constraints) {
    if (c === pk) continue;
    if (c.kind === 'unique') {
      const prior = kept.find((k) => (k.kind === 'primaryKey' || k.kind === 'unique') && k.columns.join('\u0000') === c.columns.join('\u0000'));
      if (prior && (prior.kind === 'primaryKey' || prior.kind === 'unique')) {
        if (prior.name === null) prior.name = c.name;
        continue;
      }
      kept.push({ ...c });
      continue;
    }
    kept.push(c);
  }
  return kept;
}

function display(name: ObjectName): string {
  return name.schema ? `"${name.schema}"."${name.name}"` : `"${name.name}"`;
}

function qualified(table: Table): string {
  return `"${table.schema}"."${table.name}"`;
}

/** Name part an index column contributes to a generated index name: the function of `(lower(x))`. */
function indexColumnName(column: string): string {
  // `created DESC` names the index after `created`.
  if (!column.startsWith('(')) return column.replace(/ (DESC( NULLS LAST)?|NULLS FIRST)$/u, '');
  const fn = /^\(([a-z_][a-z0-9_]*)\(/.exec(column);
  return fn ? fn[1]! : 'expr';
}

/** Whether rendered SQL mentions identifier `name` (as a whole word, quoted or not). */
function mentions(text: string, name: string): boolean {
  return identifierPattern(name).test(text);
}

/** Replaces identifier `from` with `to` in rendered SQL text (expression columns, predicates). */
function renameIn(text: string, from: string, to: string): string {
  return text.replace(new RegExp(identifierPattern(from).source, 'g'), quoteIdent(to));
}

function identifierPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = quoteIdent(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w"'$])(?:${quoted === escaped ? escaped : `${quoted}`})(?![\\w"$'])`);
}
