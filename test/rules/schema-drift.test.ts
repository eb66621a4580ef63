import { expect } from 'vitest';
import { alembicRevision, modelModule, registry } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('schema-drift', {
  valid: [
    {
      name: 'equivalent-spellings',
      files: {
        '.ormlint.yml': `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
  bases: ["app.models.base.Base"]
migrations:
  kind: alembic
  include: ["migrations/versions/*.py"]
rules:
  schema-drift:
    severity: error
    ignoreColumns: ["*.updated_at"]
    typeEquivalences: [["json", "jsonb"]]
`,
        'app/models/__init__.py': registry('from app.models.events import Event'),
        'app/models/events.py': modelModule('Event', 'events', {
          imports: 'JSON, Column, DateTime, Integer, String, func',
          // From line 10, after the id on line 9.
          columns: `    name = Column(String(50), nullable=False)
    payload = Column(JSON)
    created_at = Column(DateTime, server_default=func.now())
    updated_at = Column(DateTime)`,
        }),
        'migrations/versions/001_events.py': `"""migration 001"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '001'
down_revision = None


def upgrade():
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.VARCHAR(length=50), nullable=False),
        sa.Column("payload", postgresql.JSONB()),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP")),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade():
    pass
`,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
    {
      name: 'uncertain-table',
      files: {
        'app/models/things.py': modelModule('Thing', 'things', {
          // From line 10, after the id on line 9.
          columns: `    a = Column(Integer)
    b = Column(Integer)`,
        }),
        'migrations/versions/002_loop.py': alembicRevision('002', '001', `    for name in ["a", "b"]:
        op.add_column("things", sa.Column(name, sa.Integer()))`),
      },
    },
  ],
  invalid: [
    {
      name: 'constraints-and-defaults',
      files: {
        'app/models/__init__.py': registry('from app.models.orders import Lead, Order'),
        'app/models/orders.py': `from sqlalchemy import Column, ForeignKey, Index, Integer, String

from app.models.base import Base


class Lead(Base):
    __tablename__ = "leads"

    id = Column(Integer, primary_key=True)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (Index("idx_orders_state_lead", "state", "lead_id"),)

    id = Column(Integer, primary_key=True)
    code = Column(String(20), unique=True)
    state = Column(String(20), server_default="new")
    lead_id = Column(Integer, ForeignKey("leads.id", ondelete="CASCADE"), index=True)
`,
        'migrations/versions/001_orders.py': alembicRevision('001', null, `    op.create_table("leads", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(20)),
        sa.Column("state", sa.String(20), server_default="old"),
        sa.Column("lead_id", sa.Integer(), sa.ForeignKey("leads.id")),
    )
    op.create_index("idx_orders_code_state", "orders", ["code", "state"])`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'constraintOnlyInModels', data: { subject: 'idx_orders_state_lead', description: 'index on (state, lead_id)', table: 'orders', name: 'Order' }, file: 'app/models/orders.py', line: 14, column: 23, endLine: 14, endColumn: 73 },
        { messageId: 'mismatch', data: { subject: 'orders.code', what: 'uniqueness', model: 'unique', migrated: 'not unique' }, file: 'app/models/orders.py', line: 17, column: 5, endLine: 17, endColumn: 9 },
        { messageId: 'mismatch', data: { subject: 'orders.state', what: 'server default', model: '\'new\'::character varying', migrated: '\'old\'::character varying' }, file: 'app/models/orders.py', line: 18, column: 5, endLine: 18, endColumn: 10 },
        { messageId: 'mismatch', data: { subject: 'orders.lead_id', what: 'index', model: 'indexed', migrated: 'not indexed' }, file: 'app/models/orders.py', line: 19, column: 5, endLine: 19, endColumn: 12 },
        { messageId: 'mismatch', data: { subject: 'orders.lead_id', what: 'foreign key', model: 'references leads.id ON DELETE CASCADE', migrated: 'references leads.id' }, file: 'app/models/orders.py', line: 19, column: 5, endLine: 19, endColumn: 12 },
        { messageId: 'constraintOnlyInMigrations', data: { subject: 'idx_orders_code_state', description: 'index on (code, state)', table: 'orders', name: 'Order' }, file: 'migrations/versions/001_orders.py', line: 18, column: 5, endLine: 18, endColumn: 74 },
      ],
    },
    {
      name: 'evolved-table',
      files: {
        'app/models/__init__.py': registry('from app.models.templates import Template'),
        'app/models/templates.py': modelModule('Template', 'templates', {
          imports: 'Column, Integer, String, Text',
          // From line 10, after the id on line 9.
          columns: `    title = Column(String(100), nullable=False)
    body_template = Column(Text)
    status = Column(String(20), server_default="draft")`,
        }),
        'migrations/versions/001_templates.py': alembicRevision('001', null, `    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(50), nullable=True),
        sa.Column("body", sa.Text()),
        sa.Column("status", sa.String(20), server_default="draft"),
    )`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'mismatch', data: { subject: 'templates.title', what: 'type', model: 'character varying(100)', migrated: 'character varying(50)' }, file: 'app/models/templates.py', line: 10, column: 5, endLine: 10, endColumn: 10 },
        { messageId: 'mismatch', data: { subject: 'templates.title', what: 'nullability', model: 'NOT NULL', migrated: 'nullable' }, file: 'app/models/templates.py', line: 10, column: 5, endLine: 10, endColumn: 10 },
        { messageId: 'onlyInModels', data: { subject: 'templates.body_template', name: 'Template' }, file: 'app/models/templates.py', line: 11, column: 5, endLine: 11, endColumn: 18 },
        { messageId: 'onlyInMigrations', data: { subject: 'templates.body', name: 'Template' }, file: 'migrations/versions/001_templates.py', line: 14, column: 9, endLine: 14, endColumn: 37 },
      ],
      check(drift) {
        // The migration side of a mismatch is in related.
        const type = drift.find((d) => d.message.includes('differs in type'))!;
        expect(type.related).toEqual([{ file: 'migrations/versions/001_templates.py', line: 13, column: 9, message: 'the migrations make it character varying(50)' }]);
      },
    },
    {
      name: 'one index name, other columns',
      files: {
        'app/models/things.py': `from sqlalchemy import Column, Index, Integer, String

from app.models.base import Base


class Thing(Base):
    __tablename__ = "things"
    __table_args__ = (Index("ix_things_label", "label", "id"),)

    id = Column(Integer, primary_key=True)
    label = Column(String(50))
`,
        'migrations/versions/002_label.py': alembicRevision('002', '001', `    op.add_column("things", sa.Column("label", sa.String(length=50)))
    op.create_index("ix_things_label", "things", ["id", "label"])`),
      },
      errors: [
        { messageId: 'constraintMismatch', data: { subject: 'ix_things_label', table: 'things', model: 'index on (label, id)', migrated: 'index on (id, label)' }, file: 'app/models/things.py', line: 8, column: 23, endLine: 8, endColumn: 62 },
      ],
    },
  ],
});
