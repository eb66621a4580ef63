/**
 * The operation language: what model and migration frontends emit and `src/schema/replay.ts`
 * applies, in order, to build a schema. Rules and plugins never see it; they read the schemas it
 * builds (src/facts.ts). It may change between versions without notice.
 */
import type { ColumnFact, SourceLocation } from './facts.js';

/** A qualified or unqualified name as the source wrote it; replay resolves unqualified names. */
export interface ObjectName {
  schema: string | null;
  name: string;
}

/** A column as a migration declares it (before it lands in a Table). */
export interface ColumnSpec {
  name: string;
  type: string | null;
  /** Explicit NOT NULL / nullable=False; undefined when the source does not say (defaults apply). */
  nullable?: boolean;
  primaryKey?: boolean;
  unique?: boolean;
  index?: boolean;
  default?: string | null;
  /** Facts the migration states in code ormlint cannot evaluate (`server_default=json.dumps({})`). */
  unknown?: ColumnFact[];
  generated?: 'serial' | 'identity' | null;
  references?: { table: ObjectName; column: string | null; onDelete?: string | null; onUpdate?: string | null; name?: string | null };
  /** Enum type this column creates as a side effect (sa.Enum(..., name=)). */
  createsEnum?: { name: ObjectName; values: string[] } | null;
  location?: SourceLocation;
}

export type ConstraintSpec =
  /** `usingIndex`: ADD CONSTRAINT ... USING INDEX turns that existing unique index into the constraint (columns come from it). */
  | { kind: 'primaryKey'; name: string | null; columns: string[]; usingIndex?: string; location?: SourceLocation }
  | { kind: 'unique'; name: string | null; columns: string[]; usingIndex?: string; location?: SourceLocation }
  | {
      kind: 'check';
      name: string | null;
      expression: string;
      /** Columns the expression references, when known: Postgres names an unnamed CHECK after its only column. */
      columns?: string[];
      location?: SourceLocation;
    }
  | {
      kind: 'foreignKey';
      name: string | null;
      columns: string[];
      refTable: ObjectName;
      /** Empty means "the referenced table's primary key" (Postgres' REFERENCES t). */
      refColumns: string[];
      onDelete?: string | null;
      onUpdate?: string | null;
      location?: SourceLocation;
    };

/**
 * One schema change. Both SQL and Alembic migrations translate into these; src/schema/replay.ts
 * applies them in order. Every operation carries the location of the statement that made it.
 */
export type SchemaOperation = {
  location: SourceLocation;
  migrationId?: string;
  /** `ALTER TABLE IF EXISTS`: a missing table is no problem, the operation just does nothing. */
  ifTableExists?: boolean;
} & (
  | { op: 'createTable'; table: ObjectName; columns: ColumnSpec[]; constraints: ConstraintSpec[]; indexes?: { name: string | null; columns: string[]; unique: boolean }[]; ifNotExists?: boolean; like?: ObjectName[]; notes?: string[];
      /** Per `like` entry, its INCLUDING options (defaults, CHECK constraints, indexes and keys). */
      likeOptions?: { defaults?: boolean; constraints?: boolean; indexes?: boolean }[];
      /** INHERITS parents: their columns (with NOT NULL and defaults) and CHECKs come first. */
      inherits?: ObjectName[];
      /** PARTITION OF parent: columns, keys, indexes and constraints are cloned from it. */
      partitionOf?: ObjectName | null }
  | { op: 'dropTable'; table: ObjectName; ifExists?: boolean; cascade?: boolean }
  | { op: 'renameTable'; table: ObjectName; newName: string }
  | { op: 'setTableSchema'; table: ObjectName; newSchema: string }
  | { op: 'addColumn'; table: ObjectName; column: ColumnSpec; ifNotExists?: boolean }
  | { op: 'dropColumn'; table: ObjectName; column: string; ifExists?: boolean; cascade?: boolean }
  | { op: 'renameColumn'; table: ObjectName; column: string; newName: string }
  | {
      op: 'alterColumn';
      table: ObjectName;
      column: string;
      /** Present when the type changes. */
      type?: string | null;
      /** true = DROP NOT NULL, false = SET NOT NULL. */
      nullable?: boolean;
      /** A string sets the default, null drops it; undefined leaves it. */
      default?: string | null;
      /** Facts this ALTER sets to something ormlint cannot evaluate (a `server_default=` it cannot read). */
      unknown?: ColumnFact[];
      /** ADD/DROP IDENTITY and similar. */
      generated?: 'identity' | null;
    }
  /** `ifNotExists`: a constraint of that name already on the table makes it a no-op (a DO block's duplicate_object guard). */
  | { op: 'addConstraint'; table: ObjectName; constraint: ConstraintSpec; ifNotExists?: boolean }
  | { op: 'dropConstraint'; table: ObjectName; name: string; ifExists?: boolean; cascade?: boolean }
  /** ALTER TABLE ... RENAME CONSTRAINT (a PRIMARY KEY / UNIQUE constraint's index follows). */
  | { op: 'renameConstraint'; table: ObjectName; name: string; newName: string }
  | { op: 'createIndex'; table: ObjectName; name: string | null; columns: string[]; unique: boolean; where?: string | null; ifNotExists?: boolean; schema?: string | null }
  | { op: 'dropIndex'; index: ObjectName; ifExists?: boolean }
  /** `ifExists`: ALTER INDEX IF EXISTS: a missing index is no error, the rename does nothing. */
  | { op: 'renameIndex'; index: ObjectName; newName: string; ifExists?: boolean }
  | { op: 'createEnum'; name: ObjectName; values: string[]; ifNotExists?: boolean }
  | { op: 'alterEnumAddValue'; name: ObjectName; value: string; before?: string | null; after?: string | null; ifNotExists?: boolean }
  | { op: 'alterEnumRenameValue'; name: ObjectName; from: string; to: string }
  /** ALTER TYPE ... RENAME TO: columns of the type follow it (Prisma swaps enums this way). */
  | { op: 'renameEnum'; name: ObjectName; newName: string }
  | { op: 'dropEnum'; name: ObjectName; ifExists?: boolean }
  | { op: 'createSchema'; name: string; ifNotExists?: boolean }
  | { op: 'dropSchema'; name: string; ifExists?: boolean; cascade?: boolean }
  /** CREATE [OR REPLACE] VIEW / CREATE MATERIALIZED VIEW [IF NOT EXISTS]. */
  | { op: 'createView'; view: ObjectName; materialized: boolean; orReplace?: boolean; ifNotExists?: boolean }
  | { op: 'dropView'; view: ObjectName; materialized: boolean; ifExists?: boolean; cascade?: boolean }
  /** ALTER [MATERIALIZED] VIEW ... RENAME TO (also ALTER TABLE ... RENAME TO on a view). */
  | { op: 'renameView'; view: ObjectName; newName: string; ifExists?: boolean }
  | { op: 'setSearchPath'; schemas: string[] }
  | { op: 'comment'; table: ObjectName; column?: string | null; text: string | null }
  /**
   * Something that touched these tables (or unknown ones, when empty) and could not be evaluated.
   * `creates`: those of them it may have created (a create_table in a loop or an undecided branch);
   * only these count as possibly existing when no evaluated migration creates them.
   */
  | { op: 'uncertain'; tables: ObjectName[]; reason: string; creates?: ObjectName[];
      /** Globs of the unqualified table names it may create (`*users` from `f"{prefix}users"`). */
      createsMatching?: string[] }
);
