import { expect } from 'vitest';
import { alembicRevision, IMPORT_THING, modelModule, registry } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('unimported-model', {
  valid: [
    {
      name: 'imported-through-another-module',
      files: {
        'app/models/__init__.py': registry('from app.models import catalog  # noqa: F401', IMPORT_THING),
        'app/models/catalog.py': `"""Imports the report models so the registry reaches them."""
from app.models.reports import Report

__all__ = ["Report"]
`,
        'app/models/reports.py': modelModule('Report', 'reports'),
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table("reports", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
    },
  ],
  invalid: [
    {
      name: 'drizzle: a table drizzle.config.ts does not reach, and one its schema file does not export',
      files: {
        '.ormlint.yml': `models:
  orm: drizzle
  include: ["src/db/*.ts"]
migrations:
  kind: drizzle
  include: ["drizzle/*.sql"]
`,
        'drizzle.config.ts': `import { defineConfig } from "drizzle-kit";

export default defineConfig({ dialect: "postgresql", schema: "./src/db/schema.ts", out: "./drizzle" });
`,
        'src/db/schema.ts': `import { pgTable, serial } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: serial("id").primaryKey() });
const audit = pgTable("audit", { id: serial("id").primaryKey() });
`,
        'src/db/notes.ts': `import { pgTable, serial } from "drizzle-orm/pg-core";

export const notes = pgTable("notes", { id: serial("id").primaryKey() });
`,
        'drizzle/0000_init.sql': `CREATE TABLE "users" ("id" serial PRIMARY KEY NOT NULL);
CREATE TABLE "notes" ("id" serial PRIMARY KEY NOT NULL);
`,
        'app/models/base.py': null,
        'app/models/__init__.py': null,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'unregistered', data: { orm: 'drizzle', name: 'notes', file: 'src/db/notes.ts', roots: 'drizzle.config.ts', table: 'notes' }, file: 'src/db/notes.ts', line: 3, column: 14, endLine: 3, endColumn: 73 },
        { messageId: 'unregisteredUnmigrated', data: { orm: 'drizzle', name: 'audit', file: 'src/db/schema.ts', roots: 'drizzle.config.ts', table: 'audit' }, file: 'src/db/schema.ts', line: 4, column: 7, endLine: 4, endColumn: 66 },
      ],
    },
    {
      name: 'module-never-imported',
      files: {
        'app/models/reports.py': modelModule('Report', 'reports'),
      },
      errors: [
        { messageId: 'unimportedUnmigrated', data: { name: 'Report', file: 'app/models/reports.py', roots: 'app/models/__init__.py', table: 'reports' }, file: 'app/models/reports.py', line: 6, column: 7, endLine: 6, endColumn: 13 },
      ],
      check([d]) {
        // The registry import looks unused to linters: the hint says how to keep it.
        expect(d!.help).toContain('ruff (F401)');
        expect(d!.help).toContain('__all__');
      },
    },
    {
      name: 'migrated but never imported',
      files: {
        'app/models/drafts.py': modelModule('Draft', 'drafts', { imports: 'Column, Integer' }),
        'migrations/versions/002_drafts.py': alembicRevision('002', '001', `    op.create_table("drafts", sa.Column("id", sa.Integer(), primary_key=True))`),
      },
      errors: [
        { messageId: 'unimported', data: { name: 'Draft', file: 'app/models/drafts.py', roots: 'app/models/__init__.py', table: 'drafts' }, file: 'app/models/drafts.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
  ],
});
