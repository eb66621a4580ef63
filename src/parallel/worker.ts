/**
 * A worker thread of the file-reading pool (dist/worker.mjs): it is sent groups of files to read
 * (each with the name of its per-file reader), their chunks and a shared counter; it claims
 * chunks from the counter until none is left and answers each with the plain facts read, in order.
 * It never touches the file system: the main thread read the files during discovery.
 */
import { parentPort } from 'node:worker_threads';
import type { FileReadOptions, PerFileTask, SourceFile } from '../frontends/types.js';
import { perFileReader, transferablesOf, warmUp } from './tasks.js';

export interface WorkGroup {
  task: PerFileTask;
  options: FileReadOptions;
  /** The files, or the number of one sent before the request (see early.ts). */
  files: (SourceFile | number)[];
  /** Read by the main thread only: a worker that claims one of its chunks leaves it (and the main thread reads it at the end). */
  mainOnly: boolean;
}

/** A chunk: indexes into one group's `files`. */
export interface WorkChunk {
  group: number;
  indexes: number[];
}

/** All the files to read, in chunks that the main thread and every worker claim from one counter. */
export interface WorkRequest {
  groups: WorkGroup[];
  chunks: WorkChunk[];
  /** An Int32 counter: the next chunk not yet claimed. */
  next: SharedArrayBuffer;
}

/**
 * Sent to a worker started before its work is known (early.ts): load these readers and their
 * parsers; or keep these files, numbered on from those received before, for a request to name.
 */
export type EarlyMessage = { warm: PerFileTask[] } | { files: SourceFile[] };

export type WorkReply = { chunk: number; reads: unknown[] } | { chunk: number; error: string } | { done: true };

/** The files sent ahead of the request, by number. */
const received: SourceFile[] = [];

const port = parentPort;
if (port) {
  port.on('message', (message: WorkRequest | EarlyMessage) => {
    if ('warm' in message) {
      // A failure here is not reported: reading the files meets it again, and says so there.
      for (const task of message.warm) warmUp(task).catch(() => undefined);
      return;
    }
    if ('files' in message) {
      for (const file of message.files) received.push(file);
      return;
    }
    const request = message;
    void (async () => {
      const next = new Int32Array(request.next);
      try {
        for (let c = Atomics.add(next, 0, 1); c < request.chunks.length; c = Atomics.add(next, 0, 1)) {
          const { group, indexes } = request.chunks[c]!;
          const { task, options, files, mainOnly } = request.groups[group]!;
          if (mainOnly) continue;
          try {
            const reader = await perFileReader(task);
            const reads: unknown[] = [];
            for (const k of indexes) {
              const file = files[k]!;
              reads.push(await reader.readFile(typeof file === 'number' ? received[file]! : file, options));
            }
            // Syntax trees are sent without copying: their arrays move to the main thread.
            port.postMessage({ chunk: c, reads } satisfies WorkReply, transferablesOf(task, reads));
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
