import { defineRule } from '../src/engine/rule.js';

/**
 * The configuration keeps part of the project from being checked: an include glob that matches
 * no file, a registry module that is not among the model files, an ORM this version cannot read.
 * Not `unresolved` (code ormlint cannot evaluate): switching that notice off must never hide
 * that nothing was checked, and a typo in a glob should fail CI, not keep it green forever.
 */
export default defineRule({
  id: 'config',
  meta: {
    description: 'A configuration that leaves part of the project unchecked.',
    defaultSeverity: 'error',
  },
  messages: {
    config: '{{message}}',
  },
  check(ctx) {
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== 'config') continue;
      ctx.report({
        messageId: 'config',
        data: { message: problem.message },
        location: problem.location,
        subject: problem.subject ?? problem.location.file,
      });
    }
  },
});
