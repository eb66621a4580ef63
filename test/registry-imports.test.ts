import { describe, expect, it } from 'vitest';
import { ModuleIndex, moduleNameForPath, resolveImportModule } from '../src/frontends/python/modules.js';
import { extract } from './sqlalchemy-helpers.js';

/** The registry: which model modules the registry module imports, transitively, and what names it ends up with. */

const BASE = `
  from sqlalchemy.orm import declarative_base
  Base = declarative_base()
`;

function modelModule(...classes: [string, string][]): string {
  return [
    'from sqlalchemy import Column, Integer',
    'from app.models.base import Base',
    ...classes.map(([cls, table]) => `\nclass ${cls}(Base):\n    __tablename__ = "${table}"\n    id = Column(Integer, primary_key=True)\n`),
  ].join('\n');
}

const reachableNames = (facts: Awaited<ReturnType<typeof extract>>): string[] =>
  facts.registry!.reachable.map((r) => `${r.file}:${r.className}`);

describe('module paths', () => {
  it('derives dotted modules from file paths', () => {
    expect(moduleNameForPath('app/models/leads.py')).toEqual({ module: 'app.models.leads', isPackage: false });
    expect(moduleNameForPath('app/models/__init__.py')).toEqual({ module: 'app.models', isPackage: true });
    expect(moduleNameForPath('my-scripts/x.py')).toBeNull();
  });

  it('resolves relative imports against the package', () => {
    expect(resolveImportModule('app.models.leads', false, 1, 'base')).toBe('app.models.base');
    expect(resolveImportModule('app.models', true, 1, 'base')).toBe('app.models.base');
    expect(resolveImportModule('app.models.leads', false, 2, '')).toBe('app');
    expect(resolveImportModule('app.models.leads', false, 2, 'core.db')).toBe('app.core.db');
    expect(resolveImportModule('app', false, 3, 'x')).toBeNull();
  });

  it('accepts a src/ layout under both spellings', () => {
    const index = new ModuleIndex(['src/app/models/__init__.py', 'src/app/models/user.py', 'src/app/__init__.py']);
    expect(index.fileOf('app.models.user')).toBe('src/app/models/user.py');
    expect(index.fileOf('src.app.models.user')).toBe('src/app/models/user.py');
    expect(index.fileOf('sqlalchemy')).toBeNull();
    expect(index.filesImportedBy('app.models.user')).toEqual(['src/app/__init__.py', 'src/app/models/__init__.py', 'src/app/models/user.py']);
  });
});

