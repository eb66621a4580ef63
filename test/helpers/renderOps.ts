/**
 * Renders schema operations back to the Postgres DDL Alembic + SQLAlchemy would emit for them
 * (SERIAL for a serial key, `CREATE TYPE` before a table whose enum column creates it, column
 * constraints as table constraints), so a PGlite test can apply the same migration to a real
 * Postgres and compare its catalog with ormlint's replay.
 */
import type { ColumnSpec, ConstraintSpec, ObjectName, SchemaOperation } from '../../src/operations.js';

export function renderOps(operations: SchemaOperation[]): string[] {
  enumSchemas.clear();
  return operations.flatMap(renderOp);
}

/**
 * ormlint spells an enum column's type by its bare name (as the catalog's typname); to write the
 * DDL, an enum created in another schema needs its schema back.
 */
const enumSchemas = new Map<string, string>();

function renderOp(o: SchemaOperation): string[] {
  if (o.op === 'createEnum' && o.name.schema) enumSchemas.set(o.name.name, o.name.schema);
  if (o.op === 'createTable') for (const c of o.columns) if (c.createsEnum?.name.schema) enumSchemas.set(c.createsEnum.name.name, c.createsEnum.name.schema);
  switch (o.op) {
    case 'createTable': {
      const enums = o.columns.filter((c) => c.createsEnum).map((c) => createEnum(c.createsEnum!.name, c.createsEnum!.values));
      const parts = [...o.columns.map(column), ...o.constraints.map(constraint)];
      const indexes = (o.indexes ?? []).map((i) => createIndex(o.table, i.name, i.columns, i.unique, null));
      return [...enums, `CREATE TABLE ${name(o.table)} (\n  ${parts.join(',\n  ')}\n)`, ...indexes];
    }
    case 'dropTable':
      return [`DROP TABLE ${name(o.table)}`];
    case 'renameTable':
      return [`ALTER TABLE ${name(o.table)} RENAME TO ${ident(o.newName)}`];
    case 'setTableSchema':
      return [`ALTER TABLE ${name(o.table)} SET SCHEMA ${ident(o.newSchema)}`];
    case 'addColumn':
      return [`ALTER TABLE ${name(o.table)} ADD COLUMN ${column(o.column)}`];
    case 'dropColumn':
      return [`ALTER TABLE ${name(o.table)} DROP COLUMN ${ident(o.column)}`];
    case 'renameColumn':
      return [`ALTER TABLE ${name(o.table)} RENAME COLUMN ${ident(o.column)} TO ${ident(o.newName)}`];
    case 'alterColumn': {
      const out: string[] = [];
      const prefix = `ALTER TABLE ${name(o.table)} ALTER COLUMN ${ident(o.column)}`;
      if (o.nullable !== undefined) out.push(`${prefix} ${o.nullable ? 'DROP' : 'SET'} NOT NULL`);
      if (o.default !== undefined) out.push(o.default === null ? `${prefix} DROP DEFAULT` : `${prefix} SET DEFAULT ${asEmitted(o.default)}`);
      if (o.type) out.push(`${prefix} TYPE ${o.type}`);
      return out;
    }
    case 'addConstraint':
      return [`ALTER TABLE ${name(o.table)} ADD ${constraint(o.constraint)}`];
    case 'dropConstraint':
      return [`ALTER TABLE ${name(o.table)} DROP CONSTRAINT ${ident(o.name)}`];
    case 'renameConstraint':
      return [`ALTER TABLE ${name(o.table)} RENAME CONSTRAINT ${ident(o.name)} TO ${ident(o.newName)}`];
    case 'createIndex':
      return [createIndex(o.table, o.name, o.columns, o.unique, o.where ?? null)];
    case 'dropIndex':
      return [`DROP INDEX ${name(o.index)}`];
    case 'renameIndex':
      return [`ALTER INDEX ${name(o.index)} RENAME TO ${ident(o.newName)}`];
    case 'createEnum':
      return [createEnum(o.name, o.values, o.ifNotExists)];
    case 'dropEnum':
      return [`DROP TYPE ${o.ifExists ? 'IF EXISTS ' : ''}${name(o.name)}`];
    case 'alterEnumAddValue':
      return [`ALTER TYPE ${name(o.name)} ADD VALUE ${literal(o.value)}`];
    case 'alterEnumRenameValue':
      return [`ALTER TYPE ${name(o.name)} RENAME VALUE ${literal(o.from)} TO ${literal(o.to)}`];
    case 'renameEnum':
      return [`ALTER TYPE ${name(o.name)} RENAME TO ${ident(o.newName)}`];
    case 'createSchema':
      return [`CREATE SCHEMA ${ident(o.name)}`];
    case 'dropSchema':
      return [`DROP SCHEMA ${ident(o.name)}${o.cascade ? ' CASCADE' : ''}`];
    case 'setSearchPath':
      return [`SET search_path TO ${o.schemas.map(ident).join(', ')}`];
    case 'comment':
      return [`COMMENT ON ${o.column ? `COLUMN ${name(o.table)}.${ident(o.column)}` : `TABLE ${name(o.table)}`} IS ${o.text === null ? 'NULL' : literal(o.text)}`];
    case 'createView': {
      // The query is not kept; a view of one column stands in for it.
      const kind = o.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
      const guard = o.ifNotExists && o.materialized ? 'IF NOT EXISTS ' : '';
      return [`CREATE ${o.orReplace && !o.materialized ? 'OR REPLACE ' : ''}${kind} ${guard}${name(o.view)} AS SELECT 1 AS one`];
    }
    case 'dropView':
      return [`DROP ${o.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${o.ifExists ? 'IF EXISTS ' : ''}${name(o.view)}${o.cascade ? ' CASCADE' : ''}`];
    case 'renameView':
      return [`ALTER TABLE ${o.ifExists ? 'IF EXISTS ' : ''}${name(o.view)} RENAME TO ${ident(o.newName)}`];
    case 'uncertain':
      return [];
  }
}

