import type { ForeignKey, Table } from '../facts.js';

/** A table with no columns or constraints yet. */
export function newTable(schema: string, name: string): Table {
  return { schema, name, columns: [], primaryKey: null, indexes: [], foreignKeys: [], uniques: [], checks: [], uncertain: false };
}

/**
 * Recomputes the per-column mirrors (primaryKey, unique, index, foreignKey) from the table-level
 * constraints, so both sides agree on what they mean:
 * - `unique`: a one-column unique constraint or unique index on exactly this column
 *   (SQLAlchemy's `unique=True, index=True` makes a unique index, not a constraint);
 * - `index`: a one-column index (unique or not) on exactly this column;
 * - `foreignKey`: the first one-column foreign key on it.
 * Both sides call this after building a table, never set the mirrors by hand.
 */
export function syncColumnMirrors(table: Table): void {
  // One pass over the constraints, then one over the columns: every table of a large schema goes
  // through here once per side.
  const pk = new Set(table.primaryKey?.columns ?? []);
  const unique = new Set<string>();
  const indexed = new Set<string>();
  const foreignKeys = new Map<string, ForeignKey>();
  for (const u of table.uniques) if (u.columns.length === 1) unique.add(u.columns[0]!);
  for (const i of table.indexes) {
    if (i.where || i.columns.length !== 1) continue;
    indexed.add(i.columns[0]!);
    if (i.unique) unique.add(i.columns[0]!);
  }
  for (const f of table.foreignKeys) if (f.columns.length === 1 && !foreignKeys.has(f.columns[0]!)) foreignKeys.set(f.columns[0]!, f);
  for (const column of table.columns) {
    column.primaryKey = pk.has(column.name);
    column.unique = unique.has(column.name);
    column.index = indexed.has(column.name);
    const fk = foreignKeys.get(column.name);
    column.foreignKey = fk ? { table: fk.refTable, column: fk.refColumns[0] ?? '', onDelete: fk.onDelete ?? null, onUpdate: fk.onUpdate ?? null } : null;
  }
}
