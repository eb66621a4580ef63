import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/schema/pgNames.ts
var MAX_IDENTIFIER_LENGTH = 63;
var RESERVED = /* @__PURE__ */ new Set([
  "all",
  "analyse",
  "analyze",
  "and",
  "any",
  "array",
  "as",
  "asc",
  "asymmetric",
  "both",
  "case",
  "cast",
  "check",
  "collate",
  "column",
  "constraint",
  "create",
  "current_catalog",
  "current_date",
  "current_role",
  "current_time",
  "current_timestamp",
  "current_user",
  "default",
  "deferrable",
  "desc",
  "distinct",
  "do",
  "else",
  "end",
  "except",
  "false",
  "fetch",
  "for",
  "foreign",
  "from",
  "grant",
  "group",
  "having",
  "in",
  "initially",
  "intersect",
  "into",
  "lateral",
  "leading",
  "limit",
  "localtime",
  "localtimestamp",
  "not",
  "null",
  "offset",
  "on",
  "only",
  "or",
  "order",
  "placing",
  "primary",
  "references",
  "returning",
  "select",
  "session_user",
  "some",
  "symmetric",
  "system_user",
  "table",
  "then",
  "to",
  "trailing",
  "true",
  "union",
  "unique",
  "user",
  "using",
  "variadic",
  "when",
  "where",
  "window",
  "with"
]);
function quoteIdent(name) {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name)) return name;
  return `"${name.split('"').join('""')}"`;
}
function truncateBytes(text, max) {
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const len = Buffer.byteLength(ch);
    if (bytes + len > max) break;
    out += ch;
    bytes += len;
  }
  return out;
}
function makeObjectName(name1, name2, label) {
  let overhead = 0;
  if (label) overhead += Buffer.byteLength(label) + 1;
  if (name2) overhead += 1;
  const avail = MAX_IDENTIFIER_LENGTH - overhead;
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 ? Buffer.byteLength(name2) : 0;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let out = truncateBytes(name1, n1);
  if (name2) out += `_${truncateBytes(name2, n2)}`;
  if (label) out += `_${label}`;
  return out;
}
function chooseName(name1, name2, label, taken) {
  let pass = 0;
  let candidate = makeObjectName(name1, name2, label);
  while (taken(candidate)) {
    pass += 1;
    candidate = makeObjectName(name1, name2, `${label}${pass}`);
  }
  return candidate;
}
function columnsPart(columns) {
  let out = "";
  for (const column of columns) {
    const name = column.startsWith("(") ? "expr" : column;
    out = out ? `${out}_${name}` : name;
    if (Buffer.byteLength(out) >= MAX_IDENTIFIER_LENGTH) break;
  }
  return truncateBytes(out, MAX_IDENTIFIER_LENGTH);
}

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

// src/schema/pgDefaults.ts
function quoteLiteral(value) {
  return `'${value.split("'").join("''")}'`;
}
function isBuiltinType(type) {
  const base = type.replace(/\[\]$/, "").replace(/\([^)]*\)/g, "").trim();
  if (/^(timestamp|time)( with(out)? time zone)?$/.test(base) || base.startsWith("interval")) return true;
  return isKnownTypeName(base) || base === "bit varying";
}
function renderTypedConstant(text, type) {
  if (type === "boolean") {
    const v = text.trim().toLowerCase();
    if (["t", "true", "y", "yes", "on", "1"].includes(v)) return "true";
    if (["f", "false", "n", "no", "off", "0"].includes(v)) return "false";
    return null;
  }
  if (type === "integer") {
    const v = text.trim();
    if (!/^[+-]?\d+$/.test(v)) return null;
    const n = String(Number(v));
    return n.startsWith("-") ? `'${n}'::integer` : n;
  }
  if (type === "numeric" && /^\d+(\.\d*)?([eE][+-]?\d+)?$/.test(text.trim()) && /[eE.]/.test(text)) return text.trim();
  const label = type.startsWith("character varying") ? "character varying" : type.startsWith("character(") || type === "character" ? "bpchar" : stripTypmod(type);
  return `${quoteLiteral(text)}::${label}`;
}
function stripTypmod(type) {
  if (type.startsWith("numeric(")) return type.endsWith("[]") ? "numeric[]" : "numeric";
  if (type.startsWith("character varying(")) return type.endsWith("[]") ? "character varying[]" : "character varying";
  if (type.startsWith("character(")) return type.endsWith("[]") ? "bpchar[]" : "bpchar";
  const m = /^(timestamp|time)\(\d+\)( with(?:out)? time zone)(\[\])?$/.exec(type);
  if (m) return `${m[1]}${m[2]}${m[3] ?? ""}`;
  return type;
}
function labelUntypedDefault(text, columnType) {
  if (!columnType) return text;
  const m = /^'((?:[^']|'')*)'$/.exec(text);
  if (!m) return text;
  return renderTypedConstant(m[1].split("''").join("'"), columnType) ?? text;
}

export {
  isKnownTypeName,
  canonicalType,
  typesEquivalent,
  quoteIdent,
  chooseName,
  columnsPart,
  quoteLiteral,
  isBuiltinType,
  renderTypedConstant,
  labelUntypedDefault
};
