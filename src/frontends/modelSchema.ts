/**
 * The one schema builder of the TypeScript-era model frontends (Prisma, Drizzle, TypeORM): a
 * frontend only extracts, emitting the schema operations that create its models' tables, enums,
 * indexes and foreign keys (as the ORM's own migration generator would write them), and this turns
 * them into the model Schema with the same replay the migrations go through. So both sides get
 * Postgres' semantics from one place (PRIMARY KEY implies NOT NULL, SERIAL is a nextval default,
 * unnamed constraints get Postgres' names) and a new ORM writes extraction only.
 */
import { tableKey, type ColumnFact, type FrontendProblem, type Schema, type SourceLocation } from '../facts.js';
import type { SchemaOperation } from '../operations.js';
import { replayMigrations } from '../schema/replay.js';
import { sqlToOperations } from './sql/translate.js';

export interface ModelSchemaResult {
  schema: Schema;
  /** An operation that could not apply is a frontend bug or a model the ORM would reject too. */
  problems: FrontendProblem[];
}

/**
 * Builds the model schema from `operations`. Tables first, then everything that refers to them,
 * so a foreign key to a table declared later in the files still lands. `models`: see
 * ReplayOptions.models (unnamed stays unnamed, foreign keys may leave the models).
 */
export function buildModelSchema(operations: SchemaOperation[], defaultSchema: string, options: { models?: boolean } = {}): ModelSchemaResult {
  const rank = (op: SchemaOperation): number =>
    op.op === 'createSchema' ? 0 : op.op === 'createEnum' ? 1 : op.op === 'createTable' ? 2 : op.op === 'addConstraint' && op.constraint.kind === 'foreignKey' ? 4 : 3;
  const ordered = operations.map((op, i) => ({ op, i })).sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i).map((e) => e.op);
  const { schema, problems } = replayMigrations(ordered, { defaultSchema, models: options.models === true });
  return { schema, problems: problems.map((p) => ({ ...p, message: `${p.message} (model schema)` })) };
}

/** A fact of one model column that the source states in code ormlint cannot evaluate. */
export interface UnknownColumnFact {
  /** The table's schema; null: the default schema (or, failing that, the only table of that name). */
  schema: string | null;
  table: string;
  column: string;
  facts: ColumnFact[];
  /** The column's key constraints are unknown too (an implicit join table's columns). */
  opensConstraints?: boolean;
}

/**
 * The DDL a TypeScript-era frontend writes for its models (the SQL its ORM's migration generator
 * would write), collected as schema operations pointed back at the model source, with the column
 * facts the source leaves unknown; `build` turns them into the model schema.
 */
export class ModelDdl {
  readonly operations: SchemaOperation[] = [];
  private readonly unknowns: UnknownColumnFact[] = [];

  constructor(private readonly problems: FrontendProblem[]) {}

  /** Translates one generated statement; its operations (and a CREATE TABLE's parts) point at `location`. */
  emit(sql: string, location: SourceLocation, columnLocations?: Map<string, SourceLocation>): void {
    const translated = sqlToOperations(sql, { file: location.file, line: location.line, column: location.column });
    for (const problem of translated.problems) this.problems.push({ ...problem, location });
    for (const op of translated.operations) {
      op.location = location;
      if (op.op === 'createTable') {
        for (const column of op.columns) column.location = columnLocations?.get(column.name) ?? location;
        for (const constraint of op.constraints) constraint.location = location;
      }
      this.operations.push(op);
    }
  }

  unknown(fact: UnknownColumnFact): void {
    this.unknowns.push(fact);
  }

  build(defaultSchema: string): ModelSchemaResult {
    const built = buildModelSchema(this.operations, defaultSchema);
    for (const unknown of this.unknowns) {
      const table = built.schema.tables.get(tableKey(unknown.schema ?? defaultSchema, unknown.table)) ?? [...built.schema.tables.values()].find((t) => t.name === unknown.table);
      const column = table?.columns.find((c) => c.name === unknown.column);
      if (!table || !column) continue;
      column.unknown = [...new Set([...(column.unknown ?? []), ...unknown.facts])];
      if (unknown.opensConstraints) table.openConstraints = true;
    }
    return built;
  }
}
