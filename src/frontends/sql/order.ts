/**
 * Which SQL files are migrations, which version each claims, and the order the migration tools
 * apply them in. File NAMES are matched with regexes here; the SQL inside is never looked at.
 *
 * - Flyway: `V1__init.sql`, `V1.2__x.sql`, `V1_2__x.sql` (versions compare numerically by segment,
 *   so V10 comes after V9 and V1.2 between V1 and V2); `R__views.sql` repeatables run after every
 *   versioned one, by description; `U1__x.sql` undo files are not part of the forward replay.
 * - golang-migrate: `0001_init.up.sql` (`.down.sql` ignored).
 * - dbmate / Drizzle / timestamps: `20240101120000_x.sql`, `0000_name.sql`.
 * - Prisma: `migrations/20240101120000_name/migration.sql` (the version is the folder's).
 * - Flyway callbacks (`afterMigrate.sql`, `beforeClean__x.sql`): those of the migrate command come
 *   after, like other unversioned files; those of clean, validate, info, baseline, repair, undo
 *   and connect never run during a migration, so they are left out (a beforeClean may drop everything).
 * - Anything else (sqitch `deploy/x.sql`, hand-named files) comes after, by path.
 */

export type MigrationFileKind = 'versioned' | 'repeatable' | 'unversioned';

export interface MigrationFileName {
  path: string;
  kind: MigrationFileKind;
  /** The version as written (`1.2`, `0001`, `20240101120000`); for others the file's name. */
  version: string;
  /** Numeric segments of the version, for ordering and clash detection. */
  segments: bigint[];
  description: string | null;
}

/** Reads what a file name says about a migration; null for files that are not forward migrations. */
export function classifyMigrationFile(path: string): MigrationFileName | null {
  const parts = path.split('/');
  const base = parts[parts.length - 1]!;
  if (!/\.sql$/i.test(base)) return null;
  if (/\.down\.sql$/i.test(base) || /^U\d/.test(base) || /\.undo\.sql$/i.test(base)) return null;

  if (base.toLowerCase() === 'migration.sql' && parts.length >= 2) {
    const folder = parts[parts.length - 2]!;
    const m = /^(\d+)(?:_(.*))?$/.exec(folder);
    if (m) return versioned(path, m[1]!, m[2] ?? null);
  }
  const callback = /^(before|after)([A-Z][A-Za-z]*?)(?:__.*)?\.sql$/.exec(base);
  if (callback && !/Migrate|Repeatables|Versioned/.test(callback[2]!)) return null;
  const flyway = /^V(\d+(?:[._]\d+)*)__(.*)\.sql$/i.exec(base);
  if (flyway) return versioned(path, flyway[1]!, flyway[2]!);
  const repeatable = /^R__(.*)\.sql$/i.exec(base);
  if (repeatable) return { path, kind: 'repeatable', version: `R__${repeatable[1]}`, segments: [], description: repeatable[1]! };
  const numbered = /^(\d+)(?:[_-](.*?))?(?:\.up)?\.sql$/i.exec(base);
  if (numbered) return versioned(path, numbered[1]!, numbered[2] || null);
  return { path, kind: 'unversioned', version: base.replace(/\.sql$/i, ''), segments: [], description: null };
}

function versioned(path: string, version: string, description: string | null): MigrationFileName {
  const segments = version.split(/[._]/).map((s) => BigInt(s));
  return { path, kind: 'versioned', version, segments, description };
}

/** Compares versions numerically by segment; missing trailing segments count as 0 (1 = 1.0). */
function compareVersions(a: bigint[], b: bigint[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Locale-free, so the order is the same on every machine. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface OrderedMigrations {
  /** Forward migrations in apply order. */
  files: MigrationFileName[];
  /** Several files claiming one version (the later ones are still replayed, in path order). */
  clashes: { version: string; files: string[] }[];
}

/** Orders migration files the way the tools apply them, and finds versions claimed twice. */
export function orderMigrationFiles(paths: string[]): OrderedMigrations {
  const classified = paths.map(classifyMigrationFile).filter((f): f is MigrationFileName => f !== null);
  const rank: Record<MigrationFileKind, number> = { versioned: 0, repeatable: 1, unversioned: 2 };
  const files = [...classified].sort(
    (a, b) =>
      rank[a.kind] - rank[b.kind] ||
      (a.kind === 'versioned' ? compareVersions(a.segments, b.segments) : 0) ||
      (a.kind === 'repeatable' ? byCodePoint(a.description ?? '', b.description ?? '') : 0) ||
      byCodePoint(a.path, b.path),
  );
  const clashes: { version: string; files: string[] }[] = [];
  for (let i = 0; i < files.length; ) {
    let j = i + 1;
    while (j < files.length && files[i]!.kind === 'versioned' && files[j]!.kind === 'versioned' && compareVersions(files[i]!.segments, files[j]!.segments) === 0) j++;
    if (j - i > 1) clashes.push({ version: files[i]!.version, files: files.slice(i, j).map((f) => f.path) });
    i = j;
  }
  return { files, clashes };
}
