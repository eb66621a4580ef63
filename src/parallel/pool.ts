/**
 * Reads files with per-file readers (migration facts, the model files' Python syntax trees) on
 * several cores: a pool of worker threads (dist/worker.mjs) and the main thread all claim chunks
 * of files from one shared counter, so the main thread, busy with the model side at the same time,
 * takes fewer, and no worker waits for it. Small inputs are read on the main thread alone
 * (starting a worker costs more than it saves). With a cache, only migration files whose content
 * changed are read at all. The result is the same, in the same order, whichever way it was read:
 * each file's reading depends on that file alone.
 */
import { Worker } from 'node:worker_threads';
import type { FileReadOptions, PerFileReader, PerFileTask, SourceFile } from '../frontends/types.js';
import type { FileCache } from './cache.js';
import type { EarlyWorkers } from './early.js';
import { workerCount, workerScript } from './threads.js';
import type { WorkChunk, WorkReply, WorkRequest } from './worker.js';

export interface ReadSettings {
  /** Worker threads besides the main one; undefined: chosen by the amount of work and the cores. */
  threads?: number;
  cache?: FileCache | null;
  /** Filled in: how the files were read. */
  report?: ReadReport;
  /** Workers started during discovery, taken before any is started here. */
  early?: EarlyWorkers | null;
}

export interface ReadReport {
  files: number;
  /** Files whose facts came from the cache. */
  cached: number;
  /** Worker threads started (0: the main thread read alone). */
  threads: number;
  /** Files the worker threads read (the rest of those not cached, the main thread). */
  inWorkers?: number;
  /** Of the worker threads, those started while discovery was still reading (EarlyWorkers). */
  early?: number;
}

/**
 * PARALLEL_MIN_BYTES (threads.ts) per reader where it differs. SQL files: never by default. A SQL
 * file reads quickly into facts four times its size, and moving those between threads costs about
 * what reading them does: on 2 cores a worker added CPU and wall time from 1 MB to 20 MB of Flyway
 * files (5 MB: 4.3 s of CPU instead of 3.4 s, and longer), the main thread spending what it saved
 * on taking the worker's facts in. `--threads N` still asks for workers.
 */
const PARALLEL_MIN_BYTES_BY_TASK: Partial<Record<PerFileTask, number>> = { sql: Number.POSITIVE_INFINITY };
/** Chunks small enough for the queue to balance the threads, large enough to amortise a message. */
const CHUNK_BYTES = 64_000;

