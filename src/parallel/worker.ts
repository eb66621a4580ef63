/**
 * A worker thread of the file-reading pool (dist/worker.mjs): it is sent chunks of files with the
 * name of the per-file reader to run, and answers each chunk with the plain facts read, in order.
 * It never touches the file system: the main thread read the files during discovery.
 */
import { parentPort } from 'node:worker_threads';
import type { FileReadOptions, PerFileTask, SourceFile } from '../frontends/types.js';
import { perFileFrontend } from './tasks.js';

export interface ChunkRequest {
  id: number;
  task: PerFileTask;
  options: FileReadOptions;
  files: SourceFile[];
}

export type ChunkReply = { id: number; reads: unknown[] } | { id: number; error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: ChunkRequest) => {
    void (async () => {
      try {
        const frontend = await perFileFrontend(request.task);
        const reads: unknown[] = [];
        for (const file of request.files) reads.push(await frontend.readFile(file, request.options));
        port.postMessage({ id: request.id, reads } satisfies ChunkReply);
      } catch (error) {
        port.postMessage({ id: request.id, error: (error as Error)?.stack ?? String(error) } satisfies ChunkReply);
      }
    })();
  });
}
