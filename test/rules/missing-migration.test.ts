import { expect } from 'vitest';
import { alembicRevision, IMPORT_THING, modelModule, registry } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('missing-migration', {
  valid: [
    {
      name: 'created-later',
      files: {
        'app/models/__init__.py': registry('from app.models.queue import WebhookQueue'),
        'app/models/queue.py': modelModule('WebhookQueue', 'webhook_queue'),
        'migrations/versions/001_queue.py': alembicRevision('001', null, `    op.create_table(
        "n8n_webhook_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
    )`),
        'migrations/versions/002_rename.py': alembicRevision('002', '001', `    op.rename_table("n8n_webhook_queue", "webhook_queue")`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
    {
      // fief: the migration prefixes every table name with a value from the Alembic context.
      name: 'created under a name ormlint cannot evaluate, whose literal part matches',
      files: {
        'app/models/__init__.py': registry('from app.models.queue import WebhookQueue'),
        'app/models/queue.py': modelModule('WebhookQueue', 'webhook_queue'),
        'migrations/versions/001_queue.py': alembicRevision('001', null, `    table_prefix = op.get_context().opts["table_prefix"]
    op.create_table(
        f"{table_prefix}webhook_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
    )`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
    {
      name: 'unimported-model-left-to-its-rule',
      files: {
        'app/models/drafts.py': modelModule('Draft', 'drafts'),
      },
    },
  ],
  invalid: [
    {
      name: 'renamed-in-migration',
      files: {
        'app/models/__init__.py': registry('from app.models.queue import WebhookQueue'),
        'app/models/queue.py': modelModule('WebhookQueue', 'webhook_queue'),
        'migrations/versions/001_queue.py': alembicRevision('001', null, `    op.create_table(
        "n8n_webhook_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
    )`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'missing', data: { table: 'webhook_queue', name: 'WebhookQueue' }, file: 'app/models/queue.py', line: 6, column: 7, endLine: 6, endColumn: 19 },
      ],
      check([d]) {
        expect(d!.message).toBe('Table "webhook_queue" (model WebhookQueue) is not created by any migration');
        expect(d!.help).toContain('"n8n_webhook_queue"');
        expect(d!.docsUrl).toBe('https://github.com/ormlint/ormlint/blob/main/docs/rules/missing-migration.md');
      },
    },
    {
      name: 'a Table() no migration creates',
      files: {
        'app/models/__init__.py': registry(IMPORT_THING, 'from app.models.audit import audit_log'),
        'app/models/audit.py': `from sqlalchemy import Column, Integer, Table

from app.models.base import Base

audit_log = Table(
    "audit_log",
    Base.metadata,
    Column("id", Integer, primary_key=True),
)
`,
      },
      errors: [
        { messageId: 'missingTable', data: { table: 'audit_log', declared: 'declared with Table()', file: 'app/models/audit.py' }, file: 'app/models/audit.py', line: 5, column: 1, endLine: 5, endColumn: 10 },
      ],
    },
    {
      name: 'the app makes its tables with create_all() and stamps Alembic',
      files: {
        'app/manage.py': `from alembic import command
from alembic.config import Config

from app.models.base import Base


def init_database(engine):
    Base.metadata.create_all(engine)
    command.stamp(Config("alembic.ini"), "head")
`,
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("others", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
      errors: [
        { messageId: 'missingBootstrapped', data: { table: 'things', owner: 'model Thing', createAll: 'app/manage.py:8', stamp: 'app/manage.py:9' }, file: 'app/models/things.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
  ],
});
