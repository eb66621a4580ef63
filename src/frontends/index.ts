import type { Config, MigrationKind, Orm } from '../config/types.js';
import type { MigrationFrontend, ModelFrontend } from './types.js';

/**
 * Frontends by name, loaded lazily: each is its own bundle chunk with its parser, so a run loads
 * only what its config names (and future TypeScript frontends, which need the 9 MB `typescript`
 * package, cost a Python-only project nothing).
 */
export async function modelFrontend(orm: Orm): Promise<ModelFrontend | null> {
  switch (orm) {
    case 'sqlalchemy':
      return (await import('./python/models.js')).sqlalchemyFrontend;
    case 'prisma':
      return (await import('./prisma/models.js')).prismaFrontend;
    case 'drizzle':
      return (await import('./ts/drizzle.js')).drizzleFrontend;
    case 'typeorm':
      return (await import('./ts/typeormEntities.js')).typeormFrontend;
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
      // Prisma migrations are plain SQL files in their own folder layout.
      return (await import('./sql/migrations.js')).sqlMigrationsFrontend;
    case 'drizzle':
      // SQL files too, in the order of drizzle-kit's meta/_journal.json.
      return (await import('./ts/drizzleMigrations.js')).drizzleMigrationsFrontend;
    case 'typeorm':
      return (await import('./ts/typeormMigrations.js')).typeormMigrationsFrontend;
    default:
      return null;
  }
}

/**
 * Starts compiling the parsers a config needs, all at once and in the background, so the wasm
 * compiles overlap with each other and with file discovery instead of queuing behind each
 * frontend. Errors surface later, where each frontend awaits its own parser.
 */
export function warmUpParsers(config: Config): void {
  const needsPython = config.models?.orm === 'sqlalchemy' || config.migrations?.kind === 'alembic';
  if (needsPython) void import('./python/parser.js').then((m) => m.pythonParser()).catch(() => undefined);
  if (config.migrations) void import('./sql/translate.js').then((m) => m.loadSqlParser()).catch(() => undefined);
}
