import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/facts.ts
var FACTS_VERSION = 1;
var COLUMN_FACTS = ["type", "nullable", "primaryKey", "unique", "index", "default", "foreignKey"];
function tableKey(schema, name) {
  return `${schema}.${name}`;
}
function splitTableKey(key) {
  const dot = key.indexOf(".");
  return dot === -1 ? { schema: "", name: key } : { schema: key.slice(0, dot), name: key.slice(dot + 1) };
}
function displayTableName(key, defaultSchema) {
  const dot = key.indexOf(".");
  if (dot === -1) return key;
  return key.slice(0, dot) === defaultSchema ? key.slice(dot + 1) : key;
}
function emptySchema() {
  return { tables: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map() };
}

export {
  FACTS_VERSION,
  COLUMN_FACTS,
  tableKey,
  splitTableKey,
  displayTableName,
  emptySchema
};
