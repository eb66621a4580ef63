import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';

/**
 * Healthy projects written the way real teams write them (fixtures/realworld/): ormlint must stay
 * silent on each. Then one realistic bug at a time is injected into a temp copy, and ormlint must
 * report exactly that bug — right rule, subject, line and column — and nothing else.
 */
const fixtures = path.resolve(__dirname, '../fixtures/realworld');
const PROJECTS = ['fastapi-sqlmodel', 'sa2-typed', 'flask-microblog', 'classic-billing', 'flask-typed-inventory', 'sqlmodel-heroes', 'pyramid-catalog', 'fastapi-legacy-template', 'multi-base-branches'];

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  subject: string | undefined;
}

/** Replace one exact, unique piece of text in a file of the copy: the injected bug. */
interface Edit {
  file: string;
  find?: string;
  replace?: string;
  /** Write the whole file (a new migration) instead. */
  write?: string;
  remove?: boolean;
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

async function findings(project: string, edits: Edit[] = []): Promise<Finding[]> {
  let root = path.join(fixtures, project);
  if (edits.length > 0) {
    const copy = mkdtempSync(path.join(tmpdir(), `ormlint-${project}-`));
    temps.push(copy);
    cpSync(root, copy, { recursive: true });
    root = copy;
    for (const edit of edits) applyEdit(root, edit);
  }
  const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
  return result.diagnostics.map(({ ruleId, severity, file, line, column, subject }) => ({ ruleId, severity, file, line, column, subject }));
}

function applyEdit(root: string, edit: Edit): void {
  const file = path.join(root, edit.file);
  if (edit.remove) return unlinkSync(file);
  if (edit.write !== undefined) return writeFileSync(file, edit.write);
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(edit.find!);
  if (at === -1 || text.indexOf(edit.find!, at + 1) !== -1) throw new Error(`edit target not found exactly once in ${edit.file}: ${edit.find}`);
  writeFileSync(file, text.slice(0, at) + edit.replace! + text.slice(at + edit.find!.length));
}

describe('realworld: healthy projects', () => {
  for (const project of PROJECTS) {
    it(`${project} has no findings`, async () => {
      expect(await findings(project)).toEqual([]);
    });
  }
});

const SECOND_HEAD = `"""add token to user

Revision ID: f1d2e3c4b5a6
Revises: 2b017edaf91f
Create Date: 2024-02-04 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "f1d2e3c4b5a6"
down_revision = "2b017edaf91f"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token", sa.String(length=32), nullable=True))


def downgrade():
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("token")
`;

describe('realworld: injected bugs are found, and nothing else', () => {
  it('a model column added without a migration (SQLAlchemy 2.0 typed)', async () => {
    const found = await findings('sa2-typed', [
      { file: 'blog/db/models/post.py', find: '    body: Mapped[str] = mapped_column(Text)\n', replace: '    body: Mapped[str] = mapped_column(Text)\n    subtitle: Mapped[Optional[str]] = mapped_column(String(120))\n' },
    ]);
    expect(found).toEqual([{ ruleId: 'schema-drift', severity: 'error', file: 'blog/db/models/post.py', line: 44, column: 5, subject: 'posts.subtitle' }]);
  });

  it('a nullable mismatch (Flask-SQLAlchemy, implicit table name)', async () => {
    const found = await findings('flask-microblog', [{ file: 'app/models.py', find: '    about_me = db.Column(db.String(140))', replace: '    about_me = db.Column(db.String(140), nullable=False)' }]);
    expect(found).toEqual([{ ruleId: 'schema-drift', severity: 'error', file: 'app/models.py', line: 21, column: 5, subject: 'user.about_me' }]);
  });

  it('String(100) in the model, String(255) in the migrations (SQLModel field inherited from a data class)', async () => {
    const found = await findings('fastapi-sqlmodel', [
      { file: 'app/models.py', find: '    full_name: str | None = Field(default=None, max_length=255)', replace: '    full_name: str | None = Field(default=None, max_length=100)' },
    ]);
    expect(found).toEqual([{ ruleId: 'schema-drift', severity: 'error', file: 'app/models.py', line: 18, column: 5, subject: 'user.full_name' }]);
  });

  it('a renamed table: the new name has no migration, the old one no model', async () => {
    const found = await findings('classic-billing', [{ file: 'billing/models/user.py', find: '    __tablename__ = "roles"', replace: '    __tablename__ = "user_roles"' }]);
    expect(found).toEqual([
      { ruleId: 'orphan-table', severity: 'warning', file: 'alembic/versions/1f0c2b3a4d5e_initial.py', line: 19, column: 5, subject: 'roles' },
      { ruleId: 'missing-migration', severity: 'error', file: 'billing/models/user.py', line: 10, column: 7, subject: 'user_roles' },
    ]);
  });

  it('a model module dropped from the package __init__ star imports', async () => {
    const found = await findings('classic-billing', [{ file: 'billing/models/__init__.py', find: 'from .invoice import *  # noqa: F401,F403\n', replace: '' }]);
    expect(found).toEqual([{ ruleId: 'unimported-model', severity: 'warning', file: 'billing/models/invoice.py', line: 10, column: 7, subject: 'Invoice' }]);
  });

  it('a second head: two branches off one revision, both replayed', async () => {
    const found = await findings('flask-microblog', [
      { file: 'migrations/versions/f1d2e3c4b5a6_add_token_to_user.py', write: SECOND_HEAD },
      { file: 'app/models.py', find: '    password_hash = db.Column(db.String(256))\n', replace: '    password_hash = db.Column(db.String(256))\n    token = db.Column(db.String(32))\n' },
    ]);
    expect(found).toEqual([
      { ruleId: 'migration-graph', severity: 'error', file: 'migrations/versions/ae346256b650_private_messages_and_notifications.py', line: 13, column: 1, subject: 'ae346256b650' },
    ]);
  });

  it('a model written outside the package that imports its modules with pkgutil', async () => {
    const found = await findings('fastapi-legacy-template', [
      {
        file: 'app/audit.py',
        write: 'from sqlalchemy import Column, DateTime, Integer, String, func\n\nfrom app.db.base_class import Base\n\n\nclass AuditLog(Base):\n    id = Column(Integer, primary_key=True, index=True)\n    action = Column(String, nullable=False)\n    at = Column(DateTime, server_default=func.now())\n',
      },
    ]);
    expect(found).toEqual([{ ruleId: 'unimported-model', severity: 'warning', file: 'app/audit.py', line: 6, column: 7, subject: 'AuditLog' }]);
  });

  it('a fork inside one labelled branch is reported; the other deliberate base is not', async () => {
    const revision = (id: string, note: string) =>
      `"""${note}

Revision ID: ${id}
Revises: 1c0a7e2d9b10
Create Date: 2024-04-02 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "${id}"
down_revision = "1c0a7e2d9b10"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("COMMENT ON TABLE accounts IS '${note}'")


def downgrade():
    pass
`;
    const found = await findings('multi-base-branches', [
      { file: 'migrations/versions/7f1e2d3c4b5a_comment_a.py', write: revision('7f1e2d3c4b5a', 'customer accounts') },
      { file: 'migrations/versions/8a9b0c1d2e3f_comment_b.py', write: revision('8a9b0c1d2e3f', 'tenant accounts') },
    ]);
    expect(found).toEqual([
      { ruleId: 'migration-graph', severity: 'error', file: 'migrations/versions/7f1e2d3c4b5a_comment_a.py', line: 11, column: 1, subject: '7f1e2d3c4b5a' },
    ]);
  });

  it('a type_annotation_map entry changed: every column using the Annotated alias drifts', async () => {
    const found = await findings('flask-typed-inventory', [{ file: 'inventory/db.py', find: '        str200: String(200),', replace: '        str200: String(250),' }]);
    expect(found).toEqual([
      { ruleId: 'schema-drift', severity: 'error', file: 'inventory/models.py', line: 21, column: 5, subject: 'warehouse.name' },
      { ruleId: 'schema-drift', severity: 'error', file: 'inventory/models.py', line: 36, column: 5, subject: 'stock_item.description' },
    ]);
  });

  it('a primary key type changed: typeless foreign-key columns follow it, as SQLAlchemy types them', async () => {
    const found = await findings('sa2-typed', [
      { file: 'blog/db/models/organization.py', find: '    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)', replace: '    id: Mapped[int] = mapped_column(Identity(), primary_key=True)' },
    ]);
    expect(found).toEqual([
      { ruleId: 'schema-drift', severity: 'error', file: 'blog/db/models/organization.py', line: 18, column: 5, subject: 'directory.organizations.id' },
      { ruleId: 'schema-drift', severity: 'error', file: 'blog/db/models/organization.py', line: 20, column: 5, subject: 'directory.organizations.parent_id' },
      { ruleId: 'schema-drift', severity: 'error', file: 'blog/db/models/post.py', line: 40, column: 5, subject: 'posts.organization_id' },
    ]);
  });
});
