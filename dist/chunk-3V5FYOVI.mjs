import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/schema/types.ts
var CANONICAL = {
  // integers
  integer: "integer",
  int: "integer",
  int4: "integer",
  serial: "integer",
  serial4: "integer",
  smallinteger: "smallint",
  smallint: "smallint",
  int2: "smallint",
  smallserial: "smallint",
  serial2: "smallint",
  biginteger: "bigint",
  bigint: "bigint",
  int8: "bigint",
  bigserial: "bigint",
  serial8: "bigint",
  // floats
  float: "double precision",
  double: "double precision",
  double_precision: "double precision",
  "double precision": "double precision",
  float8: "double precision",
  real: "real",
  float4: "real",
  reals: "real",
  // exact numerics
  numeric: "numeric",
  decimal: "numeric",
  // text
  string: "character varying",
  varchar: "character varying",
  "character varying": "character varying",
  unicode: "character varying",
  nvarchar: "character varying",
  text: "text",
  unicodetext: "text",
  clob: "text",
  char: "character",
  character: "character",
  nchar: "character",
  bpchar: "character",
  // booleans
  boolean: "boolean",
  bool: "boolean",
  // date/time
  datetime: "timestamp",
  timestamp: "timestamp",
  date: "date",
  time: "time",
  timestamptz: "timestamp with time zone",
  timetz: "time with time zone",
  interval: "interval",
  // binary, json, misc
  largebinary: "bytea",
  binary: "bytea",
  bytea: "bytea",
  varbinary: "bytea",
  blob: "bytea",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  uuidtype: "uuid",
  inet: "inet",
  cidr: "cidr",
  macaddr: "macaddr",
  macaddr8: "macaddr8",
  money: "money",
  oid: "oid",
  xml: "xml",
  tsvector: "tsvector",
  tsquery: "tsquery",
  bit: "bit",
  varbit: "bit varying",
  "bit varying": "bit varying",
  citext: "citext",
  hstore: "hstore",
  int4range: "int4range",
  int8range: "int8range",
  numrange: "numrange",
  tsrange: "tsrange",
  tstzrange: "tstzrange",
  daterange: "daterange",
  point: "point",
  line: "line",
  lseg: "lseg",
  box: "box",
  path: "path",
  polygon: "polygon",
  circle: "circle"
};
var TAKES_LENGTH = /* @__PURE__ */ new Set(["character varying", "character", "bit", "bit varying"]);
function isKnownTypeName(name) {
  return Object.prototype.hasOwnProperty.call(CANONICAL, name.toLowerCase());
}
function canonicalType(name, opts = {}) {
  const raw = name.trim();
  const last = raw.includes(".") ? raw.slice(raw.lastIndexOf(".") + 1) : raw;
  const lower = last.toLowerCase();
  const args = (opts.args ?? []).filter((a) => typeof a === "number");
  let base = CANONICAL[lower] ?? (CANONICAL[raw.toLowerCase()] ?? null);
  let out;
  if (base === null) {
    out = last;
  } else if (base === "timestamp" || base === "time") {
    const tz = opts.timezone === true;
    const p = args.length > 0 ? `(${args[0]})` : "";
    out = `${base}${p} ${tz ? "with" : "without"} time zone`;
  } else if (base === "timestamp with time zone" || base === "time with time zone") {
    const [b, rest] = base === "timestamp with time zone" ? ["timestamp", "with time zone"] : ["time", "with time zone"];
    out = args.length > 0 ? `${b}(${args[0]}) ${rest}` : base;
  } else if (base === "numeric") {
    out = args.length >= 2 ? `numeric(${args[0]},${args[1]})` : args.length === 1 ? `numeric(${args[0]},0)` : "numeric";
  } else if (base === "double precision" && (lower === "float" || lower === "float8" || lower === "double") && args.length === 1) {
    out = args[0] <= 24 ? "real" : "double precision";
  } else if (TAKES_LENGTH.has(base)) {
    if (args.length > 0) out = `${base}(${args[0]})`;
    else out = base === "character" ? "character(1)" : base === "bit" ? "bit(1)" : base;
  } else if (base === "interval" || base === "json" || base === "jsonb") {
    out = base;
  } else {
    out = base;
  }
  const dims = opts.arrayDims ?? 0;
  return dims > 0 ? `${out}[]` : out;
}
function typesEquivalent(a, b, equivalences = []) {
  if (a === b) return true;
  return equivalences.some((group) => group.includes(a) && group.includes(b));
}

export {
  isKnownTypeName,
  canonicalType,
  typesEquivalent
};
