import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  perFileReader,
  transferablesOf,
  warmUp
} from "./chunk-HHRVN4FN.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/parallel/worker.ts
import { parentPort } from "node:worker_threads";
var received = [];
var port = parentPort;
if (port) {
  port.on("message", (message) => {
    if ("warm" in message) {
      for (const task of message.warm) warmUp(task).catch(() => void 0);
      return;
    }
    if ("files" in message) {
      for (const file of message.files) received.push(file);
      return;
    }
    const request = message;
    void (async () => {
      const next = new Int32Array(request.next);
      try {
        for (let c = Atomics.add(next, 0, 1); c < request.chunks.length; c = Atomics.add(next, 0, 1)) {
          const { group, indexes } = request.chunks[c];
          const { task, options, files, mainOnly } = request.groups[group];
          if (mainOnly) continue;
          try {
            const reader = await perFileReader(task);
            const reads = [];
            for (const k of indexes) {
              const file = files[k];
              reads.push(await reader.readFile(typeof file === "number" ? received[file] : file, options));
            }
            port.postMessage({ chunk: c, reads }, transferablesOf(task, reads));
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
