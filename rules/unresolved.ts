import { defineRule } from '../src/engine/rule.js';
import { displayTableName } from '../src/schema/diff.js';

/**
 * Code ormlint cannot evaluate without running it (an `op.execute` of a built string, columns
 * made in a loop). The tables it touches are marked uncertain and drift rules stay quiet on
 * them; this notice says why, so silence is never mistaken for a clean bill.
 */
export default defineRule({
  id: 'unresolved',
  meta: {
    description: 'Code that cannot be evaluated statically; the tables it touches are marked uncertain.',
    defaultSeverity: 'notice',
  },
  messages: {
    unresolved: '{{message}}',
    unresolvedTables: '{{message}} (tables treated as uncertain: {{tables}})',
  },
  check(ctx) {
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== 'unresolved') continue;
      const tables = (problem.tables ?? []).map((key) => displayTableName(key, ctx.facts.defaultSchema));
      ctx.report({
        messageId: tables.length > 0 ? 'unresolvedTables' : 'unresolved',
        data: { message: problem.message, tables: tables.join(', ') },
        location: problem.location,
        subject: tables[0] ?? problem.location.file,
      });
    }
  },
});
