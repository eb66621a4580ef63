/**
 * A worker thread of the file-reading pool (dist/worker.mjs): it is sent the files to read in
 * chunks, the name of the per-file reader to run and a shared counter; it claims chunks from the
 * counter until none is left and answers each with the plain facts read, in order.
 * It never touches the file system: the main thread read the files during discovery.
 */
import { parentPort } from 'node:worker_threads';
import type { FileReadOptions, PerFileTask, SourceFile } from '../frontends/types.js';
import { perFileFrontend } from './tasks.js';

/** All the files to read, in chunks that the main thread and every worker claim from one counter. */
export interface WorkRequest {
  task: PerFileTask;
  options: FileReadOptions;
  files: SourceFile[];
  /** Indexes into `files`. */
  chunks: number[][];
  /** An Int32 counter: the next chunk not yet claimed. */
  next: SharedArrayBuffer;
}

export type WorkReply = { chunk: number; reads: unknown[] } | { chunk: number; error: string } | { done: true };

const port = parentPort;
if (port) {
  port.on('message', (request: WorkRequest) => {
    void (async () => {
      const next = new Int32Array(request.next);
      try {
        const frontend = await perFileFrontend(request.task);
        for (let c = Atomics.add(next, 0, 1); c < request.chunks.length; c = Atomics.add(next, 0, 1)) {
          try {
            const reads: unknown[] = [];
            for (const k of request.chunks[c]!) reads.push(await frontend.readFile(request.files[k]!, request.options));
            port.postMessage({ chunk: c, reads } satisfies WorkReply);
          } catch (error) {
            port.postMessage({ chunk: c, error: (error as Error)?.stack ?? String(error) } satisfies WorkReply);
          }
        }
      } finally {
        port.postMessage({ done: true } satisfies WorkReply);
      }
    })();
  });
}
