import { ruleTester } from '../helpers/ruleTester.js';

/** A second migration after the base project's 001, with the given upgrade() body. */
const migration = (body: string) => `"""migration 002"""
import sqlalchemy as sa
from alembic import op

revision = '002'
down_revision = '001'


def upgrade():
${body}


def downgrade():
    pass
`;

ruleTester('migration-error', {
  valid: [
    { name: 'dropping a table an earlier migration creates', files: { 'migrations/versions/002_drop.py': migration('    op.drop_table("things")') } },
    { name: 'IF EXISTS is meant to be idempotent', files: { 'migrations/versions/002_drop.py': migration('    op.execute("DROP TABLE IF EXISTS legacy_events")') } },
    {
      name: 'a table that unevaluated code may have created is only unresolved',
      files: {
        'migrations/versions/002_drop.py': migration(`    for name in ["legacy_events"]:
        op.create_table(name, sa.Column("id", sa.Integer(), primary_key=True))
    op.drop_table("legacy_events")`),
      },
    },
  ],
  invalid: [
    {
      name: 'dropping a table no migration creates',
      files: { 'migrations/versions/002_drop.py': migration('    op.drop_table("legacy_events")') },
      errors: [
        { messageId: 'rejected', data: { message: 'DROP TABLE "legacy_events": no earlier migration creates this table' }, file: 'migrations/versions/002_drop.py', line: 10, column: 5, endLine: 10, endColumn: 35 },
      ],
    },
    {
      name: 'adding a column twice',
      files: { 'migrations/versions/002_add.py': migration('    op.add_column("things", sa.Column("id", sa.Integer()))') },
      errors: [
        { messageId: 'rejected', data: { message: 'ALTER TABLE "public"."things" ADD COLUMN "id": the column already exists' }, file: 'migrations/versions/002_add.py', line: 10, column: 5, endLine: 10, endColumn: 59 },
      ],
    },
    {
      name: 'SQL migrations: ALTER TABLE of a table no file creates',
      files: {
        '.ormlint.yml': 'migrations:\n  kind: sql\n  include: ["db/*.sql"]\n',
        'db/V1__things.sql': 'CREATE TABLE things (id serial PRIMARY KEY);\n',
        'db/V2__archive.sql': '-- archive old tickets\nALTER TABLE ticket_archive ADD COLUMN note text;\n',
      },
      errors: [
        { messageId: 'rejected', data: { message: 'ALTER TABLE "ticket_archive": no earlier migration creates this table' }, file: 'db/V2__archive.sql', line: 2, column: 1, endLine: 2, endColumn: 48 },
      ],
    },
  ],
  docs: {
    file: 'migrations/versions/002_drop.py',
    wrap: (snippet) => migration(snippet.replace(/^def upgrade\(\):\n/, '').trimEnd()),
  },
});
