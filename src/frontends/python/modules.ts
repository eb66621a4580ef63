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
 * Every project file by the module names it can be imported as, found the way Python's import
 * system finds them from the layout: a package is a folder with `__init__.py`, and the folder
 * above a top-level package is a source root on sys.path (`server/` for `server/polar/...`,
 * `src/` for a src layout, the repository root for a flat one). A file is importable by its name
 * under its source root (its primary name) and, as a namespace package, by its path from the
 * repository root; the primary names win when two spellings collide.
 */
export class ModuleIndex {
  private readonly byModule = new Map<string, string>();
  private readonly byFile = new Map<string, { module: string; isPackage: boolean }>();
  /** Every proper dotted prefix of a project module (`app`, `app.models` for `app.models.x`). */
  private readonly packagePrefixes = new Set<string>();

  /**
   * @param layoutKnown whether `paths` lists every Python file of the project, so a folder without
   *   `__init__.py` among them really has none. When only some files are known (a frontend run on
   *   in-memory files), every folder counts as a package except a `src/` source root.
   */
  constructor(paths: Iterable<string>, layoutKnown = true) {
    const all = [...new Set(paths)].sort();
    const present = new Set(all);
    const srcIsRoot = !present.has('src/__init__.py');
    const isPackageDir = layoutKnown
      ? (dir: string): boolean => dir !== '' && present.has(`${dir}/__init__.py`)
      : (dir: string): boolean => dir !== '' && !(dir === 'src' && srcIsRoot);
    // A folder above a top-level package is a source root when the layout says so: the repository
    // root, a `src/` folder, or a folder with the project's own packaging file. Elsewhere (no
    // `__init__.py` in `app/` above `app/models/`) Python 3 imports `app` as a namespace package.
    const projectDirs = new Set(all.filter((p) => PROJECT_MARKERS.has(p.slice(p.lastIndexOf('/') + 1))).map(parentDir));
    const isSourceRootDir = (dir: string): boolean => dir === '' || dir === 'src' || dir.endsWith('/src') || projectDirs.has(dir);
    const alternates: [string, string][] = [];
    const sourceRoots = new Set<string>();
    for (const path of all) {
      if (!path.endsWith('__init__.py') || (path !== '__init__.py' && !path.endsWith('/__init__.py'))) continue;
      const pkg = parentDir(path);
      if (pkg !== '' && !isPackageDir(parentDir(pkg)) && isSourceRootDir(parentDir(pkg))) sourceRoots.add(parentDir(pkg));
    }
    for (const path of all) {
      const full = moduleNameForPath(path);
      if (!full) continue;
      // The nearest source root above the file names it (`src/dispatch/data/alert/models.py` is
      // `dispatch.data.alert.models` even where `alert/` is a namespace package without __init__).
      let primary = full;
      const root = layoutKnown ? nearestAncestor(path, sourceRoots) : srcIsRoot && path.startsWith('src/') ? 'src' : null;
      if (root !== null && root !== '') {
        const underRoot = moduleNameForPath(path.slice(root.length + 1));
        if (underRoot) primary = underRoot;
      }
      this.byFile.set(path, primary);
      if (!this.byModule.has(primary.module)) this.byModule.set(primary.module, path);
      if (full.module !== primary.module) alternates.push([full.module, path]);
    }
    for (const [module, path] of alternates) if (!this.byModule.has(module)) this.byModule.set(module, path);
    for (const module of this.byModule.keys()) {
      for (let dot = module.indexOf('.'); dot !== -1; dot = module.indexOf('.', dot + 1)) this.packagePrefixes.add(module.slice(0, dot));
    }
  }

  /** Project files whose module lies under `prefix` (`app.models` → `app.models.x`, `app.models.y.z`). */
  filesUnder(prefix: string, directChildrenOnly: boolean): string[] {
    const out: string[] = [];
    for (const [file, info] of this.byFile) {
      if (!info.module.startsWith(`${prefix}.`)) continue;
      if (directChildrenOnly && info.module.slice(prefix.length + 1).includes('.')) continue;
      out.push(file);
    }
    return out.sort();
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

/** Files that mark a folder as a Python project's root (its packages' parent is on sys.path). */
const PROJECT_MARKERS = new Set(['pyproject.toml', 'setup.py', 'setup.cfg']);

/** The closest folder above `path` that is in `folders` ('' is the repository root), or null. */
function nearestAncestor(path: string, folders: Set<string>): string | null {
  for (let dir = parentDir(path); ; dir = parentDir(dir)) {
    if (folders.has(dir)) return dir;
    if (dir === '') return null;
  }
}

function parentDir(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}
