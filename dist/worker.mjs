import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import "./chunk-OK67AZ7F.mjs";

// src/parallel/worker.ts
import { parentPort } from "node:worker_threads";

// src/parallel/tasks.ts
async function perFileFrontend(task) {
  switch (task) {
    case "alembic":
      return (await import("./chunk-BMBPABKA.mjs")).alembicPerFile;
    case "sql":
      return (await import("./chunk-DSZ44T2Q.mjs")).sqlPerFile;
  }
}

// src/parallel/worker.ts
var port = parentPort;
if (port) {
  port.on("message", (request) => {
    void (async () => {
      try {
        const frontend = await perFileFrontend(request.task);
        const reads = [];
        for (const file of request.files) reads.push(await frontend.readFile(file, request.options));
        port.postMessage({ id: request.id, reads });
      } catch (error) {
        port.postMessage({ id: request.id, error: error?.stack ?? String(error) });
      }
    })();
  });
}
