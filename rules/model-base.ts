import { defineRule } from '../src/engine/rule.js';
import { formatList } from '../src/engine/messages.js';

/**
 * A model not derived from the application's declarative base lands in another metadata: the
 * app's `Base.metadata.create_all` and Alembic autogenerate never see its table.
 */
export default defineRule({
  id: 'model-base',
  meta: {
    description: 'A model class not derived from a configured declarative base.',
    defaultSeverity: 'error',
  },
  messages: {
    noBase: 'Model class {{name}} does not derive from a declarative base, so no metadata the app uses contains it',
    otherBase: 'Model class {{name}} derives from {{base}}, not from the configured base {{bases}}, so Alembic autogenerate for that metadata never sees it',
    otherThanMigrated: 'Model class {{name}} derives from {{base}}, not from {{bases}}, whose metadata Alembic migrates ({{envFile}}), so autogenerate never sees it',
  },
  check(ctx) {
    const { models } = ctx.facts;
    // ORMs without declarative bases (TypeORM, Drizzle, Prisma) have nothing to check here.
    if (!models || ctx.facts.modelCapabilities?.declarativeBases === false) return;
    const configured = ctx.settings?.modelBases ?? [];
    // Without models.bases, the base(s) env.py's target_metadata names are the application's.
    const migrated = configured.length === 0 ? ctx.facts.migratedBases : null;
    const bases = configured.length > 0 ? configured : (migrated?.bases ?? []);
    for (const model of models) {
      if (model.base === null) {
        ctx.report({ messageId: 'noBase', data: { name: model.className }, location: model.location, subject: model.className });
      } else if (bases.length > 0 && !bases.includes(model.base)) {
        const data = { name: model.className, base: model.base, bases: formatList(bases) };
        if (migrated) {
          const envFile = [...new Set(migrated.locations.map((l) => `${l.file}:${l.line}`))].join(', ');
          ctx.report({ messageId: 'otherThanMigrated', data: { ...data, envFile }, location: model.location, subject: model.className });
        } else {
          ctx.report({ messageId: 'otherBase', data, location: model.location, subject: model.className });
        }
      }
    }
  },
});
