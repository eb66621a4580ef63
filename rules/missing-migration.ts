import type { ModelClass, SchemaBootstrap, SourceLocation } from '../src/facts.js';
import { defineRule } from '../src/engine/rule.js';
import { closestName, compareText } from '../src/engine/messages.js';
import { displayTableName } from '../src/facts.js';
import { possiblyCreated } from './support/possiblyCreated.js';

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
    missingTable: 'Table "{{table}}" ({{declared}} in {{file}}) is not created by any migration',
    missingBootstrapped: 'Table "{{table}}" ({{owner}}) is not created by any migration: the app makes it with create_all() at {{createAll}} and stamps Alembic at {{stamp}}',
  },
  check(ctx) {
    const { models, registry, modelSchema, migratedSchema, defaultSchema } = ctx.facts;
    if (!models || !modelSchema || !migratedSchema) return;
    const reachable = registry ? new Set(registry.reachableFiles) : null;
    const hints = ctx.facts.fixHints ?? { generateMigration: 'alembic revision --autogenerate', tableNameKey: '__tablename__' };
    const migratedNames = [...migratedSchema.tables.keys()].map((k) => displayTableName(k, defaultSchema));
    // Models by table, once: looking them up per table made 50,000 models take a minute.
    const modelsByTable = new Map<string, ModelClass[]>();
    for (const m of models) {
      if (m.abstract || !m.table) continue;
      const list = modelsByTable.get(m.table);
      if (list) list.push(m);
      else modelsByTable.set(m.table, [m]);
    }
    let suggestionBudget = SUGGESTION_COMPARISONS;
    for (const key of modelSchema.tables.keys()) {
      // A model may map a view the migrations create (CREATE VIEW / MATERIALIZED VIEW), or a table
      // that migration code we could not evaluate may create: no finding either way.
      if (migratedSchema.tables.has(key) || migratedSchema.views?.has(key) || possiblyCreated(migratedSchema, key)) continue;
      const owner = ownerOf(modelsByTable.get(key) ?? [], reachable);
      const table = displayTableName(key, defaultSchema);
      // The "did you mean" hint compares with every migrated table: past a budget (tens of
      // thousands of missing tables) it is left out rather than cost minutes.
      suggestionBudget -= migratedNames.length;
      const closest = suggestionBudget >= 0 ? closestName(table, migratedNames) : null;
      const help = bootstrapHelp(ctx.facts.schemaBootstrap) ??
        (closest
          ? `A migration creates "${closest}": if that is this table, make ${hints.tableNameKey} and the migration agree; otherwise add a migration (${hints.generateMigration}).`
          : `Add a migration that creates it (${hints.generateMigration}, then review the result).`);
      const bootstrap = ctx.facts.schemaBootstrap;
      const bootstrapData = bootstrap ? { createAll: `${bootstrap.createAll.file}:${bootstrap.createAll.line}`, stamp: `${bootstrap.stamp.file}:${bootstrap.stamp.line}` } : null;
      if (owner) {
        if (bootstrapData) ctx.report({ messageId: 'missingBootstrapped', data: { table, owner: `model ${owner.className}`, ...bootstrapData }, location: owner.location, subject: table, help });
        else ctx.report({ messageId: 'missing', data: { table, name: owner.className }, location: owner.location, subject: table, help });
        continue;
      }
      // A module-level Table() (an association table) that the app imports.
      const declared = modelSchema.tables.get(key)?.location;
      if (!declared || (reachable && !reachable.has(declared.file)) || (modelsByTable.get(key) ?? []).some((m) => m.registered === false)) continue;
      if (bootstrapData) ctx.report({ messageId: 'missingBootstrapped', data: { table, owner: `Table() in ${declared.file}`, ...bootstrapData }, location: declared, subject: table, help });
      else ctx.report({ messageId: 'missingTable', data: { table, declared: ctx.facts.fixHints?.tableWithoutModel ?? 'declared with Table()', file: declared.file }, location: declared, subject: table, help });
    }
  },
});

/**
 * The app creates its tables with create_all() and stamps Alembic: tables that never had a
 * migration are how the project works, not an accident. Say so, and how to accept them.
 */
function bootstrapHelp(bootstrap: SchemaBootstrap | null | undefined): string | null {
  if (!bootstrap) return null;
  const at = (l: SourceLocation) => `${l.file}:${l.line}`;
  return `A database built by the migrations alone lacks this table; one made by the bootstrap (${at(bootstrap.createAll)}) has it. If that is how the project works, accept these findings with \`ormlint baseline\`; otherwise add a migration that creates it.`;
}

/** Name comparisons the "did you mean" hints may make in one run (about a second at worst). */
const SUGGESTION_COMPARISONS = 250_000;

/** Of the classes mapping one table, the first the registry reaches (any, without a registry). */
function ownerOf(mapping: ModelClass[], reachable: Set<string> | null): ModelClass | null {
  const owners = mapping
    .filter((m) => m.registered !== false && (!reachable || reachable.has(m.location.file)))
    .sort((a, b) => Number(Boolean(a.inheritsTableFrom)) - Number(Boolean(b.inheritsTableFrom)) || compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
  return owners[0] ?? null;
}
