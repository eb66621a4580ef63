/**
 * `schemas:` — the database schemas one config owns. A code base with two migration chains (one
 * per schema) shares model files between them; each chain's config checks only its own tables.
 * The filter is applied once, to the facts, so rules compare only owned tables without knowing
 * about the setting; the few rules that look past a table (a foreign key's target, a model's
 * table) ask `ownsTable`.
 */
import { splitTableKey, type FrontendProblem, type Schema } from '../facts.js';

/** Whether the table key `schema.table` belongs to the configured schemas (all, when none are). */
export function ownsTable(key: string, schemas: readonly string[] | null | undefined): boolean {
  if (!schemas) return true;
  const { schema, name } = splitTableKey(key);
  return schemas.includes(schema === '' ? name : schema);
}

/**
 * The schema with only the owned tables, views and possible tables; itself when all are owned.
 * Enum types stay: an owned table's column may use a type of a shared schema.
 */
export function restrictToSchemas(schema: Schema, schemas: readonly string[] | null | undefined): Schema {
  if (!schemas) return schema;
  const owned = <T>(map: Map<string, T>): Map<string, T> => new Map([...map].filter(([key]) => ownsTable(key, schemas)));
  return {
    ...schema,
    tables: owned(schema.tables),
    ...(schema.views ? { views: owned(schema.views) } : {}),
    ...(schema.possibleTables ? { possibleTables: new Set([...schema.possibleTables].filter((key) => ownsTable(key, schemas))) } : {}),
  };
}

/** False for a notice that touches only tables of other schemas: not this config's business. */
export function concernsOwnedTables(problem: FrontendProblem, schemas: readonly string[] | null | undefined): boolean {
  if (!schemas) return true;
  const about = [...(problem.tables ?? []), ...(problem.about ? [problem.about] : [])];
  if (about.length === 0) return true;
  return about.some((key) => ownsTable(key, schemas));
}
