import type { ModelClass } from '../src/ir.js';
import { defineRule } from '../src/engine/rule.js';
import { closestName, compareText } from '../src/engine/messages.js';
import { displayTableName } from '../src/schema/diff.js';

/**
 * A table the (reachable) models declare that replaying every migration never creates: the app
 * will fail on first use. Models the registry never imports get `unimported-model` instead; a
 * model mapping a view the migrations create is fine.
 */
export default defineRule({
  id: 'missing-migration',
  meta: {
    description: 'A table in the model schema that no migration creates.',
    defaultSeverity: 'error',
  },
  messages: {
    missing: 'Table "{{table}}" (model {{name}}) is not created by any migration',
  },
  check(ctx) {
    const { models, registry, modelSchema, migratedSchema, defaultSchema } = ctx.facts;
    if (!models || !modelSchema || !migratedSchema) return;
    const reachable = registry ? new Set(registry.reachableFiles) : null;
    const migratedNames = [...migratedSchema.tables.keys()].map((k) => displayTableName(k, defaultSchema));
    for (const key of modelSchema.tables.keys()) {
      // A model may map a view the migrations create (CREATE VIEW / MATERIALIZED VIEW), or a table
      // that migration code we could not evaluate may create: no finding either way.
      if (migratedSchema.tables.has(key) || migratedSchema.views?.has(key) || migratedSchema.possibleTables?.has(key)) continue;
      const owner = ownerOf(key, models, reachable);
      if (!owner) continue;
      const table = displayTableName(key, defaultSchema);
      const closest = closestName(table, migratedNames);
      ctx.report({
        messageId: 'missing',
        data: { table, name: owner.className },
        location: owner.location,
        subject: table,
        help: closest
          ? `A migration creates "${closest}": if that is this table, make __tablename__ and the migration agree; otherwise add a migration (alembic revision --autogenerate).`
          : 'Add a migration that creates it (alembic revision --autogenerate, then review the result).',
      });
    }
  },
});

/** The first mapped class of the table that the registry reaches (any, without a registry). */
function ownerOf(key: string, models: ModelClass[], reachable: Set<string> | null): ModelClass | null {
  const owners = models
    .filter((m) => !m.abstract && m.table === key && (!reachable || reachable.has(m.location.file)))
    .sort((a, b) => Number(Boolean(a.inheritsTableFrom)) - Number(Boolean(b.inheritsTableFrom)) || compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
  return owners[0] ?? null;
}
