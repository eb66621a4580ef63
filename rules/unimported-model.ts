import { defineRule } from '../src/engine/rule.js';
import { formatList } from '../src/engine/messages.js';
import { displayTableName } from '../src/facts.js';
import { ownsTable } from '../src/schema/scope.js';

/**
 * A model in a module nothing imports from the registry: SQLAlchemy never registers it, so the
 * app cannot query it and Alembic autogenerate never proposes its table.
 */
export default defineRule({
  id: 'unimported-model',
  meta: {
    description: 'A model class the registry never reaches, so the app and Alembic autogenerate never see it.',
    defaultSeverity: 'warning',
  },
  messages: {
    unimported: 'Model {{name}} ({{file}}) is never imported from the registry ({{roots}}), so the app and Alembic autogenerate never see it',
    unimportedUnmigrated: 'Model {{name}} ({{file}}) is never imported from the registry ({{roots}}), so the app and Alembic autogenerate never see it; its table "{{table}}" is not created by any migration either',
    unregistered: 'Model {{name}} ({{file}}) is not registered by {{roots}}, so {{orm}} and its migration generator never see it',
    unregisteredUnmigrated: 'Model {{name}} ({{file}}) is not registered by {{roots}}, so {{orm}} and its migration generator never see it; its table "{{table}}" is not created by any migration either',
  },
  check(ctx) {
    const { models, registry, migratedSchema, defaultSchema, schemas } = ctx.facts;
    if (!models || !registry) return;
    const reachable = new Set(registry.reachableFiles);
    // Other ORMs than SQLAlchemy register models their own way (a Drizzle schema file's exports).
    const orm = ctx.facts.modelCapabilities?.orm ?? null;
    const unused = registry.unusedImportFiles ?? [];
    const help = unused.length > 0
      ? `${formatList(unused)} ${unused.length === 1 ? 'has' : 'have'} imports that only register models; linters such as ruff (F401) report them as unused and "fix" them away. Import the module there and keep it with __all__ or "# noqa: F401".`
      : ctx.facts.fixHints?.register ?? `Import it in ${formatList(registry.roots)} (the module, or the class) so SQLAlchemy registers it.`;
    for (const model of models) {
      if (model.abstract || (reachable.has(model.location.file) && model.registered !== false)) continue;
      const unmigrated = model.table !== null && migratedSchema !== null && ownsTable(model.table, schemas) && !migratedSchema.tables.has(model.table);
      const data = {
        name: model.className,
        file: model.location.file,
        roots: formatList(registry.roots),
        table: model.table ? displayTableName(model.table, defaultSchema) : '',
      };
      const at = { location: model.location, subject: model.className, help };
      if (orm) ctx.report({ messageId: unmigrated ? 'unregisteredUnmigrated' : 'unregistered', data: { ...data, orm }, ...at });
      else ctx.report({ messageId: unmigrated ? 'unimportedUnmigrated' : 'unimported', data, ...at });
    }
  },
});
