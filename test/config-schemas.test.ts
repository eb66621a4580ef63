import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';
import { tempProject } from './helpers/project.js';

/**
 * `schemas:` — one code base, two Alembic chains (dispatch-style): `dispatch_core` holds the shared
 * `organization`, every tenant schema holds `incident`; both classes live in one model file.
 */
const FIXTURE = path.resolve(__dirname, '../fixtures/schemas');

async function findings(configFile: string) {
  const result = await run(loadConfig({ cwd: FIXTURE, configPath: configFile, root: FIXTURE }));
  return result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message}`);
}

/** The fixture's config with its `schemas:` line removed, written outside the fixture. */
function withoutSchemas(name: string): string {
  const text = readFileSync(path.join(FIXTURE, name), 'utf8');
  const stripped = text.split('\n').filter((line) => !line.startsWith('schemas:')).join('\n');
  expect(stripped).not.toBe(text);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ormlint-schemas-')), name);
  writeFileSync(file, stripped);
  return file;
}

describe('schemas: the tables one config owns', () => {
  it('core chain: the tenant table in the shared model file is neither required nor reported', async () => {
    expect(await findings(path.join(FIXTURE, 'core.ormlint.yml'))).toEqual([]);
    expect(await findings(withoutSchemas('core.ormlint.yml'))).toEqual([
      'missing-migration app/models/organization.py:17:7 Table "incident" (model Incident) is not created by any migration',
    ]);
  });

  it('tenant chain: the core table is not required, and a foreign key into it is not a missing target', async () => {
    expect(await findings(path.join(FIXTURE, 'tenant.ormlint.yml'))).toEqual([]);
    expect(await findings(withoutSchemas('tenant.ormlint.yml'))).toEqual([
      // The foreign key's notice about the missing target would repeat this finding: not said.
      'missing-migration app/models/organization.py:7:7 Table "dispatch_core.organization" (model Organization) is not created by any migration',
    ]);
  });

  it('still reports what differs in an owned table', async () => {
    const root = tempProject({
      '.ormlint.yml': 'models:\n  include: ["app/models/**/*.py"]\nmigrations:\n  include: ["migrations/versions/*.py"]\nschemas: [billing]\n',
      'app/models/__init__.py': 'from app.models.invoice import Invoice, Note\n',
      'app/models/invoice.py': [
        'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column',
        '',
        '',
        'class Base(DeclarativeBase):',
        '    pass',
        '',
        '',
        'class Invoice(Base):',
        '    __tablename__ = "invoice"',
        '    __table_args__ = {"schema": "billing"}',
        '    id: Mapped[int] = mapped_column(primary_key=True)',
        '',
        '',
        'class Note(Base):',
        '    __tablename__ = "note"',
        '    id: Mapped[int] = mapped_column(primary_key=True)',
        '',
      ].join('\n'),
      'migrations/versions/0001_init.py': [
        'from alembic import op',
        'import sqlalchemy as sa',
        '',
        'revision = "0001"',
        'down_revision = None',
        '',
        '',
        'def upgrade():',
        '    op.create_table("legacy", sa.Column("id", sa.Integer(), primary_key=True), schema="billing")',
        '    op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))',
        '',
      ].join('\n'),
    });
    const result = await run(loadConfig({ cwd: root }));
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.subject}`)).toEqual([
      'missing-migration app/models/invoice.py:8:7 billing.invoice',
      'orphan-table migrations/versions/0001_init.py:9:5 billing.legacy',
    ]);
  });
});

describe('schemas: in .ormlint.yml', () => {
  const errorOf = (text: string): string => {
    const root = tempProject({ '.ormlint.yml': text });
    try {
      loadConfig({ cwd: root });
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('is a non-empty list of schema names, null (every schema) when left out', () => {
    expect(loadConfig({ cwd: tempProject({ '.ormlint.yml': 'schemas: [dispatch_core]\n' }) }).schemas).toEqual(['dispatch_core']);
    expect(loadConfig({ cwd: tempProject({ '.ormlint.yml': 'defaultSchema: app\n' }) }).schemas).toBeNull();
    expect(errorOf('schemas: []\n')).toBe('.ormlint.yml:1:10: schemas is empty: list at least one name, or leave the key out for the default');
    expect(errorOf('schemas: dispatch_core\n')).toBe('.ormlint.yml:1:10: schemas must be a list of strings (got a string)');
  });
});
