import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  columnArgumentKind,
  expressionSql,
  isStackOverflow,
  nestingLimitedSource,
  qualifyName,
  readAutoincrement,
  readFlag,
  readForeignKeyArguments,
  readImports,
  readServerDefault,
  referentialAction,
  renderStringDefault,
  sqlalchemyType
} from "./chunk-QQLX4TWS.mjs";
import {
  failureProblem
} from "./chunk-GGE2FSDP.mjs";
import {
  NOT_STATIC,
  callArguments,
  dottedName,
  lastSegment,
  nodeLocation,
  shortenSource,
  staticItems,
  staticValue,
  stringGlob,
  stringParts,
  stringValue,
  syntaxErrors,
  unwrap
} from "./chunk-IJCYXJNY.mjs";
import {
  parsePython
} from "./chunk-U25424FD.mjs";
import {
  mayHoldSuppressions,
  pythonComments
} from "./chunk-UZYLDHA3.mjs";
import {
  tableKey
} from "./chunk-3QLYHN6G.mjs";
import {
  loadSqlParser,
  sqlToOperations
} from "./chunk-JV7GSIGN.mjs";
import {
  require_wasm
} from "./chunk-JAHM4SGJ.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/schema/revisionGraph.ts
function computeRevisionGraph(nodes) {
  const order = nodes.map(() => -1);
  const byId = /* @__PURE__ */ new Map();
  const filesById = /* @__PURE__ */ new Map();
  const indices = nodes.map((_, i) => i).sort((a, b) => compareIds(nodes[a].file, nodes[b].file) || a - b);
  for (const i of indices) {
    const node = nodes[i];
    if (!byId.has(node.id)) byId.set(node.id, i);
    const files = filesById.get(node.id);
    if (files) files.push(node.file);
    else filesById.set(node.id, [node.file]);
  }
  const ids = [...byId.keys()].sort(compareIds);
  const duplicates = ids.filter((id) => filesById.get(id).length > 1).map((id) => ({ id, files: filesById.get(id) }));
  const parentsOf = (id) => unique(nodes[byId.get(id)].parents);
  const edgesOf = (id) => unique([...parentsOf(id), ...(nodes[byId.get(id)].dependsOn ?? []).filter((d) => byId.has(d))]);
  const named = /* @__PURE__ */ new Set();
  const dangling = [];
  for (const id of ids) {
    for (const parent of parentsOf(id)) {
      named.add(parent);
      if (!byId.has(parent)) dangling.push({ id, missingParent: parent });
    }
  }
  const heads = ids.filter((id) => !named.has(id));
  const roots = ids.filter((id) => parentsOf(id).length === 0);
  const waiting = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const edges = edgesOf(id);
    waiting.set(id, edges.length);
    for (const target of edges) {
      const list = children.get(target);
      if (list) list.push(id);
      else children.set(target, [id]);
    }
  }
  const ready = new MinHeap(compareIds);
  for (const id of ids) if (waiting.get(id) === 0) ready.push(id);
  let position = 0;
  while (ready.size > 0) {
    const id = ready.pop();
    order[byId.get(id)] = position++;
    for (const child of children.get(id) ?? []) {
      const left = waiting.get(child) - 1;
      waiting.set(child, left);
      if (left === 0) ready.push(child);
    }
  }
  return { graph: { heads, roots, dangling, duplicates, cycles: findCycles(ids, edgesOf) }, order };
}
function findCycles(ids, edgesOf) {
  const known = new Set(ids);
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const start of ids) {
    if (index.has(start)) continue;
    const work = [{ id: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter++;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = edgesOf(frame.id).filter((e) => known.has(e));
      if (frame.next < edges.length) {
        const target = edges[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter);
          counter++;
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id), index.get(target)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id), low.get(frame.id)));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1 || edgesOf(frame.id).includes(frame.id)) components.push(component);
      }
    }
  }
  return components.map((component) => loopThrough(component, edgesOf)).sort((a, b) => compareIds(a[0], b[0]));
}
function loopThrough(component, edgesOf) {
  const members = new Set(component);
  const start = [...component].sort(compareIds)[0];
  const previous = /* @__PURE__ */ new Map();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift();
    for (const next of [...edgesOf(id)].sort(compareIds)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [id];
        while (path[0] !== start) path.unshift(previous.get(path[0]));
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, id);
        queue.push(next);
      }
    }
  }
  return [start];
}
var MinHeap = class {
  constructor(compare) {
    this.compare = compare;
  }
  compare;
  items = [];
  get size() {
    return this.items.length;
  }
  push(item) {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (this.compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== void 0) {
      items[0] = last;
      let i = 0;
      for (; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.compare(items[left], items[smallest]) < 0) smallest = left;
        if (right < items.length && this.compare(items[right], items[smallest]) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
};
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function unique(values) {
  return [...new Set(values)];
}

// src/frontends/python/alembicOps.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/frontends/python/constants.ts
var MAX_DEPTH = 16;
function evaluateConstant(input, scope, depth = 0) {
  if (!input || depth > MAX_DEPTH) return NOT_STATIC;
  const literal = staticValue(input);
  if (literal !== NOT_STATIC) return literal;
  const node = unwrap(input);
  switch (node.type) {
    case "identifier": {
      const bound = resolveName(node.text, scope);
      if (!bound) return NOT_STATIC;
      return evaluateConstant(bound.value, bound.scope, depth + 1);
    }
    case "string":
    case "concatenated_string":
      return formatString(node, scope, depth);
    case "binary_operator": {
      if (node.childForFieldName("operator")?.text !== "+") return NOT_STATIC;
      const left = evaluateConstant(node.childForFieldName("left"), scope, depth + 1);
      const right = evaluateConstant(node.childForFieldName("right"), scope, depth + 1);
      if (typeof left === "string" && typeof right === "string") return left + right;
      if (typeof left === "number" && typeof right === "number") return left + right;
      if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
      return NOT_STATIC;
    }
    case "tuple":
    case "list":
      return staticItems(node, (item) => evaluateConstant(item, scope, depth + 1));
    case "conditional_expression": {
      const [whenTrue, condition, whenFalse] = node.namedChildren.filter((c) => !!c && c.type !== "comment");
      const test = evaluateConstant(condition, scope, depth + 1);
      if (test === NOT_STATIC || Array.isArray(test) || typeof test === "object" && test !== null) return NOT_STATIC;
      return evaluateConstant(test ? whenTrue : whenFalse, scope, depth + 1);
    }
    case "subscript": {
      const container = node.childForFieldName("value");
      const keyNode = node.childForFieldName("subscript");
      const key = evaluateConstant(keyNode, scope, depth + 1);
      if (typeof key !== "string" && typeof key !== "number") return NOT_STATIC;
      const dict = container ? constantDictionary(container, scope, depth + 1) : null;
      const entry = dict?.find(([k]) => k === key);
      return entry ? evaluateConstant(entry[1], dict.scope, depth + 1) : NOT_STATIC;
    }
    case "call":
      return stringMethod(node, scope, depth);
    default:
      return NOT_STATIC;
  }
}
var STRING_METHODS = /* @__PURE__ */ new Set(["replace", "lower", "upper", "strip", "lstrip", "rstrip"]);
function stringMethod(call, scope, depth) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute") return NOT_STATIC;
  const method = callee.childForFieldName("attribute")?.text ?? "";
  if (!STRING_METHODS.has(method)) return NOT_STATIC;
  const subject = evaluateConstant(callee.childForFieldName("object"), scope, depth + 1);
  if (typeof subject !== "string") return NOT_STATIC;
  const args = callArguments(call);
  if (args.keywords.size > 0 || args.hasSplat) return NOT_STATIC;
  const values = args.positional.map((a) => evaluateConstant(a, scope, depth + 1));
  const ascii = (s) => /^[\x00-\x7f]*$/u.test(s);
  switch (method) {
    case "replace": {
      const [old, replacement, count] = values;
      if (typeof old !== "string" || old === "" || typeof replacement !== "string" || values.length > 3) return NOT_STATIC;
      if (count !== void 0 && typeof count !== "number") return NOT_STATIC;
      const parts = subject.split(old);
      const limit = count === void 0 || count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1);
      return parts.slice(0, limit + 1).join(replacement) + (limit < parts.length - 1 ? old + parts.slice(limit + 1).join(old) : "");
    }
    case "lower":
    case "upper":
      if (values.length > 0 || !ascii(subject)) return NOT_STATIC;
      return method === "lower" ? subject.toLowerCase() : subject.toUpperCase();
    default: {
      const [chars] = values;
      if (values.length > 1 || chars !== void 0 && chars !== null && typeof chars !== "string") return NOT_STATIC;
      if ((chars === void 0 || chars === null) && !ascii(subject)) return NOT_STATIC;
      const set = typeof chars === "string" ? new Set(chars) : new Set(" 	\n\r\v\f");
      let start = 0;
      let end = subject.length;
      if (method !== "rstrip") while (start < end && set.has(subject[start])) start++;
      if (method !== "lstrip") while (end > start && set.has(subject[end - 1])) end--;
      return subject.slice(start, end);
    }
  }
}
function constantDictionary(input, scope, depth) {
  if (depth > MAX_DEPTH) return null;
  let node = unwrap(input);
  let where = scope;
  if (node.type === "identifier") {
    const bound = resolveName(node.text, scope);
    if (!bound) return null;
    node = unwrap(bound.value);
    where = bound.scope;
  }
  if (node.type !== "dictionary") return null;
  const pairs = [];
  pairs.scope = where;
  for (const pair of node.namedChildren) {
    if (pair?.type !== "pair") continue;
    const key = evaluateConstant(pair.childForFieldName("key"), where, depth + 1);
    const value = pair.childForFieldName("value");
    if (key === NOT_STATIC || !value) return null;
    pairs.push([key, value]);
  }
  return pairs;
}
function evaluateString(node, scope) {
  const value = evaluateConstant(node, scope);
  return typeof value === "string" ? value : null;
}
function resolveName(name, scope) {
  const local = scope.locals.get(name);
  if (local) return local.length === 1 ? { value: local[0], scope } : null;
  const value = scope.module.get(name);
  return value ? { value, scope: { locals: /* @__PURE__ */ new Map(), module: scope.module } } : null;
}
function formatString(node, scope, depth) {
  const parts = stringParts(node);
  if (parts === null) return NOT_STATIC;
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const expressions = part.namedChildren.filter((c) => !!c && c.type !== "comment");
    if (expressions.length !== 1) return NOT_STATIC;
    const value = evaluateConstant(expressions[0], scope, depth + 1);
    if (typeof value === "string") out += value;
    else if (typeof value === "number" && Number.isInteger(value)) out += String(value);
    else return NOT_STATIC;
  }
  return out;
}
function iterationItems(input, scope, depth = 0) {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(input);
  if (node.type === "identifier") {
    const bound = resolveName(node.text, scope);
    return bound ? iterationItems(bound.value, bound.scope, depth + 1) : null;
  }
  if (node.type === "list" || node.type === "tuple") {
    return node.namedChildren.filter((c) => !!c && c.type !== "comment").map((c) => [c]);
  }
  if (node.type === "dictionary") return dictionaryPairs(node)?.map(([key]) => [key]) ?? null;
  if (node.type === "call") {
    const fn = node.childForFieldName("function");
    const args = node.childForFieldName("arguments");
    if (fn?.type !== "attribute" || (args?.namedChildCount ?? 0) > 0) return null;
    const method = fn.childForFieldName("attribute")?.text;
    const object = fn.childForFieldName("object");
    const dict = object ? dictionaryOf(object, scope, depth + 1) : null;
    if (!dict) return null;
    const pairs = dictionaryPairs(dict);
    if (!pairs) return null;
    if (method === "items") return pairs.map(([key, value]) => [key, value]);
    if (method === "keys") return pairs.map(([key]) => [key]);
    if (method === "values") return pairs.map(([, value]) => [value]);
  }
  return null;
}
function dictionaryOf(input, scope, depth) {
  const node = unwrap(input);
  if (node.type === "dictionary") return node;
  if (node.type !== "identifier" || depth > MAX_DEPTH) return null;
  const bound = resolveName(node.text, scope);
  return bound ? dictionaryOf(bound.value, bound.scope, depth + 1) : null;
}
function dictionaryPairs(dict) {
  const out = [];
  for (const child of dict.namedChildren) {
    if (!child || child.type === "comment") continue;
    if (child.type !== "pair") return null;
    const key = child.childForFieldName("key");
    const value = child.childForFieldName("value");
    if (!key || !value) return null;
    out.push([key, value]);
  }
  return out;
}

