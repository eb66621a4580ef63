import type { MigrationKind } from '../config/types.js';
import type { PerFileMigrationFrontend, PerFileReader, PerFileTask } from '../frontends/types.js';

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
export async function perFileReader(task: PerFileTask): Promise<PerFileReader> {
  switch (task) {
    case 'alembic':
      return (await import('../frontends/python/alembic.js')).alembicPerFile as PerFileMigrationFrontend;
    case 'sql':
      return (await import('../frontends/sql/migrations.js')).sqlPerFile as PerFileMigrationFrontend;
    case 'python-syntax':
      return (await import('../frontends/python/parser.js')).pythonSyntaxReader;
  }
}

/** Loads a task's reader and compiles the parser it reads with, before any file arrives. */
export async function warmUp(task: PerFileTask): Promise<void> {
  await perFileReader(task);
  if (task === 'sql') await (await import('../frontends/sql/translate.js')).loadSqlParser();
  else await (await import('../frontends/python/parser.js')).pythonParser();
}

/** What of a chunk's reads can move to the main thread rather than be copied. */
export function transferablesOf(task: PerFileTask, reads: unknown[]): ArrayBuffer[] {
  if (task !== 'python-syntax') return [];
  return (reads as { nodes: Int32Array }[]).map((read) => read.nodes.buffer as ArrayBuffer);
}
