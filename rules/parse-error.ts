import { defineRule } from '../src/engine/rule.js';

/**
 * A part of a file the frontend could not read: what that part declares is missing from the facts
 * (a Python syntax error costs the broken region, a SQL one the statement), so other findings may
 * be wrong. The rest of the run goes on.
 */
export default defineRule({
  id: 'parse-error',
  meta: {
    description: 'A file that could not be parsed.',
    defaultSeverity: 'error',
  },
  messages: {
    parseError: 'Could not parse {{file}}: {{message}}; what the unparsed part declares is left out of the check',
  },
  check(ctx) {
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== 'parse-error') continue;
      ctx.report({
        messageId: 'parseError',
        data: { file: problem.location.file, message: problem.message },
        location: problem.location,
        subject: problem.location.file,
      });
    }
  },
});
