// STUB — owned by the SQL/replay helper; replace wholesale.
import { emptySchema, type FrontendProblem, type Schema, type SchemaOperation, type SourceLocation } from '../ir.js';

export interface ReplayResult {
  schema: Schema;
  problems: FrontendProblem[];
  /** table key -> where it was created */
  origins: Map<string, SourceLocation>;
}

export function replayMigrations(operations: SchemaOperation[], options: { defaultSchema: string }): ReplayResult {
  void operations; void options;
  return { schema: emptySchema(), problems: [], origins: new Map() };
}
