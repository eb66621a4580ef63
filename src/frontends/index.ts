import type { MigrationKind, Orm } from '../config/types.js';
import type { MigrationFrontend, ModelFrontend } from './types.js';

/**
 * Frontends by name, loaded lazily: the TypeScript frontend pulls in `typescript`, which a
 * Python-only project should not pay for at start-up.
 */
export async function modelFrontend(orm: Orm): Promise<ModelFrontend | null> {
  switch (orm) {
    case 'sqlalchemy':
      return (await import('./python/models.js')).sqlalchemyFrontend;
    default:
      return null;
  }
}

export async function migrationFrontend(kind: MigrationKind): Promise<MigrationFrontend | null> {
  switch (kind) {
    case 'alembic':
      return (await import('./python/alembic.js')).alembicFrontend;
    case 'sql':
    case 'prisma':
    case 'drizzle':
      // Prisma and Drizzle migrations are plain SQL files in their own folder layouts.
      return (await import('./sql/migrations.js')).sqlMigrationsFrontend;
    default:
      return null;
  }
}
