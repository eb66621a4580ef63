import { defineRule } from '../src/engine/rule.js';
import { displayTableName } from '../src/facts.js';

/**
 * A migration step Postgres would reject when the migrations run in order: adding a column that
 * already exists, creating a table twice, dropping a column that is not there. The deploy that runs
 * it fails. Not `unresolved`: ormlint knows exactly what is wrong here. A table no migration creates
 * at all, or one unevaluated code may have made, stays `unresolved` (the replay decides).
 */
export default defineRule({
  id: 'migration-error',
  meta: {
    description: 'A migration step that Postgres would reject when the migrations run in order.',
    defaultSeverity: 'error',
  },
  messages: {
    rejected: 'Postgres would reject this migration step: {{message}}',
  },
  check(ctx) {
    const { defaultSchema } = ctx.facts;
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== 'migration-error') continue;
      const first = problem.tables?.[0];
      ctx.report({
        messageId: 'rejected',
        data: { message: problem.message },
        location: problem.location,
        subject: first !== undefined ? displayTableName(first, defaultSchema) : problem.location.file,
      });
    }
  },
});
