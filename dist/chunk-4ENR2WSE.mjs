import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  canonicalType,
  isKnownTypeName
} from "./chunk-RVYDEI43.mjs";

// src/frontends/python/syntax.ts
function nodeLocation(node, file) {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1
  };
}
function unwrap(node) {
  let current = node;
  while (current.type === "parenthesized_expression" && current.namedChildCount === 1) {
    current = current.namedChild(0);
  }
  return current;
}
var SIMPLE_ESCAPES = {
  "\\\\": "\\",
  "\\'": "'",
  '\\"': '"',
  "\\n": "\n",
  "\\t": "	",
  "\\r": "\r",
  "\\0": "\0",
  "\\a": "\x07",
  "\\b": "\b",
  "\\f": "\f",
  "\\v": "\v",
  "\\\n": ""
};
function decodeEscape(text) {
  if (text in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[text];
  const kind = text[1];
  if (kind === "x" || kind === "u" || kind === "U") return String.fromCodePoint(parseInt(text.slice(2), 16));
  if (kind !== void 0 && kind >= "0" && kind <= "7") return String.fromCodePoint(parseInt(text.slice(1), 8));
  return text;
}
function stringValue(input) {
  if (!input) return null;
  const node = unwrap(input);
  if (node.type === "concatenated_string") {
    let out2 = "";
    for (const part of node.namedChildren) {
      const value = part ? stringValue(part) : null;
      if (value === null) return null;
      out2 += value;
    }
    return out2;
  }
  if (node.type !== "string") return null;
  const start = node.namedChildren.find((c) => c?.type === "string_start");
  const prefix = (start?.text ?? "").replace(/['"]+$/u, "").toLowerCase();
  if (prefix.includes("b")) return null;
  const raw = prefix.includes("r");
  let out = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case "string_start":
      case "string_end":
        break;
      case "string_content":
        out += raw ? child.text : decodeContent(child);
        break;
      case "escape_sequence":
        out += raw ? child.text : decodeEscape(child.text);
        break;
      case "interpolation":
        return null;
      default:
        out += child.text;
    }
  }
  return out;
}
function decodeContent(node) {
  if (node.namedChildCount === 0) return node.text;
  let out = "";
  let cursor = node.startIndex;
  const text = node.text;
  for (const child of node.namedChildren) {
    if (!child) continue;
    out += text.slice(cursor - node.startIndex, child.startIndex - node.startIndex);
    out += child.type === "escape_sequence" ? decodeEscape(child.text) : child.text;
    cursor = child.endIndex;
  }
  out += text.slice(cursor - node.startIndex);
  return out;
}
var NOT_STATIC = /* @__PURE__ */ Symbol("not static");
function staticValue(input) {
  if (!input) return NOT_STATIC;
  const node = unwrap(input);
  switch (node.type) {
    case "string":
    case "concatenated_string": {
      const value = stringValue(node);
      return value === null ? NOT_STATIC : value;
    }
    case "integer": {
      const text = node.text.replace(/_/gu, "").toLowerCase();
      const value = text.startsWith("0x") || text.startsWith("0o") || text.startsWith("0b") ? Number(text) : parseInt(text, 10);
      return Number.isFinite(value) ? value : NOT_STATIC;
    }
    case "float":
      return Number(node.text.replace(/_/gu, ""));
    case "true":
      return true;
    case "false":
      return false;
    case "none":
      return null;
    case "unary_operator": {
      const operand = node.childForFieldName("argument");
      const value = staticValue(operand);
      if (typeof value === "number" && node.child(0)?.type === "-") return -value;
      if (typeof value === "number" && node.child(0)?.type === "+") return value;
      return NOT_STATIC;
    }
    case "tuple":
    case "list": {
      const out = [];
      for (const child of node.namedChildren) {
        if (!child || child.type === "comment") continue;
        const value = staticValue(child);
        if (value === NOT_STATIC) return NOT_STATIC;
        out.push(value);
      }
      return out;
    }
    default:
      return NOT_STATIC;
  }
}
function dottedName(input) {
  if (!input) return null;
  const node = unwrap(input);
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = dottedName(node.childForFieldName("object"));
    const attribute = node.childForFieldName("attribute");
    return object && attribute ? `${object}.${attribute.text}` : null;
  }
  return null;
}
function lastSegment(name) {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? name : name.slice(dot + 1);
}
function callArguments(call) {
  const result = { positional: [], keywords: /* @__PURE__ */ new Map(), hasSplat: false };
  const args = call.childForFieldName("arguments");
  if (!args) return result;
  for (const child of args.namedChildren) {
    if (!child || child.type === "comment") continue;
    if (child.type === "keyword_argument") {
      const name = child.childForFieldName("name")?.text;
      const value = child.childForFieldName("value");
      if (name && value) result.keywords.set(name, value);
    } else if (child.type === "list_splat" || child.type === "dictionary_splat") {
      result.hasSplat = true;
    } else {
      result.positional.push(child);
    }
  }
  return result;
}
function calleeName(call) {
  return call.type === "call" ? dottedName(call.childForFieldName("function")) : null;
}
function syntaxErrors(root) {
  const out = [];
  const visit = (node) => {
    if (node.isError || node.isMissing) {
      out.push(node);
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return out;
}

// src/frontends/python/sqlalchemyTypes.ts
var CONVENTIONAL_IMPORTS = /* @__PURE__ */ new Map([
  ["sa", "sqlalchemy"],
  ["sqlalchemy", "sqlalchemy"],
  ["postgresql", "sqlalchemy.dialects.postgresql"],
  ["pg", "sqlalchemy.dialects.postgresql"]
]);
var EXTRA_NAMES = {
  pickletype: "bytea",
  autostring: "varchar",
  // sqlmodel.sql.sqltypes.AutoString
  guid: "uuid"
};
var SQLALCHEMY_UTILS_TYPES = {
  EmailType: { base: "varchar", length: 255, lengthKeyword: "length" },
  URLType: { base: "text" },
  ScalarListType: { base: "text" },
  UUIDType: { base: "uuid", native: false },
  TSVectorType: { base: "tsvector" },
  IPAddressType: { base: "varchar", length: 50, lengthKeyword: "max_length" },
  ColorType: { base: "varchar", length: 20, lengthKeyword: "max_length" },
  PhoneNumberType: { base: "varchar", length: 20, lengthKeyword: "max_length", lengthPosition: 1 },
  CountryType: { base: "varchar", length: 2 },
  CurrencyType: { base: "varchar", length: 3 },
  LocaleType: { base: "varchar", length: 10 },
  TimezoneType: { base: "varchar", length: 50 }
};
function isTypeModule(qualified) {
  return qualified === "sqlalchemy" || qualified.startsWith("sqlalchemy.") || qualified.startsWith("sqlmodel");
}
function readImports(root) {
  const imports = /* @__PURE__ */ new Map();
  const visit = (node) => {
    if (node.type === "import_statement") {
      for (const child of node.childrenForFieldName("name")) {
        if (!child) continue;
        if (child.type === "aliased_import") {
          const name = dottedText(child.childForFieldName("name"));
          const alias = child.childForFieldName("alias")?.text;
          if (name && alias) imports.set(alias, name);
        } else {
          const name = dottedText(child);
          if (name) imports.set(name.split(".")[0], name.split(".")[0]);
        }
      }
      return;
    }
    if (node.type === "import_from_statement") {
      const module = dottedText(node.childForFieldName("module_name"));
      if (!module) return;
      for (const child of node.childrenForFieldName("name")) {
        if (!child) continue;
        if (child.type === "aliased_import") {
          const name = dottedText(child.childForFieldName("name"));
          const alias = child.childForFieldName("alias")?.text;
          if (name && alias) imports.set(alias, `${module}.${name}`);
        } else {
          const name = dottedText(child);
          if (name) imports.set(name, `${module}.${name}`);
        }
      }
      return;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return imports;
}
function dottedText(node) {
  if (!node) return null;
  if (node.type === "dotted_name" || node.type === "identifier" || node.type === "relative_import") return node.text;
  return null;
}
function qualifyName(name, imports) {
  const map = imports ?? CONVENTIONAL_IMPORTS;
  const dot = name.indexOf(".");
  const head = dot === -1 ? name : name.slice(0, dot);
  const rest = dot === -1 ? "" : name.slice(dot);
  const bound = map.get(head) ?? (imports ? CONVENTIONAL_IMPORTS.get(head) : void 0);
  return bound ? bound + rest : name;
}
function sqlalchemyType(input, imports) {
  const node = unwrap(input);
  const callee = node.type === "call" ? node.childForFieldName("function") : node;
  if (node.type === "call" && callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "with_variant") {
    const args2 = callArguments(node);
    const dialect = stringValue(args2.positional[1] ?? args2.keywords.get("dialect_name"));
    const base2 = callee.childForFieldName("object");
    if (dialect === "postgresql" && args2.positional[0]) return sqlalchemyType(args2.positional[0], imports);
    if (base2) return sqlalchemyType(base2, imports);
  }
  const name = dottedName(callee);
  if (!name) return { type: null, unresolved: `the type expression \`${shorten(node.text)}\` cannot be evaluated statically` };
  const qualified = qualifyName(name, imports);
  const className = lastSegment(qualified);
  const lower = className.toLowerCase();
  const utils = qualified.startsWith("sqlalchemy_utils.") ? SQLALCHEMY_UTILS_TYPES[className] : void 0;
  if (utils) {
    const args2 = node.type === "call" ? callArguments(node) : null;
    const sized = args2 ? staticValue(args2.keywords.get(utils.lengthKeyword ?? "") ?? (utils.lengthKeyword ? args2.positional[utils.lengthPosition ?? 0] : void 0)) : void 0;
    const length = typeof sized === "number" ? sized : utils.length;
    if (utils.native === false && args2 && staticValue(args2.keywords.get("native")) === false) return { type: null, unresolved: `\`${name}(native=False)\` is stored as binary; ormlint does not evaluate it` };
    return { type: canonicalType(utils.base, { args: length === void 0 ? [] : [length] }) };
  }
  const known = isKnownTypeName(lower) || lower in EXTRA_NAMES || lower === "enum" || lower === "array";
  const fromSqlalchemy = isTypeModule(qualified) || !qualified.includes(".") && !imports?.has(qualified);
  if (!known || !fromSqlalchemy) {
    return { type: null, unresolved: `the column type \`${name}\` is not a SQLAlchemy type ormlint knows` };
  }
  const args = node.type === "call" ? callArguments(node) : { positional: [], keywords: /* @__PURE__ */ new Map(), hasSplat: false };
  const num = (n) => {
    const value = staticValue(n);
    return typeof value === "number" ? value : null;
  };
  const flag = (key) => staticValue(args.keywords.get(key)) === true;
  if (lower === "enum") return enumType(args);
  if (lower === "array") {
    const item = args.positional[0] ?? args.keywords.get("item_type");
    if (!item) return { type: null, unresolved: "ARRAY() without an item type" };
    const inner = sqlalchemyType(item, imports);
    if (inner.type === null) return inner;
    return { ...inner, type: inner.type.endsWith("[]") ? inner.type : `${inner.type}[]` };
  }
  const base = EXTRA_NAMES[lower] ?? className;
  switch (lower) {
    case "string":
    case "unicode":
    case "varchar":
    case "nvarchar":
    case "char":
    case "nchar":
    case "autostring":
    case "bit": {
      const length = num(args.positional[0] ?? args.keywords.get("length"));
      if (lower === "bit" && flag("varying")) return { type: canonicalType("varbit", { args: length === null ? [] : [length] }) };
      return { type: canonicalType(base, { args: length === null ? [] : [length] }) };
    }
    case "numeric":
    case "decimal": {
      const precision = num(args.positional[0] ?? args.keywords.get("precision"));
      const scale = num(args.positional[1] ?? args.keywords.get("scale"));
      return { type: canonicalType(base, { args: precision === null ? [] : scale === null ? [precision] : [precision, scale] }) };
    }
    case "float": {
      const precision = num(args.positional[0] ?? args.keywords.get("precision"));
      return { type: canonicalType(base, { args: precision === null ? [] : [precision] }) };
    }
    case "datetime":
    case "time":
    case "timestamp": {
      const timezone = staticValue(args.positional[0] ?? args.keywords.get("timezone")) === true;
      const precision = num(args.keywords.get("precision") ?? args.positional[1]);
      return { type: canonicalType(base, { timezone, args: precision === null ? [] : [precision] }) };
    }
    default:
      return { type: canonicalType(base) };
  }
}
function enumType(args) {
  const values = [];
  let enumClass = null;
  let unknownValues = args.hasSplat;
  for (const arg of args.positional) {
    const value = stringValue(arg);
    if (value !== null) values.push(value);
    else if (dottedName(arg)) enumClass = lastSegment(dottedName(arg));
    else unknownValues = true;
  }
  const nameNode = args.keywords.get("name");
  let name = nameNode ? stringValue(nameNode) : null;
  if (nameNode && name === null) return { type: null, unresolved: `the enum name \`${shorten(nameNode.text)}\` cannot be evaluated statically` };
  if (name === null && enumClass) name = enumClass.toLowerCase();
  if (staticValue(args.keywords.get("native_enum")) === false) {
    const lengthArg = staticValue(args.keywords.get("length"));
    const length = typeof lengthArg === "number" ? lengthArg : values.length > 0 && !enumClass ? Math.max(...values.map((v) => v.length)) : null;
    return { type: canonicalType("varchar", { args: length === null ? [] : [length] }) };
  }
  if (name === null) return { type: null, unresolved: "a native Enum without name= has no type name on Postgres" };
  const schemaNode = args.keywords.get("schema");
  const schema = schemaNode ? stringValue(schemaNode) : null;
  const createType = staticValue(args.keywords.get("create_type"));
  const result = {
    type: canonicalType(name),
    createsEnum: createType === false ? null : { name, values, ...schema ? { schema } : {} },
    ...schema ? { enumSchema: schema } : {}
  };
  if (enumClass || unknownValues) result.unresolved = `the values of enum "${name}" come from ${enumClass ? `the Python class ${enumClass}` : "an expression"} and are not read`;
  return result;
}
function shorten(text) {
  const flat = text.replace(/\s+/gu, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

export {
  nodeLocation,
  unwrap,
  stringValue,
  NOT_STATIC,
  staticValue,
  dottedName,
  lastSegment,
  callArguments,
  calleeName,
  syntaxErrors,
  readImports,
  qualifyName,
  sqlalchemyType
};
