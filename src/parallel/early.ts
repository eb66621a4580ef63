/**
 * Worker threads started while discovery is still reading a big project's files.
 *
 * Before a worker parses anything it boots Node, loads the bundle and compiles its parser (100 to
 * 150 ms), then takes in the text of every file it may be asked to read: one message of megabytes
 * that it deserialises before its first chunk (another 100 to 200 ms on the 2,000-model project).
 * Started after discovery, the worker spent all that while the main thread read alone. Started
 * as soon as discovery has read enough Python to be worth a worker, and sent each batch of files
 * as it is read, it is ready to parse when readFileGroups hands out the chunks, which then names
 * the files it already holds by number.
 *
 * What is read stays the same either way: the worker reads the same SourceFile objects (sent
 * before instead of with the chunks), and readFileGroups decides how many workers to use as it
 * always does; early workers beyond that number are ended, and too few are topped up.
 */
import { Worker } from 'node:worker_threads';
import type { PerFileTask, SourceFile } from '../frontends/types.js';
import { workerCount, workerScript } from './threads.js';
import type { EarlyMessage } from './worker.js';

/** Files are sent in batches of about this much text (fewer messages, each still small). */
const BATCH_CHARS = 256_000;

export class EarlyWorkers {
  /** Started and not yet taken; unreferenced meanwhile, so they never keep the process alive. */
  private idle: Worker[] = [];
  private readonly exited = new WeakSet<Worker>();
  /** Every file sent so far, in order: a worker numbers them as it receives them. */
  private readonly sent: SourceFile[] = [];
  private readonly numbers = new Map<SourceFile, number>();
  private pending: SourceFile[] = [];
  private pendingChars = 0;
  private chars = 0;
  private stopped = false;
  private ready = false;

  /**
   * `tasks`: the per-file readers the workers will run, warmed up as soon as each starts. No
   * worker starts before `after` settles; `beforeStart` is told the text counted so far right
   * before the first one does.
   */
  constructor(
    private readonly tasks: PerFileTask[],
    after: Promise<unknown>,
    private readonly beforeStart: (chars: number) => void,
  ) {
    const allow = (): void => {
      this.ready = true;
      this.startWanted();
    };
    after.then(allow, allow);
  }

  /** Discovery read `file`, which a worker would parse: counted, and sent in its batch. */
  offer(file: SourceFile): void {
    if (this.stopped) return;
    this.chars += file.text.length;
    this.pending.push(file);
    this.pendingChars += file.text.length;
    this.startWanted();
    if (this.idle.length > 0 && this.pendingChars >= BATCH_CHARS) this.flush();
  }

  /**
   * Up to `count` workers started early, each holding the files `numbers` maps (any other file
   * must be sent in full); the rest are ended.
   */
  take(count: number): { workers: Worker[]; numbers: Map<SourceFile, number> } {
    if (this.idle.length > 0) this.flush();
    const live = this.idle.filter((worker) => !this.exited.has(worker));
    this.idle = [];
    const workers = live.slice(0, count);
    for (const spare of live.slice(count)) void spare.terminate();
    for (const worker of workers) worker.ref();
    this.stopped = true;
    return { workers, numbers: this.numbers };
  }

  /** Ends the workers no one took (a run always ends with this). */
  async stop(): Promise<void> {
    this.stopped = true;
    const idle = this.idle;
    this.idle = [];
    await Promise.all(idle.map((worker) => worker.terminate()));
  }

  /** Starts the workers the text counted so far is worth, once allowed to. */
  private startWanted(): void {
    if (!this.ready || this.stopped) return;
    const count = workerCount(undefined, this.chars) - this.idle.length;
    if (count <= 0) return;
    const script = workerScript();
    if (!script) {
      this.stopped = true;
      return;
    }
    this.beforeStart(this.chars);
    for (let k = 0; k < count; k++) {
      const worker = new Worker(script);
      worker.unref();
      // A worker that fails before it is taken is left out (take skips it); inWorker listens after.
      worker.on('error', () => undefined);
      worker.once('exit', () => this.exited.add(worker));
      worker.postMessage({ warm: this.tasks } satisfies EarlyMessage);
      // A worker started after some batches went out gets those first, so the numbers agree.
      if (this.sent.length > 0) worker.postMessage({ files: this.sent } satisfies EarlyMessage);
      this.idle.push(worker);
    }
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const file of batch) {
      this.numbers.set(file, this.sent.length);
      this.sent.push(file);
    }
    for (const worker of this.idle) worker.postMessage({ files: batch } satisfies EarlyMessage);
  }
}
