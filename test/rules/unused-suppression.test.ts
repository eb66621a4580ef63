import { alembicRevision } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('unused-suppression', {
  valid: [
    {
      name: 'suppression-in-use',
      files: {
        'app/models/drafts.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


# ormlint-disable-next-line unimported-model -- drafts are loaded by the admin app only
class Draft(Base):
    __tablename__ = "drafts"

    id = Column(Integer, primary_key=True)
`,
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("drafts", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
    },
  ],
  invalid: [
    {
      name: 'stale-comments',
      files: {
        'app/models/things.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


# ormlint-disable-next-line duplicate-class-name
class Thing(Base):
    __tablename__ = "things"

    id = Column(Integer, primary_key=True)  # ormlint-disable-line schema-drift, no-such-rule
`,
      },
      errors: [
        { messageId: 'unused', data: { kind: 'next-line', rule: '"duplicate-class-name"' }, file: 'app/models/things.py', line: 6, column: 1, endLine: 6, endColumn: 49 },
        { messageId: 'unknownRule', data: { kind: 'line', rule: 'no-such-rule' }, file: 'app/models/things.py', line: 10, column: 45, endLine: 10, endColumn: 94 },
        { messageId: 'unused', data: { kind: 'line', rule: '"schema-drift"' }, file: 'app/models/things.py', line: 10, column: 45, endLine: 10, endColumn: 94 },
      ],
    },
    {
      name: 'a stale SQL comment (--)',
      files: {
        '.ormlint.yml': 'migrations:\n  kind: sql\n  include: ["db/*.sql"]\n',
        'db/V1__things.sql': '-- ormlint-disable-next-line orphan-table -- nothing here is an orphan any more\nCREATE TABLE things (id serial PRIMARY KEY);\n',
      },
      errors: [
        { messageId: 'unused', data: { kind: 'next-line', rule: '"orphan-table"' }, file: 'db/V1__things.sql', line: 1, column: 1, endLine: 1, endColumn: 80 },
      ],
    },
    {
      name: 'a stale TypeScript comment (//)',
      files: {
        '.ormlint.yml': 'models:\n  orm: drizzle\n  include: ["src/db/schema.ts"]\n',
        'src/db/schema.ts': '// ormlint-disable-next-line no-such-rule\nexport const x = 1;\n',
      },
      errors: [
        { messageId: 'unknownRule', data: { kind: 'next-line', rule: 'no-such-rule' }, file: 'src/db/schema.ts', line: 1, column: 1, endLine: 1, endColumn: 42 },
      ],
    },
  ],
});
