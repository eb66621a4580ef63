import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  replayMigrations
} from "./chunk-4BCDWKLX.mjs";
import {
  tableKey
} from "./chunk-3QLYHN6G.mjs";
import {
  sqlToOperations
} from "./chunk-JV7GSIGN.mjs";

// src/frontends/modelSchema.ts
function buildModelSchema(operations, defaultSchema, options = {}) {
  const rank = (op) => op.op === "createSchema" ? 0 : op.op === "createEnum" ? 1 : op.op === "createTable" ? 2 : op.op === "addConstraint" && op.constraint.kind === "foreignKey" ? 4 : 3;
  const ordered = operations.map((op, i) => ({ op, i })).sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i).map((e) => e.op);
  const { schema, problems } = replayMigrations(ordered, { defaultSchema, models: options.models === true });
  return { schema, problems: problems.map((p) => ({ ...p, message: `${p.message} (model schema)` })) };
}
var ModelDdl = class {
  constructor(problems) {
    this.problems = problems;
  }
  problems;
  operations = [];
  unknowns = [];
  /** Translates one generated statement; its operations (and a CREATE TABLE's parts) point at `location`. */
  emit(sql, location, columnLocations) {
    const translated = sqlToOperations(sql, { file: location.file, line: location.line, column: location.column });
    for (const problem of translated.problems) this.problems.push({ ...problem, location });
    for (const op of translated.operations) {
      op.location = location;
      if (op.op === "createTable") {
        for (const column of op.columns) column.location = columnLocations?.get(column.name) ?? location;
        for (const constraint of op.constraints) constraint.location = location;
      }
      this.operations.push(op);
    }
  }
  unknown(fact) {
    this.unknowns.push(fact);
  }
  build(defaultSchema) {
    const built = buildModelSchema(this.operations, defaultSchema);
    for (const unknown of this.unknowns) {
      const table = built.schema.tables.get(tableKey(unknown.schema ?? defaultSchema, unknown.table)) ?? [...built.schema.tables.values()].find((t) => t.name === unknown.table);
      const column = table?.columns.find((c) => c.name === unknown.column);
      if (!table || !column) continue;
      column.unknown = [.../* @__PURE__ */ new Set([...column.unknown ?? [], ...unknown.facts])];
      if (unknown.opensConstraints) table.openConstraints = true;
    }
    return built;
  }
};

export {
  buildModelSchema,
  ModelDdl
};
