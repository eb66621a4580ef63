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
async function perFileReader(task) {
  switch (task) {
    case "alembic":
      return (await import("./chunk-GOLEAPOK.mjs")).alembicPerFile;
    case "sql":
      return (await import("./chunk-6DRFTX3P.mjs")).sqlPerFile;
    case "python-syntax":
      return (await import("./chunk-7HYWQ4MS.mjs")).pythonSyntaxReader;
  }
}
async function warmUp(task) {
  await perFileReader(task);
  if (task === "sql") await (await import("./chunk-UZ6QXUK7.mjs")).loadSqlParser();
  else await (await import("./chunk-7HYWQ4MS.mjs")).pythonParser();
}
function transferablesOf(task, reads) {
  if (task !== "python-syntax") return [];
  return reads.map((read) => read.nodes.buffer);
}

export {
  perFileTaskOf,
  perFileReader,
  warmUp,
  transferablesOf
};
