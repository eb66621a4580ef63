import { alembicRevision, registry, IMPORT_THING } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('model-base', {
  valid: [
    {
      name: 'configured-base',
    },
  ],
  invalid: [
    {
      name: 'other-base',
      files: {
        'app/models/__init__.py': registry(IMPORT_THING, 'from app.models.other import Other'),
        'app/models/other.py': `from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

OtherBase = declarative_base()


class Other(OtherBase):
    __tablename__ = "others"

    id = Column(Integer, primary_key=True)
`,
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("others", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
      errors: [
        { messageId: 'otherBase', data: { name: 'Other', base: 'app.models.other.OtherBase', bases: 'app.models.base.Base' }, file: 'app/models/other.py', line: 7, column: 7, endLine: 7, endColumn: 12 },
      ],
    },
    {
      name: 'a mapped class whose base ormlint cannot follow to a declarative base',
      files: {
        'app/models/things.py': `from legacy_orm import Model
from sqlalchemy import Column, Integer


class Thing(Model):
    __tablename__ = "things"

    id = Column(Integer, primary_key=True)
`,
      },
      errors: [
        { messageId: 'noBase', data: { name: 'Thing' }, file: 'app/models/things.py', line: 5, column: 7, endLine: 5, endColumn: 12 },
      ],
    },
    {
      name: 'a base other than the one env.py migrates',
      files: {
        '.ormlint.yml': 'models:\n  orm: sqlalchemy\n  include: ["app/models/**/*.py"]\nmigrations:\n  kind: alembic\n  include: ["migrations/versions/*.py"]\n',
        'migrations/env.py': 'from alembic import context\n\nfrom app.models.base import Base\n\ntarget_metadata = Base.metadata\n',
        'app/models/__init__.py': registry(IMPORT_THING, 'from app.models.other import Other'),
        'app/models/other.py': `from sqlalchemy import Column, Integer
from sqlalchemy.orm import declarative_base

OtherBase = declarative_base()


class Other(OtherBase):
    __tablename__ = "others"

    id = Column(Integer, primary_key=True)
`,
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("others", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
      errors: [
        { messageId: 'otherThanMigrated', data: { name: 'Other', base: 'app.models.other.OtherBase', bases: 'app.models.base.Base', envFile: 'migrations/env.py:5' }, file: 'app/models/other.py', line: 7, column: 7, endLine: 7, endColumn: 12 },
      ],
    },
  ],
});
