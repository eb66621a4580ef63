/**
 * Python module paths without an interpreter: which dotted module a project file is, and which
 * project file an import names. Imports that match no project file are external (`sqlalchemy`).
 */

/** The dotted module of a project file: `app/models/leads.py` → `app.models.leads`, `app/models/__init__.py` → `app.models`. */
export function moduleNameForPath(path: string): { module: string; isPackage: boolean } | null {
  if (!path.endsWith('.py')) return null;
  const parts = path.slice(0, -3).split('/').filter((p) => p !== '' && p !== '.');
  const isPackage = parts[parts.length - 1] === '__init__';
  if (isPackage) parts.pop();
  if (parts.length === 0 || parts.some((p) => p.includes('.') || p.includes('-'))) return null;
  return { module: parts.join('.'), isPackage };
}

/**
 * Every project file by the module names it can be imported as. A `src/` layout is imported
 * without the `src.` prefix (the package is installed or `src` is on sys.path), so both spellings map.
 */
export class ModuleIndex {
  private readonly byModule = new Map<string, string>();
  private readonly byFile = new Map<string, { module: string; isPackage: boolean }>();
  /** Every proper dotted prefix of a project module (`app`, `app.models` for `app.models.x`). */
  private readonly packagePrefixes = new Set<string>();

  constructor(paths: Iterable<string>) {
    const all = [...paths];
    // `src/` without an `__init__.py` is a source root, not a package: modules are named without it.
    const srcIsRoot = !all.includes('src/__init__.py');
    for (const path of all) {
      const info = moduleNameForPath(path);
      if (!info) continue;
      const importable = srcIsRoot && info.module.startsWith('src.') ? { ...info, module: info.module.slice(4) } : info;
      this.byFile.set(path, importable);
      this.byModule.set(info.module, path);
    }
    // The unprefixed spelling only when it does not collide with a real top-level package.
    for (const [module, path] of [...this.byModule]) {
      if (module.startsWith('src.')) {
        const short = module.slice(4);
        if (!this.byModule.has(short)) this.byModule.set(short, path);
      }
    }
    for (const module of this.byModule.keys()) {
      for (let dot = module.indexOf('.'); dot !== -1; dot = module.indexOf('.', dot + 1)) this.packagePrefixes.add(module.slice(0, dot));
    }
  }

  /** The module of a file, or null when the path is not importable (hyphens, not .py). */
  moduleOf(path: string): { module: string; isPackage: boolean } | null {
    return this.byFile.get(path) ?? null;
  }

  /**
   * True when project modules live under `module` even without an `__init__.py` of its own
   * (a namespace package): its names are the project's, not an external library's.
   */
  isProjectPackage(module: string): boolean {
    return this.packagePrefixes.has(module);
  }

  /** The project file of an absolute module name, or null when it is external / unknown. */
  fileOf(module: string): string | null {
    return this.byModule.get(module) ?? null;
  }

  /**
   * Files executed when `module` is imported: every package `__init__.py` on the way, then the
   * module itself (`import app.models.x` runs `app/__init__.py`, `app/models/__init__.py`, `x.py`).
   */
  filesImportedBy(module: string): string[] {
    const parts = module.split('.');
    const out: string[] = [];
    for (let i = 1; i <= parts.length; i++) {
      const file = this.fileOf(parts.slice(0, i).join('.'));
      if (file && !out.includes(file)) out.push(file);
    }
    return out;
  }
}

/**
 * The absolute module a `from` import names: `from ..base import X` in `app.models.leads`
 * is `app.base`. Null when the dots climb above the top-level package.
 */
export function resolveImportModule(
  fromModule: string,
  fromIsPackage: boolean,
  level: number,
  name: string,
): string | null {
  if (level === 0) return name;
  const parts = fromModule.split('.');
  // A package's own module is its package; a plain module's package is its parent.
  const packageParts = fromIsPackage ? parts : parts.slice(0, -1);
  const up = level - 1;
  if (up > packageParts.length) return null;
  const base = packageParts.slice(0, packageParts.length - up);
  const joined = [...base, ...(name ? name.split('.') : [])].join('.');
  return joined === '' ? null : joined;
}
