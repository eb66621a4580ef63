import { defineRule } from '../src/engine/rule.js';
import type { ForeignKey, Schema, SourceLocation, Table } from '../src/facts.js';
import { displayTableName } from '../src/facts.js';
import { ownsTable } from '../src/schema/scope.js';

/**
 * A foreign key whose target neither the models nor the migrations define: the CREATE TABLE
 * fails in the database, or the model fails at mapper configuration.
 */
export default defineRule({
  id: 'foreign-key-target',
  meta: {
    description: 'A foreign key to a table or column that neither side defines.',
    defaultSeverity: 'error',
  },
  messages: {
    missingTable: 'Foreign key "{{subject}}" references table "{{target}}", which neither the models nor the migrations define',
    missingColumn: 'Foreign key "{{subject}}" references column "{{target}}", which table "{{table}}" does not have on either side',
  },
  check(ctx) {
    const { modelSchema, migratedSchema, defaultSchema, models, migrations, problems, schemas } = ctx.facts;
    // A table we could not name might be the target: a model whose __tablename__ is computed, or
    // migration code we could not evaluate whose effect names no table. Then a missing target is a
    // guess, and we stay quiet; any other uncertainty leaves the finding standing.
    const migrationFiles = new Set((migrations ?? []).map((m) => m.file));
    const unnamedTablesExist =
      (models ?? []).some((m) => m.tableSource === 'unresolved') ||
      problems.some((p) => p.kind === 'unresolved' && (p.tables ?? []).length === 0 && migrationFiles.has(p.location.file));
    const sides = [modelSchema, migratedSchema].filter((s): s is Schema => s !== null);
    if (sides.length === 0) return;
    const findTable = (key: string) => sides.map((s) => s.tables.get(key)).filter((t): t is Table => t !== undefined);
    const seen = new Set<string>();
    for (const schema of sides) {
      for (const [key, table] of schema.tables) {
        if (table.uncertain) continue;
        for (const fk of table.foreignKeys) {
          const subject = subjectOf(fk, key, defaultSchema);
          // The same broken key on both sides is one finding, at the model (checked first).
          const identity = `${key}|${fk.columns.join(',')}|${fk.refTable}|${fk.refColumns.join(',')}`;
          if (seen.has(identity)) continue;
          seen.add(identity);
          const location = fk.location ?? columnLocation(table, fk) ?? table.location;
          if (!location) continue;
          const targets = findTable(fk.refTable);
          const targetName = displayTableName(fk.refTable, defaultSchema);
          if (targets.length === 0) {
            // A target in a schema this config does not own (`schemas:`) is another chain's table.
            if (unnamedTablesExist || !ownsTable(fk.refTable, schemas)) continue;
            ctx.report({ messageId: 'missingTable', data: { subject, target: targetName }, location, subject });
            continue;
          }
          // A table whose column set is open (an id made by a helper, a library mixin) may have it.
          if (targets.some((t) => t.uncertain || t.openColumns)) continue;
          const missing = fk.refColumns.find((c) => !targets.some((t) => t.columns.some((col) => col.name === c)));
          if (missing) {
            ctx.report({ messageId: 'missingColumn', data: { subject, target: `${targetName}.${missing}`, table: targetName }, location, subject });
          }
        }
      }
    }
  },
});

function subjectOf(fk: ForeignKey, key: string, defaultSchema: string): string {
  const table = displayTableName(key, defaultSchema);
  if (fk.columns.length === 1) return `${table}.${fk.columns[0]}`;
  return fk.name ?? `${table}(${fk.columns.join(', ')})`;
}

function columnLocation(table: Table, fk: ForeignKey): SourceLocation | undefined {
  return table.columns.find((c) => c.name === fk.columns[0])?.location;
}
