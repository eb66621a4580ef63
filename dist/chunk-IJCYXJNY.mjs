import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);

// src/frontends/python/syntax.ts
function nodeLocation(node, file) {
  const start = node.startPosition;
  const end = node.endPosition;
  return { file, line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
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
  const parts = stringParts(input);
  if (parts === null || parts.some((p) => typeof p !== "string")) return null;
  return parts.join("");
}
function stringParts(input) {
  if (!input) return null;
  const node = unwrap(input);
  if (node.type === "concatenated_string") {
    const out2 = [];
    for (const part of node.namedChildren) {
      const parts = part ? stringParts(part) : null;
      if (parts === null) return null;
      out2.push(...parts);
    }
    return out2;
  }
  if (node.type !== "string") return null;
  const plain = plainStringValue(node);
  if (plain !== null) return [plain];
  const start = node.namedChildren.find((c) => c?.type === "string_start");
  const prefix = (start?.text ?? "").replace(/['"]+$/u, "").toLowerCase();
  if (prefix.includes("b")) return null;
  const raw = prefix.includes("r");
  const braces = (piece) => prefix.includes("f") ? piece.split("{{").join("{").split("}}").join("}") : piece;
  const out = [];
  let text = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case "string_start":
      case "string_end":
        break;
      case "string_content":
        text += braces(raw ? child.text : decodeContent(child));
        break;
      case "escape_sequence":
        text += raw ? child.text : decodeEscape(child.text);
        break;
      case "interpolation":
        out.push(text, child);
        text = "";
        break;
      default:
        text += child.text;
    }
  }
  out.push(text);
  return out;
}
function plainStringValue(node) {
  const text = node.text;
  const quote = text[0];
  if (quote !== '"' && quote !== "'" || text.includes("\\")) return null;
  const delimiter = text.startsWith(quote.repeat(3)) && text.length >= 6 ? quote.repeat(3) : quote;
  if (!text.endsWith(delimiter) || text.length < 2 * delimiter.length || node.hasError) return null;
  return text.slice(delimiter.length, text.length - delimiter.length);
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
      return staticItems(node, staticValue);
    }
    default:
      return NOT_STATIC;
  }
}
function staticItems(node, evaluate) {
  const out = [];
  for (const child of node.namedChildren) {
    if (!child || child.type === "comment") continue;
    const value = evaluate(child);
    if (value === NOT_STATIC) return NOT_STATIC;
    out.push(value);
  }
  return out;
}
function dottedName(input) {
  const attributes = [];
  let current = input;
  for (; ; ) {
    if (!current) return null;
    const node = unwrap(current);
    if (node.type === "identifier") return attributes.length === 0 ? node.text : `${node.text}.${attributes.reverse().join(".")}`;
    if (node.type !== "attribute") return null;
    const attribute = node.childForFieldName("attribute");
    if (!attribute) return null;
    attributes.push(attribute.text);
    current = node.childForFieldName("object");
  }
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
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.isError || node.isMissing) {
      out.push(node);
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}
function shortenSource(text, max = 40) {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
function stringGlob(node) {
  const parts = stringParts(node);
  if (!parts) return null;
  const glob = parts.map((p) => typeof p === "string" ? p.replace(/[*?[\]{}()!+@\\]/gu, (c) => `\\${c}`) : "*").join("");
  return glob.replace(/\*+/gu, "*");
}

export {
  nodeLocation,
  unwrap,
  stringValue,
  stringParts,
  NOT_STATIC,
  staticValue,
  staticItems,
  dottedName,
  lastSegment,
  callArguments,
  calleeName,
  syntaxErrors,
  shortenSource,
  stringGlob
};
