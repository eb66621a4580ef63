import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Below this much text to read, the main thread reads alone. */
const PARALLEL_MIN_BYTES = 1_000_000;
/** Each worker should be worth at least this much text. */
const BYTES_PER_WORKER = 500_000;

/** The process's cores, asked once (discovery asks for every file it reads). */
let cores: number | undefined;

/** How many worker threads: none for small inputs, at most one less than the cores (main reads too). */
export function workerCount(requested: number | undefined, bytes: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (bytes < PARALLEL_MIN_BYTES) return 0;
  cores ??= availableParallelism();
  return Math.max(0, Math.min(cores - 1, Math.floor(bytes / BYTES_PER_WORKER)));
}

/** dist/worker.mjs beside the running bundle; null from source (tests run TypeScript directly). */
export function workerScript(): URL | null {
  const url = new URL('./worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}
