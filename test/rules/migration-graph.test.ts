import { alembicRevision } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('migration-graph', {
  valid: [
    {
      name: 'linear-history',
      files: {
        'migrations/versions/002_a.py': alembicRevision('002', '001', `    op.add_column("things", sa.Column("a", sa.Integer()))`),
        'migrations/versions/003_b.py': alembicRevision('003', '002', `    op.drop_column("things", "a")`),
      },
    },
  ],
  invalid: [
    {
      name: 'drizzle: a SQL file missing from meta/_journal.json, and an entry without its file',
      files: {
        '.ormlint.yml': `migrations:
  kind: drizzle
  include: ["drizzle/*.sql"]
`,
        'drizzle/0000_init.sql': `CREATE TABLE "users" ("id" serial PRIMARY KEY NOT NULL);
`,
        'drizzle/0001_hand_written.sql': `CREATE TABLE "notes" ("id" serial PRIMARY KEY NOT NULL);
`,
        'drizzle/meta/_journal.json': `{
  "version": "7",
  "dialect": "postgresql",
  "entries": [
    { "idx": 0, "version": "7", "when": 1717000000000, "tag": "0000_init", "breakpoints": true },
    { "idx": 1, "version": "7", "when": 1717100000000, "tag": "0001_lost", "breakpoints": true }
  ]
}
`,
        'app/models/base.py': null,
        'app/models/__init__.py': null,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'notInJournal', data: { file: 'drizzle/0001_hand_written.sql', journal: 'drizzle/meta/_journal.json' }, file: 'drizzle/0001_hand_written.sql', line: 1, column: 1, endLine: 1, endColumn: 2 },
        { messageId: 'missingFile', data: { file: 'drizzle/0001_lost.sql', journal: 'drizzle/meta/_journal.json' }, file: 'drizzle/meta/_journal.json', line: 6, column: 1, endLine: 6, endColumn: 2 },
      ],
    },
    {
      name: 'dangling-parent',
      files: {
        'migrations/versions/002_a.py': alembicRevision('002', '000', `    op.add_column("things", sa.Column("a", sa.Integer()))`),
      },
      errors: [
        { messageId: 'multipleHeads', data: { count: 2, heads: '001 in migrations/versions/001_things.py and 002 in migrations/versions/002_a.py' }, file: 'migrations/versions/001_things.py', line: 5, column: 1, endLine: 5, endColumn: 17 },
        { messageId: 'dangling', data: { id: '002', file: 'migrations/versions/002_a.py', parent: '000' }, file: 'migrations/versions/002_a.py', line: 6, column: 1, endLine: 6, endColumn: 22 },
      ],
    },
    {
      name: 'sql-version-clash',
      files: {
        '.ormlint.yml': `migrations:
  kind: sql
  include: ["migrations/*.sql"]
`,
        'migrations/V1__notes.sql': `-- a second file claiming version 1: a runner applies only one of them
CREATE TABLE notes (id serial PRIMARY KEY);
`,
        'migrations/V1__things.sql': `-- the first file claiming version 1
CREATE TABLE things (id serial PRIMARY KEY);
`,
        'app/models/base.py': null,
        'app/models/__init__.py': null,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'versionClash', data: { id: '1', count: 2, files: 'migrations/V1__notes.sql and migrations/V1__things.sql' }, file: 'migrations/V1__things.sql', line: 1, column: 1, endLine: 1, endColumn: 2 },
      ],
    },
    {
      name: 'two-heads',
      files: {
        'migrations/versions/002_a.py': alembicRevision('002', '001', `    op.add_column("things", sa.Column("a", sa.Integer()))`),
        'migrations/versions/003_b.py': alembicRevision('003', '001', `    op.add_column("things", sa.Column("b", sa.Integer()))`),
      },
      errors: [
        { messageId: 'multipleHeads', data: { count: 2, heads: '002 in migrations/versions/002_a.py and 003 in migrations/versions/003_b.py' }, file: 'migrations/versions/002_a.py', line: 5, column: 1, endLine: 5, endColumn: 17 },
      ],
    },
    {
      name: 'two files with one revision id',
      files: {
        'migrations/versions/002_a.py': alembicRevision('002', '001', `    op.add_column("things", sa.Column("a", sa.Integer()))`),
        'migrations/versions/002_b.py': alembicRevision('002', '001', `    op.add_column("things", sa.Column("b", sa.Integer()))`),
      },
      errors: [
        { messageId: 'duplicate', data: { id: '002', count: 2, files: 'migrations/versions/002_a.py and migrations/versions/002_b.py' }, file: 'migrations/versions/002_b.py', line: 5, column: 1, endLine: 5, endColumn: 17 },
      ],
    },
    {
      name: 'a cycle',
      files: {
        'migrations/versions/002_a.py': alembicRevision('002', '003', `    op.add_column("things", sa.Column("a", sa.Integer()))`),
        'migrations/versions/003_b.py': alembicRevision('003', '002', `    op.add_column("things", sa.Column("b", sa.Integer()))`),
      },
      errors: [
        { messageId: 'cycle', data: { path: '002 (migrations/versions/002_a.py) -> 003 (migrations/versions/003_b.py) -> 002 (migrations/versions/002_a.py)' }, file: 'migrations/versions/002_a.py', line: 6, column: 1, endLine: 6, endColumn: 22 },
      ],
    },
  ],
});
