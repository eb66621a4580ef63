import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { alembicEnvPaths } from '../src/frontends/python/envPyPath.js';
import { run } from '../src/run.js';
import { tempProject } from './helpers/project.js';

/**
 * Alembic's env.py names the metadata the project migrates; without models.bases that is the
 * application's base, and a model on another declarative base is a model-base finding.
 */

const CONFIG = 'models:\n  include: ["app/**/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  include: ["migrations/versions/*.py"]\n';

const BASE = 'from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n';
const REGISTRY = 'from app.models.user import User\nfrom app.models.audit import AuditEntry\n';
const USER = 'from sqlalchemy.orm import Mapped, mapped_column\n\nfrom app.models.base import Base\n\n\nclass User(Base):\n    __tablename__ = "user"\n    id: Mapped[int] = mapped_column(primary_key=True)\n';
/** The copy-paste mistake: a second declarative_base() in one module. */
const AUDIT = [
  'from sqlalchemy import Column, Integer',
  'from sqlalchemy.orm import declarative_base',
  '',
  'AuditBase = declarative_base()',
  '',
  '',
  'class AuditEntry(AuditBase):',
  '    __tablename__ = "audit_entry"',
  '    id = Column(Integer, primary_key=True)',
  '',
].join('\n');
const MIGRATION = [
  'from alembic import op',
  'import sqlalchemy as sa',
  '',
  'revision = "0001"',
  'down_revision = None',
  '',
  '',
  'def upgrade():',
  '    op.create_table("user", sa.Column("id", sa.Integer(), nullable=False), sa.PrimaryKeyConstraint("id"))',
  '    op.create_table("audit_entry", sa.Column("id", sa.Integer(), nullable=False), sa.PrimaryKeyConstraint("id"))',
  '',
].join('\n');

function project(envPy: string | null, extra: Record<string, string> = {}): string {
  return tempProject({
    '.ormlint.yml': CONFIG,
    'app/__init__.py': '',
    'app/models/__init__.py': REGISTRY,
    'app/models/base.py': BASE,
    'app/models/user.py': USER,
    'app/models/audit.py': AUDIT,
    'migrations/versions/0001_init.py': MIGRATION,
    ...(envPy === null ? {} : { 'migrations/env.py': envPy }),
    ...extra,
  });
}

