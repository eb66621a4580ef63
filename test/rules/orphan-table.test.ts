import { alembicRevision, modelModule } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('orphan-table', {
  valid: [
    {
      name: 'ignored-and-unimported',
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
  orphan-table: { severity: warning, ignore: ["legacy_*"] }
`,
        'app/models/old.py': modelModule('OldThing', 'old_things'),
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("old_things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("legacy_audit", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
    },
    {
      // PyPI's warehouse: HasEvents builds one events class per parent model at run time.
      name: 'tables of classes built at run time',
      files: {
        'app/models/events.py': `from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import declared_attr, relationship

from app.models.base import Base


class HasEvents:
    @declared_attr
    def events(cls):
        event_cls = type(
            f"{cls.__name__}Event",
            (Base,),
            {
                "__tablename__": f"{cls.__name__.lower()}_events",
                "id": Column(Integer, primary_key=True),
                "source_id": Column(ForeignKey(f"{cls.__tablename__}.id")),
            },
        )
        return relationship(event_cls)


class Unmapped:
    helper = type("Helper", (Base,), {"__tablename__": None})
`,
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("thing_events", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
    },
    {
      name: 'suppressed-in-sql',
      files: {
        '.ormlint.yml': `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
migrations:
  kind: sql
  include: ["migrations/*.sql"]
`,
        'migrations/V1__init.sql': `-- ormlint-disable-file orphan-table -- the audit tables are written by a trigger, not the ORM
CREATE TABLE things (id serial PRIMARY KEY);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, payload jsonb);
`,
        'migrations/versions/001_things.py': null,
      },
    },
  ],
  invalid: [
    {
      name: 'unmapped-table',
      files: {
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table(
        "things",
        sa.Column("id", sa.Integer(), primary_key=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True),
    )
    op.create_table(
        "alembic_version",
        sa.Column("version_num", sa.String(32), primary_key=True),
    )`),
      },
      errors: [
        { messageId: 'orphan', data: { table: 'audit_log', file: 'migrations/versions/001_things.py' }, file: 'migrations/versions/001_things.py', line: 14, column: 5, endLine: 17, endColumn: 6 },
      ],
    },
  ],
});
