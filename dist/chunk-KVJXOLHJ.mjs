import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  require_dist
} from "./chunk-CFCLJGKF.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/frontends/ts/syntax.ts
var import_typescript_estree = __toESM(require_dist(), 1);
function parseModule(path, text, problems) {
  try {
    return (0, import_typescript_estree.parse)(text, { loc: true, range: true, comment: false, jsx: path.endsWith("x") });
  } catch (error) {
    const e = error;
    problems.push({
      kind: "parse-error",
      message: `TypeScript syntax error: ${String(e.message ?? error).split("\n")[0]}; the file's models are not read`,
      location: { file: path, line: e.lineNumber ?? 1, column: (e.column ?? 0) + 1 }
    });
    return null;
  }
}
function nodeLocation(node, file) {
  return { file, line: node.loc.start.line, column: node.loc.start.column + 1, endLine: node.loc.end.line, endColumn: node.loc.end.column + 1 };
}
function stringOf(node) {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join("");
  if (node.type === "TSAsExpression" || node.type === "TSSatisfiesExpression") return stringOf(node.expression);
  return null;
}
function numberOf(node) {
  if (node?.type === "Literal" && typeof node.value === "number") return node.value;
  if (node?.type === "UnaryExpression" && node.operator === "-" && node.argument.type === "Literal" && typeof node.argument.value === "number") return -node.argument.value;
  return null;
}
function unwrap(node) {
  let n = node;
  while (n.type === "TSAsExpression" || n.type === "TSSatisfiesExpression" || n.type === "TSNonNullExpression") n = n.expression;
  return n;
}
function property(object, key) {
  if (!object || object.type !== "ObjectExpression") return void 0;
  for (const p of object.properties) {
    if (p.type !== "Property") continue;
    const name = p.key.type === "Identifier" && !p.computed ? p.key.name : stringOf(p.key);
    if (name === key) return p.value;
  }
  return void 0;
}
function callChain(node) {
  const out = [];
  let n = unwrap(node);
  while (n.type === "CallExpression") {
    const callee = n.callee;
    if (callee.type === "MemberExpression" && !callee.computed && callee.property.type === "Identifier") {
      const inner = unwrap(callee.object);
      if (inner.type === "CallExpression") {
        out.unshift({ name: callee.property.name, args: n.arguments, node: n });
        n = inner;
        continue;
      }
      const head = dotted(callee);
      if (!head) return null;
      out.unshift({ name: head, args: n.arguments, node: n });
      return out;
    }
    if (callee.type === "Identifier") {
      out.unshift({ name: callee.name, args: n.arguments, node: n });
      return out;
    }
    return null;
  }
  return null;
}
function dotted(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") {
    const left = dotted(node.object);
    return left ? `${left}.${node.property.name}` : null;
  }
  return null;
}
function namedImports(program) {
  const out = /* @__PURE__ */ new Map();
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration") continue;
    for (const spec of statement.specifiers) {
      if (spec.type === "ImportSpecifier") {
        const imported = spec.imported.type === "Identifier" ? spec.imported.name : String(spec.imported.value);
        out.set(spec.local.name, { source: statement.source.value, imported });
      } else if (spec.type === "ImportNamespaceSpecifier") {
        out.set(spec.local.name, { source: statement.source.value, imported: "*" });
      }
    }
  }
  return out;
}
function topLevelConsts(program) {
  const out = [];
  const exportedNames = /* @__PURE__ */ new Set();
  for (const statement of program.body) {
    if (statement.type === "ExportNamedDeclaration" && !statement.declaration) {
      for (const spec of statement.specifiers) if (spec.local.type === "Identifier") exportedNames.add(spec.local.name);
    }
  }
  for (const statement of program.body) {
    const exported = statement.type === "ExportNamedDeclaration";
    const declaration = exported ? statement.declaration : statement;
    if (!declaration || declaration.type !== "VariableDeclaration") continue;
    for (const d of declaration.declarations) {
      if (d.id.type === "Identifier" && d.init) out.push({ name: d.id.name, init: d.init, exported: exported || exportedNames.has(d.id.name), node: d });
    }
  }
  return out;
}

export {
  parseModule,
  nodeLocation,
  stringOf,
  numberOf,
  unwrap,
  property,
  callChain,
  dotted,
  namedImports,
  topLevelConsts
};