// src/frontends/python/conditions.ts
function sqlalchemyDialectName(configDialect) {
  return configDialect === "postgres" ? "postgresql" : configDialect;
}
var MAX_DEPTH2 = 16;
function evaluateCondition(input, ctx, depth = 0) {
  if (depth > MAX_DEPTH2) return null;
  const node = unwrap(input);
  switch (node.type) {
    case "not_operator": {
      const value = evaluateCondition(node.childForFieldName("argument"), ctx, depth + 1);
      return value === null ? null : !value;
    }
    case "boolean_operator": {
      const left = evaluateCondition(node.childForFieldName("left"), ctx, depth + 1);
      const right = evaluateCondition(node.childForFieldName("right"), ctx, depth + 1);
      const and = node.childForFieldName("operator")?.text === "and";
      if (and) return left === false || right === false ? false : left === true && right === true ? true : null;
      return left === true || right === true ? true : left === false && right === false ? false : null;
    }
    case "comparison_operator":
      return comparison(node, ctx, depth);
    case "call":
      return callCondition(node, ctx, depth);
    default: {
      const known = knownValue(node, ctx, depth + 1);
      if (known?.kind === "value" && typeof known.value === "boolean") return known.value;
      if (known?.kind === "value" && (typeof known.value === "string" || Array.isArray(known.value))) return known.value.length > 0;
      return null;
    }
  }
}
function comparison(node, ctx, depth) {
  const operands = node.namedChildren.filter((c) => !!c && c.type !== "comment");
  if (operands.length !== 2) return null;
  const operator = node.children.filter((c) => c && !c.isNamed).map((c) => c.text).join(" ");
  if (["is", "is not", "==", "!="].includes(operator)) {
    for (const [condition, other] of [[operands[0], operands[1]], [operands[1], operands[0]]]) {
      const constant2 = evaluateConstant(other, ctx.names);
      if (typeof constant2 !== "boolean") continue;
      const value = evaluateCondition(condition, ctx, depth + 1);
      if (value === null) return null;
      return operator === "is" || operator === "==" ? value === constant2 : value !== constant2;
    }
  }
  const left = knownValue(operands[0], ctx, depth + 1);
  const right = knownValue(operands[1], ctx, depth + 1);
  if (!left || !right) return null;
  const name = (k) => k.kind === "dialectName" ? ctx.dialect : null;
  const constant = (k) => k.kind === "value" ? k.value : NOT_STATIC;
  const [a, b] = [name(left) ?? constant(left), name(right) ?? constant(right)];
  if (a === NOT_STATIC || b === NOT_STATIC) return null;
  switch (operator) {
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "in":
      return Array.isArray(b) ? b.includes(a) : null;
    case "not in":
      return Array.isArray(b) ? !b.includes(a) : null;
    default:
      return null;
  }
}
function callCondition(node, ctx, depth) {
  const fn = node.childForFieldName("function");
  if (fn?.type !== "attribute") return null;
  const method = fn.childForFieldName("attribute")?.text;
  const object = fn.childForFieldName("object");
  const args = callArguments(node);
  if (method === "is_offline_mode" && args.positional.length === 0) return isContext(object, ctx, depth) ? false : null;
  if (method !== "startswith" || args.positional.length !== 1) return null;
  const subject = knownValue(object, ctx, depth + 1);
  const prefixes = evaluateConstant(args.positional[0], ctx.names);
  const list = typeof prefixes === "string" ? [prefixes] : Array.isArray(prefixes) && prefixes.every((p) => typeof p === "string") ? prefixes : null;
  if (!subject || !list) return null;
  const results = list.map((prefix) => startsWith(subject, prefix, ctx.dialect));
  if (results.includes(true)) return true;
  return results.every((r) => r === false) ? false : null;
}
function startsWith(subject, prefix, dialect) {
  if (subject.kind === "dialectName") return dialect.startsWith(prefix);
  if (subject.kind === "value") return typeof subject.value === "string" ? subject.value.startsWith(prefix) : null;
  if (subject.kind !== "url") return null;
  if (dialect.startsWith(prefix)) return true;
  if (prefix.startsWith(dialect) && (prefix[dialect.length] === "+" || prefix[dialect.length] === ":")) return null;
  return false;
}
function knownValue(input, ctx, depth) {
  if (depth > MAX_DEPTH2) return null;
  const node = unwrap(input);
  const constant = evaluateConstant(node, ctx.names);
  if (constant !== NOT_STATIC) return { kind: "value", value: constant };
  if (node.type === "identifier") {
    if (node.text === "context" && !ctx.names.locals.has("context") && !ctx.names.module.has("context")) return { kind: "connection" };
    const bound = resolveName(node.text, ctx.names);
    return bound ? knownValue(bound.value, { ...ctx, names: bound.scope }, depth + 1) : null;
  }
  if (node.type === "attribute") {
    const attribute = node.childForFieldName("attribute")?.text;
    const object = knownValue(node.childForFieldName("object"), ctx, depth + 1);
    if (!object) return null;
    if (object.kind === "connection") {
      if (attribute === "dialect") return { kind: "dialect" };
      if (attribute === "url") return { kind: "urlObject" };
      if (attribute === "engine" || attribute === "bind" || attribute === "connection") return { kind: "connection" };
      if (attribute === "as_sql") return { kind: "value", value: false };
      return null;
    }
    if (object.kind === "dialect" && attribute === "name") return { kind: "dialectName" };
    if (object.kind === "urlObject" && attribute === "drivername") return { kind: "url" };
    return null;
  }
  if (node.type === "call") {
    const fn = node.childForFieldName("function");
    const args = callArguments(node);
    if (fn?.type === "attribute" && args.positional.length === 0) {
      const method = fn.childForFieldName("attribute")?.text;
      const object = fn.childForFieldName("object");
      if ((method === "get_bind" || method === "get_context") && (unwrap(object).text === "op" || knownValue(object, ctx, depth + 1)?.kind === "connection")) return { kind: "connection" };
      if (method === "get_backend_name" && knownValue(object, ctx, depth + 1)?.kind === "urlObject") return { kind: "dialectName" };
    }
    if (fn?.type === "identifier" && fn.text === "str" && args.positional.length === 1) {
      const inner = knownValue(args.positional[0], ctx, depth + 1);
      if (inner?.kind === "urlObject" || inner?.kind === "url") return { kind: "url" };
      if (inner?.kind === "dialectName") return inner;
    }
  }
  return null;
}
function isContext(node, ctx, depth) {
  return knownValue(node, ctx, depth + 1)?.kind === "connection";
}

