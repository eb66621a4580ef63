import type { PerFileMigrationFrontend, PerFileTask } from '../frontends/types.js';

/** The per-file reader a task name stands for (a worker thread is sent the name, not the code). */
export async function perFileFrontend(task: PerFileTask): Promise<PerFileMigrationFrontend> {
  switch (task) {
    case 'alembic':
      return (await import('../frontends/python/alembic.js')).alembicPerFile as PerFileMigrationFrontend;
    case 'sql':
      return (await import('../frontends/sql/migrations.js')).sqlPerFile as PerFileMigrationFrontend;
  }
}
