/**
 * The one schema builder of the TypeScript-era model frontends (Prisma, Drizzle, TypeORM): a
 * frontend only extracts, emitting the schema operations that create its models' tables, enums,
 * indexes and foreign keys (as the ORM's own migration generator would write them), and this turns
 * them into the model Schema with the same replay the migrations go through. So both sides get
 * Postgres' semantics from one place (PRIMARY KEY implies NOT NULL, SERIAL is a nextval default,
 * unnamed constraints get Postgres' names) and a new ORM writes extraction only.
 */
import type { FrontendProblem, Schema } from '../facts.js';
import type { SchemaOperation } from '../operations.js';
import { replayMigrations } from '../schema/replay.js';

export interface ModelSchemaResult {
  schema: Schema;
  /** An operation that could not apply is a frontend bug or a model the ORM would reject too. */
  problems: FrontendProblem[];
}

/**
 * Builds the model schema from `operations`. Tables first, then everything that refers to them,
 * so a foreign key to a table declared later in the files still lands.
 */
export function buildModelSchema(operations: SchemaOperation[], defaultSchema: string): ModelSchemaResult {
  const rank = (op: SchemaOperation): number =>
    op.op === 'createSchema' ? 0 : op.op === 'createEnum' ? 1 : op.op === 'createTable' ? 2 : op.op === 'addConstraint' && op.constraint.kind === 'foreignKey' ? 4 : 3;
  const ordered = operations.map((op, i) => ({ op, i })).sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i).map((e) => e.op);
  const { schema, problems } = replayMigrations(ordered, { defaultSchema });
  return { schema, problems: problems.map((p) => ({ ...p, message: `${p.message} (model schema)` })) };
}