async function findings(root: string) {
  const result = await run(loadConfig({ cwd: root }));
  return {
    migratedBases: result.facts.migratedBases ?? null,
    diagnostics: result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message}`),
  };
}

const ENV_HEAD = 'from logging.config import fileConfig\n\nfrom alembic import context\n\nconfig = context.config\n';

describe('env.py target_metadata names the migrated base', () => {
  it('Base.metadata: a model on a second declarative_base() is a model-base finding', async () => {
    const root = project(`${ENV_HEAD}from app.models.base import Base\n\ntarget_metadata = Base.metadata\n`);
    const { migratedBases, diagnostics } = await findings(root);
    expect(migratedBases).toEqual({ bases: ['app.models.base.Base'], locations: [{ file: 'migrations/env.py', line: 8, column: 1, endLine: 8, endColumn: 16 }] });
    expect(diagnostics).toEqual([
      'model-base app/models/audit.py:7:7 Model class AuditEntry derives from app.models.audit.AuditBase, not from app.models.base.Base, whose metadata Alembic migrates (migrations/env.py:8), so autogenerate never sees it',
    ]);
  });

  it('follows a re-export and an attribute of an imported module (models.Base.metadata)', async () => {
    const root = project(`${ENV_HEAD}from app import models\n\ntarget_metadata = models.Base.metadata\n`, {
      'app/models/__init__.py': `from app.models.base import Base\n${REGISTRY}`,
    });
    const { migratedBases, diagnostics } = await findings(root);
    expect(migratedBases?.bases).toEqual(['app.models.base.Base']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/^model-base app\/models\/audit\.py:7:7 Model class AuditEntry derives from app\.models\.audit\.AuditBase/u);
  });

  it('a list of metadata accepts every base it names', async () => {
    const root = project(`${ENV_HEAD}from app.models.audit import AuditBase\nfrom app.models.base import Base\n\ntarget_metadata = [Base.metadata, AuditBase.metadata]\n`);
    const { migratedBases, diagnostics } = await findings(root);
    expect(migratedBases?.bases).toEqual(['app.models.base.Base', 'app.models.audit.AuditBase']);
    expect(diagnostics).toEqual([]);
  });

  it('an abstract model names its base (RecordModel.metadata is Base.metadata)', async () => {
    const root = project(`${ENV_HEAD}from app.models.record import RecordModel\n\ntarget_metadata = RecordModel.metadata\n`, {
      'app/models/record.py': 'from app.models.base import Base\n\n\nclass RecordModel(Base):\n    __abstract__ = True\n',
    });
    expect((await findings(root)).migratedBases?.bases).toEqual(['app.models.base.Base']);
  });

  it('falls back silently when env.py names something it cannot follow, and says once that several bases exist', async () => {
    for (const env of [
      `${ENV_HEAD}target_metadata = None\n`,
      `${ENV_HEAD}from app.db import metadata\n\ntarget_metadata = metadata\n`,
      `${ENV_HEAD}from somewhere_else import Base\n\ntarget_metadata = Base.metadata\n`,
    ]) {
      const { migratedBases, diagnostics } = await findings(project(env));
      expect(migratedBases, env).toBeNull();
      expect(diagnostics, env).toEqual([
        'unresolved .ormlint.yml:2:3 the models use 2 declarative bases (app.models.audit.AuditBase, app.models.base.Base) and no Alembic env.py names its target_metadata: set models.bases to the one(s) the app migrates, and models on any other base are reported (model-base)',
      ]);
    }
  });

  it('without env.py (SQL migrations) several bases are named once, at the models key', async () => {
    const root = project(null, {
      '.ormlint.yml': 'models:\n  include: ["app/**/*.py"]\n  registry: ["app/models/__init__.py"]\nmigrations:\n  kind: sql\n  include: ["db/*.sql"]\n',
      'db/001.sql': 'CREATE TABLE "user" (id integer PRIMARY KEY);\nCREATE TABLE audit_entry (id integer PRIMARY KEY);\n',
    });
    expect((await findings(root)).diagnostics).toEqual([
      'unresolved .ormlint.yml:2:3 the models use 2 declarative bases (app.models.audit.AuditBase, app.models.base.Base) and sql migrations do not say which one the database gets: set models.bases to the one(s) the app migrates, and models on any other base are reported (model-base)',
    ]);
  });

  it('models.bases wins over env.py', async () => {
    const root = project(`${ENV_HEAD}from app.models.base import Base\n\ntarget_metadata = Base.metadata\n`, {
      '.ormlint.yml': `${CONFIG}`.replace('  registry:', '  bases: ["app.models.audit.AuditBase"]\n  registry:'),
    });
    const { migratedBases, diagnostics } = await findings(root);
    expect(migratedBases).toBeNull();
    expect(diagnostics).toEqual([
      'model-base app/models/user.py:6:7 Model class User derives from app.models.base.Base, not from the configured base app.models.audit.AuditBase, so Alembic autogenerate for that metadata never sees it',
    ]);
  });

  it('never reads an env.py outside the project root (a symbolic link out is not followed)', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'ormlint-outside-'));
    writeFileSync(path.join(outside, 'env.py'), `${ENV_HEAD}from app.models.base import Base\n\ntarget_metadata = Base.metadata\n`);
    const root = project(null);
    symlinkSync(path.join(outside, 'env.py'), path.join(root, 'migrations/env.py'));
    const { migratedBases } = await findings(root);
    expect(migratedBases).toBeNull();
  });
});

describe('Flask-Migrate env.py', () => {
  const FLASK = {
    'app/extensions.py': 'from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n',
    'app/models/user.py': 'from app.extensions import db\n\n\nclass User(db.Model):\n    __tablename__ = "user"\n    id = db.Column(db.Integer, primary_key=True)\n',
  };

  it('current_app.extensions["migrate"].db.metadata (Flask-Migrate 2) is the one db.Model', async () => {
    const root = project(`${ENV_HEAD}from flask import current_app\n\ntarget_metadata = current_app.extensions["migrate"].db.metadata\n`, FLASK);
    const { migratedBases, diagnostics } = await findings(root);
    expect(migratedBases?.bases).toEqual(['app.extensions.db.Model']);
    expect(diagnostics).toEqual([
      'model-base app/models/audit.py:7:7 Model class AuditEntry derives from app.models.audit.AuditBase, not from app.extensions.db.Model, whose metadata Alembic migrates (migrations/env.py:8), so autogenerate never sees it',
    ]);
  });

  it('target_db = current_app.extensions["migrate"].db with get_metadata() (Flask-Migrate 3+)', async () => {
    const env = [
      ENV_HEAD,
      'from flask import current_app',
      '',
      '',
      'def get_engine():',
      '    return current_app.extensions["migrate"].db.engine',
      '',
      '',
      "target_db = current_app.extensions['migrate'].db",
      '',
      '',
      'def get_metadata():',
      '    if hasattr(target_db, "metadatas"):',
      '        return target_db.metadatas[None]',
      '    return target_db.metadata',
      '',
    ].join('\n');
    const { migratedBases } = await findings(project(env, FLASK));
    expect(migratedBases).toEqual({ bases: ['app.extensions.db.Model'], locations: [{ file: 'migrations/env.py', line: 14, column: 1, endLine: 14, endColumn: 10 }] });
  });
});

describe('alembicEnvPaths', () => {
  it('is script_location/env.py: the parent of the versions folder', () => {
    expect(alembicEnvPaths(['migrations/versions/*.py', 'alembic/versions/*.py'])).toEqual(['alembic/env.py', 'migrations/env.py']);
    expect(alembicEnvPaths(['src/dispatch/database/revisions/core/versions/*.py'])).toEqual(['src/dispatch/database/revisions/core/env.py']);
    expect(alembicEnvPaths(['db/migrations/**/*.py'])).toEqual(['db/migrations/env.py']);
    expect(alembicEnvPaths(['versions/*.py'])).toEqual(['env.py']);
  });
});

describe('env.py with branches', () => {
  it('an assignment of None in the other branch does not hide the metadata (zou: try/except around current_app)', async () => {
    const env = [
      ENV_HEAD,
      'try:',
      '    from flask import current_app',
      '',
      '    db = current_app.extensions["migrate"].db',
      '    target_metadata = db.metadata',
      'except ImportError:',
      '    target_metadata = None',
      '',
    ].join('\n');
    const root = project(env, {
      'app/extensions.py': 'from flask_sqlalchemy import SQLAlchemy\n\ndb = SQLAlchemy()\n',
      'app/models/user.py': 'from app.extensions import db\n\n\nclass User(db.Model):\n    __tablename__ = "user"\n    id = db.Column(db.Integer, primary_key=True)\n',
    });
    expect((await findings(root)).migratedBases?.bases).toEqual(['app.extensions.db.Model']);
  });
});
