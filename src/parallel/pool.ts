/**
 * Reads migration files with a per-file reader, on several cores: a pool of worker threads
 * (dist/worker.mjs) and the main thread all claim chunks of files from one shared counter, so the
 * main thread, busy with the model side at the same time, takes fewer, and no worker waits for it. Small inputs are read on the
 * main thread alone (starting a worker costs more than it saves). With a cache, only files whose
 * content changed are read at all. The result is the same, in the same order, whichever way it
 * was read: each file's facts depend on that file alone.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileReadOptions, PerFileMigrationFrontend, PerFileTask, SourceFile } from '../frontends/types.js';
import type { FileCache } from './cache.js';
import type { WorkReply, WorkRequest } from './worker.js';

export interface ReadSettings {
  /** Worker threads besides the main one; undefined: chosen by the amount of work and the cores. */
  threads?: number;
  cache?: FileCache | null;
  /** Filled in: how the files were read. */
  report?: ReadReport;
}

export interface ReadReport {
  files: number;
  /** Files whose facts came from the cache. */
  cached: number;
  /** Worker threads started (0: the main thread read alone). */
  threads: number;
  /** Files the worker threads read (the rest of those not cached, the main thread). */
  inWorkers?: number;
}

/** Below this much text to read, the main thread reads alone. */
const PARALLEL_MIN_BYTES = 1_000_000;
/**
 * The same per reader where it differs. SQL files: never by default. A SQL file reads quickly into
 * facts four times its size, and moving those between threads costs about what reading them does:
 * on 2 cores a worker added CPU and wall time from 1 MB to 20 MB of Flyway files (5 MB: 4.3 s of
 * CPU instead of 3.4 s, and longer), the main thread spending what it saved on taking the
 * worker's facts in. `--threads N` still asks for workers.
 */
const PARALLEL_MIN_BYTES_BY_TASK: Partial<Record<PerFileTask, number>> = { sql: Number.POSITIVE_INFINITY };
/** Each worker should be worth at least this much text. */
const BYTES_PER_WORKER = 500_000;
/** Chunks small enough for the queue to balance the threads, large enough to amortise a message. */
const CHUNK_BYTES = 64_000;

/** What the cache already holds of a side's files, and which files are left to read. */
export interface ReadPlan<R> {
  task: PerFileTask;
  /** The cached facts, by file index; the rest are filled in by readFiles. */
  reads: R[];
  /** Indexes of the files to read. */
  todo: number[];
  /** Characters of source in those files (what deciding how to read them goes by). */
  bytes: number;
}

/** Looks every file up in the cache (without one, every file is to read). */
export function planReads<R>(task: PerFileTask, files: SourceFile[], options: FileReadOptions, cache: FileCache | null | undefined): ReadPlan<R> {
  const reads = new Array<R>(files.length);
  const todo: number[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    const hit = cache?.get(task, options, file);
    if (hit === undefined) {
      todo.push(i);
      bytes += file.text.length;
    } else reads[i] = hit as R;
  });
  return { task, reads, todo, bytes };
}

export async function readFiles<R>(
  frontend: PerFileMigrationFrontend<R>,
  files: SourceFile[],
  options: FileReadOptions,
  settings: ReadSettings = {},
  plan: ReadPlan<R> = planReads(frontend.task, files, options, settings.cache),
): Promise<R[]> {
  if (plan.task !== frontend.task) throw new Error(`a plan for ${plan.task} files given to the ${frontend.task} reader`);
  const { reads, todo, bytes } = plan;
  const store = (i: number, read: R): void => {
    reads[i] = read;
    settings.cache?.set(frontend.task, options, files[i]!, read);
  };
  const threads = workerCount(settings.threads, bytes, PARALLEL_MIN_BYTES_BY_TASK[frontend.task] ?? PARALLEL_MIN_BYTES);
  const script = threads > 0 ? workerScript() : null;
  if (settings.report) Object.assign(settings.report, { files: files.length, cached: files.length - todo.length, threads: script ? threads : 0, inWorkers: 0 });
  if (!script) {
    for (const i of todo) store(i, await frontend.readFile(files[i]!, options));
    return reads;
  }
  // The chunks are claimed from one shared counter, by the main thread and the workers alike: a
  // worker goes on to its next chunk without waiting for the main thread, which may be busy with
  // the model side for seconds before it handles a message.
  const todoFiles = todo.map((i) => files[i]!);
  const chunks = chunk(todoFiles);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const claim = (): number => Atomics.add(next, 0, 1);
  const stored = new Array<boolean>(chunks.length).fill(false);
  const storeChunk = (c: number, chunkReads: unknown[]): void => {
    chunks[c]!.forEach((k, j) => store(todo[k]!, chunkReads[j] as R));
    stored[c] = true;
  };
  const readChunk = async (c: number): Promise<void> => {
    const chunkReads: R[] = [];
    for (const k of chunks[c]!) chunkReads.push(await frontend.readFile(todoFiles[k]!, options));
    storeChunk(c, chunkReads);
  };
  const inMainThread = async (): Promise<void> => {
    for (let c = claim(); c < chunks.length; c = claim()) {
      await readChunk(c);
      // Let the other side's work (and the workers' replies) in between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const request: WorkRequest = { task: frontend.task, options, files: todoFiles, chunks, next: next.buffer as SharedArrayBuffer };
  const workers = Array.from({ length: threads }, () => new Worker(script));
  try {
    await Promise.all([inMainThread(), ...workers.map((worker) => inWorker(worker, request, storeChunk, settings.report))]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // A chunk a worker failed on (or died with) is read here, so nothing is lost and a genuine
  // error surfaces as it would without workers.
  for (let c = 0; c < chunks.length; c++) if (!stored[c]) await readChunk(c);
  return reads;
}

/** How many worker threads: none for small inputs, at most one less than the cores (main reads too). */
function workerCount(requested: number | undefined, bytes: number, minBytes: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (bytes < minBytes) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(bytes / BYTES_PER_WORKER)));
}

/** dist/worker.mjs beside the running bundle; null from source (tests run TypeScript directly). */
function workerScript(): URL | null {
  const url = new URL('./worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** Consecutive runs of files, each about CHUNK_BYTES of text, as indexes into `files`. */
function chunk(files: SourceFile[]): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  files.forEach((file, k) => {
    current.push(k);
    size += file.text.length;
    if (size >= CHUNK_BYTES) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Runs one worker over the shared chunks until it says it is done, or fails. */
function inWorker(worker: Worker, request: WorkRequest, storeChunk: (c: number, reads: unknown[]) => void, report: ReadReport | undefined): Promise<void> {
  return new Promise((resolve) => {
    worker.on('message', (reply: WorkReply) => {
      if ('reads' in reply) {
        storeChunk(reply.chunk, reply.reads);
        if (report) report.inWorkers = (report.inWorkers ?? 0) + reply.reads.length;
      }
      else if ('done' in reply) resolve();
      // An error on one chunk: it stays unstored, and the main thread reads it.
    });
    // A worker that dies leaves its unanswered chunks unstored, for the main thread.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
    worker.postMessage(request);
  });
}
