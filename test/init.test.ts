import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { planStarterConfig, readAlembicIni } from '../src/init.js';
import { tempProject } from './helpers/project.js';

/** `ormlint init` follows alembic.ini → script_location → env.py → target_metadata. */

const project = (files: Record<string, string>) => tempProject(files, 'ormlint-init-');
const REVISION = 'revision = "0001"\ndown_revision = None\n\n\ndef upgrade():\n    pass\n';
const BASE = 'from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n';

/** The config keys init wrote, as loadConfig reads them (so the text is a valid config). */
function loaded(root: string, text: string) {
  writeFileSync(path.join(root, '.ormlint.yml'), text);
  const config = loadConfig({ cwd: root });
  return { models: config.models && { include: config.models.include, exclude: config.models.exclude, registry: config.models.registry }, migrations: config.migrations };
}

describe('ormlint init', () => {
  it('follows alembic.ini %(here)s script_location to env.py and its Base import, never tests/', async () => {
    const root = project({
      'alembic.ini': '[alembic]\n# where the scripts are\nscript_location = %(here)s/alembic\nsqlalchemy.url = driver://user:pass@localhost/dbname\n',
      'alembic/env.py': 'from alembic import context\n\nfrom app.models import Base\n\ntarget_metadata = Base.metadata\n',
      'alembic/versions/0001_init.py': REVISION,
      'app/__init__.py': '',
      'app/models/__init__.py': 'from app.models.base import Base\nfrom app.models.user import User\n',
      'app/models/base.py': BASE,
      'app/models/user.py': 'from app.models.base import Base\n\n\nclass User(Base):\n    __tablename__ = "user"\n',
      // Shallower, and named like what file-name guessing looks for: never chosen.
      'tests/models/__init__.py': '',
      'test/models.py': '',
      'tests/migrations/env.py': 'target_metadata = None\n',
      'tests/migrations/versions/0001_x.py': REVISION,
    });
    const plan = await planStarterConfig(root);
    expect(plan.reasons).toEqual([
      'migrations: alembic/versions (alembic.ini:3 [alembic] script_location = %(here)s/alembic)',
      'models.include: app/models/**/*.py — alembic/env.py:5 target_metadata = Base.metadata, imported from app/models/__init__.py (defined in app/models/base.py)',
      'models.registry: app/models/__init__.py — what alembic/env.py imports from the model package, so what Alembic autogenerate sees',
    ]);
    expect(plan.text).toContain('#   - migrations: alembic/versions (alembic.ini:3 [alembic] script_location = %(here)s/alembic)\n');
    expect(loaded(root, plan.text)).toEqual({
      models: { include: ['app/models/**/*.py'], exclude: [], registry: ['app/models/__init__.py'] },
      migrations: { kind: 'alembic', include: ['alembic/versions/*.py'], exclude: [] },
    });
  });

  it('takes a side-effect import in env.py as the registry (mealie: import app.db.models._all_models)', async () => {
    const root = project({
      'alembic.ini': '[alembic]\nscript_location = alembic\n',
      'alembic/env.py': 'import app.db.models._all_models  # noqa: F401\nfrom alembic import context\nfrom app.db.models._model_base import SqlAlchemyBase\n\ntarget_metadata = SqlAlchemyBase.metadata\n',
      'alembic/versions/0001_init.py': REVISION,
      'app/__init__.py': '',
      'app/db/__init__.py': '',
      'app/db/models/__init__.py': '',
      'app/db/models/_model_base.py': 'from sqlalchemy.orm import DeclarativeBase\n\n\nclass SqlAlchemyBase(DeclarativeBase):\n    pass\n',
      'app/db/models/_all_models.py': 'from .users import *\n',
      'app/db/models/users.py': '',
    });
    const plan = await planStarterConfig(root);
    expect(loaded(root, plan.text).models).toEqual({
      include: ['app/db/models/**/*.py'],
      exclude: [],
      registry: ['app/db/models/_all_models.py', 'app/db/models/_model_base.py'],
    });
  });

  it('reads package:folder script_locations (src layout), and excludes migrations inside the model package', async () => {
    const root = project({
      'alembic.ini': '[alembic]\nscript_location = shop.db:migrations\n',
      'src/shop/__init__.py': '',
      'src/shop/db/__init__.py': '',
      'src/shop/db/models.py': `${BASE}\n\nclass Order(Base):\n    __tablename__ = "order"\n`,
      'src/shop/db/migrations/env.py': 'from alembic import context\nfrom shop.db import models  # noqa: F401\n\ntarget_metadata = models.Base.metadata\n',
      'src/shop/db/migrations/versions/0001_init.py': REVISION,
    });
    const plan = await planStarterConfig(root);
    expect(plan.reasons[0]).toBe('migrations: src/shop/db/migrations/versions (alembic.ini:2 [alembic] script_location = shop.db:migrations)');
    expect(loaded(root, plan.text)).toEqual({
      models: { include: ['src/shop/db/**/*.py'], exclude: ['/src/shop/db/migrations/'], registry: ['src/shop/db/models.py'] },
      migrations: { kind: 'alembic', include: ['src/shop/db/migrations/versions/*.py'], exclude: [] },
    });
  });

  it('puts the ini folder on sys.path (prepend_sys_path = .): polar.models is server/polar/models', async () => {
    const root = project({
      'server/alembic.ini': '[alembic]\nscript_location = migrations\nprepend_sys_path = .\n',
      'server/migrations/env.py': 'from alembic import context\n\nfrom polar.models import Model\n\ntarget_metadata = Model.metadata\n',
      'server/migrations/versions/0001_init.py': REVISION,
      'server/polar/__init__.py': '',
      'server/polar/models/__init__.py': 'from .base import Model\nfrom .user import User\n',
      'server/polar/models/base.py': BASE.replace('class Base', 'class Model'),
      'server/polar/models/user.py': '',
    });
    const plan = await planStarterConfig(root);
    expect(plan.reasons).toEqual([
      'migrations: server/migrations/versions (server/alembic.ini:2 [alembic] script_location = migrations)',
      'models.include: server/polar/models/**/*.py — server/migrations/env.py:5 target_metadata = Model.metadata, imported from server/polar/models/__init__.py (defined in server/polar/models/base.py)',
      'models.registry: server/polar/models/__init__.py — what server/migrations/env.py imports from the model package, so what Alembic autogenerate sees',
    ]);
  });

  it('Flask-Migrate: migrations/ with env.py beside versions/, models from the file names', async () => {
    const root = project({
      'migrations/alembic.ini': '[alembic]\n# template used to generate migration files\n\n[loggers]\nkeys = root\n',
      'migrations/env.py': "from flask import current_app\n\nfrom alembic import context\n\ntarget_db = current_app.extensions['migrate'].db\n",
      'migrations/versions/0001_init.py': REVISION,
      'app/__init__.py': '',
      'app/models.py': 'from app import db\n',
      'tests/models.py': '',
    });
    const plan = await planStarterConfig(root);
    expect(plan.reasons).toEqual([
      'migrations: migrations/versions (Flask-Migrate layout: alembic.ini, migrations/env.py beside migrations/versions/)',
      'models: app/models.py — the shallowest models.py outside tests/ (env.py names no target_metadata ormlint can follow to a model file); check that models.registry imports every model',
    ]);
    expect(loaded(root, plan.text)).toEqual({
      models: { include: ['app/models.py'], exclude: [], registry: ['app/models.py'] },
      migrations: { kind: 'alembic', include: ['migrations/versions/*.py'], exclude: [] },
    });
  });

  it('one ini with two chains (dispatch): the first is chosen, the other named', async () => {
    const root = project({
      'app/alembic.ini': '[core]\nscript_location = app/revisions/core\n\n[tenant]\nscript_location = app/revisions/tenant\n',
      'app/revisions/core/env.py': 'target_metadata = None\n',
      'app/revisions/core/versions/0001.py': REVISION,
      'app/revisions/tenant/env.py': 'target_metadata = None\n',
      'app/revisions/tenant/versions/0001.py': REVISION,
    });
    const plan = await planStarterConfig(root);
    // Relative to the ini's folder first; app/app/revisions does not exist, so neither chain comes
    // from the ini, and both are found as env.py beside versions/.
    expect(plan.reasons.slice(0, 2)).toEqual([
      'migrations: app/revisions/core/versions (app/revisions/core/env.py beside app/revisions/core/versions/)',
      'also found Alembic chain(s) app/revisions/tenant/versions: each chain needs its own config (copy this one and change migrations.include)',
    ]);
  });

  it('falls back to SQL migrations and says so', async () => {
    const root = project({ 'db/migrations/001_init.sql': 'CREATE TABLE t (id int);\n', 'tests/fixtures/schema.sql': '' });
    const plan = await planStarterConfig(root);
    expect(plan.reasons).toEqual(['migrations: SQL files under db/migrations (no Alembic env.py beside a versions/ folder found)']);
    expect(loaded(root, plan.text).migrations).toEqual({ kind: 'sql', include: ['db/migrations/**/*.sql'], exclude: [] });
  });
});

