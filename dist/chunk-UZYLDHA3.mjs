import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/frontends/comments.ts
var SUPPRESSION_MARKER = "ormlint-disable";
function mayHoldSuppressions(text) {
  return text.includes(SUPPRESSION_MARKER);
}
function pythonComments(root) {
  return root.descendantsOfType("comment").map((node) => {
    const start = node.startPosition;
    const end = node.endPosition;
    return { text: node.text, line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
  });
}
function estreeComments(program) {
  return (program.comments ?? []).map((c) => ({
    text: c.type === "Line" ? `//${c.value}` : `/*${c.value}*/`,
    line: c.loc.start.line,
    column: c.loc.start.column + 1,
    endLine: c.loc.end.line,
    endColumn: c.loc.end.column + 1
  }));
}
function mergeComments(...maps) {
  const merged = /* @__PURE__ */ new Map();
  for (const map of maps) for (const [file, comments] of map ?? []) if (!merged.has(file)) merged.set(file, comments);
  return merged;
}

export {
  mayHoldSuppressions,
  pythonComments,
  estreeComments,
  mergeComments
};
