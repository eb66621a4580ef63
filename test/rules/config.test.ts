import { ruleTester } from '../helpers/ruleTester.js';

const MODELS_ONLY = (include: string, registry = 'app/models/__init__.py') => `models:
  orm: sqlalchemy
  include: ["${include}"]
  registry: ["${registry}"]
  bases: ["app.models.base.Base"]
migrations:
  kind: alembic
  include: ["migrations/versions/*.py"]
`;

ruleTester('config', {
  valid: [
    { name: 'globs that match the project' },
    {
      name: 'unresolved switched off changes nothing here',
      files: { '.ormlint.yml': `${MODELS_ONLY('app/models/**/*.py')}rules:\n  unresolved: off\n` },
    },
  ],
  invalid: [
    {
      name: 'a models glob with a typo matches nothing',
      files: { '.ormlint.yml': MODELS_ONLY('app/model/**/*.py') },
      errors: [
        { messageId: 'config', data: { message: 'models.include (app/model/**/*.py) matched no files under the project root: the models side was not checked' }, file: '.ormlint.yml', line: 3, column: 12, endLine: 3, endColumn: 13 },
      ],
    },
    {
      name: 'a registry that is not among the model files',
      files: { '.ormlint.yml': MODELS_ONLY('app/models/**/*.py', 'app/registry.py') },
      errors: [
        { messageId: 'config', data: { message: 'models.registry "app/registry.py" is not a Python file under the project root: which models the app imports cannot be checked' }, file: '.ormlint.yml', line: 4, column: 13, endLine: 4, endColumn: 14 },
      ],
    },
    {
      name: 'a glob that matches nothing stays reported with unresolved off',
      files: { '.ormlint.yml': `migrations:\n  kind: alembic\n  include: ["alembic/versions/*.py"]\nrules:\n  unresolved: off\n` },
      errors: [
        { messageId: 'config', data: { message: 'migrations.include (alembic/versions/*.py) matched no files under the project root: the migrations side was not checked' }, file: '.ormlint.yml', line: 3, column: 12, endLine: 3, endColumn: 13 },
      ],
    },
  ],
  // The doc shows the models part of .ormlint.yml; the rest of the config is left to its defaults.
  docs: { file: '.ormlint.yml' },
});
