import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/parallel/tasks.ts
function perFileTaskOf(kind) {
  switch (kind) {
    case "alembic":
      return "alembic";
    case "sql":
    case "prisma":
      return "sql";
    default:
      return null;
  }
}
async function perFileFrontend(task) {
  switch (task) {
    case "alembic":
      return (await import("./chunk-D4F4JNUR.mjs")).alembicPerFile;
    case "sql":
      return (await import("./chunk-2P6DFV5I.mjs")).sqlPerFile;
  }
}

export {
  perFileTaskOf,
  perFileFrontend
};
