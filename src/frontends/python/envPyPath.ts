import picomatch from 'picomatch';

/**
 * Where Alembic keeps `env.py` for the configured migrations: `<script_location>/env.py`, the
 * parent of each versions folder (`migrations/versions/*.py` → `migrations/env.py`); a glob that
 * does not end in a versions folder (`migrations/**\/*.py`) names script_location itself.
 */
export function alembicEnvPaths(migrationsInclude: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const glob of migrationsInclude) {
    const scan = picomatch.scan(glob);
    const base = scan.isGlob ? scan.base : scan.base.slice(0, Math.max(0, scan.base.lastIndexOf('/')));
    const segments = base === '' || base === '.' ? [] : base.split('/');
    if (segments.includes('..')) continue;
    if (segments[segments.length - 1] === 'versions') segments.pop();
    paths.add([...segments, 'env.py'].join('/'));
  }
  return [...paths].sort();
}
