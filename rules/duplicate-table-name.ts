import type { ModelClass } from '../src/facts.js';
import { defineRule } from '../src/engine/rule.js';
import { compareText } from '../src/engine/messages.js';
import { displayTableName } from '../src/facts.js';

/**
 * Two mapped classes on one table: SQLAlchemy raises "Table ... is already defined" when both are
 * imported, or one silently wins when only one is. Single-table-inheritance children share their
 * parent's table on purpose and are left out.
 */
export default defineRule({
  id: 'duplicate-table-name',
  meta: {
    description: 'Two mapped classes map to one table.',
    defaultSeverity: 'error',
  },
  messages: {
    duplicate: 'Table "{{table}}" is mapped by both {{first}} ({{firstFile}}) and {{name}}; SQLAlchemy refuses a second definition of one table in a metadata',
  },
  check(ctx) {
    const { models, defaultSchema } = ctx.facts;
    if (!models) return;
    const byTable = new Map<string, ModelClass[]>();
    for (const model of models) {
      if (model.abstract || !model.table || model.inheritsTableFrom || model.tableSource === 'inherited') continue;
      byTable.set(model.table, [...(byTable.get(model.table) ?? []), model]);
    }
    for (const [key, group] of byTable) {
      if (group.length < 2) continue;
      const sorted = [...group].sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
      const first = sorted[0]!;
      for (const model of sorted.slice(1)) {
        ctx.report({
          messageId: 'duplicate',
          data: { table: displayTableName(key, defaultSchema), first: first.className, firstFile: first.location.file, name: model.className },
          location: model.location,
          subject: displayTableName(key, defaultSchema),
          related: [{ file: first.location.file, line: first.location.line, column: first.location.column, message: `${first.className} maps it first` }],
        });
      }
    }
  },
});
