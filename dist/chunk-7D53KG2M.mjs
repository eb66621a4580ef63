import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

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
  SCALAR_TYPES,
  nativeType,
  serialType,
  REFERENTIAL_ACTIONS,
  defaultConstraintName,
  quoted,
  qualified,
  quoteLiteral
};
