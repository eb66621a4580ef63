// STUB — owned by the SQL helper; replace wholesale.
import type { FrontendProblem, SchemaOperation } from '../../ir.js';

/** Must be awaited once before sqlToOperations (loads the libpg-query wasm). */
export async function loadSqlParser(): Promise<void> {}

/**
 * Translates SQL text (one file, or the literal of an Alembic `op.execute`) into schema operations.
 * `origin` is where the text starts in its file, so locations point into that file.
 */
export function sqlToOperations(
  sql: string,
  origin: { file: string; line: number; column: number },
): { operations: SchemaOperation[]; problems: FrontendProblem[] } {
  void sql; void origin;
  return { operations: [], problems: [] };
}
