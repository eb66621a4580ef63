import { expect } from 'vitest';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('missing-migration', {
  valid: [
    {
      name: 'created-later',
      files: {
        'app/models/__init__.py': `"""The model registry: importing a module registers its models."""
from app.models.queue import WebhookQueue
`,
        'app/models/queue.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class WebhookQueue(Base):
    __tablename__ = "webhook_queue"

    id = Column(Integer, primary_key=True)
`,
        'migrations/versions/001_queue.py': `"""migration 001"""
import sqlalchemy as sa
from alembic import op

revision = '001'
down_revision = None


def upgrade():
    op.create_table(
        "n8n_webhook_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
    )


def downgrade():
    pass
`,
        'migrations/versions/002_rename.py': `"""migration 002"""
import sqlalchemy as sa
from alembic import op

revision = '002'
down_revision = '001'


def upgrade():
    op.rename_table("n8n_webhook_queue", "webhook_queue")


def downgrade():
    pass
`,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
    {
      name: 'unimported-model-left-to-its-rule',
      files: {
        'app/models/drafts.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class Draft(Base):
    __tablename__ = "drafts"

    id = Column(Integer, primary_key=True)
`,
      },
    },
  ],
  invalid: [
    {
      name: 'renamed-in-migration',
      files: {
        'app/models/__init__.py': `"""The model registry: importing a module registers its models."""
from app.models.queue import WebhookQueue
`,
        'app/models/queue.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class WebhookQueue(Base):
    __tablename__ = "webhook_queue"

    id = Column(Integer, primary_key=True)
`,
        'migrations/versions/001_queue.py': `"""migration 001"""
import sqlalchemy as sa
from alembic import op

revision = '001'
down_revision = None


def upgrade():
    op.create_table(
        "n8n_webhook_queue",
        sa.Column("id", sa.Integer(), primary_key=True),
    )


def downgrade():
    pass
`,
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
  ],
});
