import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  replayMigrations
} from "./chunk-AJ2TWIDO.mjs";
import {
  tableKey
} from "./chunk-FVDTGVPM.mjs";
import {
  sqlToOperations
} from "./chunk-A6M3K2JY.mjs";

// src/frontends/modelSchema.ts
function buildModelSchema(operations, defaultSchema) {
  const rank = (op) => op.op === "createSchema" ? 0 : op.op === "createEnum" ? 1 : op.op === "createTable" ? 2 : op.op === "addConstraint" && op.constraint.kind === "foreignKey" ? 4 : 3;
  const ordered = operations.map((op, i) => ({ op, i })).sort((a, b) => rank(a.op) - rank(b.op) || a.i - b.i).map((e) => e.op);
  const { schema, problems } = replayMigrations(ordered, { defaultSchema });
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

// src/frontends/prisma/ddl.ts
var SCALAR_TYPES = {
  String: "TEXT",
  Boolean: "BOOLEAN",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Float: "DOUBLE PRECISION",
  Decimal: "DECIMAL(65,30)",
  DateTime: "TIMESTAMP(3)",
  Json: "JSONB",
  Bytes: "BYTEA"
};
var NATIVE_TYPES = {
  Text: "TEXT",
  Char: "CHAR",
  VarChar: "VARCHAR",
  Bit: "BIT",
  VarBit: "VARBIT",
  Uuid: "UUID",
  Xml: "XML",
  Inet: "INET",
  Citext: "CITEXT",
  Boolean: "BOOLEAN",
  Integer: "INTEGER",
  SmallInt: "SMALLINT",
  BigInt: "BIGINT",
  Oid: "OID",
  DoublePrecision: "DOUBLE PRECISION",
  Real: "REAL",
  Decimal: "DECIMAL",
  Money: "MONEY",
  Timestamp: "TIMESTAMP",
  Timestamptz: "TIMESTAMPTZ",
  Date: "DATE",
  Time: "TIME",
  Timetz: "TIMETZ",
  Json: "JSON",
  JsonB: "JSONB",
  ByteA: "BYTEA"
};
function nativeType(name, args) {
  const sql = NATIVE_TYPES[name];
  if (!sql) return null;
  return args.length > 0 ? `${sql}(${args.join(",")})` : sql;
}
function serialType(sqlType) {
  const upper = sqlType.toUpperCase();
  if (upper === "INTEGER") return "SERIAL";
  if (upper === "BIGINT") return "BIGSERIAL";
  if (upper === "SMALLINT") return "SMALLSERIAL";
  return null;
}
var REFERENTIAL_ACTIONS = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT"
};
function defaultConstraintName(table, columns, suffix) {
  return suffix === "pkey" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`;
}
function quoted(name) {
  return `"${name.split('"').join('""')}"`;
}
function qualified(schema, name) {
  return schema ? `${quoted(schema)}.${quoted(name)}` : quoted(name);
}
function quoteLiteral(value) {
  return `'${value.replace(/'/g, "''")}'`;
}

export {
  buildModelSchema,
  ModelDdl,
  SCALAR_TYPES,
  nativeType,
  serialType,
  REFERENTIAL_ACTIONS,
  defaultConstraintName,
  quoted,
  qualified,
  quoteLiteral
};