describe('registry reachability', () => {
  it('follows every import form, transitively, and lists what is never reached', async () => {
    const facts = await extract(
      {
        'app/__init__.py': '',
        'app/models/base.py': BASE,
        'app/models/__init__.py': `
          from .a import A, B
          from .b import *
          import app.models.c
          from . import d
          from app.models.e import (
              E1,
              E2 as Renamed,
          )
          from .pkg import F
        `,
        'app/models/a.py': modelModule(['A', 'a'], ['B', 'b']),
        'app/models/b.py': `${modelModule(['Public', 'public_t'], ['Hidden', 'hidden_t'])}\n__all__ = ["Public"]\n`,
        'app/models/c.py': modelModule(['C', 'c']),
        'app/models/d.py': `from .transitive import T\n${modelModule(['D', 'd'])}`,
        'app/models/transitive.py': modelModule(['T', 't']),
        'app/models/e.py': modelModule(['E1', 'e1'], ['E2', 'e2']),
        'app/models/pkg/__init__.py': 'from .inner import F\n',
        'app/models/pkg/inner.py': modelModule(['F', 'f']),
        'app/models/orphan.py': modelModule(['Orphan', 'orphan']),
      },
      { registry: ['app/models/__init__.py'] },
    );
    const registry = facts.registry!;
    expect(registry.roots).toEqual(['app/models/__init__.py']);
    expect(registry.reachableFiles).toEqual([
      'app/__init__.py',
      'app/models/__init__.py',
      'app/models/a.py',
      'app/models/b.py',
      'app/models/c.py',
      'app/models/d.py',
      'app/models/e.py',
      'app/models/pkg/__init__.py',
      'app/models/base.py',
      'app/models/transitive.py',
      'app/models/pkg/inner.py',
    ]);
    // Hidden is not in b's __all__, but importing b defines it: SQLAlchemy sees it.
    expect(reachableNames(facts)).toEqual([
      'app/models/a.py:A', 'app/models/a.py:B', 'app/models/b.py:Public', 'app/models/b.py:Hidden', 'app/models/c.py:C',
      'app/models/d.py:D', 'app/models/e.py:E1', 'app/models/e.py:E2', 'app/models/transitive.py:T', 'app/models/pkg/inner.py:F',
    ]);
    expect(registry.bindings.map((b) => [b.name, b.className, b.file])).toEqual([
      ['A', 'A', 'app/models/a.py'],
      ['B', 'B', 'app/models/a.py'],
      ['Public', 'Public', 'app/models/b.py'],
      ['E1', 'E1', 'app/models/e.py'],
      ['Renamed', 'E2', 'app/models/e.py'],
      ['F', 'F', 'app/models/pkg/inner.py'],
    ]);
    expect(registry.bindings.find((b) => b.name === 'Renamed')!.importLocation).toEqual({ file: 'app/models/__init__.py', line: 7, column: 5, endLine: 7, endColumn: 18 });
    expect(facts.models.map((m) => m.className).filter((c) => !registry.reachable.some((r) => r.className === c))).toEqual(['Orphan']);
  });

  it('says which class a name resolves to when two are imported: last import wins', async () => {
    const facts = await extract(
      {
        'app/models/base.py': BASE,
        'app/models/__init__.py': `
          from .monitoring import WorkflowExecution
          from .n8n import WorkflowExecution
          from .n8n import WorkflowExecution
        `,
        'app/models/monitoring.py': modelModule(['WorkflowExecution', 'workflow_execution_monitoring']),
        'app/models/n8n.py': modelModule(['WorkflowExecution', 'workflow_executions']),
      },
      { registry: ['app/models/__init__.py'] },
    );
    expect(facts.registry!.bindings).toEqual([
      {
        name: 'WorkflowExecution',
        className: 'WorkflowExecution',
        file: 'app/models/n8n.py',
        importLocation: { file: 'app/models/__init__.py', line: 3, column: 18, endLine: 3, endColumn: 35 },
        shadowed: [{ className: 'WorkflowExecution', file: 'app/models/monitoring.py', importLocation: { file: 'app/models/__init__.py', line: 1, column: 25, endLine: 1, endColumn: 42 } }],
      },
    ]);
  });

  it('terminates on import cycles and resolves names through them', async () => {
    const facts = await extract(
      {
        'app/models/base.py': BASE,
        'app/models/__init__.py': 'from .x import X\n',
        'app/models/x.py': `from .y import Y\n${modelModule(['X', 'x'])}`,
        'app/models/y.py': `from .x import X\nfrom . import *\n${modelModule(['Y', 'y'])}`,
      },
      { registry: ['app/models/__init__.py'] },
    );
    expect(reachableNames(facts)).toEqual(['app/models/x.py:X', 'app/models/y.py:Y']);
  });

  it('stays fast when star imports form cycles across many modules', async () => {
    const files: Record<string, string> = { 'app/models/base.py': BASE };
    const names = Array.from({ length: 40 }, (_, i) => `m${i}`);
    files['app/models/__init__.py'] = names.map((n) => `from .${n} import *`).join('\n');
    for (const [i, n] of names.entries()) {
      files[`app/models/${n}.py`] = `from app.models import *\nfrom . import *\n${modelModule([`Model${i}`, `t${i}`])}`;
    }
    const started = performance.now();
    const facts = await extract(files, { registry: ['app/models/__init__.py'] });
    expect(facts.registry!.reachable).toHaveLength(40);
    expect(facts.registry!.bindings).toHaveLength(40);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('flags registry files whose model imports nothing uses (ruff F401 would remove them)', async () => {
    const files = {
      'app/models/base.py': BASE,
      'app/models/a.py': modelModule(['A', 'a']),
      'app/models/b.py': modelModule(['B', 'b']),
    };
    const unused = await extract({ ...files, 'app/models/__init__.py': 'from .a import A\nfrom .b import B\n__all__ = ["A"]\n' }, { registry: ['app/models/__init__.py'] });
    expect(unused.registry!.unusedImportFiles).toEqual(['app/models/__init__.py']);
    const used = await extract({ ...files, 'app/models/__init__.py': 'from .a import A\nfrom .b import B\n__all__ = ["A", "B"]\n' }, { registry: ['app/models/__init__.py'] });
    expect(used.registry!.unusedImportFiles).toEqual([]);
    const usedInCode = await extract({ ...files, 'app/models/__init__.py': 'from .a import A\nfrom .b import B\nMODELS = [A, B]\n' }, { registry: ['app/models/__init__.py'] });
    expect(usedInCode.registry!.unusedImportFiles).toEqual([]);
  });

  it('is null when no registry is configured or none of its files exists', async () => {
    const files = { 'app/models/base.py': BASE, 'app/models/a.py': modelModule(['A', 'a']) };
    expect((await extract(files)).registry).toBeNull();
    expect((await extract(files, { registry: ['app/models/__init__.py'] })).registry).toBeNull();
  });

  it('ignores imports that only run for type checkers', async () => {
    const facts = await extract(
      {
        'app/models/base.py': BASE,
        'app/models/__init__.py': `
          from typing import TYPE_CHECKING
          from .a import A
          if TYPE_CHECKING:
              from .b import B
        `,
        'app/models/a.py': modelModule(['A', 'a']),
        'app/models/b.py': modelModule(['B', 'b']),
      },
      { registry: ['app/models/__init__.py'] },
    );
    expect(reachableNames(facts)).toEqual(['app/models/a.py:A']);
  });

  it('follows imports through namespace packages (no __init__.py)', async () => {
    const facts = await extract(
      {
        'app/models/base.py': BASE,
        'app/registry.py': 'import app.models.a\nfrom app.models import b as bee\n',
        'app/models/a.py': modelModule(['A', 'a']),
        'app/models/b.py': modelModule(['B', 'b']),
        'app/models/c.py': `import app.models.base\nfrom sqlalchemy import Column, Integer\n\nclass C(app.models.base.Base):\n    __tablename__ = "c"\n    id = Column(Integer, primary_key=True)\n`,
      },
      { registry: ['app/registry.py'] },
    );
    expect(reachableNames(facts)).toEqual(['app/models/a.py:A', 'app/models/b.py:B']);
    expect(facts.models.find((m) => m.className === 'C')!.base).toBe('app.models.base.Base');
  });

  it('resolves absolute imports in a src/ layout', async () => {
    const facts = await extract(
      {
        'src/app/models/base.py': BASE,
        'src/app/models/__init__.py': 'from app.models.a import A\n',
        'src/app/models/a.py': modelModule(['A', 'a']),
      },
      { registry: ['src/app/models/__init__.py'] },
    );
    expect(facts.models.map((m) => [m.className, m.base, m.module])).toEqual([['A', 'app.models.base.Base', 'app.models.a']]);
    expect(reachableNames(facts)).toEqual(['src/app/models/a.py:A']);
  });
});
