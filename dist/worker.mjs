import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  perFileFrontend
} from "./chunk-VQJGONTI.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/parallel/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (port) {
  port.on("message", (request) => {
    void (async () => {
      const next = new Int32Array(request.next);
      try {
        const frontend = await perFileFrontend(request.task);
        for (let c = Atomics.add(next, 0, 1); c < request.chunks.length; c = Atomics.add(next, 0, 1)) {
          try {
            const reads = [];
            for (const k of request.chunks[c]) reads.push(await frontend.readFile(request.files[k], request.options));
            port.postMessage({ chunk: c, reads });
          } catch (error) {
            port.postMessage({ chunk: c, error: error?.stack ?? String(error) });
          }
        }
      } finally {
        port.postMessage({ done: true });
      }
    })();
  });
}
