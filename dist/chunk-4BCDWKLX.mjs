import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  emptySchema,
  splitTableKey,
  tableKey
} from "./chunk-3QLYHN6G.mjs";
import {
  chooseName,
  columnsPart,
  isBuiltinType,
  labelUntypedDefault,
  quoteIdent
} from "./chunk-JAHM4SGJ.mjs";

// src/schema/scope.ts
function ownsTable(key, schemas) {
  if (!schemas) return true;
  const { schema, name } = splitTableKey(key);
  return schemas.includes(schema === "" ? name : schema);
}
function restrictToSchemas(schema, schemas) {
  if (!schemas) return schema;
  const owned = (map) => new Map([...map].filter(([key]) => ownsTable(key, schemas)));
  return {
    ...schema,
    tables: owned(schema.tables),
    ...schema.views ? { views: owned(schema.views) } : {},
    ...schema.possibleTables ? { possibleTables: new Set([...schema.possibleTables].filter((key) => ownsTable(key, schemas))) } : {}
  };
}
function concernsOwnedTables(problem, schemas) {
  if (!schemas) return true;
  const about = [...problem.tables ?? [], ...problem.about ? [problem.about] : []];
  if (about.length === 0) return true;
  return about.some((key) => ownsTable(key, schemas));
}

// src/schema/tables.ts
function newTable(schema, name) {
  return { schema, name, columns: [], primaryKey: null, indexes: [], foreignKeys: [], uniques: [], checks: [], uncertain: false };
}
function syncColumnMirrors(table) {
  const pk = new Set(table.primaryKey?.columns ?? []);
  const unique = /* @__PURE__ */ new Set();
  const indexed = /* @__PURE__ */ new Set();
  const foreignKeys = /* @__PURE__ */ new Map();
  for (const u of table.uniques) if (u.columns.length === 1) unique.add(u.columns[0]);
  for (const i of table.indexes) {
    if (i.where || i.columns.length !== 1) continue;
    indexed.add(i.columns[0]);
    if (i.unique) unique.add(i.columns[0]);
  }
  for (const f of table.foreignKeys) if (f.columns.length === 1 && !foreignKeys.has(f.columns[0])) foreignKeys.set(f.columns[0], f);
  for (const column of table.columns) {
    column.primaryKey = pk.has(column.name);
    column.unique = unique.has(column.name);
    column.index = indexed.has(column.name);
    const fk = foreignKeys.get(column.name);
    column.foreignKey = fk ? { table: fk.refTable, column: fk.refColumns[0] ?? "", onDelete: fk.onDelete ?? null, onUpdate: fk.onUpdate ?? null } : null;
  }
}

// src/schema/nameIndex.ts
var NameIndex = class {
  /**
   * @param isLive whether an owner is still in the schema (dropped ones give their names back)
   * @param sequenceOf a serial column's sequence (a relation in its own right)
   */
  constructor(isLive, sequenceOf) {
    this.isLive = isLive;
    this.sequenceOf = sequenceOf;
  }
  isLive;
  sequenceOf;
  /** Per schema, its relation names and its constraint names: looked up by schema, then name, with no key to build. */
  schemas = /* @__PURE__ */ new Map();
  /** Per owner, the names it holds: where (which map) and which. */
  held = /* @__PURE__ */ new Map();
  dirty = /* @__PURE__ */ new Set();
  /** The owner's names may have changed (a drop, a rename): re-read them before the next lookup. */
  touch(owner) {
    this.dirty.add(owner);
  }
  /** The owner now also holds `name` in `schema` (the common case, cheaper than a re-read). */
  add(owner, schema, name, kinds) {
    if (this.dirty.has(owner)) return;
    let held = this.held.get(owner);
    if (!held) this.held.set(owner, held = []);
    if (kinds.relation) this.hold(owner, held, this.namesIn(schema).relations, name);
    if (kinds.constraint) this.hold(owner, held, this.namesIn(schema).constraints, name);
  }
  namesIn(schema) {
    let names = this.schemas.get(schema);
    if (!names) this.schemas.set(schema, names = { relations: /* @__PURE__ */ new Map(), constraints: /* @__PURE__ */ new Map() });
    return names;
  }
  hold(owner, held, names, name) {
    held.push({ names, name });
    const holding = names.get(name);
    if (holding === void 0) names.set(name, owner);
    else if (holding instanceof Set) holding.add(owner);
    else if (holding !== owner) names.set(name, /* @__PURE__ */ new Set([holding, owner]));
  }
  /** Relation names (tables, views, indexes, sequences) taken in a schema. */
  relationTaken(schema, name) {
    return this.holding("relations", schema, name) !== void 0;
  }
  /** Constraint names in a schema (Postgres keeps generated constraint names unique per schema). */
  constraintTaken(schema, name) {
    return this.holding("constraints", schema, name) !== void 0;
  }
  /** The tables and views holding a relation name in a schema. */
  relationHolders(schema, name) {
    const holding = this.holding("relations", schema, name);
    return holding === void 0 ? EMPTY : holding instanceof Set ? holding : /* @__PURE__ */ new Set([holding]);
  }
  holding(kind, schema, name) {
    if (this.dirty.size > 0) this.refresh();
    return this.schemas.get(schema)?.[kind].get(name);
  }
  refresh() {
    for (const owner of this.dirty) {
      for (const { names, name } of this.held.get(owner) ?? []) {
        const holding = names.get(name);
        if (holding === owner) names.delete(name);
        else if (holding instanceof Set) {
          holding.delete(owner);
          if (holding.size === 0) names.delete(name);
        }
      }
      this.held.delete(owner);
      if (!this.isLive(owner)) continue;
      const held = [];
      this.held.set(owner, held);
      for (const { schema, kind, name } of this.namesOf(owner)) this.hold(owner, held, this.namesIn(schema)[kind], name);
    }
    this.dirty.clear();
  }
  namesOf(owner) {
    const relation = (schema, name) => ({ schema, kind: "relations", name: String(name) });
    const constraint = (name) => ({ schema: owner.schema, kind: "constraints", name: String(name) });
    if (!("columns" in owner)) return [relation(owner.schema, owner.name)];
    const table = owner;
    const keys = [relation(table.schema, table.name)];
    if (table.primaryKey) keys.push(relation(table.schema, table.primaryKey.name), constraint(table.primaryKey.name));
    for (const i of table.indexes) keys.push(relation(table.schema, i.name));
    for (const u of table.uniques) keys.push(relation(table.schema, u.name), constraint(u.name));
    for (const f of table.foreignKeys) keys.push(constraint(f.name));
    for (const c of table.checks) keys.push(constraint(c.name));
    for (const column of table.columns) {
      const sequence = this.sequenceOf(column);
      if (sequence) keys.push(relation(sequence.schema, sequence.name));
    }
    return keys;
  }
};
var EMPTY = /* @__PURE__ */ new Set();