/**
 * SQLAlchemy emits a string server default as a bare literal (`DEFAULT 'x'`); Postgres adds the
 * type label itself. Dropping ormlint's label here makes the test check that label against Postgres.
 */
function asEmitted(text: string): string {
  const end = text.lastIndexOf("'::");
  return text.startsWith("'") && end > 0 && !text.slice(end + 3).includes("'") ? text.slice(0, end + 1) : text;
}

const SERIAL: Record<string, string> = { integer: 'SERIAL', bigint: 'BIGSERIAL', smallint: 'SMALLSERIAL' };

function column(c: ColumnSpec): string {
  const serial = c.generated === 'serial' ? SERIAL[c.type ?? ''] : undefined;
  const type = c.type ?? 'text';
  const base = type.endsWith('[]') ? type.slice(0, -2) : type;
  const qualified = enumSchemas.has(base) ? `${ident(enumSchemas.get(base)!)}.${ident(base)}${type.slice(base.length)}` : type;
  let out = `${ident(c.name)} ${serial ?? qualified}`;
  if (c.generated === 'identity') out += ' GENERATED BY DEFAULT AS IDENTITY';
  if (c.default !== undefined && c.default !== null && !serial) out += ` DEFAULT ${asEmitted(c.default)}`;
  if (c.nullable === false) out += ' NOT NULL';
  return out;
}

function constraint(c: ConstraintSpec): string {
  const named = c.name ? `CONSTRAINT ${ident(c.name)} ` : '';
  switch (c.kind) {
    case 'primaryKey':
      return `${named}PRIMARY KEY (${c.columns.map(ident).join(', ')})`;
    case 'unique':
      return `${named}UNIQUE (${c.columns.map(ident).join(', ')})`;
    case 'check':
      return `${named}CHECK (${c.expression})`;
    case 'foreignKey':
      return `${named}FOREIGN KEY (${c.columns.map(ident).join(', ')}) REFERENCES ${name(c.refTable)}${c.refColumns.length > 0 ? ` (${c.refColumns.map(ident).join(', ')})` : ''}${c.onDelete ? ` ON DELETE ${c.onDelete}` : ''}${c.onUpdate ? ` ON UPDATE ${c.onUpdate}` : ''}`;
  }
}

function createIndex(table: ObjectName, indexName: string | null, columns: string[], unique: boolean, where: string | null): string {
  const cols = columns.map((c) => (c.startsWith('(') ? c : ident(c))).join(', ');
  return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${indexName ? ident(indexName) : ''} ON ${name(table)} (${cols})${where ? ` WHERE ${where}` : ''}`;
}

function createEnum(enumName: ObjectName, values: string[], ifNotExists = false): string {
  const create = `CREATE TYPE ${name(enumName)} AS ENUM (${values.map(literal).join(', ')})`;
  // Postgres has no CREATE TYPE IF NOT EXISTS; SQLAlchemy's checkfirst looks in pg_type first.
  return ifNotExists ? `DO $$ BEGIN ${create}; EXCEPTION WHEN duplicate_object THEN NULL; END $$` : create;
}

function name(n: ObjectName): string {
  return n.schema ? `${ident(n.schema)}.${ident(n.name)}` : ident(n.name);
}

function ident(text: string): string {
  return `"${text.split('"').join('""')}"`;
}

function literal(text: string): string {
  return `'${text.split("'").join("''")}'`;
}