describe('readAlembicIni', () => {
  it('reads every section like configparser: comments, key: value, continuation lines, last one wins', () => {
    expect(readAlembicIni('[alembic]\n; script_location = old\nscript_location: migrations\nscript_location = alembic\n  continued\nprepend_sys_path = .\n[other]\nSCRIPT_LOCATION=x\n')).toEqual([
      { section: 'alembic', scriptLocation: { value: 'alembic', line: 4 }, prependSysPath: '.' },
      { section: 'other', scriptLocation: { value: 'x', line: 8 } },
    ]);
  });
});

describe('ormlint init without alembic.ini or env.py', () => {
  it('still finds a versions/ folder of revisions by name', async () => {
    const root = project({ 'app/models/__init__.py': '', 'alembic/versions/0001_x.py': REVISION, 'tests/versions/0001_y.py': REVISION });
    const plan = await planStarterConfig(root);
    expect(plan.reasons[0]).toBe('migrations: alembic/versions (alembic/versions/ holds .py revisions; no alembic.ini or env.py found)');
    expect(loaded(root, plan.text).migrations?.include).toEqual(['alembic/versions/*.py']);
  });
});

describe('ormlint init writes only comments from the repository', () => {
  it('a line break inside the env.py expression it quotes cannot end the comment', async () => {
    const root = project({
      'alembic.ini': '[alembic]\nscript_location = alembic\n',
      'alembic/env.py': 'from app.models import base\n\ntarget_metadata = (\n    base\n    .Base\n).metadata\n',
      'alembic/versions/0001_init.py': REVISION,
      'app/__init__.py': '',
      'app/models/__init__.py': '',
      'app/models/base.py': BASE,
    });
    const plan = await planStarterConfig(root);
    expect(plan.reasons[1]).toContain('target_metadata = (\n    base\n    .Base\n).metadata');
    const comments = plan.text.split('\n').filter((line) => line.includes('target_metadata'));
    expect(comments).toEqual([expect.stringMatching(/^# {3}- models\.include: app\/models\/\*\*\/\*\.py — alembic\/env\.py:3 target_metadata = \( {5}base {5}\.Base \)\.metadata/u)]);
    expect(loaded(root, plan.text).models?.include).toEqual(['app/models/**/*.py']);
  });
});

describe('ormlint init with SQLModel', () => {
  it('SQLModel.metadata: the model package is the module env.py imports that declares table=True classes', async () => {
    const root = project({
      'alembic.ini': '[alembic]\nscript_location = alembic\n',
      'alembic/env.py': 'from sqlmodel import SQLModel\n\nfrom alembic import context\nfrom app import config  # noqa: F401\nfrom app.db import schemas  # noqa: F401\n\ntarget_metadata = SQLModel.metadata\n',
      'alembic/versions/0001_init.py': REVISION,
      'app/__init__.py': '',
      'app/config.py': 'DEBUG = False\n',
      'app/agent/models.py': 'from pydantic import BaseModel\n\n\nclass Reply(BaseModel):\n    text: str\n',
      'app/db/__init__.py': '',
      'app/db/schemas.py': 'from sqlmodel import Field, SQLModel\n\n\nclass Workspace(SQLModel, table=True):\n    id: int = Field(primary_key=True)\n',
    });
    const plan = await planStarterConfig(root);
    expect(plan.reasons.slice(1)).toEqual([
      'models.include: app/db/**/*.py — alembic/env.py:7 target_metadata = SQLModel.metadata, and the table=True classes are in app/db/schemas.py, which env.py imports',
      'models.registry: app/db/schemas.py — what alembic/env.py imports from the model package, so what Alembic autogenerate sees',
    ]);
  });
});
