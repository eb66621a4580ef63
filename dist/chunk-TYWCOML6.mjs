import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/ir.ts
function tableKey(schema, name) {
  return `${schema}.${name}`;
}
function emptySchema() {
  return { tables: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map() };
}

export {
  tableKey,
  emptySchema
};
