import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  isKnownTypeName
} from "./chunk-3V5FYOVI.mjs";

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

export {
  quoteLiteral,
  isBuiltinType,
  renderTypedConstant,
  labelUntypedDefault,
  quoteIdent,
  chooseName,
  columnsPart
};
