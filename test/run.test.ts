import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';
import { tempProject } from './helpers/project.js';

const project = (files: Record<string, string>) => tempProject(files, 'ormlint-run-');

async function findings(root: string) {
  const result = await run(loadConfig({ cwd: root }));
  return result.diagnostics.map((d) => ({ ruleId: d.ruleId, file: d.file, line: d.line, column: d.column, message: d.message }));
}

describe('the pipeline says what it could not check', () => {
  it('reports an include glob that matches nothing, at the key in the config file', async () => {
    const root = project({
      '.ormlint.yml': 'models:\n  orm: sqlalchemy\n  include: ["src/models/**/*.py"]\nmigrations:\n  kind: alembic\n  include:\n    - "alembic/versions/*.py"\n',
    });
    expect(await findings(root)).toEqual([
      { ruleId: 'config', file: '.ormlint.yml', line: 3, column: 12, message: 'models.include (src/models/**/*.py) matched no files under the project root: the models side was not checked' },
      { ruleId: 'config', file: '.ormlint.yml', line: 7, column: 5, message: 'migrations.include (alembic/versions/*.py) matched no files under the project root: the migrations side was not checked' },
    ]);
  });

  it('keeps reporting a glob that matches nothing, as an error, when unresolved is off', async () => {
    const root = project({ '.ormlint.yml': 'models:\n  include: ["src/models/**/*.py"]\nrules:\n  unresolved: off\n' });
    const result = await run(loadConfig({ cwd: root }));
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.subject, d.line])).toEqual([['config', 'error', 'models.include', 2]]);
  });

  it('reports a registry module that is not a file of the project', async () => {
    const root = project({
      '.ormlint.yml': 'models:\n  include: ["app/models/**/*.py"]\n  registry: ["app/models/registry.py"]\n',
      'app/models/user.py': 'from sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n',
    });
    expect(await findings(root)).toEqual([
      {
        ruleId: 'config',
        file: '.ormlint.yml',
        line: 3,
        column: 13,
        message: 'models.registry "app/models/registry.py" is not a Python file under the project root: which models the app imports cannot be checked',
      },
    ]);
  });

  it('reads a registry module outside models.include like any module an import reaches', async () => {
    const root = project({
      '.ormlint.yml': 'models:\n  include: ["app/models/*.py"]\n  registry: ["app/__init__.py"]\n',
      'app/__init__.py': 'from app.models.user import User  # noqa\n',
      'app/models/__init__.py': '',
      'app/models/user.py': 'from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\nclass User(Base):\n    __tablename__ = "users"\n    id = Column(Integer, primary_key=True)\n\nclass Legacy(Base):\n    __tablename__ = "legacy"\n    id = Column(Integer, primary_key=True)\n',
      'app/models/legacy.py': 'from app.models.user import Base\n',
    });
    expect((await findings(root)).map((f) => f.ruleId)).toEqual([]);
  });
});