// src/frontends/python/alembicOps.ts
var PARAMETERS = {
  drop_table: ["table_name"],
  rename_table: ["old_table_name", "new_table_name"],
  add_column: ["table_name", "column"],
  drop_column: ["table_name", "column_name"],
  alter_column: ["table_name", "column_name"],
  create_index: ["index_name", "table_name", "columns"],
  drop_index: ["index_name", "table_name"],
  create_foreign_key: ["constraint_name", "source_table", "referent_table", "local_cols", "remote_cols"],
  create_unique_constraint: ["constraint_name", "table_name", "columns"],
  create_primary_key: ["constraint_name", "table_name", "columns"],
  create_check_constraint: ["constraint_name", "table_name", "condition"],
  drop_constraint: ["constraint_name", "table_name", "type_"],
  create_table_comment: ["table_name", "comment"],
  drop_table_comment: ["table_name"],
  execute: ["sqltext"]
};
var QUIET_OPERATIONS = /* @__PURE__ */ new Set([
  "get_bind",
  "bulk_insert",
  "create_entity",
  "replace_entity",
  "drop_entity",
  "get_context",
  "inline_literal",
  "invoke",
  "run_async",
  "f",
  "implementation_for",
  "register_operation",
  "create_exclude_constraint",
  "create_sequence",
  "drop_sequence",
  "batch_alter_table"
]);
var LIBRARY_SQL_WITHOUT_TABLES = /* @__PURE__ */ new Set([
  // SQLAlchemy-Searchable: the search functions and text search configuration (sql_expressions.sql).
  "sqlalchemy_searchable.sql_expressions"
]);
var NotStatic = class extends Error {
  constructor(reason, node) {
    super(reason);
    this.reason = reason;
    this.node = node;
  }
  reason;
  node;
};
var MAX_HELPER_CHAIN = 8;
function upgradeOperations(upgrade, ctx) {
  const reader = new UpgradeReader(ctx);
  const body = upgrade.childForFieldName("body");
  if (body) reader.block(body, { batch: /* @__PURE__ */ new Map(), depth: 0, locals: collectLocals(body) });
  return { operations: reader.operations, problems: reader.problems, unknownTypes: reader.unknownTypes };
}
var UpgradeReader = class _UpgradeReader {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  operations = [];
  problems = [];
  unknownTypes = [];
  /** A `return` was reached on the path being replayed: the rest of the function does not run. */
  returned = false;
  /** The scope of the block being read: names in arguments are evaluated in it. */
  scope = { batch: /* @__PURE__ */ new Map(), depth: 0, locals: /* @__PURE__ */ new Map() };
  block(body, scope) {
    const outer = this.scope;
    this.scope = scope;
    try {
      for (const statement of body.namedChildren) {
        if (this.returned) break;
        if (statement) this.statement(statement, scope);
      }
    } finally {
      this.scope = outer;
    }
  }
  /** Where names in the current block resolve: its function's locals, then the module. */
  /**
   * An ON DELETE / ON UPDATE action: a literal, or a constant expression (`"CASCADE" if
   * HAS_ONDELETE[table] else None` in a loop over tables). Undefined when it cannot be evaluated.
   */
  action(node) {
    if (!node) return null;
    const value = evaluateConstant(node, this.names());
    if (value === null) return null;
    if (typeof value !== "string") return void 0;
    const upper = value.trim().toUpperCase().split(/\s+/u).join(" ");
    return upper === "" || upper === "NO ACTION" ? null : upper;
  }
  names(scope = this.scope) {
    return { locals: scope.locals, module: this.ctx.moduleValues };
  }
  statement(node, scope, brokenOk = false) {
    if (!brokenOk && node.hasError && node.type !== "if_statement" && node.type !== "with_statement" && node.type !== "try_statement") {
      const reader = new _UpgradeReader(this.ctx);
      reader.statement(node, scope, true);
      const touched = tablesOf(reader.operations);
      if (touched.length > 0) this.uncertainOnly(node, touched, "this statement has a syntax error", createdBy(reader.operations));
      return;
    }
    switch (node.type) {
      case "expression_statement": {
        for (const child of node.namedChildren) {
          if (!child) continue;
          const expression = child.type === "assignment" ? child.childForFieldName("right") : child;
          const call = expression ? unwrapAwait(expression) : null;
          if (call?.type === "call") this.call(call, scope);
        }
        return;
      }
      case "return_statement":
        this.returned = true;
        return;
      case "with_statement":
        this.withStatement(node, scope);
        return;
      case "if_statement":
        this.ifStatement(node, scope);
        return;
      case "for_statement":
      case "while_statement":
        this.loop(node, scope);
        return;
      case "try_statement": {
        const body = node.childForFieldName("body");
        if (body) this.block(body, scope);
        for (const child of node.namedChildren) {
          if (child?.type === "finally_clause") {
            const finallyBody = child.namedChildren.find((c) => c?.type === "block");
            if (finallyBody) this.block(finallyBody, scope);
          }
        }
        return;
      }
      default:
        return;
    }
  }
  withStatement(node, scope) {
    const batch = new Map(scope.batch);
    const clause = node.namedChildren.find((c) => c?.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      const value = item?.childForFieldName("value");
      if (!value) continue;
      const call = value.type === "as_pattern" ? value.namedChildren[0] : value;
      const alias = value.type === "as_pattern" ? value.childForFieldName("alias")?.namedChildren[0] ?? value.namedChildren[1] : null;
      if (!call || call.type !== "call") continue;
      const name = dottedName(call.childForFieldName("function"));
      if (!name || !this.isOp(name.split(".")[0]) || name.split(".").length !== 2 || lastSegment(name) !== "batch_alter_table") continue;
      const args = callArguments(call);
      const table = this.readTable(args.positional[0] ?? args.keywords.get("table_name"), args.keywords.get("schema"));
      if (!table) {
        this.uncertain(call, [], "the table of this batch_alter_table() is not a literal");
        continue;
      }
      if (alias?.type === "identifier") batch.set(alias.text, table);
    }
    const body = node.childForFieldName("body");
    if (body) this.block(body, { ...scope, batch });
  }
  /**
   * `if` / `elif` / `else`: a condition decided by the configured dialect or a constant picks its
   * branch; from the first condition that cannot be decided on, that branch is replayed as if it
   * held and the later ones are only marked (they might have run instead).
   */
  ifStatement(node, scope) {
    const clauses = [
      { node, condition: node.childForFieldName("condition"), body: node.childForFieldName("consequence") }
    ];
    for (const alternative of node.childrenForFieldName("alternative")) {
      if (!alternative) continue;
      const body = alternative.childForFieldName("consequence") ?? alternative.childForFieldName("body") ?? alternative.namedChildren.find((c) => c?.type === "block") ?? null;
      clauses.push({ node: alternative, condition: alternative.type === "elif_clause" ? alternative.childForFieldName("condition") : null, body });
    }
    const conditions = { names: this.names(scope), dialect: sqlalchemyDialectName(this.ctx.dialect ?? "postgres") };
    for (const [i, clause] of clauses.entries()) {
      const holds = clause.condition ? evaluateCondition(clause.condition, conditions) : true;
      if (holds === false) continue;
      if (holds === true) {
        if (clause.body) this.block(clause.body, scope);
        return;
      }
      this.undecidedIf(clause, clauses.slice(i + 1), scope);
      return;
    }
  }
  undecidedIf(first, rest, scope) {
    const before = this.operations.length;
    if (first.body) this.block(first.body, scope);
    this.returned = false;
    const branches = rest.map((clause) => ({ alternative: clause.node, operations: clause.body ? this.dryRun(clause.body, scope) : [] }));
    if (this.operations.length === before && branches.every((b) => b.operations.length === 0)) return;
    this.problems.push({
      kind: "unresolved",
      message: "The condition of this `if` in upgrade() cannot be evaluated statically; its body is replayed as if the condition held",
      location: this.location(first.node),
      // One cause however many there are: counted by the condition as written.
      cause: "undecided-condition",
      item: shortenSource(first.condition?.text ?? "if", 60)
    });
    for (const { alternative, operations } of branches) {
      if (operations.length > 0) this.uncertainOnly(alternative, tablesOf(operations), "an `elif`/`else` branch of upgrade() is not replayed: its condition cannot be evaluated", createdBy(operations));
    }
  }
  loop(node, scope) {
    const body = node.childForFieldName("body");
    if (!body) return;
    if (this.unrolled(node, body, scope)) return;
    const dry = this.dryRun(body, scope);
    if (dry.length === 0) return;
    this.uncertain(node, tablesOf(dry), "migration operations inside a loop cannot be replayed statically", createdBy(dry));
  }
  /**
   * `for name in INDEXES:` over a constant collection (a list/tuple literal, a dict's keys or
   * `.items()`, directly or through a name bound once) runs its body once per item, with the loop
   * variable bound to that item: replayed exactly so. Loops that may stop early are not.
   */
  unrolled(node, body, scope) {
    if (node.type !== "for_statement" || node.namedChildren.some((c) => c?.type === "else_clause") || mayLeaveEarly(body)) return false;
    const right = node.childForFieldName("right");
    const left = node.childForFieldName("left");
    if (!right || !left) return false;
    const targets = left.type === "identifier" ? [left] : left.type === "pattern_list" || left.type === "tuple_pattern" ? left.namedChildren.filter((c) => c?.type === "identifier") : [];
    if (targets.length === 0 || left.type !== "identifier" && targets.length !== left.namedChildCount) return false;
    const items = iterationItems(right, this.names(scope));
    if (!items || items.length > MAX_UNROLLED_ITEMS) return false;
    const bindings = [];
    for (const item of items) {
      if (item.length === targets.length) bindings.push(item);
      else if (targets.length > 1 && item.length === 1 && ["tuple", "list"].includes(unwrap(item[0]).type)) bindings.push(unwrap(item[0]).namedChildren.filter((c) => !!c && c.type !== "comment"));
      else return false;
      if (bindings[bindings.length - 1].length !== targets.length) return false;
    }
    for (const binding of bindings) {
      const locals = new Map(scope.locals);
      targets.forEach((target, i) => locals.set(target.text, [binding[i]]));
      this.block(body, { ...scope, locals });
    }
    return true;
  }
  /** Reads a block into a throw-away reader: which operations (and tables) it would produce. */
  dryRun(body, scope) {
    const reader = new _UpgradeReader(this.ctx);
    reader.block(body, scope);
    return reader.operations;
  }
  call(call, scope) {
    const fn = call.childForFieldName("function");
    const name = dottedName(fn);
    if (name) {
      const dot = name.indexOf(".");
      const head = dot === -1 ? name : name.slice(0, dot);
      const method = name.slice(dot + 1);
      if (dot !== -1 && !method.includes(".") && this.isOp(head)) return this.operation(method, call, null, scope);
      if (dot !== -1 && !method.includes(".") && scope.batch.has(head)) return this.operation(method, call, scope.batch.get(head), scope);
      if (dot === -1 && this.ctx.functions.has(name)) return this.helperCall(call, this.ctx.functions.get(name), scope);
    }
    if (fn?.type === "attribute") {
      const method = fn.childForFieldName("attribute")?.text;
      if (method === "create" || method === "drop") this.enumDdl(call, fn.childForFieldName("object"), method, scope);
    }
  }
  helperCall(call, helper, scope) {
    const params = helper.childForFieldName("parameters");
    const body = helper.childForFieldName("body");
    if (!body) return;
    const chain = scope.helperChain ?? [];
    const fnName = helper.childForFieldName("name")?.text ?? "helper";
    if (chain.some((outer) => outer.equals(helper))) return;
    if (chain.length >= MAX_HELPER_CHAIN) {
      this.uncertain(call, [], `${fnName}() is called through more than ${MAX_HELPER_CHAIN} nested helpers; ormlint does not follow it`);
      return;
    }
    const helperChain = [...chain, helper];
    const simple = scope.depth === 0 && (params?.namedChildCount ?? 0) === 0 && callArguments(call).positional.length === 0;
    if (simple) {
      this.block(body, { batch: /* @__PURE__ */ new Map(), depth: scope.depth + 1, locals: collectLocals(body), helperChain });
      this.returned = false;
      return;
    }
    const dry = this.dryRun(body, { batch: /* @__PURE__ */ new Map(), depth: 99, locals: collectLocals(body), helperChain });
    if (dry.length === 0) return;
    this.uncertain(call, tablesOf(dry), `the helper ${fnName}() takes arguments (or calls further helpers), so its migration operations cannot be replayed statically`, createdBy(dry));
  }
  // --- one op.xxx() call -------------------------------------------------------------------------
  operation(method, call, batchTable, scope) {
    if (QUIET_OPERATIONS.has(method)) return;
    if (method === "create_table" && !batchTable) return this.createTable(call, scope);
    const params = PARAMETERS[method];
    if (!params) {
      this.problems.push({ kind: "unresolved", message: `op.${method}() is not an operation ormlint understands; its effect on the schema is not replayed`, location: this.location(call), cause: "unknown-operation", item: `op.${method}()` });
      return;
    }
    const tableParam = method === "create_foreign_key" ? "source_table" : method === "rename_table" ? "old_table_name" : "table_name";
    const args = callArguments(call);
    const bound = new Map(args.keywords);
    const positional = batchTable ? params.filter((p) => p !== tableParam) : params;
    args.positional.forEach((node, i) => {
      if (positional[i]) bound.set(positional[i], node);
    });
    const schemaNode = bound.get(method === "create_foreign_key" ? "source_schema" : "schema");
    let table = batchTable;
    if (!table && method !== "execute" && method !== "drop_index") {
      table = this.readTable(bound.get(tableParam), schemaNode);
      if (!table) {
        this.uncertain(call, [], `the table name of op.${method}() is not a literal`);
        return;
      }
    }
    if (args.hasSplat) {
      this.uncertain(call, table ? [table] : [], `op.${method}() is called with *args/**kwargs`);
      return;
    }
    this.guard(call, table, () => this.tableOperation(method, call, bound, table, schemaNode, scope));
  }
  /** Runs a reader; a NotStatic it throws becomes an `uncertain` operation on the table. */
  guard(call, table, read) {
    const operations = this.operations.length;
    const problems = this.problems.length;
    try {
      read();
    } catch (error) {
      if (!(error instanceof NotStatic)) throw error;
      this.operations.length = operations;
      this.problems.length = problems;
      this.uncertain(call, table ? [table] : [], error.reason);
    }
  }
  tableOperation(method, call, bound, table, schemaNode, scope) {
    const loc = this.location(call);
    const t = table;
    switch (method) {
      case "drop_table":
        this.emit({ op: "dropTable", table: t, ...staticValue(bound.get("if_exists")) === true ? { ifExists: true } : {}, location: loc });
        return;
      case "rename_table":
        this.emit({ op: "renameTable", table: t, newName: this.requiredName(bound.get("new_table_name"), call, "new table name"), location: loc });
        return;
      case "add_column":
        this.addColumn(call, t, bound.get("column"), scope);
        return;
      case "drop_column":
        this.emit({ op: "dropColumn", table: t, column: this.requiredName(bound.get("column_name"), call, "column name"), location: loc });
        return;
      case "alter_column":
        this.alterColumn(call, t, bound, scope);
        return;
      case "create_index": {
        const where = bound.get("postgresql_where");
        this.emit({
          op: "createIndex",
          table: t,
          name: this.optionalName(bound.get("index_name")),
          columns: this.indexColumns(bound.get("columns"), call),
          unique: staticValue(bound.get("unique")) === true,
          where: where ? this.sqlExpression(where) : null,
          schema: t.schema,
          // Alembic 1.12: CREATE INDEX IF NOT EXISTS / DROP INDEX IF EXISTS.
          ...staticValue(bound.get("if_not_exists")) === true ? { ifNotExists: true } : {},
          location: loc
        });
        return;
      }
      case "drop_index": {
        const schema = schemaNode ? this.requiredName(schemaNode, call, "schema") : table?.schema ?? null;
        const ifExists = staticValue(bound.get("if_exists")) === true;
        this.emit({ op: "dropIndex", index: { schema, name: this.requiredName(bound.get("index_name"), call, "index name") }, ...ifExists ? { ifExists } : {}, location: loc });
        return;
      }
      case "create_foreign_key": {
        const referentSchema = bound.get("referent_schema");
        this.emit({
          op: "addConstraint",
          table: t,
          constraint: {
            kind: "foreignKey",
            name: this.optionalName(bound.get("constraint_name")),
            columns: this.nameList(bound.get("local_cols"), call, "local columns"),
            refTable: {
              schema: referentSchema ? this.optionalName(referentSchema) : null,
              name: this.requiredName(bound.get("referent_table"), call, "referenced table")
            },
            refColumns: this.nameList(bound.get("remote_cols"), call, "referenced columns"),
            onDelete: this.action(bound.get("ondelete")) ?? null,
            onUpdate: this.action(bound.get("onupdate")) ?? null,
            location: loc
          },
          location: loc
        });
        if (this.action(bound.get("ondelete")) === void 0 || this.action(bound.get("onupdate")) === void 0) {
          for (const column of this.nameList(bound.get("local_cols"), call, "local columns")) {
            this.emit({ op: "alterColumn", table: t, column, unknown: ["foreignKey"], location: loc });
          }
        }
        return;
      }
      case "create_unique_constraint":
      case "create_primary_key":
        this.emit({
          op: "addConstraint",
          table: t,
          constraint: {
            kind: method === "create_primary_key" ? "primaryKey" : "unique",
            name: this.optionalName(bound.get("constraint_name")),
            columns: this.nameList(bound.get("columns"), call, "columns"),
            location: loc
          },
          location: loc
        });
        return;
      case "create_check_constraint": {
        const condition = bound.get("condition");
        if (!condition) throw new NotStatic("op.create_check_constraint() without a condition", call);
        this.emit({
          op: "addConstraint",
          table: t,
          constraint: { kind: "check", name: this.optionalName(bound.get("constraint_name")), expression: this.sqlExpression(condition), location: loc },
          location: loc
        });
        return;
      }
      case "drop_constraint":
        this.emit({ op: "dropConstraint", table: t, name: this.requiredName(bound.get("constraint_name"), call, "constraint name"), location: loc });
        return;
      case "create_table_comment":
        this.emit({ op: "comment", table: t, column: null, text: this.requiredName(bound.get("comment"), call, "comment"), location: loc });
        return;
      case "drop_table_comment":
        this.emit({ op: "comment", table: t, column: null, text: null, location: loc });
        return;
      case "execute":
        this.execute(call, bound.get("sqltext"), scope);
        return;
    }
  }
  // --- create_table / columns ------------------------------------------------------------------
  createTable(call, scope) {
    const args = callArguments(call);
    const nameNode = args.positional[0] ?? args.keywords.get("table_name");
    const table = this.readTable(nameNode, args.keywords.get("schema"));
    if (!table) {
      const glob = stringGlob(nameNode);
      const matching = glob !== null && glob.replace(/\*/gu, "") !== "" ? [glob] : [];
      this.uncertain(call, [], "the table name of op.create_table() is not a literal", [], matching);
      return;
    }
    if (args.hasSplat) {
      this.uncertain(call, [table], "op.create_table() takes its columns from *args");
      return;
    }
    const columns = [];
    const constraints = [];
    const indexes = [];
    let primaryKey = null;
    const skipped = [];
    const partialIndexes = [];
    for (const item of args.positional.slice(1)) {
      try {
        const element = this.resolveLocal(unwrap(item), scope);
        const kind = element.type === "call" ? this.sqlalchemyName(element) : null;
        const loc2 = this.location(element);
        const itemArgs = element.type === "call" ? callArguments(element) : null;
        const name = itemArgs ? this.optionalName(itemArgs.keywords.get("name")) : null;
        switch (kind) {
          case "Column":
            columns.push(this.column(element, table, scope));
            break;
          case "PrimaryKeyConstraint":
            primaryKey = { kind: "primaryKey", name, columns: itemArgs.positional.map((n) => this.requiredName(n, element, "column")), location: loc2 };
            break;
          case "UniqueConstraint":
            constraints.push({ kind: "unique", name, columns: itemArgs.positional.map((n) => this.requiredName(n, element, "column")), location: loc2 });
            break;
          case "CheckConstraint": {
            const condition = itemArgs.positional[0] ?? itemArgs.keywords.get("sqltext");
            if (!condition) throw new NotStatic("a CheckConstraint without a condition", element);
            constraints.push({ kind: "check", name, expression: this.sqlExpression(condition), location: loc2 });
            break;
          }
          case "ForeignKeyConstraint": {
            if (staticValue(itemArgs.keywords.get("use_alter")) === true) break;
            const refs = this.nameList(itemArgs.positional[1] ?? itemArgs.keywords.get("refcolumns"), element, "referenced columns").map(splitReference);
            const refTable = refs[0]?.table;
            if (!refTable) throw new NotStatic("a ForeignKeyConstraint whose referenced columns are not written `table.column`", element);
            constraints.push({
              kind: "foreignKey",
              name,
              columns: this.nameList(itemArgs.positional[0] ?? itemArgs.keywords.get("columns"), element, "columns"),
              refTable,
              refColumns: refs.map((r) => r.column),
              onDelete: referentialAction(itemArgs.keywords.get("ondelete")),
              onUpdate: referentialAction(itemArgs.keywords.get("onupdate")),
              location: loc2
            });
            break;
          }
          case "Index": {
            const where = itemArgs.keywords.get("postgresql_where");
            const index = {
              name: this.optionalName(itemArgs.positional[0] ?? itemArgs.keywords.get("name")),
              columns: itemArgs.positional.slice(1).map((n) => this.indexColumn(n, element)),
              unique: staticValue(itemArgs.keywords.get("unique")) === true
            };
            if (where) partialIndexes.push({ ...index, where: this.sqlExpression(where), location: loc2 });
            else indexes.push(index);
            break;
          }
          default:
            throw new NotStatic(`\`${shortenSource(element.text, 60)}\` in op.create_table() cannot be evaluated statically`, element);
        }
      } catch (error) {
        if (!(error instanceof NotStatic)) throw error;
        skipped.push(error);
      }
    }
    const flagged = columns.filter((c) => c.info.primaryKey).map((c) => c.spec.name);
    if (!primaryKey && flagged.length > 0) primaryKey = { kind: "primaryKey", name: null, columns: flagged };
    const keyColumns = primaryKey?.kind === "primaryKey" ? primaryKey.columns : [];
    if (keyColumns.length === 1) {
      const only = columns.find((c) => c.spec.name === keyColumns[0]);
      const tableLevelFk = constraints.some((c) => c.kind === "foreignKey" && c.columns.includes(keyColumns[0]));
      if (only && isSerial(only) && !(tableLevelFk && only.info.autoincrement !== true)) {
        only.spec.generated = "serial";
        only.spec.nullable = false;
        only.spec.default = null;
      }
    }
    for (const { spec } of columns) if (keyColumns.includes(spec.name)) spec.nullable = false;
    const enumsCreated = /* @__PURE__ */ new Set();
    for (const { spec } of columns) {
      if (!spec.createsEnum) continue;
      const id = `${spec.createsEnum.name.schema ?? ""}.${spec.createsEnum.name.name}`;
      if (enumsCreated.has(id)) delete spec.createsEnum;
      enumsCreated.add(id);
    }
    const columnConstraints = [];
    for (const { spec, info } of columns) {
      if (info.unique && !info.index) columnConstraints.push({ kind: "unique", name: null, columns: [spec.name], location: spec.location });
      if (info.references && !info.useAlter) columnConstraints.push(info.references);
      if (info.index) indexes.push({ name: `ix_${table.name}_${spec.name}`, columns: [spec.name], unique: info.unique });
    }
    const loc = this.location(call);
    this.emit({
      op: "createTable",
      table,
      columns: columns.map((c) => c.spec),
      constraints: [...primaryKey ? [primaryKey] : [], ...columnConstraints, ...constraints],
      ...indexes.length > 0 ? { indexes } : {},
      location: loc
    });
    for (const index of partialIndexes) this.emit({ op: "createIndex", table, schema: table.schema, ...index });
    const comment = stringValue(args.keywords.get("comment"));
    if (comment !== null) this.emit({ op: "comment", table, column: null, text: comment, location: loc });
    for (const { spec, info } of columns) {
      if (info.comment !== null) this.emit({ op: "comment", table, column: spec.name, text: info.comment, location: loc });
    }
    for (const error of skipped) this.uncertain(error.node, [table], error.reason);
  }
  addColumn(call, table, columnNode, scope) {
    if (!columnNode) throw new NotStatic("op.add_column() without a column", call);
    const element = this.resolveLocal(unwrap(columnNode), scope);
    if (element.type !== "call" || this.sqlalchemyName(element) !== "Column") throw new NotStatic(`the column \`${shortenSource(columnNode.text, 60)}\` cannot be evaluated statically`, columnNode);
    const { spec, info } = this.column(element, table, scope);
    delete spec.createsEnum;
    if (info.primaryKey) spec.nullable = false;
    const loc = this.location(call);
    this.emit({ op: "addColumn", table, column: spec, location: loc });
    if (info.references) this.emit({ op: "addConstraint", table, constraint: info.references, location: loc });
    if (info.unique && !info.index) this.emit({ op: "addConstraint", table, constraint: { kind: "unique", name: null, columns: [spec.name], location: spec.location }, location: loc });
    if (info.index) this.emit({ op: "createIndex", table, name: `ix_${table.name}_${spec.name}`, columns: [spec.name], unique: info.unique, where: null, schema: table.schema, location: loc });
    if (info.comment !== null) this.emit({ op: "comment", table, column: spec.name, text: info.comment, location: loc });
  }
  alterColumn(call, table, bound, scope) {
    const loc = this.location(call);
    const column = this.requiredName(bound.get("column_name"), call, "column name");
    const change = {};
    const typeNode = bound.get("type_");
    let labelType = null;
    if (typeNode && staticValue(typeNode) !== null) {
      const result = this.columnType(this.resolveLocal(typeNode, scope), table, column);
      change.type = result.type;
      labelType = result.labelType;
    }
    const nullable = bound.get("nullable");
    if (nullable) {
      const value = staticValue(nullable);
      if (typeof value === "boolean") change.nullable = value;
      else if (value !== null) throw new NotStatic("the nullable= of op.alter_column() is not a literal", nullable);
    }
    const serverDefault = bound.get("server_default");
    if (serverDefault && staticValue(serverDefault) === null) {
      change.default = null;
    } else if (serverDefault && staticValue(serverDefault) !== false) {
      const typeFor = labelType ?? (bound.get("existing_type") ? this.columnType(this.resolveLocal(bound.get("existing_type"), scope), table, column, true).labelType : null);
      Object.assign(change, this.serverDefault(serverDefault, typeFor ?? null, table, column));
    }
    if (Object.keys(change).length > 0) this.emit({ op: "alterColumn", table, column, ...change, location: loc });
    const newName = bound.get("new_column_name");
    if (newName && staticValue(newName) !== null) {
      this.emit({ op: "renameColumn", table, column, newName: this.requiredName(newName, call, "new column name"), location: loc });
    }
  }
  /** One `sa.Column(...)`: its spec, plus what SQLAlchemy turns into separate DDL. */
  column(call, table, scope) {
    const args = callArguments(call);
    if (args.hasSplat) throw new NotStatic("a Column with *args/**kwargs", call);
    const nameNode = args.positional[0] ?? args.keywords.get("name");
    const name = evaluateString(nameNode, this.names());
    if (name === null) throw new NotStatic(`the column name \`${shortenSource(nameNode?.text ?? call.text, 60)}\` is not a literal`, nameNode ?? call);
    const spec = { name, type: null, location: this.location(call) };
    const info = { primaryKey: false, unique: false, index: false, references: null, autoincrement: null, hasServerDefault: false, identity: false, comment: stringValue(args.keywords.get("comment")) };
    let typeNode = args.keywords.get("type_");
    let positionalDefault;
    for (const arg of args.positional.slice(nameNode === args.positional[0] ? 1 : 0)) {
      const element = this.resolveLocal(unwrap(arg), scope);
      const kind = element.type === "call" ? columnArgumentKind(this.sqlalchemyName(element) ?? "") : null;
      if (element.type === "call" && this.sqlalchemyName(element) === "DefaultClause") positionalDefault ??= callArguments(element).positional[0];
      if (kind === "foreignKey") {
        const fk = readForeignKeyArguments(element);
        info.useAlter = staticValue(callArguments(element).keywords.get("use_alter")) === true;
        const target = this.requiredName(fk.targetNode, element, "foreign key target");
        const ref = splitReference(target);
        if (!ref.table) throw new NotStatic(`the foreign key target "${target}" is not written \`table.column\``, element);
        info.references = {
          kind: "foreignKey",
          name: this.optionalName(callArguments(element).keywords.get("name")),
          columns: [name],
          refTable: ref.table,
          refColumns: [ref.column],
          onDelete: fk.onDelete,
          onUpdate: fk.onUpdate,
          location: this.location(element)
        };
      } else if (kind === "identity") {
        info.identity = true;
        spec.generated = "identity";
        spec.nullable = false;
      } else if (kind === "other") {
      } else if (!typeNode) {
        typeNode = arg;
      }
    }
    let labelType = null;
    if (typeNode) {
      const result = this.columnType(this.resolveLocal(unwrap(typeNode), scope), table, name);
      spec.type = result.type;
      labelType = result.labelType;
      if (result.createsEnum) spec.createsEnum = result.createsEnum;
    }
    const flag = (key) => {
      const value = readFlag(args.keywords.get(key));
      if (value === NOT_STATIC) throw new NotStatic(`the ${key}= of column "${name}" is not a literal`, args.keywords.get(key));
      return value;
    };
    info.primaryKey = flag("primary_key") === true;
    info.unique = flag("unique") === true;
    info.index = flag("index") === true;
    info.autoincrement = readAutoincrement(args.keywords.get("autoincrement"));
    const nullable = flag("nullable");
    if (nullable !== null) spec.nullable = nullable;
    else if (info.primaryKey) spec.nullable = false;
    const serverDefault = args.keywords.get("server_default") ?? positionalDefault;
    if (serverDefault && staticValue(serverDefault) !== null) {
      info.hasServerDefault = true;
      Object.assign(spec, this.serverDefault(serverDefault, labelType, table, name));
    }
    return { spec, info };
  }
  /**
   * The column type, plus the spelling Postgres labels a literal default with: an enum outside the
   * search path is printed schema-qualified (`'low'::crm.priority`).
   */
  columnType(node, table, column, quiet = false) {
    const result = sqlalchemyType(node, this.ctx.imports, (n) => evaluateConstant(n, this.names()));
    if (result.type === null && !quiet) {
      const callee = unwrap(node).type === "call" ? unwrap(node).childForFieldName("function") : unwrap(node);
      const name = dottedName(callee);
      this.unknownTypes.push({
        type: name ? qualifyName(name, this.ctx.imports) : shortenSource(unwrap(node).text, 60),
        reason: result.unresolved ?? "not a SQLAlchemy type",
        column: `${table.name}.${column}`,
        location: this.location(node)
      });
    }
    const enumSpec = result.createsEnum ? { name: { schema: result.createsEnum.schema ?? null, name: result.createsEnum.name }, values: result.createsEnum.values } : null;
    const labelType = result.type && result.enumSchema && result.enumSchema !== this.ctx.defaultSchema ? `${result.enumSchema}.${result.type}` : result.type;
    return { type: result.type, labelType, ...enumSpec ? { createsEnum: enumSpec } : {} };
  }
  // --- op.execute / enum DDL ------------------------------------------------------------------
  execute(call, argument, scope) {
    if (!argument) throw new NotStatic("op.execute() without SQL", call);
    const library = dottedName(argument);
    if (library && !scope.locals.has(library.split(".")[0]) && LIBRARY_SQL_WITHOUT_TABLES.has(qualifyName(library, this.ctx.imports))) return;
    let node = this.resolveLocal(unwrap(argument), scope);
    if (node.type === "call") {
      const fn = node.childForFieldName("function");
      const name = dottedName(fn);
      const qualified = name ? qualifyName(name, this.ctx.imports) : null;
      const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text ?? null : name;
      if (qualified && (method === "text" || method === "DDL" || method === "literal_column") && qualified.startsWith("sqlalchemy")) {
        node = this.resolveLocal(unwrap(callArguments(node).positional[0] ?? node), scope);
      } else if (method === "format") {
        throw new NotStatic("op.execute() of a string built with .format() cannot be read statically", argument);
      } else {
        return;
      }
    }
    const sql = evaluateString(node, this.names(scope));
    if (sql === null) {
      if (isDataStatementTemplate(node)) return;
      if (node.type === "identifier") throw new NotStatic(`op.execute(${node.text}) runs SQL held in a variable, which cannot be read statically`, argument);
      const how = node.type === "binary_operator" ? "a string built with an operator" : isFString(node) ? "an f-string" : `\`${shortenSource(node.text, 60)}\``;
      throw new NotStatic(`op.execute() of ${how} cannot be read statically`, argument);
    }
    const origin = stringValue(node) !== null ? stringOrigin(node, this.ctx.file) : { file: this.ctx.file, line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
    const translated = sqlToOperations(sql, origin);
    for (const operation of translated.operations) this.operations.push(operation);
    this.problems.push(...translated.problems);
  }
  enumDdl(call, object, method, scope) {
    const target = this.resolveLocal(unwrap(object), scope);
    if (target.type !== "call") return;
    const kind = this.sqlalchemyName(target);
    if (kind !== "Enum" && kind !== "ENUM") return;
    const result = sqlalchemyType(target, this.ctx.imports, (n) => evaluateConstant(n, this.names()));
    const enumArgs = callArguments(target);
    const name = stringValue(enumArgs.keywords.get("name"));
    if (!name) {
      this.uncertain(call, [], `the enum name in ${shortenSource(target.text, 60)} is not a literal`);
      return;
    }
    const schemaNode = enumArgs.keywords.get("schema");
    const enumName = { schema: schemaNode ? stringValue(schemaNode) : null, name };
    const checkfirstNode = callArguments(call).keywords.get("checkfirst");
    const checkfirst = checkfirstNode ? staticValue(checkfirstNode) === true : kind === "ENUM";
    const loc = this.location(call);
    if (method === "create") {
      this.emit({ op: "createEnum", name: enumName, values: result.createsEnum?.values ?? enumLabels(enumArgs), ...checkfirst ? { ifNotExists: true } : {}, location: loc });
    } else {
      this.emit({ op: "dropEnum", name: enumName, ...checkfirst ? { ifExists: true } : {}, location: loc });
    }
  }
  // --- value readers --------------------------------------------------------------------------
  /** A table argument plus `schema=`; null when the name is not a literal. */
  readTable(node, schemaNode) {
    const name = node ? nameValue(node, this.names()) : NOT_STATIC;
    if (typeof name !== "string") return null;
    const schema = schemaNode ? nameValue(schemaNode, this.names()) : null;
    if (schema === NOT_STATIC) return null;
    return { schema: schema ?? null, name };
  }
  requiredName(node, call, what) {
    const value = node ? nameValue(node, this.names()) : NOT_STATIC;
    if (typeof value !== "string") throw new NotStatic(`the ${what} ${node ? `\`${shortenSource(node.text, 60)}\` ` : ""}is not a literal`, node ?? call);
    return value;
  }
  optionalName(node) {
    if (!node) return null;
    const value = nameValue(node, this.names());
    if (value === NOT_STATIC) throw new NotStatic(`the name \`${shortenSource(node.text, 60)}\` is not a literal`, node);
    return value;
  }
  nameList(node, call, what) {
    const value = node ? evaluateConstant(node, this.names()) : NOT_STATIC;
    if (typeof value === "string") return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
    throw new NotStatic(`the ${what} ${node ? `\`${shortenSource(node.text, 60)}\` ` : ""}are not a literal list`, node ?? call);
  }
  indexColumns(node, call) {
    if (!node) throw new NotStatic("op.create_index() without columns", call);
    const constant = unwrap(node).type === "identifier" ? evaluateConstant(node, this.names()) : NOT_STATIC;
    if (typeof constant === "string") return [constant];
    if (Array.isArray(constant) && constant.every((c) => typeof c === "string")) return constant;
    let inner = unwrap(node);
    if (inner.type === "identifier") {
      const bound = resolveName(inner.text, this.names());
      if (bound && (unwrap(bound.value).type === "list" || unwrap(bound.value).type === "tuple")) inner = unwrap(bound.value);
    }
    if (inner.type === "list" || inner.type === "tuple") return inner.namedChildren.filter((c) => !!c && c.type !== "comment").map((c) => this.indexColumn(c, call));
    return [this.indexColumn(inner, call)];
  }
  /** A column name, or an expression (`sa.text("lower(email)")`) written in parentheses as SQL does. */
  indexColumn(node, call) {
    const name = evaluateString(node, this.names());
    if (name !== null) return name;
    const expression = unwrap(node);
    if (expression.type === "call") return `(${this.sqlText(expression) ?? expressionSql(expression, () => null) ?? expression.text})`;
    throw new NotStatic(`the index column \`${shortenSource(node.text, 60)}\` is not a literal`, node ?? call);
  }
  /**
   * A SQL expression given as a string or `sa.text(...)`, kept as written: Alembic hands it to
   * Postgres verbatim, and comparisons normalise expressions through the SQL parser anyway.
   * A SQLAlchemy expression (`sa.column("x") > 5`) stays Python source text.
   */
  sqlExpression(node) {
    return this.sqlText(node) ?? unwrap(node).text;
  }
  sqlText(node) {
    const inner = unwrap(node);
    const direct = evaluateString(inner, this.names());
    if (direct !== null) return direct;
    if (inner.type === "call" && ["text", "literal_column"].includes(lastSegment(dottedName(inner.childForFieldName("function")) ?? ""))) {
      return evaluateString(callArguments(inner).positional[0], this.names());
    }
    return null;
  }
  /**
   * A `server_default=` as `pg_get_expr` prints it (the reader shared with the model side). One
   * that cannot be evaluated (`json.dumps({})`) leaves only that column's default unknown.
   */
  serverDefault(node, type, table, column) {
    const constant = evaluateConstant(node, this.names());
    if (typeof constant === "string") return { default: renderStringDefault(constant, type) };
    const read = readServerDefault(node, type, (fn) => qualifyName(dottedName(fn) ?? "", this.ctx.imports));
    if (read.kind !== "unknown") return { default: read.kind === "sql" ? read.sql : null };
    this.problems.push({
      kind: "unresolved",
      message: `The server default of column "${table.name}.${column}" cannot be evaluated statically (\`${shortenSource(unwrap(node).text, 60)}\`); only that default is left unchecked`,
      location: this.location(node),
      cause: "server-default",
      item: shortenSource(unwrap(node).text, 60),
      missingTable: this.key(table)
    });
    return { unknown: ["default"] };
  }
  // --- helpers ----------------------------------------------------------------------------------
  /** The SQLAlchemy class a call constructs (`sa.Column(...)` → "Column"), or null. */
  sqlalchemyName(call) {
    const name = dottedName(call.childForFieldName("function"));
    if (!name) return null;
    const qualified = qualifyName(name, this.ctx.imports);
    if (qualified.startsWith("sqlalchemy") || !name.includes(".")) return lastSegment(qualified);
    return null;
  }
  /** An identifier bound once (in the function or the module) stands for its value. */
  resolveLocal(node, scope) {
    if (node.type !== "identifier") return node;
    const local = scope.locals.get(node.text);
    if (local) return local.length === 1 ? unwrap(local[0]) : node;
    const value = this.ctx.moduleValues.get(node.text);
    return value ? unwrap(value) : node;
  }
  isOp(name) {
    const bound = this.ctx.imports.get(name);
    return bound ? bound === "alembic.op" : name === "op";
  }
  emit(operation) {
    this.operations.push(operation);
  }
  /** An `uncertain` operation on the tables plus the `unresolved` problem that explains it. */
  /** `creates`: the tables among `tables` that the unevaluated code may have created (a skipped create_table). */
  uncertain(node, tables, reason, creates = [], createsMatching = []) {
    this.uncertainOnly(node, tables, reason, creates, createsMatching);
    this.problems.push({
      kind: "unresolved",
      message: `${capitalise(reason)}${tables.length > 0 ? `; table${tables.length > 1 ? "s" : ""} ${tables.map((t) => `"${t.name}"`).join(", ")} marked uncertain` : ""}`,
      location: this.location(node),
      // Naming no table, it is one of a kind of unknown, counted once with the others.
      ...tables.length > 0 ? { tables: tables.map((t) => this.key(t)) } : { cause: "unevaluated-migration-code", item: shortenSource(reason, 60) }
    });
  }
  uncertainOnly(node, tables, reason, creates = [], createsMatching = []) {
    this.operations.push({ op: "uncertain", tables, reason, ...creates.length > 0 ? { creates } : {}, ...createsMatching.length > 0 ? { createsMatching } : {}, location: this.location(node) });
  }
  key(table) {
    return tableKey(table.schema ?? this.ctx.defaultSchema, table.name);
  }
  location(node) {
    return nodeLocation(node, this.ctx.file);
  }
};
function isSerial({ spec, info }) {
  if (!["integer", "bigint", "smallint"].includes(spec.type ?? "")) return false;
  if (info.autoincrement === false || info.hasServerDefault || info.identity) return false;
  return info.references === null || info.autoincrement === true;
}
function nameValue(input, names) {
  const node = unwrap(input);
  if (node.type === "call") {
    const callee = lastSegment(dottedName(node.childForFieldName("function")) ?? "");
    if (callee === "f" || callee === "conv" || callee === "quoted_name") return nameValue(callArguments(node).positional[0] ?? node.childForFieldName("function"), names);
    const value2 = evaluateConstant(node, names);
    return typeof value2 === "string" ? value2 : NOT_STATIC;
  }
  const value = evaluateConstant(node, names);
  return typeof value === "string" || value === null ? value : NOT_STATIC;
}
var MAX_UNROLLED_ITEMS = 200;
function mayLeaveEarly(body) {
  let found = false;
  const visit = (node) => {
    if (found) return;
    if (node.type === "break_statement" || node.type === "continue_statement" || node.type === "return_statement" || node.type === "raise_statement") {
      found = true;
      return;
    }
    if (node.type === "function_definition" || node.type === "class_definition") return;
    if (!STATEMENT_CONTAINERS.has(node.type) && node.type !== "for_statement") return;
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(body);
  return found;
}
function createdBy(operations) {
  const out = [];
  for (const operation of operations) {
    if (operation.op === "createTable") out.push(operation.table);
    else if (operation.op === "renameTable") out.push({ schema: operation.table.schema, name: operation.newName });
    else if (operation.op === "uncertain") out.push(...operation.creates ?? []);
  }
  return out;
}
function splitReference(target) {
  const parts = target.split(".");
  if (parts.length < 2) return { table: null, column: target };
  const column = parts.pop();
  const name = parts.pop();
  return { table: { schema: parts.length > 0 ? parts.join(".") : null, name }, column };
}
function isDataStatementTemplate(node) {
  const parts = stringParts(node);
  if (parts === null || parts.every((p) => typeof p === "string")) return false;
  const template = parts.map((p) => typeof p === "string" ? p : " ormlint_value ").join("");
  try {
    const statements = ((0, import_libpg_query.parseSync)(template).stmts ?? []).map((s) => s.stmt ?? {});
    return statements.length > 0 && statements.every((stmt) => {
      const [kind, body] = Object.entries(stmt)[0] ?? ["", {}];
      return DATA_STATEMENTS.has(kind) && !(kind === "SelectStmt" && body.intoClause);
    });
  } catch {
    return false;
  }
}
var DATA_STATEMENTS = /* @__PURE__ */ new Set(["UpdateStmt", "InsertStmt", "DeleteStmt", "SelectStmt"]);
function stringOrigin(node, file) {
  const first = node.type === "concatenated_string" ? node.namedChildren[0] ?? node : node;
  const start = first.namedChildren.find((c) => c?.type === "string_start");
  const at = start ? start.endPosition : first.startPosition;
  return { file, line: at.row + 1, column: at.column + 1 };
}
function isFString(node) {
  const start = node.namedChildren.find((c) => c?.type === "string_start");
  return node.type === "string" && (start?.text ?? "").toLowerCase().includes("f");
}
function unwrapAwait(node) {
  const inner = unwrap(node);
  return inner.type === "await" ? unwrap(inner.namedChildren[0] ?? inner) : inner;
}
var STATEMENT_CONTAINERS = /* @__PURE__ */ new Set([
  "block",
  "if_statement",
  "elif_clause",
  "else_clause",
  "for_statement",
  "while_statement",
  "with_statement",
  "try_statement",
  "except_clause",
  "except_group_clause",
  "finally_clause",
  "match_statement",
  "case_clause"
]);
function collectLocals(body) {
  const locals = /* @__PURE__ */ new Map();
  const record = (node) => {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (left?.type === "identifier" && right) {
      const values = locals.get(left.text) ?? [];
      values.push(right);
      if (node.type === "augmented_assignment") values.push(right);
      locals.set(left.text, values);
    }
  };
  const visit = (node) => {
    if (node.type === "expression_statement") {
      for (const child of node.namedChildren) if (child && (child.type === "assignment" || child.type === "augmented_assignment")) record(child);
      return;
    }
    if (!STATEMENT_CONTAINERS.has(node.type)) return;
    if (node.type === "for_statement") {
      const left = node.childForFieldName("left");
      if (left?.type === "identifier") locals.set(left.text, [...locals.get(left.text) ?? [], left, left]);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(body);
  return locals;
}
function tablesOf(operations) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (t) => {
    const id = `${t.schema ?? ""}.${t.name}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(t);
    }
  };
  for (const operation of operations) {
    if ("table" in operation && operation.table) add(operation.table);
    if (operation.op === "uncertain") operation.tables.forEach(add);
  }
  return out;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function enumLabels(args) {
  return args.positional.map((arg) => stringValue(arg)).filter((label) => label !== null);
}

// src/frontends/python/alembic.ts
var alembicFrontend = {
  async extract(files, config) {
    await loadSqlParser();
    const reads = [];
    for (const file of files) reads.push(await readRevisionFileIsolated(file, config.defaultSchema, config.dialect));
    return alembicPerFile.assemble(files, reads);
  },
  get perFile() {
    return alembicPerFile;
  }
};
var alembicPerFile = {
  task: "alembic",
  readFile: (file, options) => readRevisionFileIsolated(file, options.defaultSchema, options.dialect),
  assemble(files, reads) {
    const revisions = [];
    const problems = [];
    const unknownTypes = [];
    const comments = /* @__PURE__ */ new Map();
    const order = files.map((_, i) => i).sort((a, b) => files[a].path < files[b].path ? -1 : files[a].path > files[b].path ? 1 : 0);
    for (const i of order) {
      const read = reads[i];
      problems.push(...read.problems);
      unknownTypes.push(...read.unknownTypes);
      if (read.comments) comments.set(files[i].path, read.comments);
      if (read.revision) revisions.push(read.revision);
    }
    problems.push(...unknownTypeNotices(unknownTypes));
    return { ...assembleMigrations(revisions, problems), comments };
  }
};
function assembleMigrations(revisions, problems) {
  const { graph, order } = computeRevisionGraph(
    revisions.map((r) => ({ id: r.info.id, file: r.info.file, parents: r.info.parents, dependsOn: r.info.dependsOn }))
  );
  revisions.forEach((r, i) => {
    r.info.order = order[i];
  });
  const ordered = revisions.filter((r) => r.info.order >= 0).sort((a, b) => a.info.order - b.info.order);
  const unordered = revisions.filter((r) => r.info.order < 0);
  const operations = [];
  for (const r of ordered) for (const operation of r.operations) operations.push({ ...operation, migrationId: r.info.id });
  return { migrations: [...ordered, ...unordered].map((r) => r.info), graph, operations, problems };
}
async function readRevisionFileIsolated(file, defaultSchema, dialect) {
  try {
    return await readRevisionFile(file, defaultSchema, dialect);
  } catch (error) {
    if (!isStackOverflow(error)) return { revision: null, problems: [failureProblem(error, { file: file.path })], unknownTypes: [] };
  }
  try {
    const limited = await nestingLimitedSource(file.text, file.path);
    const read = await readRevisionFile({ ...file, text: limited.text }, defaultSchema, dialect, true);
    return { revision: read.revision, problems: [...limited.problems, ...read.problems], unknownTypes: read.unknownTypes, ...read.comments ? { comments: read.comments } : {} };
  } catch (error) {
    return { revision: null, problems: [failureProblem(error, { file: file.path })], unknownTypes: [] };
  }
}
async function readRevisionFile(file, defaultSchema, dialect = "postgres", nestingLimited = false) {
  await loadSqlParser();
  const tree = await parsePython(file.text);
  const root = tree.rootNode;
  const problems = syntaxErrors(root).map((node) => ({
    kind: "parse-error",
    message: node.isMissing ? `Python syntax error: missing \`${node.type}\`; the rest of the file is read as far as it parses` : `Python syntax error near \`${shortenSource(node.text)}\`; the rest of the file is read as far as it parses`,
    location: nodeLocation(node, file.path)
  }));
  const comments = mayHoldSuppressions(file.text) ? { comments: pythonComments(root) } : {};
  const top = topLevel(root);
  const revisionVar = top.assignments.get("revision");
  const unknownTypes = [];
  if (!revisionVar) return { revision: null, problems, unknownTypes, ...comments };
  const id = stringValue(revisionVar.value);
  if (id === null) {
    problems.push({ kind: "unresolved", message: "`revision` is not a string literal; this file is left out of the revision graph", location: nodeLocation(revisionVar.statement, file.path) });
    return { revision: null, problems, unknownTypes, ...comments };
  }
  const info = {
    id,
    file: file.path,
    parents: [],
    order: -1,
    location: nodeLocation(revisionVar.statement, file.path),
    description: docstringTitle(root)
  };
  const down = top.assignments.get("down_revision");
  if (down) {
    info.parentsLocation = nodeLocation(down.statement, file.path);
    const parents = idList(down.value);
    if (parents === null) problems.push({ kind: "unresolved", message: "`down_revision` is not a literal; this revision is read as a root", location: info.parentsLocation });
    info.parents = parents ?? [];
  }
  for (const [variable, key] of [["depends_on", "dependsOn"], ["branch_labels", "branchLabels"]]) {
    const assigned = top.assignments.get(variable);
    if (!assigned) continue;
    const values = idList(assigned.value);
    if (values === null) problems.push({ kind: "unresolved", message: `\`${variable}\` is not a literal and is ignored`, location: nodeLocation(assigned.statement, file.path) });
    else if (values.length > 0) info[key] = values;
  }
  const operations = [];
  const upgrade = top.functions.get("upgrade");
  if (upgrade) {
    try {
      const read = upgradeOperations(upgrade, {
        file: file.path,
        imports: readImports(root),
        defaultSchema,
        functions: top.functions,
        moduleValues: new Map([...top.assignments].map(([name, a]) => [name, a.value])),
        dialect
      });
      operations.push(...read.operations);
      problems.push(...read.problems);
      unknownTypes.push(...read.unknownTypes);
    } catch (error) {
      if (isStackOverflow(error) && !nestingLimited) throw error;
      const at = nodeLocation(upgrade, file.path);
      problems.push(failureProblem(error, at, "upgrade()"));
    }
  }
  return { revision: { info, operations }, problems, unknownTypes, ...comments };
}
function topLevel(root) {
  const out = { assignments: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === "function_definition") {
      const name = statement.childForFieldName("name")?.text;
      if (name) out.functions.set(name, statement);
    } else if (statement.type === "decorated_definition") {
      const definition = statement.childForFieldName("definition");
      const name = definition?.childForFieldName("name")?.text;
      if (definition?.type === "function_definition" && name) out.functions.set(name, definition);
    } else if (statement.type === "expression_statement") {
      const assignment = statement.namedChildren[0];
      if (assignment?.type !== "assignment") continue;
      const left = assignment.childForFieldName("left");
      const right = assignment.childForFieldName("right");
      if (left?.type === "identifier" && right) out.assignments.set(left.text, { statement, value: right });
      else if (left && right) for (const [name, value] of unpackedPairs(left, right)) out.assignments.set(name, { statement, value });
    }
  }
  return out;
}
function unpackedPairs(left, right) {
  const targets = ["pattern_list", "tuple_pattern", "list_pattern"].includes(left.type) ? left.namedChildren : null;
  const values = ["expression_list", "tuple", "list"].includes(right.type) ? right.namedChildren : null;
  if (!targets || !values) return [];
  const names = targets.filter((t) => t?.type !== "comment");
  const items = values.filter((v) => v?.type !== "comment");
  if (names.length !== items.length || names.some((t) => t?.type !== "identifier")) return [];
  return names.map((t, i) => [t.text, items[i]]);
}
function idList(node) {
  const value = staticValue(node);
  if (value === NOT_STATIC) return null;
  if (value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return null;
}
function docstringTitle(root) {
  const first = root.namedChildren.find((c) => c?.type !== "comment");
  if (first?.type !== "expression_statement") return null;
  const text = stringValue(first.namedChildren[0]);
  const line = text?.split("\n").find((l) => l.trim() !== "")?.trim();
  return line ?? null;
}
function unknownTypeNotices(unknown) {
  return unknown.map((use) => ({
    kind: "unresolved",
    message: `The type of column "${use.column}" is unknown: ${use.reason}`,
    location: use.location,
    cause: "unknown-type",
    // Counted by the type's own name, as the model side counts it (`UUID`, not `app.db.UUID`).
    item: use.type.slice(use.type.lastIndexOf(".") + 1)
  }));
}
export {
  alembicFrontend,
  alembicPerFile,
  readRevisionFile,
  unknownTypeNotices
};
