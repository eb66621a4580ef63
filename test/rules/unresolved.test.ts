import { alembicRevision } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('unresolved', {
  valid: [
    {
      name: 'literal-operations',
      files: {
        'migrations/versions/002_index.py': alembicRevision('002', '001', `    op.execute("CREATE INDEX ix_things_id_desc ON things (id DESC)")
    op.execute("DROP INDEX ix_things_id_desc")`),
      },
    },
  ],
  invalid: [
    {
      name: 'built-sql',
      files: {
        'migrations/versions/002_loop.py': `"""migration 002"""
import sqlalchemy as sa
from alembic import op

from app import settings

revision = '002'
down_revision = '001'


def upgrade():
    for name in settings.EXTRA_COLUMNS:
        op.add_column("things", sa.Column(name, sa.Integer()))


def downgrade():
    pass
`,
      },
      errors: [
        { messageId: 'unresolvedTables', data: { message: 'Migration operations inside a loop cannot be replayed statically; table "things" marked uncertain', tables: 'things' }, file: 'migrations/versions/002_loop.py', line: 12, column: 5, endLine: 13, endColumn: 63 },
      ],
    },
    {
      name: 'SQL from the environment touches no known table',
      files: {
        'migrations/versions/002_sql.py': alembicRevision('002', '001', `    op.execute(os.environ["MIGRATION_SQL"])`),
      },
      errors: [
        { messageId: 'cause', data: { message: '1 piece of migration code cannot be evaluated statically and name no table: op.execute() of `os.environ["MIGRATION_SQL"]` cannot be r...; what they do to the schema is not replayed' }, file: 'migrations/versions/002_sql.py', line: 10, column: 5, endLine: 10, endColumn: 44 },
      ],
    },
    {
      name: 'two columns of a type ormlint does not know',
      files: {
        'app/models/things.py': `from fancy_types import ColourType
from sqlalchemy import Column, Integer

from app.models.base import Base


class Thing(Base):
    __tablename__ = "things"

    id = Column(Integer, primary_key=True)
    fill = Column(ColourType)
    stroke = Column(ColourType)
`,
        'migrations/versions/002_colours.py': alembicRevision('002', '001', `    op.add_column("things", sa.Column("fill", sa.String(length=20)))
    op.add_column("things", sa.Column("stroke", sa.String(length=20)))`),
      },
      errors: [
        { messageId: 'cause', data: { message: '2 columns have types ormlint does not know: ColourType ×2; their types are not compared; their nullability, keys and defaults are' }, file: 'app/models/things.py', line: 11, column: 5, endLine: 11, endColumn: 9 },
      ],
    },
    {
      name: 'a table name computed at run time',
      files: {
        'app/models/things.py': 'from sqlalchemy import Column, Integer\n\nfrom app.models.base import Base\nfrom app.naming import table_name\n\n\nclass Thing(Base):\n    __tablename__ = table_name("things")\n\n    id = Column(Integer, primary_key=True)\n',
      },
      errors: [
        { messageId: 'unresolved', data: { message: '__tablename__ = table_name("things") cannot be evaluated statically', tables: '' }, file: 'app/models/things.py', line: 7, column: 7, endLine: 7, endColumn: 12 },
      ],
    },
  ],
  docs: {
    file: 'migrations/versions/002_events.py',
    // The doc shows the body of upgrade().
    wrap: (snippet) => `\"\"\"migration 002\"\"\"\nimport sqlalchemy as sa\nfrom alembic import op\n\nrevision = '002'\ndown_revision = '001'\n\n\ndef upgrade():\n    op.create_table("events", sa.Column("id", sa.Integer(), primary_key=True))\n${snippet.replace(/^/gm, '    ')}`,
  },
});
