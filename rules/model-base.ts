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
  },
  check(ctx) {
    const { models } = ctx.facts;
    if (!models) return;
    const bases = ctx.settings?.modelBases ?? [];
    for (const model of models) {
      if (model.base === null) {
        ctx.report({ messageId: 'noBase', data: { name: model.className }, location: model.location, subject: model.className });
      } else if (bases.length > 0 && !bases.includes(model.base)) {
        ctx.report({ messageId: 'otherBase', data: { name: model.className, base: model.base, bases: formatList(bases) }, location: model.location, subject: model.className });
      }
    }
  },
});