/** What the cache already holds of a side's files, and which files are left to read. */
export interface ReadPlan<R> {
  task: PerFileTask;
  /** The cached facts, by file index; the rest are filled in by readFileGroups. */
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

/** One kind of file to read, and what the cache already holds of it. */
export interface ReadGroup<R = unknown> {
  reader: PerFileReader<R>;
  files: SourceFile[];
  options: FileReadOptions;
  /** Made with planReads; without one (or without a cache) every file is read. */
  plan?: ReadPlan<R>;
  /** Keep what is read in the cache (settings.cache); default true. */
  cached?: boolean;
}

/**
 * Reads several groups of files with one set of worker threads: the chunks of every group are
 * claimed, in group order, from one shared counter. Each group's promise settles as soon as its
 * own files are read (the model side can start on its syntax trees while the migrations are still
 * being read).
 */
export function readFileGroups(groups: ReadGroup[], settings: ReadSettings = {}): Promise<unknown[]>[] {
  const plans = groups.map((group) => {
    const plan = group.plan ?? planReads(group.reader.task, group.files, group.options, group.cached === false ? null : settings.cache);
    if (plan.task !== group.reader.task) throw new Error(`a plan for ${plan.task} files given to the ${group.reader.task} reader`);
    return plan;
  });
  const store = (g: number, i: number, read: unknown): void => {
    plans[g]!.reads[i] = read;
    if (groups[g]!.cached !== false) settings.cache?.set(groups[g]!.reader.task, groups[g]!.options, groups[g]!.files[i]!, read);
  };
  // A group whose reader is not worth a worker (SQL, see PARALLEL_MIN_BYTES_BY_TASK) stays on
  // this thread, unless --threads asks for workers: the workers skip its chunks.
  const mainOnly = groups.map((group) => settings.threads === undefined && PARALLEL_MIN_BYTES_BY_TASK[group.reader.task] === Number.POSITIVE_INFINITY);
  const bytes = plans.reduce((sum, plan, g) => sum + (mainOnly[g] ? 0 : plan.bytes), 0);
  const threads = workerCount(settings.threads, bytes);
  const script = threads > 0 ? workerScript() : null;
  // The report counts the files of the groups the cache keeps (the migrations; not syntax trees).
  const reported = groups.map((group) => group.cached !== false);
  if (settings.report) {
    const files = groups.reduce((sum, group, g) => sum + (reported[g] ? group.files.length : 0), 0);
    const cached = files - plans.reduce((sum, plan, g) => sum + (reported[g] ? plan.todo.length : 0), 0);
    Object.assign(settings.report, { files, cached, threads: script ? threads : 0, inWorkers: 0 });
  }
  if (!script) {
    // Workers started early for sides that turned out not worth them: their cores are freed now.
    void settings.early?.stop();
    // One after the other, each settling before the next starts.
    let previous: Promise<unknown> = Promise.resolve();
    return groups.map((group, g) => {
      const done = previous.then(async () => {
        for (const i of plans[g]!.todo) store(g, i, await group.reader.readFile(group.files[i]!, group.options));
        return plans[g]!.reads;
      });
      previous = done;
      return done;
    });
  }
  // The chunks are claimed from one shared counter, by the main thread and the workers alike: a
  // worker goes on to its next chunk without waiting for the main thread, which may be busy with
  // the model side for seconds before it handles a message.
  const todoFiles = plans.map((plan, g) => plan.todo.map((i) => groups[g]!.files[i]!));
  const chunks: WorkChunk[] = todoFiles.flatMap((files, g) => chunk(files).map((indexes) => ({ group: g, indexes })));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const claim = (): number => Atomics.add(next, 0, 1);
  const stored = new Array<boolean>(chunks.length).fill(false);
  const left = plans.map((_, g) => chunks.filter((c) => c.group === g).length);
  const settled = groups.map(() => {
    let resolve!: (reads: unknown[]) => void;
    const promise = new Promise<unknown[]>((r) => (resolve = r));
    return { promise, resolve };
  });
  plans.forEach((plan, g) => {
    if (left[g] === 0) settled[g]!.resolve(plan.reads);
  });
  const storeChunk = (c: number, chunkReads: unknown[]): void => {
    if (stored[c]) return;
    const { group, indexes } = chunks[c]!;
    indexes.forEach((k, j) => store(group, plans[group]!.todo[k]!, chunkReads[j]));
    stored[c] = true;
    if (--left[group]! === 0) settled[group]!.resolve(plans[group]!.reads);
  };
  const readChunk = async (c: number): Promise<void> => {
    const { group, indexes } = chunks[c]!;
    const chunkReads: unknown[] = [];
    for (const k of indexes) chunkReads.push(await groups[group]!.reader.readFile(todoFiles[group]![k]!, groups[group]!.options));
    storeChunk(c, chunkReads);
  };
  const countInWorkers = (c: number, reads: number): void => {
    if (settings.report && reported[chunks[c]!.group]) settings.report.inWorkers = (settings.report.inWorkers ?? 0) + reads;
  };
  const inMainThread = async (): Promise<void> => {
    for (let c = claim(); c < chunks.length; c = claim()) {
      await readChunk(c);
      // Let the other side's work (and the workers' replies) in between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  // A worker started early already holds the files discovery sent it: those go by number.
  const taken = settings.early?.take(threads) ?? { workers: [], numbers: new Map<SourceFile, number>() };
  const requestFor = (numbers: Map<SourceFile, number>): WorkRequest => ({
    groups: groups.map((group, g) => ({
      task: group.reader.task,
      options: group.options,
      files: mainOnly[g] ? [] : todoFiles[g]!.map((file) => numbers.get(file) ?? file),
      mainOnly: mainOnly[g]!,
    })),
    chunks,
    next: next.buffer as SharedArrayBuffer,
  });
  const workers: { worker: Worker; request: WorkRequest }[] = [];
  if (taken.workers.length > 0) {
    const request = requestFor(taken.numbers);
    for (const worker of taken.workers) workers.push({ worker, request });
  }
  if (workers.length < threads) {
    const request = requestFor(new Map());
    while (workers.length < threads) workers.push({ worker: new Worker(script), request });
  }
  if (settings.report) settings.report.early = taken.workers.length;
  const all = (async () => {
    try {
      await Promise.all([inMainThread(), ...workers.map(({ worker, request }) => inWorker(worker, request, storeChunk, countInWorkers))]);
    } finally {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    }
    // A chunk a worker failed on (or died with) is read here, so nothing is lost and a genuine
    // error surfaces as it would without workers.
    for (let c = 0; c < chunks.length; c++) if (!stored[c]) await readChunk(c);
  })();
  return settled.map(({ promise }) => Promise.race([promise, all.then(() => promise)]));
}

/** Consecutive runs of one group's files, each about CHUNK_BYTES of text, as indexes into `files`. */
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
function inWorker(worker: Worker, request: WorkRequest, storeChunk: (c: number, reads: unknown[]) => void, countInWorkers: (c: number, reads: number) => void): Promise<void> {
  return new Promise((resolve) => {
    worker.on('message', (reply: WorkReply) => {
      if ('reads' in reply) {
        storeChunk(reply.chunk, reply.reads);
        countInWorkers(reply.chunk, reply.reads.length);
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