// src/schema/replay.ts
function replayMigrations(operations, options) {
  const replay = new Replay(options.defaultSchema, options.schemas ?? null, options.models === true);
  for (const op of operations) replay.apply(op);
  for (const table of replay.schema.tables.values()) syncColumnMirrors(table);
  replay.summariseMissingTables();
  return { schema: replay.schema, problems: replay.problems, origins: replay.origins };
}
var Replay = class {
  /** `ownedSchemas`: `schemas:` of the config; a foreign key into another schema is that chain's business. */
  constructor(defaultSchema, ownedSchemas = null, models = false) {
    this.defaultSchema = defaultSchema;
    this.ownedSchemas = ownedSchemas;
    this.models = models;
    this.searchPath = [defaultSchema];
    this.knownSchemas = /* @__PURE__ */ new Set([defaultSchema, "public"]);
  }
  defaultSchema;
  ownedSchemas;
  models;
  schema = emptySchema();
  problems = [];
  origins = /* @__PURE__ */ new Map();
  searchPath;
  knownSchemas;
  /** Serial columns' sequences, so SET SCHEMA can requalify their nextval() default. */
  sequences = /* @__PURE__ */ new WeakMap();
  /** Names taken per schema, kept up to date table by table: every change to a table's names touches it. */
  names = new NameIndex(
    (owner) => ("columns" in owner ? this.schema.tables.get(tableKey(owner.schema, owner.name)) : this.schema.views?.get(tableKey(owner.schema, owner.name))) === owner,
    (column) => this.sequences.get(column)
  );
  /**
   * Referenced table key → the tables that may hold a foreign key to it (a superset: dropped
   * tables and dropped keys stay until the next pass over them), so dropping or renaming a table
   * or a column visits its referrers, not every table.
   */
  referrers = /* @__PURE__ */ new Map();
  /** Columns a CHECK references, for DROP COLUMN and RENAME COLUMN. */
  checkColumns = /* @__PURE__ */ new WeakMap();
  /** Code ormlint could not evaluate ran and names no table: it may have done anything before this point. */
  unknownEffects = false;
  apply(op) {
    switch (op.op) {
      case "createTable":
        return this.createTable(op);
      case "dropTable":
        return this.dropTable(op);
      case "renameTable":
        return this.renameTable(op);
      case "setTableSchema":
        return this.setTableSchema(op);
      case "addColumn":
        return this.addColumn(op);
      case "dropColumn":
        return this.dropColumn(op);
      case "renameColumn":
        return this.renameColumn(op);
      case "alterColumn":
        return this.alterColumn(op);
      case "addConstraint": {
        const table = this.existingTable(op.table, op, "ALTER TABLE");
        if (!table) return;
        const named = op.constraint.name;
        if (op.ifNotExists && named !== null && [table.primaryKey, ...table.uniques, ...table.foreignKeys, ...table.checks].some((c) => c?.name === named)) return;
        this.addConstraints(table, [op.constraint], op.location);
        return;
      }
      case "dropConstraint":
        return this.dropConstraint(op);
      case "renameConstraint":
        return this.renameConstraint(op);
      case "createIndex":
        return this.createIndex(op);
      case "dropIndex":
        return this.dropIndex(op);
      case "renameIndex":
        return this.renameIndex(op);
      case "createEnum":
        return this.createEnum(op);
      case "alterEnumAddValue":
        return this.alterEnumAddValue(op);
      case "alterEnumRenameValue":
        return this.alterEnumRenameValue(op);
      case "renameEnum":
        return this.renameEnum(op);
      case "dropEnum":
        return this.dropEnum(op);
      case "createSchema":
        this.knownSchemas.add(op.name);
        return;
      case "dropSchema":
        return this.dropSchema(op);
      case "createView":
        return this.createView(op);
      case "dropView":
        return this.dropView(op);
      case "renameView":
        return this.renameView(op);
      case "setSearchPath":
        this.searchPath = op.schemas.length > 0 ? op.schemas : [this.defaultSchema];
        return;
      case "comment": {
        const table = this.existingTable(op.table, op, "COMMENT ON");
        if (table && !op.column) table.comment = op.text;
        return;
      }
      case "uncertain":
        return this.uncertain(op);
    }
  }
  // --- names -----------------------------------------------------------------------------------
  /** The schema new objects go to: the first schema of the search_path that exists. */
  creationSchema() {
    return this.searchPath.find((s) => this.knownSchemas.has(s)) ?? this.defaultSchema;
  }
  /** Where an unqualified table resolves: the first search_path schema holding it. */
  resolveTableKey(name) {
    return this.resolveKey(name, this.schema.tables);
  }
  resolveEnumKey(name) {
    return this.resolveKey(name, this.schema.enums);
  }
  /** The first search_path schema whose objects hold the name, else where CREATE would put it. */
  resolveKey(name, objects) {
    if (name.schema) return tableKey(name.schema, name.name);
    for (const schema of this.searchPath) {
      const key = tableKey(schema, name.name);
      if (objects.has(key)) return key;
    }
    return tableKey(this.creationSchema(), name.name);
  }
  existingTable(name, op, verb, quiet = false) {
    const key = this.resolveTableKey(name);
    const table = this.schema.tables.get(key);
    if (table) return table;
    if (!quiet && !op.ifTableExists) this.missingTable(key, op, `${verb} ${display(name)}: no earlier migration creates this table`);
    return null;
  }
  /** Indexes created on a table no migration creates, by name: their table is the one missing. */
  indexesOfMissingTables = /* @__PURE__ */ new Map();
  /** Per table no migration creates: the first statement that needs it, and how many more do. */
  missingTables = /* @__PURE__ */ new Map();
  /**
   * One notice per table that migrations use but never create (a chain that starts from
   * `create_all()` + `alembic stamp`), not one per statement: it is one cause.
   */
  missingTable(key, op, message) {
    const seen = this.missingTables.get(key);
    if (seen) {
      seen.more++;
      return;
    }
    const { schema, name } = splitTableKey(key);
    const problem = { kind: "unresolved", message, location: op.location, cause: "missing-table", item: schema === this.defaultSchema ? name : key, missingTable: key };
    this.problems.push(problem);
    this.missingTables.set(key, { problem, more: 0 });
  }
  summariseMissingTables() {
    for (const { problem, more } of this.missingTables.values()) {
      if (more > 0) problem.message += ` (nor for ${more} later statement${more === 1 ? "" : "s"} that use${more === 1 ? "s" : ""} it)`;
    }
  }
  /** Relation names (tables, indexes, sequences) taken in a schema: index names must avoid them. */
  relationTaken(schema, name) {
    return this.names.relationTaken(schema, name);
  }
  /** Constraint names in a schema (Postgres keeps generated constraint names unique per schema). */
  constraintTaken(schema, name) {
    return this.names.constraintTaken(schema, name);
  }
  /** A name the table (or view) now holds. */
  claim(owner, schema, name, kinds) {
    this.names.add(owner, schema, name, kinds);
  }
  /** The table's names (or a view's) changed otherwise: the name index re-reads them before its next lookup. */
  touch(owner) {
    this.names.touch(owner);
  }
  /** Records that `table` holds a foreign key to `refKey`. */
  refersTo(table, refKey) {
    let set = this.referrers.get(refKey);
    if (!set) this.referrers.set(refKey, set = /* @__PURE__ */ new Set());
    set.add(table);
  }
  /** The live tables that may hold a foreign key to `key` (each still to be checked). */
  referrersOf(key) {
    const set = this.referrers.get(key);
    if (!set) return [];
    const live = [];
    for (const table of set) {
      if (this.schema.tables.get(tableKey(table.schema, table.name)) === table) live.push(table);
      else set.delete(table);
    }
    return live;
  }
  // --- tables ----------------------------------------------------------------------------------
  createTable(op) {
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
    const parents = op.partitionOf ? [op.partitionOf] : op.inherits ?? [];
    const parentTables = [];
    for (const source of parents) {
      const from = this.existingTable(source, op, "CREATE TABLE ... INHERITS");
      if (from) parentTables.push(from);
    }
    for (const from of parentTables) this.copyColumns(table, from, op, true);
    const likeTables = [];
    (op.like ?? []).forEach((source, i) => {
      const from = this.existingTable(source, op, "CREATE TABLE ... LIKE");
      const options = op.likeOptions?.[i] ?? {};
      if (from) {
        this.copyColumns(table, from, op, options.defaults === true);
        likeTables.push({ from, options });
      }
    });
    this.schema.tables.set(key, table);
    this.claim(table, schema, table.name, { relation: true });
    this.origins.set(key, op.location);
    const constraints = [];
    for (const spec of op.columns) {
      const existing = table.columns.find((c) => c.name === spec.name);
      if (existing) {
        if (spec.nullable === false) existing.nullable = false;
        if (spec.default !== void 0 && spec.default !== null) existing.default = this.normalizeDefault(spec.default, existing.type);
        continue;
      }
      table.columns.push(this.columnFromSpec(table, spec, op.location));
      constraints.push(...this.specConstraints(spec));
    }
    for (const parent of parentTables) {
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
      this.createIndex({ op: "createIndex", location: op.location, table: { schema, name: table.name }, name: index.name, columns: index.columns, unique: index.unique });
    }
    for (const spec of op.columns) if (spec.index) this.columnIndex(table, spec, op.location);
  }
  copyColumns(table, from, op, inherited) {
    for (const column of from.columns) {
      if (table.columns.some((c) => c.name === column.name)) continue;
      table.columns.push({
        ...column,
        default: inherited ? column.default : null,
        // A partition shares its parent's identity; a serial's sequence stays the parent's.
        generated: inherited && op.op === "createTable" && op.partitionOf && column.generated === "identity" ? "identity" : null,
        location: op.location,
        foreignKey: null
      });
    }
  }
  inheritCheck(table, check, location) {
    if (table.checks.some((c) => c.name === check.name)) return;
    const copy = { ...check, location };
    this.checkColumns.set(copy, this.checkColumns.get(check) ?? []);
    table.checks.push(copy);
    if (copy.name) this.claim(table, table.schema, copy.name, { constraint: true });
  }
  /**
   * A partition (or LIKE ... INCLUDING INDEXES) gets its own copies of the parent's keys and
   * indexes, under names generated for the new table; a partition also clones the foreign keys.
   */
  cloneKeys(table, parent, location, withForeignKeys) {
    const relationName = (cols, label) => {
      const name = chooseName(table.name, label === "pkey" ? null : columnsPart(cols.map(indexColumnName)), label, (n) => this.relationTaken(table.schema, n));
      this.claim(table, table.schema, name, { relation: true, constraint: label !== "idx" });
      return name;
    };
    if (parent.primaryKey && !table.primaryKey) table.primaryKey = { name: relationName(parent.primaryKey.columns, "pkey"), columns: [...parent.primaryKey.columns] };
    for (const u of parent.uniques) table.uniques.push({ name: relationName(u.columns, "key"), columns: [...u.columns], location });
    for (const i of parent.indexes) table.indexes.push({ name: relationName(i.columns, "idx"), columns: [...i.columns], unique: i.unique, where: i.where ?? null, location });
    if (!withForeignKeys) return;
    for (const f of parent.foreignKeys) {
      table.foreignKeys.push({ ...f, columns: [...f.columns], refColumns: [...f.refColumns], location });
      this.refersTo(table, f.refTable);
    }
    this.touch(table);
  }
  columnFromSpec(table, spec, location) {
    const column = {
      name: spec.name,
      type: spec.type,
      nullable: spec.nullable === false || spec.primaryKey === true || spec.generated === "identity" || spec.generated === "serial" ? false : true,
      primaryKey: false,
      unique: false,
      index: false,
      foreignKey: null,
      default: spec.default === void 0 || spec.default === null ? null : this.normalizeDefault(spec.default, spec.type),
      generated: spec.generated ?? null,
      ...spec.unknown?.length ? { unknown: [...spec.unknown] } : {},
      location: spec.location ?? location
    };
    if (spec.generated === "serial") {
      const sequence = chooseName(table.name, spec.name, "seq", (n) => this.relationTaken(table.schema, n));
      this.sequences.set(column, { schema: table.schema, name: sequence });
      this.claim(table, table.schema, sequence, { relation: true });
      column.default = this.nextval(table.schema, sequence);
    } else if (spec.generated === "identity") {
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
  normalizeDefault(text, type) {
    let out = text;
    if (type && !isBuiltinType(type) && /^'(?:[^']|'')*'$/.test(out)) {
      const array = type.endsWith("[]");
      const base = array ? type.slice(0, -2) : type;
      const key = this.resolveEnumKey({ schema: null, name: base });
      const found = this.schema.enums.get(key);
      const label = found && found.schema !== this.defaultSchema ? `${quoteIdent(found.schema)}.${quoteIdent(found.name)}` : quoteIdent(base);
      return `${out}::${label}${array ? "[]" : ""}`;
    }
    out = labelUntypedDefault(out, type);
    const prefix = `${quoteIdent(this.defaultSchema)}.`;
    if (out.includes(prefix)) out = out.split(`::${prefix}`).join("::").split(`nextval('${prefix}`).join(`nextval('`);
    return out;
  }
  /** `nextval('orders_id_seq'::regclass)`, schema-qualified when outside the default schema. */
  nextval(schema, sequence) {
    const qualified2 = schema === this.defaultSchema ? quoteIdent(sequence) : `${quoteIdent(schema)}.${quoteIdent(sequence)}`;
    return `nextval('${qualified2.split("'").join("''")}'::regclass)`;
  }
  /** Column-level flags (Alembic's Column(primary_key=True, unique=True, ForeignKey(...))) as constraints. */
  specConstraints(spec) {
    const out = [];
    if (spec.primaryKey) out.push({ kind: "primaryKey", name: null, columns: [spec.name], location: spec.location });
    if (spec.unique) out.push({ kind: "unique", name: null, columns: [spec.name], location: spec.location });
    if (spec.references) {
      out.push({
        kind: "foreignKey",
        name: spec.references.name ?? null,
        columns: [spec.name],
        refTable: spec.references.table,
        refColumns: spec.references.column ? [spec.references.column] : [],
        onDelete: spec.references.onDelete ?? null,
        onUpdate: spec.references.onUpdate ?? null,
        location: spec.location
      });
    }
    return out;
  }
  /** SQLAlchemy's `index=True` makes `ix_<table>_<column>`. */
  columnIndex(table, spec, location) {
    this.createIndex({ op: "createIndex", location: spec.location ?? location, table: { schema: table.schema, name: table.name }, name: `ix_${table.name}_${spec.name}`, columns: [spec.name], unique: false });
  }
  /** Adds constraints in Postgres' order: CHECKs, then PRIMARY KEY / UNIQUE, then FOREIGN KEYs. */
  addConstraints(table, constraints, location) {
    const rank = (c) => c.kind === "check" ? 0 : c.kind === "foreignKey" ? 2 : 1;
    const ordered = [...constraints].sort((a, b) => rank(a) - rank(b));
    for (const constraint of ordered) this.addConstraint(table, constraint, location);
  }
  addConstraint(table, spec, location) {
    const at = spec.location ?? location;
    const c = spec.kind === "primaryKey" || spec.kind === "unique" ? this.adoptIndex(table, spec, at) : spec;
    if (!c) return;
    switch (c.kind) {
      case "primaryKey": {
        if (table.primaryKey) {
          this.problem({ location: at }, `ALTER TABLE ${qualified(table)}: the table already has a primary key (${table.primaryKey.name ?? "unnamed"})`, [tableKey(table.schema, table.name)]);
          return;
        }
        const name = c.name ?? (this.models ? null : chooseName(table.name, null, "pkey", (n) => this.relationTaken(table.schema, n)));
        table.primaryKey = { name, columns: [...c.columns] };
        if (name !== null) this.claim(table, table.schema, name, { relation: true, constraint: true });
        for (const column of table.columns) if (c.columns.includes(column.name)) column.nullable = false;
        return;
      }
      case "unique": {
        const name = c.name ?? (this.models ? null : chooseName(table.name, columnsPart(c.columns), "key", (n) => this.relationTaken(table.schema, n)));
        table.uniques.push({ name, columns: [...c.columns], location: at });
        if (name !== null) this.claim(table, table.schema, name, { relation: true, constraint: true });
        return;
      }
      case "check": {
        const columns = c.columns ?? [];
        const name = c.name ?? (this.models ? null : chooseName(table.name, columns.length === 1 ? columns[0] : null, "check", (n) => this.constraintTaken(table.schema, n)));
        const check = { name, expression: c.expression, location: at };
        this.checkColumns.set(check, columns);
        table.checks.push(check);
        if (name !== null) this.claim(table, table.schema, name, { constraint: true });
        return;
      }
      case "foreignKey": {
        const refKey = this.resolveTableKey(c.refTable);
        const target = this.schema.tables.get(refKey);
        let refColumns = [...c.refColumns];
        if (!target && !this.models && ownsTable(refKey, this.ownedSchemas)) {
          this.missingTable(refKey, { location: at }, `FOREIGN KEY on ${qualified(table)} references ${display(c.refTable)}, which no earlier migration creates`);
        } else if (target && refColumns.length === 0) {
          refColumns = [...target.primaryKey?.columns ?? []];
        }
        const name = c.name ?? (this.models ? null : chooseName(table.name, columnsPart(c.columns), "fkey", (n) => this.constraintTaken(table.schema, n)));
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
  adoptIndex(table, c, at) {
    if (c.usingIndex === void 0) return c;
    const index = table.indexes.find((i) => i.name === c.usingIndex);
    if (!index || !index.unique || index.where || index.columns.some((col) => col.startsWith("("))) {
      const why = index ? "is not a plain unique index" : "is no index of this table at this point";
      this.problem({ location: at }, `ALTER TABLE ${qualified(table)} ADD CONSTRAINT ... USING INDEX "${c.usingIndex}": the index ${why}`, [tableKey(table.schema, table.name)]);
      return null;
    }
    table.indexes = table.indexes.filter((i) => i !== index);
    this.touch(table);
    return { ...c, name: c.name ?? index.name, columns: [...index.columns] };
  }
  dropTable(op) {
    const key = this.resolveTableKey(op.table);
    if (!this.schema.tables.has(key)) {
      if (!op.ifExists) this.missingTable(key, op, `DROP TABLE ${display(op.table)}: no earlier migration creates this table`);
      return;
    }
    this.removeTable(key);
  }
  removeTable(key) {
    const table = this.schema.tables.get(key);
    this.schema.tables.delete(key);
    this.origins.delete(key);
    if (table) this.touch(table);
    for (const other of this.referrersOf(key)) {
      const kept = other.foreignKeys.filter((f) => f.refTable !== key);
      if (kept.length === other.foreignKeys.length) continue;
      other.foreignKeys = kept;
      this.touch(other);
    }
    this.referrers.delete(key);
  }
  renameTable(op) {
    if (!this.schema.tables.has(this.resolveTableKey(op.table)) && this.viewKey(op.table)) {
      return this.renameView({ op: "renameView", view: op.table, newName: op.newName, location: op.location });
    }
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    this.moveTable(table, table.schema, op.newName, op);
  }
  setTableSchema(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    const from = table.schema;
    this.moveTable(table, op.newSchema, table.name, op);
    for (const column of table.columns) {
      const sequence = this.sequences.get(column);
      if (sequence && sequence.schema === from) {
        sequence.schema = op.newSchema;
        column.default = this.nextval(op.newSchema, sequence.name);
      }
    }
  }
  moveTable(table, schema, name, op) {
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
  addColumn(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    if (table.columns.some((c) => c.name === op.column.name)) {
      if (!op.ifNotExists) this.problem(op, `ALTER TABLE ${qualified(table)} ADD COLUMN "${op.column.name}": the column already exists`, [tableKey(table.schema, table.name)]);
      return;
    }
    table.columns.push(this.columnFromSpec(table, op.column, op.location));
    this.addConstraints(table, this.specConstraints(op.column), op.location);
    if (op.column.index) this.columnIndex(table, op.column, op.location);
  }
  column(table, name, op, verb, quiet = false) {
    const column = table.columns.find((c) => c.name === name);
    if (!column && !quiet) this.problem(op, `${verb} ${qualified(table)}: column "${name}" does not exist at this point`, [tableKey(table.schema, table.name)]);
    return column ?? null;
  }
  dropColumn(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    if (!this.column(table, op.column, op, "ALTER TABLE ... DROP COLUMN", op.ifExists)) return;
    const name = op.column;
    const key = tableKey(table.schema, table.name);
    const touches = (columns) => columns.some((c) => c === name || c.startsWith("(") && mentions(c, name));
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
  dropDependentForeignKeys(key, columns) {
    for (const other of this.referrersOf(key)) {
      const kept = other.foreignKeys.filter((f) => !(f.refTable === key && f.refColumns.some((c) => columns.includes(c))));
      if (kept.length === other.foreignKeys.length) continue;
      other.foreignKeys = kept;
      this.touch(other);
    }
  }
  renameColumn(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    const column = this.column(table, op.column, op, "ALTER TABLE ... RENAME COLUMN");
    if (!column) return;
    const from = op.column;
    const to = op.newName;
    const swap = (columns) => columns.map((c) => c === from ? to : c.startsWith("(") ? renameIn(c, from, to) : c);
    column.name = to;
    if (table.primaryKey) table.primaryKey.columns = swap(table.primaryKey.columns);
    for (const u of table.uniques) u.columns = swap(u.columns);
    for (const i of table.indexes) {
      i.columns = swap(i.columns);
      if (i.where) i.where = renameIn(i.where, from, to);
    }
    for (const c of table.checks) {
      c.expression = renameIn(c.expression, from, to);
      this.checkColumns.set(c, (this.checkColumns.get(c) ?? []).map((n) => n === from ? to : n));
    }
    for (const f of table.foreignKeys) f.columns = swap(f.columns);
    const key = tableKey(table.schema, table.name);
    for (const other of this.referrersOf(key)) {
      for (const f of other.foreignKeys) if (f.refTable === key) f.refColumns = f.refColumns.map((c) => c === from ? to : c);
    }
  }
  alterColumn(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    const column = this.column(table, op.column, op, "ALTER TABLE ... ALTER COLUMN");
    if (!column) return;
    if (op.type !== void 0) column.type = op.type;
    if (op.nullable !== void 0) column.nullable = op.nullable;
    if (op.default !== void 0) {
      column.default = op.default === null ? null : this.normalizeDefault(op.default, column.type);
      if (op.default === null && column.generated === "serial") column.generated = null;
      if (column.unknown) column.unknown = column.unknown.filter((fact) => fact !== "default");
    }
    for (const fact of op.unknown ?? []) if (!column.unknown?.includes(fact)) (column.unknown ??= []).push(fact);
    if (op.generated !== void 0) {
      column.generated = op.generated;
      if (op.generated === "identity") column.nullable = false;
    }
  }
  // --- constraints and indexes -----------------------------------------------------------------
  dropConstraint(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
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
  renameConstraint(op) {
    const table = this.existingTable(op.table, op, "ALTER TABLE");
    if (!table) return;
    const named = [table.primaryKey, ...table.uniques, ...table.foreignKeys, ...table.checks].filter((c) => c?.name === op.name);
    if (named.length === 0) {
      this.problem(op, `ALTER TABLE ${qualified(table)} RENAME CONSTRAINT "${op.name}": no such constraint at this point`, [tableKey(table.schema, table.name)]);
      return;
    }
    for (const constraint of named) constraint.name = op.newName;
    this.touch(table);
  }
  createIndex(op) {
    const table = this.existingTable(op.table, op, "CREATE INDEX ON");
    if (!table) {
      if (op.name) this.indexesOfMissingTables.set(op.name, this.resolveTableKey(op.table));
      return;
    }
    if (this.models) {
      table.indexes.push({ name: op.name, columns: [...op.columns], unique: op.unique, where: op.where ?? null, location: op.location });
      return;
    }
    const name = op.name ?? chooseName(table.name, columnsPart(op.columns.map(indexColumnName)), "idx", (n) => this.relationTaken(table.schema, n));
    if (this.relationTaken(table.schema, name)) {
      if (!op.ifNotExists) this.problem(op, `CREATE INDEX "${name}": a relation of that name already exists in schema ${table.schema}`, [tableKey(table.schema, table.name)]);
      return;
    }
    table.indexes.push({ name, columns: [...op.columns], unique: op.unique, where: op.where ?? null, location: op.location });
    this.claim(table, table.schema, name, { relation: true });
  }
  /** The table holding index `name` (schema-qualified or through the search_path). */
  findIndex(name) {
    const schemas = name.schema ? [name.schema] : this.searchPath;
    for (const schema of schemas) {
      const holders = this.names.relationHolders(schema, name.name);
      if (holders.size === 0) continue;
      const candidates = holders.size === 1 ? holders : this.schema.tables.values();
      for (const table of candidates) {
        if (!("columns" in table)) continue;
        if (table.schema !== schema) continue;
        if (table.indexes.some((i) => i.name === name.name)) return { table, kind: "index" };
        if (table.primaryKey?.name === name.name) return { table, kind: "pkey" };
        if (table.uniques.some((u) => u.name === name.name)) return { table, kind: "unique" };
      }
    }
    return null;
  }
  dropIndex(op) {
    const found = this.findIndex(op.index);
    if (!found || found.kind !== "index") {
      if (found) this.problem(op, `DROP INDEX ${display(op.index)}: the index belongs to a constraint; drop the constraint instead`);
      else if (!op.ifExists && this.indexesOfMissingTables.has(op.index.name)) this.missingTable(this.indexesOfMissingTables.get(op.index.name), op, `DROP INDEX ${display(op.index)}: no earlier migration creates its table`);
      else if (!op.ifExists) this.problem(op, `DROP INDEX ${display(op.index)}: no earlier migration creates this index`);
      return;
    }
    found.table.indexes = found.table.indexes.filter((i) => i.name !== op.index.name);
    this.touch(found.table);
  }
  renameIndex(op) {
    const found = this.findIndex(op.index);
    if (!found) {
      if (!op.ifExists) this.problem(op, `ALTER INDEX ${display(op.index)}: no earlier migration creates this index`);
      return;
    }
    const { table } = found;
    if (found.kind === "pkey" && table.primaryKey) table.primaryKey.name = op.newName;
    for (const u of table.uniques) if (u.name === op.index.name) u.name = op.newName;
    for (const i of table.indexes) if (i.name === op.index.name) i.name = op.newName;
    this.touch(table);
  }
  // --- enums and schemas -----------------------------------------------------------------------
  createEnum(op) {
    const schema = op.name.schema ?? this.creationSchema();
    const key = tableKey(schema, op.name.name);
    if (this.schema.enums.has(key)) {
      if (!op.ifNotExists) this.problem(op, `CREATE TYPE ${display(op.name)}: an earlier migration already creates this type`);
      return;
    }
    this.schema.enums.set(key, { schema, name: op.name.name, values: [...op.values], location: op.location });
  }
  existingEnum(name, op, verb, quiet = false) {
    const found = this.schema.enums.get(this.resolveEnumKey(name));
    if (!found && !quiet) this.problem(op, `${verb} ${display(name)}: no earlier migration creates this type`);
    return found ?? null;
  }
  alterEnumAddValue(op) {
    const type = this.existingEnum(op.name, op, "ALTER TYPE");
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
  alterEnumRenameValue(op) {
    const type = this.existingEnum(op.name, op, "ALTER TYPE");
    if (!type) return;
    const at = type.values.indexOf(op.from);
    if (at < 0) {
      this.problem(op, `ALTER TYPE ${display(op.name)} RENAME VALUE '${op.from}': no such value at this point`);
      return;
    }
    type.values[at] = op.to;
  }
  /** Columns name their enum type, so they follow the rename, and so do the labels of their defaults. */
  renameEnum(op) {
    const key = this.resolveEnumKey(op.name);
    const type = this.existingEnum(op.name, op, "ALTER TYPE");
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
    const escaped = oldLabel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const cast = new RegExp(`::${escaped}(?![\\w$"])`, "g");
    for (const table of this.schema.tables.values()) {
      for (const column of table.columns) {
        if (column.type === oldName) column.type = op.newName;
        else if (column.type === `${oldName}[]`) column.type = `${op.newName}[]`;
        else continue;
        if (column.default) column.default = column.default.replace(cast, `::${newLabel}`);
      }
    }
  }
  dropEnum(op) {
    const key = this.resolveEnumKey(op.name);
    if (!this.schema.enums.delete(key) && !op.ifExists) this.problem(op, `DROP TYPE ${display(op.name)}: no earlier migration creates this type`);
  }
  dropSchema(op) {
    if (!this.knownSchemas.has(op.name) && !op.ifExists) this.problem(op, `DROP SCHEMA ${quoteIdent(op.name)}: no earlier migration creates this schema`);
    this.knownSchemas.delete(op.name);
    for (const [key, table] of [...this.schema.tables]) if (table.schema === op.name) this.removeTable(key);
    for (const [key, type] of [...this.schema.enums]) if (type.schema === op.name) this.schema.enums.delete(key);
    for (const [key, view] of [...this.schema.views ?? []]) {
      if (view.schema !== op.name) continue;
      this.schema.views.delete(key);
      this.touch(view);
    }
  }
  // --- views -----------------------------------------------------------------------------------
  /** The key of the view an unqualified or qualified name resolves to, or null when there is none. */
  viewKey(name) {
    const views = this.schema.views;
    if (!views) return null;
    if (name.schema) return views.has(tableKey(name.schema, name.name)) ? tableKey(name.schema, name.name) : null;
    for (const schema of this.searchPath) {
      if (this.schema.tables.has(tableKey(schema, name.name))) return null;
      if (views.has(tableKey(schema, name.name))) return tableKey(schema, name.name);
    }
    return null;
  }
  createView(op) {
    const schema = op.view.schema ?? this.creationSchema();
    const key = tableKey(schema, op.view.name);
    const verb = op.materialized ? "CREATE MATERIALIZED VIEW" : "CREATE VIEW";
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
    const view = { schema, name: op.view.name, materialized: op.materialized, location: op.location };
    (this.schema.views ??= /* @__PURE__ */ new Map()).set(key, view);
    this.touch(view);
  }
  dropView(op) {
    const key = this.viewKey(op.view);
    const view = key ? this.schema.views.get(key) : null;
    const verb = op.materialized ? "DROP MATERIALIZED VIEW" : "DROP VIEW";
    if (!view || view.materialized !== op.materialized) {
      if (!op.ifExists) this.problem(op, `${verb} ${display(op.view)}: no earlier migration creates this ${op.materialized ? "materialized view" : "view"}`);
      return;
    }
    this.schema.views.delete(key);
    this.touch(view);
  }
  renameView(op) {
    const key = this.viewKey(op.view);
    if (!key) {
      if (!op.ifExists) this.problem(op, `ALTER VIEW ${display(op.view)}: no earlier migration creates this view`);
      return;
    }
    const view = this.schema.views.get(key);
    const newKey = tableKey(view.schema, op.newName);
    if (this.schema.tables.has(newKey) || this.schema.views.has(newKey)) {
      this.problem(op, `ALTER VIEW ${display(op.view)} RENAME TO ${quoteIdent(op.newName)}: that relation already exists`);
      return;
    }
    this.schema.views.delete(key);
    view.name = op.newName;
    this.schema.views.set(newKey, view);
    this.touch(view);
  }
  uncertain(op) {
    const mayCreate = new Set((op.creates ?? []).map((name) => this.resolveTableKey(name)));
    if (op.createsMatching?.length) (this.schema.possibleTablePatterns ??= []).push(...op.createsMatching.filter((p) => !this.schema.possibleTablePatterns?.includes(p)));
    if (op.tables.length === 0) this.unknownEffects = true;
    for (const name of op.tables) {
      const key = this.resolveTableKey(name);
      const table = this.schema.tables.get(key);
      if (!table) {
        if (mayCreate.has(key)) (this.schema.possibleTables ??= /* @__PURE__ */ new Set()).add(key);
        continue;
      }
      table.uncertain = true;
      table.uncertainReasons = [...table.uncertainReasons ?? [], op.reason];
    }
  }
  /**
   * An operation Postgres would reject at this point (rule `migration-error`). When unevaluated
   * code may have made or changed what it names (a table it names, or anything at all), ormlint
   * cannot tell, and says only that (rule `unresolved`).
   */
  problem(op, message, tables) {
    const unsure = this.unknownEffects || (tables ?? []).some((key) => this.schema.possibleTables?.has(key) || this.schema.tables.get(key)?.uncertain);
    this.problems.push({ kind: unsure ? "unresolved" : "migration-error", message, location: op.location, ...tables ? { tables } : {} });
  }
};
function withoutRedundantIndexes(constraints) {
  const kept = [];
  const pk = constraints.find((c) => c.kind === "primaryKey");
  if (pk) kept.push({ ...pk });
  for (const c of constraints) {
    if (c === pk) continue;
    if (c.kind === "unique") {
      const prior = kept.find((k) => (k.kind === "primaryKey" || k.kind === "unique") && k.columns.join("\0") === c.columns.join("\0"));
      if (prior && (prior.kind === "primaryKey" || prior.kind === "unique")) {
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
function display(name) {
  return name.schema ? `"${name.schema}"."${name.name}"` : `"${name.name}"`;
}
function qualified(table) {
  return `"${table.schema}"."${table.name}"`;
}
function indexColumnName(column) {
  if (!column.startsWith("(")) return column.replace(/ (DESC( NULLS LAST)?|NULLS FIRST)$/u, "");
  const fn = /^\(([a-z_][a-z0-9_]*)\(/.exec(column);
  return fn ? fn[1] : "expr";
}
function mentions(text, name) {
  return identifierPattern(name).test(text);
}
function renameIn(text, from, to) {
  return text.replace(new RegExp(identifierPattern(from).source, "g"), quoteIdent(to));
}
function identifierPattern(name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = quoteIdent(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w"'$])(?:${quoted === escaped ? escaped : `${quoted}`})(?![\\w"$'])`);
}

export {
  ownsTable,
  restrictToSchemas,
  concernsOwnedTables,
  newTable,
  syncColumnMirrors,
  replayMigrations
};
