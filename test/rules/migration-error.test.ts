import { alembicRevision } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

/** A second migration after the base project's 001, with the given upgrade() body. */
const migration = (body: string) => alembicRevision('002', '001', body);

ruleTester('migration-error', {
  valid: [
    { name: 'dropping a table an earlier migration creates', files: { 'migrations/versions/002_drop.py': migration('    op.drop_table("things")') } },
    { name: 'IF EXISTS is meant to be idempotent', files: { 'migrations/versions/002_drop.py': migration('    op.execute("DROP TABLE IF EXISTS legacy_events")') } },
    {
      // The chain may start from a database made otherwise (create_all, a dump): unresolved says so.
      name: 'dropping a table no migration creates is only unresolved',
      files: { 'migrations/versions/002_drop.py': migration('    op.drop_table("legacy_events")') },
    },
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
      name: 'creating a table twice',
      files: { 'migrations/versions/002_again.py': migration('    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))') },
      errors: [
        { messageId: 'rejected', data: { message: 'CREATE TABLE "things": an earlier migration already creates this table' }, file: 'migrations/versions/002_again.py', line: 10, column: 5, endLine: 10, endColumn: 79 },
      ],
    },
    {
      name: 'SQL migrations: a column added twice',
      files: {
        '.ormlint.yml': 'migrations:\n  kind: sql\n  include: ["db/*.sql"]\n',
        'db/V1__things.sql': 'CREATE TABLE things (id serial PRIMARY KEY, note text);\n',
        'db/V2__note.sql': '-- the note column, again\nALTER TABLE things ADD COLUMN note text;\n',
      },
      errors: [
        { messageId: 'rejected', data: { message: 'ALTER TABLE "public"."things" ADD COLUMN "note": the column already exists' }, file: 'db/V2__note.sql', line: 2, column: 1, endLine: 2, endColumn: 40 },
      ],
    },
  ],
  docs: {
    file: 'migrations/versions/002_drop.py',
    wrap: (snippet) => migration(snippet.replace(/^def upgrade\(\):\n/, '').trimEnd()),
  },
});
