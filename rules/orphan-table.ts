import picomatch from 'picomatch';
import { defineRule } from '../src/engine/rule.js';
import { displayTableName } from '../src/facts.js';

/** Alembic's own bookkeeping table is never mapped by a model. */
const ALWAYS_IGNORED = ['alembic_version'];

/**
 * A table the migrations create that no model maps: dead weight, or a model that was renamed
 * (`n8n_webhook_queue` vs a model's `webhook_queue`) or deleted without a drop migration.
 * Views (`migratedSchema.views`) are never reported: reporting queries need no model.
 */
export default defineRule({
  id: 'orphan-table',
  meta: {
    description: 'A table the migrations create that no model maps.',
    defaultSeverity: 'warning',
  },
  messages: {
    orphan: 'Table "{{table}}" is created by the migrations ({{file}}) but no model maps it',
  },
  options: {
    type: 'object',
    properties: {
      ignore: { type: 'array', items: { type: 'string' }, description: 'Globs of table names (or schema.table) to leave alone; added to the default ["alembic_version"].' },
    },
    additionalProperties: false,
  },
  defaultOptions: { ignore: [] as string[] },
  check(ctx, options) {
    const { models, modelSchema, migratedSchema, migratedTableOrigins, defaultSchema } = ctx.facts;
    if (!models || !migratedSchema) return;
    // Tables that classes built at run time may map: the model frontend says so in a notice.
    const dynamic = (ctx.facts.dynamicTables ?? []).map((d) => d.pattern);
    const globs = [...ALWAYS_IGNORED, ...(options.ignore ?? []), ...dynamic].map((g) => picomatch(g, { dot: true }));
    const mapped = new Set<string>([...(modelSchema?.tables.keys() ?? []), ...models.flatMap((m) => (m.table ? [m.table] : []))]);
    for (const [key, table] of migratedSchema.tables) {
      const name = displayTableName(key, defaultSchema);
      if (mapped.has(key) || globs.some((g) => g(name) || g(key))) continue;
      const location = migratedTableOrigins?.get(key) ?? table.location;
      if (!location) continue;
      ctx.report({ messageId: 'orphan', data: { table: name, file: location.file }, location, subject: name });
    }
  },
});
