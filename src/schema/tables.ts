import type { Table } from '../facts.js';

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
  const pk = new Set(table.primaryKey?.columns ?? []);
  for (const column of table.columns) {
    column.primaryKey = pk.has(column.name);
    column.unique =
      table.uniques.some((u) => u.columns.length === 1 && u.columns[0] === column.name) ||
      table.indexes.some((i) => i.unique && !i.where && i.columns.length === 1 && i.columns[0] === column.name);
    column.index = table.indexes.some((i) => !i.where && i.columns.length === 1 && i.columns[0] === column.name);
    const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column.name);
    column.foreignKey = fk ? { table: fk.refTable, column: fk.refColumns[0] ?? '', onDelete: fk.onDelete ?? null, onUpdate: fk.onUpdate ?? null } : null;
  }
}
