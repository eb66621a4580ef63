import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/schema/tables.ts
function newTable(schema, name) {
  return { schema, name, columns: [], primaryKey: null, indexes: [], foreignKeys: [], uniques: [], checks: [], uncertain: false };
}
function syncColumnMirrors(table) {
  const pk = new Set(table.primaryKey?.columns ?? []);
  for (const column of table.columns) {
    column.primaryKey = pk.has(column.name);
    column.unique = table.uniques.some((u) => u.columns.length === 1 && u.columns[0] === column.name) || table.indexes.some((i) => i.unique && !i.where && i.columns.length === 1 && i.columns[0] === column.name);
    column.index = table.indexes.some((i) => !i.where && i.columns.length === 1 && i.columns[0] === column.name);
    const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column.name);
    column.foreignKey = fk ? { table: fk.refTable, column: fk.refColumns[0] ?? "", onDelete: fk.onDelete ?? null, onUpdate: fk.onUpdate ?? null } : null;
  }
}

export {
  newTable,
  syncColumnMirrors
};
