import { ruleTester } from '../helpers/ruleTester.js';

/** A plugin (JavaScript in the repository, loaded because the config names it) whose rule throws. */
const BROKEN_PLUGIN = `export default {
  id: 'acme/broken',
  meta: { description: 'Throws on every run.', defaultSeverity: 'error' },
  messages: { never: 'never reported' },
  check() {
    throw new Error('boom');
  },
};
`;

const WITH_PLUGIN = (extra = '') => `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
migrations:
  kind: alembic
  include: ["migrations/versions/*.py"]
plugins: ["tools/acme.mjs"]
${extra}`;

ruleTester('internal-error', {
  valid: [
    { name: 'no rule fails' },
    { name: 'switched off', files: { '.ormlint.yml': WITH_PLUGIN('rules:\n  internal-error: off\n'), 'tools/acme.mjs': BROKEN_PLUGIN } },
  ],
  invalid: [
    {
      name: 'a plugin rule throws; the other rules still run',
      files: { '.ormlint.yml': WITH_PLUGIN(), 'tools/acme.mjs': BROKEN_PLUGIN },
      errors: [
        { messageId: 'failed', data: { rule: 'acme/broken', reason: 'boom' }, file: '.ormlint.yml', line: 1, column: 1, endLine: 1, endColumn: 2 },
      ],
    },
  ],
});
