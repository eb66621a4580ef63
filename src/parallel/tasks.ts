import type { MigrationKind } from '../config/types.js';
import type { PerFileMigrationFrontend, PerFileTask } from '../frontends/types.js';

/**
 * The per-file reader a migration kind's frontend uses, known without loading the frontend (so
 * the cache can be consulted before any parser starts compiling); null when it reads its files
 * as a whole. run() checks it against the loaded frontend.
 */
export function perFileTaskOf(kind: MigrationKind): PerFileTask | null {
  switch (kind) {
    case 'alembic':
      return 'alembic';
    case 'sql':
    case 'prisma':
      return 'sql';
    default:
      return null;
  }
}

/** The per-file reader a task name stands for (a worker thread is sent the name, not the code). */
export async function perFileFrontend(task: PerFileTask): Promise<PerFileMigrationFrontend> {
  switch (task) {
    case 'alembic':
      return (await import('../frontends/python/alembic.js')).alembicPerFile as PerFileMigrationFrontend;
    case 'sql':
      return (await import('../frontends/sql/migrations.js')).sqlPerFile as PerFileMigrationFrontend;
  }
}
