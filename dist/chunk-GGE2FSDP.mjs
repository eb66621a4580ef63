import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/frontends/fileFailure.ts
function failureProblem(error, location, what = "this file") {
  const reason = error instanceof RangeError && /call stack/iu.test(error.message) ? `it nests too deeply for ormlint to follow (the call stack ran out)` : `ormlint failed while reading it (internal error: ${firstLine(error)}); please report this`;
  return {
    kind: "parse-error",
    message: `${what} is not analysed: ${reason}`,
    location: { file: location.file, line: location.line ?? 1, column: location.column ?? 1 }
  };
}
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 200);
}

export {
  failureProblem
};
