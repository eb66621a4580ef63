import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  columnArgumentKind,
  emptyTableArgs,
  indexDefinitionKnown,
  isStackOverflow,
  limitNesting,
  mixinEffect,
  nestingLimitedSource,
  readAutoincrement,
  readConstraint,
  readFlag,
  readForeignKeyArguments,
  readServerDefault,
  readTableArgs,
  reflectedNote,
  runtimeIndexFor,
  sqlalchemyType,
  whereText
} from "./chunk-QQLX4TWS.mjs";
import {
  failureProblem
} from "./chunk-GGE2FSDP.mjs";
import {
  ModuleIndex,
  Resolver,
  alembicEnvFiles,
  isPythonBuiltin,
  isSqlalchemyName,
  lastPart,
  migratedBasesOf,
  readModule
} from "./chunk-52D7OLKU.mjs";
import {
  NOT_STATIC,
  callArguments,
  calleeName,
  dottedName,
  nodeLocation,
  shortenSource,
  staticValue,
  stringGlob,
  stringParts,
  stringValue,
  syntaxErrors,
  unwrap
} from "./chunk-IJCYXJNY.mjs";
import {
  pythonParser,
  pythonSyntaxReader
} from "./chunk-U25424FD.mjs";
import {
  mayHoldSuppressions,
  pythonComments
} from "./chunk-UZYLDHA3.mjs";
import "./chunk-VHE52EGW.mjs";
import {
  buildModelSchema
} from "./chunk-AT7W7XHL.mjs";
import {
  newTable,
  syncColumnMirrors
} from "./chunk-4BCDWKLX.mjs";
import {
  COLUMN_FACTS,
  emptySchema,
  splitTableKey,
  tableKey
} from "./chunk-3QLYHN6G.mjs";
import {
  loadSqlParser
} from "./chunk-JV7GSIGN.mjs";
import {
  canonicalType
} from "./chunk-JAHM4SGJ.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/frontends/python/dynamicModels.ts
function dynamicTablesOf(root, text, file) {
  if (!text.includes("__tablename__") || !text.includes("type(")) return [];
  const out = [];
  for (const call of root.descendantsOfType("call")) {
    if (!call || call.childForFieldName("function")?.text !== "type") continue;
    const args = callArguments(call);
    const namespace = args.positional.length === 3 ? unwrap(args.positional[2]) : null;
    if (namespace?.type !== "dictionary") continue;
    for (const pair of namespace.namedChildren) {
      if (pair?.type !== "pair") continue;
      const key = stringParts(pair.childForFieldName("key"));
      if (!key || key.length !== 1 || key[0] !== "__tablename__") continue;
      const value = pair.childForFieldName("value");
      if (value && unwrap(value).type === "none") continue;
      out.push({ pattern: stringGlob(value) ?? "*", location: nodeLocation(value ?? pair, file) });
    }
  }
  return out;
}

// src/frontends/python/bootstrap.ts
var NOT_APP_CODE = /* @__PURE__ */ new Set(["tests", "test", "testing", "docs", "examples", "scripts", "migrations", "alembic", "versions"]);
function findSchemaBootstrap(project, parser) {
  let createAll = null;
  let stamp = null;
  for (const file of project.paths) {
    if (!file.endsWith(".py") || file.split("/").some((segment) => NOT_APP_CODE.has(segment))) continue;
    const text = project.read(file);
    if (text === null || !text.includes("create_all(") && !text.includes("stamp(")) continue;
    const tree = parser.parse(text);
    if (!tree) continue;
    for (const node of tree.rootNode.descendantsOfType("call")) {
      const name = dottedName(node.childForFieldName("function")) ?? "";
      const last = name.slice(name.lastIndexOf(".") + 1);
      if (last === "create_all" && name.includes(".")) createAll ??= nodeLocation(node, file);
      if (last === "stamp") stamp ??= nodeLocation(node, file);
    }
    if (createAll && stamp) return { createAll, stamp };
  }
  return null;
}

// src/frontends/python/annotations.ts
function readAnnotation(input) {
  const node = unwrap(input);
  switch (node.type) {
    case "type":
      return node.namedChild(0) ? readAnnotation(node.namedChild(0)) : { kind: "other", node };
    case "identifier":
    case "attribute":
      return { kind: "name", node };
    case "none":
      return { kind: "none" };
    case "string":
      return { kind: "string", text: node.text.replace(/^[a-zA-Z]*['"]+|['"]+$/gu, "") };
    case "generic_type": {
      const head = node.namedChild(0);
      const params = node.namedChildren.find((c) => c?.type === "type_parameter");
      if (!head) return { kind: "other", node };
      return { kind: "generic", head, args: (params?.namedChildren ?? []).filter((c) => !!c && c.type !== "comment").map(readAnnotation) };
    }
    case "subscript": {
      const head = node.childForFieldName("value");
      if (!head) return { kind: "other", node };
      return { kind: "generic", head, args: node.childrenForFieldName("subscript").filter((c) => !!c).map(readAnnotation) };
    }
    case "union_type": {
      const items = node.namedChildren.filter((c) => !!c && c.type !== "comment").map(readAnnotation).flatMap((a) => a.kind === "union" ? a.items : [a]);
      return { kind: "union", items };
    }
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (operator !== "|" || !left || !right) return { kind: "other", node };
      const items = [readAnnotation(left), readAnnotation(right)].flatMap((a) => a.kind === "union" ? a.items : [a]);
      return { kind: "union", items };
    }
    default:
      return { kind: "other", node };
  }
}
function annotationName(resolver, mod, node) {
  const sym = resolver.resolveExpr(mod, node);
  if (sym.kind === "unknown" && sym.unbound && node.type === "identifier") return { qualified: `builtins.${node.text}`, sym };
  return { qualified: resolver.qualifiedName(sym), sym };
}
function headIs(resolver, mod, head, names, modules) {
  const { qualified } = annotationName(resolver, mod, head);
  if (!qualified) return false;
  return names.includes(lastPart(qualified)) && modules.some((m) => qualified.startsWith(`${m}.`));
}
function peelAnnotation(resolver, mod, annotation) {
  let current = annotation;
  let mapped = false;
  if (current.kind === "generic" && headIs(resolver, mod, current.head, ["Mapped", "WriteOnlyMapped", "DynamicMapped"], ["sqlalchemy"])) {
    mapped = true;
    current = current.args[0] ?? { kind: "none" };
  }
  if (current.kind === "generic" && headIs(resolver, mod, current.head, ["ClassVar"], ["typing", "typing_extensions"])) {
    return { mapped, inner: null, optional: false, classVar: true };
  }
  const { inner, optional } = stripOptional(resolver, mod, current);
  return { mapped, inner, optional, classVar: false };
}
function stripOptional(resolver, mod, annotation) {
  if (annotation.kind === "generic" && headIs(resolver, mod, annotation.head, ["Optional"], ["typing", "typing_extensions"])) {
    return { inner: annotation.args[0] ?? null, optional: true };
  }
  const items = annotation.kind === "union" ? annotation.items : annotation.kind === "generic" && headIs(resolver, mod, annotation.head, ["Union"], ["typing", "typing_extensions"]) ? annotation.args : null;
  if (items) {
    const rest = items.filter((i) => i.kind !== "none");
    const optional = rest.length < items.length;
    if (rest.length === 1) return { inner: rest[0], optional };
    return { inner: annotation, optional };
  }
  if (annotation.kind === "none") return { inner: null, optional: true };
  return { inner: annotation, optional: false };
}
function annotatedAlias(resolver, mod, annotation) {
  let current = annotation;
  let where = mod;
  if (annotation.kind === "name") {
    const sym = resolver.resolveExpr(mod, annotation.node);
    if (sym.kind !== "value") return null;
    current = readAnnotation(sym.value);
    where = sym.module;
  }
  if (current.kind !== "generic" || !headIs(resolver, where, current.head, ["Annotated"], ["typing", "typing_extensions"])) return null;
  const [first, ...extras] = current.args;
  const { inner, optional } = first ? stripOptional(resolver, where, first) : { inner: null, optional: false };
  let mappedColumn = null;
  for (const extra of extras) {
    const node = extra.kind === "other" ? unwrap(extra.node) : null;
    const fn = node?.type === "call" ? node.childForFieldName("function") : null;
    const { qualified } = fn ? annotationName(resolver, where, fn) : { qualified: null };
    if (qualified && qualified.startsWith("sqlalchemy") && lastPart(qualified) === "mapped_column") {
      mappedColumn = node;
      break;
    }
  }
  return { inner, optional, mappedColumn, mod: where };
}
var DEFAULT_ANNOTATION_TYPES = {
  "builtins.int": canonicalType("Integer"),
  "builtins.str": canonicalType("String"),
  "builtins.bool": canonicalType("Boolean"),
  "builtins.float": canonicalType("Float"),
  "builtins.bytes": canonicalType("LargeBinary"),
  "decimal.Decimal": canonicalType("Numeric"),
  "datetime.datetime": canonicalType("DateTime"),
  "datetime.date": canonicalType("Date"),
  "datetime.time": canonicalType("Time"),
  "datetime.timedelta": canonicalType("Interval"),
  "uuid.UUID": canonicalType("Uuid")
};
function pythonTypeKey(resolver, mod, annotation) {
  const head = annotation.kind === "name" ? annotation.node : annotation.kind === "generic" ? annotation.head : null;
  if (!head) return { key: null, sym: null };
  const { qualified, sym } = annotationName(resolver, mod, head);
  return { key: qualified, sym };
}
function genericTypeKey(resolver, mod, annotation) {
  if (annotation.kind !== "generic") return null;
  const head = pythonTypeKey(resolver, mod, annotation).key;
  const args = annotation.args.map((arg) => arg.kind === "generic" ? genericTypeKey(resolver, mod, arg) : arg.kind === "name" ? pythonTypeKey(resolver, mod, arg).key : null);
  if (head === null || args.some((a) => a === null)) return null;
  return `${head}[${args.join(", ")}]`;
}
function typeForAnnotation(resolver, mod, annotation, typeMap, isEnumClass, defaults = DEFAULT_ANNOTATION_TYPES) {
  if (!annotation) return { type: null, unresolved: "the annotation names no type" };
  if (annotation.kind === "string") return { type: null, unresolved: `the annotation "${annotation.text}" is a string; ormlint does not evaluate it` };
  const { key, sym } = pythonTypeKey(resolver, mod, annotation);
  if (!key) return { type: null, unresolved: "the annotation cannot be read statically" };
  const full = genericTypeKey(resolver, mod, annotation);
  const mapped = (full !== null ? typeMap.get(full) : void 0) ?? typeMap.get(key);
  if (mapped) return { type: null, entry: mapped };
  if (defaults[key]) return { type: defaults[key] };
  if (sym?.kind === "class" && isEnumClass(sym.cls)) {
    return { type: canonicalType(sym.cls.name.toLowerCase()), enumClass: sym.cls };
  }
  return { type: null, unresolved: `no type_annotation_map entry or SQLAlchemy default for ${key}` };
}
var SQLMODEL_ANNOTATION_TYPES = {
  ...DEFAULT_ANNOTATION_TYPES,
  "builtins.str": canonicalType("varchar"),
  "pydantic.EmailStr": canonicalType("varchar"),
  "pydantic.AnyUrl": canonicalType("varchar"),
  "pathlib.Path": canonicalType("varchar"),
  "ipaddress.IPv4Address": canonicalType("varchar"),
  // pydantic's UUID1/3/4/5 are Annotated[uuid.UUID, ...]: SQLModel maps them as it maps UUID.
  "pydantic.UUID1": canonicalType("uuid"),
  "pydantic.UUID3": canonicalType("uuid"),
  "pydantic.UUID4": canonicalType("uuid"),
  "pydantic.UUID5": canonicalType("uuid"),
  "pydantic.types.UUID4": canonicalType("uuid")
};

// src/frontends/python/typeDecorators.ts
var MAX_DEPTH = 20;
function typeDecoratorImpl(cls, resolver) {
  if (!resolver.derivesFrom(cls, (q) => q.startsWith("sqlalchemy") && (q.endsWith(".TypeDecorator") || q.endsWith(".TypeEngine") || q.endsWith(".UserDefinedType")), 0)) return null;
  let current = cls;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const mod = resolver.moduleForFile(current.file);
    if (!mod) return { kind: "unknown", reason: `the module of ${current.name} cannot be read` };
    const members = classMembers(current);
    if (members.methods.has("load_dialect_impl")) return { kind: "unknown", reason: `${current.name} picks its type per dialect (load_dialect_impl)` };
    if (members.methods.has("get_col_spec")) return { kind: "unknown", reason: `${current.name} spells its own SQL type (get_col_spec)` };
    if (members.impl) return { kind: "impl", node: members.impl, mod };
    let next = null;
    for (const expr of current.superclasses) {
      const sym = resolver.resolveExpr(mod, expr);
      if (sym.kind === "class") {
        next = sym.cls;
        break;
      }
    }
    current = next;
  }
  return { kind: "unknown", reason: `${cls.name} sets no impl ormlint can find` };
}
function classMembers(cls) {
  const methods = /* @__PURE__ */ new Set();
  let impl = null;
  for (const statement of cls.body?.namedChildren ?? []) {
    if (!statement) continue;
    const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (definition?.type === "function_definition") {
      const name = definition.childForFieldName("name")?.text;
      if (name) methods.add(name);
      continue;
    }
    if (statement.type !== "expression_statement") continue;
    const assignment = statement.namedChild(0);
    if (assignment?.type !== "assignment") continue;
    if (assignment.childForFieldName("left")?.text !== "impl") continue;
    const right = assignment.childForFieldName("right");
    if (right) impl = unwrap(right);
  }
  return { impl, methods };
}

// src/frontends/python/columns.ts
var COLUMN_FACTORIES = /* @__PURE__ */ new Set(["Column", "mapped_column"]);
var PYDANTIC_SETTINGS = /* @__PURE__ */ new Set(["model_config", "Config"]);
var WRAPPERS = /* @__PURE__ */ new Set(["deferred", "column_property", "synonym_for"]);
var RELATIONSHIPS = /* @__PURE__ */ new Set(["relationship", "relation", "Relationship", "dynamic_loader"]);
function callKind(ctx, call) {
  const fn = call.childForFieldName("function");
  if (!fn) return "foreign";
  const sym = ctx.resolver.resolveExpr(ctx.mod, fn);
  if (sym.kind === "external") {
    const last = lastPart(sym.qualified);
    if (sym.qualified.startsWith("sqlmodel") && last === "Field") return "field";
    if (sym.qualified.startsWith("sqlmodel") && last === "Relationship") return "relationship";
    if (isSqlalchemyName(sym.qualified) || sym.qualified.startsWith("flask_sqlalchemy")) {
      if (COLUMN_FACTORIES.has(last)) return "column";
      if (RELATIONSHIPS.has(last)) return "relationship";
      if (WRAPPERS.has(last)) return "wrapper";
      return "sa-other";
    }
    return "foreign";
  }
  if (sym.kind === "unknown" && sym.unbound) return "builtin";
  return "project";
}
function readClassBody(cls, ctx) {
  const body = {
    columns: [],
    relationships: [],
    tablename: null,
    tableObject: null,
    tableArgs: null,
    abstract: false,
    typeAnnotationMap: null,
    metadata: null,
    unresolved: [],
    names: /* @__PURE__ */ new Set()
  };
  const file = cls.file;
  const visit = (statements) => {
    for (const statement of statements) {
      if (!statement) continue;
      if (statement.type === "expression_statement") {
        const assignment = statement.namedChild(0);
        if (assignment?.type === "assignment") readAssignment(assignment, ctx, body, file);
      } else if (statement.type === "decorated_definition") {
        readDecoratedFunction(statement, ctx, body, file);
      } else if (statement.type === "if_statement") {
        const running = typeCheckingBranch(statement, ctx);
        if (running) visit(running.namedChildren);
      }
    }
  };
  visit(cls.body?.namedChildren ?? []);
  return body;
}
function typeCheckingBranch(statement, ctx) {
  const condition = statement.childForFieldName("condition");
  if (!condition) return null;
  const negated = condition.type === "not_operator";
  const test = negated ? condition.childForFieldName("argument") : condition;
  if (!test || test.type !== "identifier" && test.type !== "attribute") return null;
  const sym = ctx.resolver.resolveExpr(ctx.mod, test);
  const isTypeChecking = sym.kind === "external" && (sym.qualified === "typing.TYPE_CHECKING" || sym.qualified === "typing_extensions.TYPE_CHECKING");
  if (!isTypeChecking) return null;
  if (negated) return statement.childForFieldName("consequence");
  const alternative = statement.childrenForFieldName("alternative").find((c) => c?.type === "else_clause");
  return alternative?.childForFieldName("body") ?? null;
}
function readAssignment(assignment, ctx, body, file) {
  const left = assignment.childForFieldName("left");
  let right = assignment.childForFieldName("right");
  while (right?.type === "assignment") right = right.childForFieldName("right");
  const annotationNode = assignment.childForFieldName("type");
  if (!left || left.type !== "identifier") return;
  const attr = left.text;
  body.names.add(attr);
  const location = nodeLocation(left, file);
  switch (attr) {
    case "__tablename__": {
      const value2 = stringValue(right);
      body.tablename = value2 !== null ? { kind: "string", value: value2, node: right } : { kind: "computed", node: right ?? left };
      return;
    }
    case "__table__":
      if (right) body.tableObject = right;
      return;
    case "__table_args__":
      if (right) body.tableArgs = right;
      return;
    case "__abstract__":
      body.abstract = staticValue(right) === true;
      return;
    case "__bind_key__":
      if (right) body.bindKey = staticValue(right) === null ? null : stringValue(right) ?? right.text;
      return;
    case "type_annotation_map":
      if (right) body.typeAnnotationMap = right;
      return;
    case "metadata":
      if (right) body.metadata = right;
      return;
    default:
      break;
  }
  if (attr.startsWith("__") && attr.endsWith("__") || PYDANTIC_SETTINGS.has(attr)) return;
  const annotation = annotationNode ? peelAnnotation(ctx.resolver, ctx.mod, readAnnotation(annotationNode)) : null;
  if (annotation?.classVar) return;
  const value = right ? unwrap(right) : null;
  if (value?.type === "call") {
    const kind = callKind(ctx, value);
    if (kind === "column") {
      body.columns.push(readColumnCall(value, attr, location, annotation, ctx));
      return;
    }
    if (kind === "field") {
      const column = readSqlmodelField(value, attr, location, annotation, ctx);
      if (column) body.columns.push(column);
      return;
    }
    if (kind === "relationship") {
      body.relationships.push(readRelationship(value, attr, location, annotation?.inner ?? null));
      return;
    }
    if (kind === "wrapper") {
      const inner = callArguments(value).positional[0];
      const innerCall = inner ? unwrap(inner) : null;
      if (innerCall?.type === "call" && callKind(ctx, innerCall) === "column") body.columns.push(readColumnCall(innerCall, attr, location, annotation, ctx));
      return;
    }
    if (kind === "project" || kind === "foreign") {
      body.unresolved.push({ message: `the attribute "${attr}" is built by \`${calleeName(value) ?? "a call"}(...)\`, which ormlint does not run; if it makes a column, that column is not checked`, location, scope: "columns", cause: "computed-attribute", item: `${calleeName(value) ?? "a call"}()` });
      return;
    }
    return;
  }
  if (ctx.sqlmodel && annotation && !annotation.mapped) {
    const column = readSqlmodelField(null, attr, location, annotation, ctx);
    if (column) {
      if (value) column.column.pyDefault = value.text;
      body.columns.push(column);
    }
    return;
  }
  if (annotation?.mapped && !value) {
    if (isRelationshipAnnotation(annotation.inner) && !hasColumnType(annotation.inner, ctx)) return;
    body.columns.push(readColumnCall(null, attr, location, annotation, ctx));
    return;
  }
  if (value?.type === "attribute" && !annotation) {
    const borrowed = borrowedColumn(value, attr, location, ctx);
    if (borrowed) {
      body.columns.push(borrowed);
      return;
    }
  }
  if (value && (value.type === "attribute" || value.type === "identifier") && annotation?.mapped) {
    body.unresolved.push({ message: `the attribute "${attr}" is bound to \`${value.text}\`, which ormlint cannot follow`, location, scope: "columns", cause: "computed-attribute", item: value.text });
  }
}
function borrowedColumn(value, attr, location, ctx) {
  const owner = value.childForFieldName("object");
  const name = value.childForFieldName("attribute")?.text;
  if (!owner || !name) return null;
  const sym = ctx.resolver.resolveExpr(ctx.mod, owner);
  if (sym.kind !== "class") return null;
  const mod = ctx.resolver.moduleForFile(sym.cls.file);
  if (!mod) return null;
  const source = readClassBody(sym.cls, { ...ctx, mod }).columns.find((c) => c.attr === name && !c.declaredAttr);
  if (!source) return null;
  const explicitName = source.column.name !== source.attr;
  return { ...source, attr, column: { ...source.column, name: explicitName ? source.column.name : attr, location }, foreignKeys: [...source.foreignKeys], unresolved: [...source.unresolved], unresolvedType: [...source.unresolvedType] };
}
function hasColumnType(inner, ctx) {
  const result = typeForAnnotation(ctx.resolver, ctx.mod, inner, ctx.typeMap, ctx.isEnumClass);
  return result.type !== null || result.entry !== void 0;
}
function isRelationshipAnnotation(inner) {
  if (!inner) return false;
  if (inner.kind === "string") return true;
  if (inner.kind === "generic") {
    const head = lastPart(inner.head.text);
    return ["List", "list", "Set", "set", "Sequence", "Iterable", "Collection", "Dict", "dict"].includes(head) && inner.args.some((a) => a.kind === "string" || a.kind === "name");
  }
  return false;
}
function readDecoratedFunction(statement, ctx, body, file) {
  const definition = statement.childForFieldName("definition");
  if (definition?.type !== "function_definition") return;
  const decorators = statement.namedChildren.filter((c) => c?.type === "decorator");
  const isDeclared = decorators.some((d) => {
    const expr = d.namedChild(0);
    const target = expr?.type === "call" ? expr.childForFieldName("function") : expr;
    const name = dottedName(target) ?? "";
    return lastPart(name) === "declared_attr" || name.endsWith("declared_attr.directive") || name.endsWith("declared_attr.cascading");
  });
  const nameNode = definition.childForFieldName("name");
  if (!nameNode) return;
  const attr = nameNode.text;
  body.names.add(attr);
  if (!isDeclared) return;
  const location = nodeLocation(nameNode, file);
  if (attr === "__tablename__") {
    body.tablename = { kind: "declared", node: definition };
    return;
  }
  const returned = singleReturn(definition);
  if (attr === "__table_args__") {
    if (returned) body.tableArgs = returned;
    else body.unresolved.push({ message: "a @declared_attr __table_args__ that is more than one return statement is not evaluated", location, scope: "constraints", cause: "computed-table-args" });
    return;
  }
  if (attr.startsWith("__")) return;
  const value = returned ? unwrap(returned) : null;
  if (value?.type === "call") {
    const kind = callKind(ctx, value);
    if (kind === "column") {
      const returnType = definition.childForFieldName("return_type");
      const annotation = returnType ? peelAnnotation(ctx.resolver, ctx.mod, readAnnotation(returnType)) : null;
      const column = readColumnCall(value, attr, location, annotation, ctx);
      column.declaredAttr = true;
      body.columns.push(column);
      return;
    }
    if (kind === "relationship") {
      body.relationships.push(readRelationship(value, attr, location, null));
      return;
    }
  }
  body.unresolved.push({ message: `the @declared_attr "${attr}" is computed by code ormlint does not run; if it makes a column, that column is not checked`, location, scope: "columns", cause: "computed-attribute", item: `@declared_attr ${attr}` });
}
function singleReturn(fn) {
  const block = fn.childForFieldName("body");
  const statements = (block?.namedChildren ?? []).filter((s) => !!s && s.type !== "comment" && !(s.type === "expression_statement" && s.namedChild(0)?.type === "string"));
  if (statements.length !== 1 || statements[0].type !== "return_statement") return null;
  return statements[0].namedChild(0);
}
function readColumnArguments(call, attr, location, ctx) {
  const out = { name: null, type: null, foreignKeys: [], identity: false, keywords: /* @__PURE__ */ new Map(), unresolved: [] };
  if (!call) return out;
  const args = callArguments(call);
  if (args.hasSplat) out.unresolved.push({ message: `the column "${attr}" takes *args/**kwargs; what they hold is not known`, facts: "all", cause: "splat-arguments" });
  const fn = call.childForFieldName("function");
  const callee = fn ? ctx.resolver.resolveExpr(ctx.mod, fn) : null;
  if (callee?.kind === "external" && callee.partial) {
    for (const [key, node] of callee.partial.keywords) out.keywords.set(key, { node, ctx: { ...ctx, mod: callee.partial.module } });
  }
  for (const [key, node] of args.keywords) out.keywords.set(key, { node, ctx });
  let typeNode = args.keywords.get("type_") ?? null;
  for (const [i, arg] of args.positional.entries()) {
    const value = unwrap(arg);
    if (i === 0 && stringValue(value) !== null) {
      out.name = stringValue(value);
      continue;
    }
    if (value.type === "call") {
      const callee2 = lastPart(calleeName(value) ?? "");
      const kind = columnArgumentKind(callee2);
      if (kind === "foreignKey") out.foreignKeys.push(readForeignKey(value, ctx, location.file));
      if (kind === "identity") out.identity = true;
      const positionalDefault = callee2 === "DefaultClause" ? callArguments(value).positional[0] ?? null : callee2 === "FetchedValue" ? value : null;
      if (positionalDefault && !out.keywords.has("server_default")) out.keywords.set("server_default", { node: positionalDefault, ctx });
      if (kind !== null) continue;
    }
    if (!typeNode && value.type !== "none") typeNode = value;
  }
  const nameKeyword = stringValue(args.keywords.get("name"));
  if (nameKeyword !== null) out.name = nameKeyword;
  if (typeNode) out.type = { node: typeNode, ctx };
  return out;
}
function mergeColumnArguments(own, from) {
  const keywords = new Map(from.keywords);
  for (const [key, value] of own.keywords) keywords.set(key, value);
  return {
    name: own.name,
    type: own.type ?? from.type,
    foreignKeys: own.foreignKeys.length > 0 ? own.foreignKeys : from.foreignKeys,
    identity: own.identity || from.identity,
    keywords,
    unresolved: [...own.unresolved, ...from.unresolved]
  };
}
function readColumnCall(call, attr, location, annotation, ctx) {
  const draft = emptyDraft(attr, location);
  const alias = annotation?.inner ? annotatedAlias(ctx.resolver, ctx.mod, annotation.inner) : null;
  const own = readColumnArguments(call, attr, location, ctx);
  const aliasContext = alias ? { ...ctx, mod: alias.mod } : ctx;
  const args = alias?.mappedColumn ? mergeColumnArguments(own, readColumnArguments(alias.mappedColumn, attr, location, aliasContext)) : own;
  draft.unresolved.push(...args.unresolved);
  if (args.name !== null) draft.column.name = args.name;
  draft.foreignKeys.push(...args.foreignKeys);
  draft.identity = args.identity;
  if (args.type) applyType(draft, args.type.node, args.type.ctx);
  else if (draft.foreignKeys.length === 1) draft.typeFromForeignKey = true;
  else if (draft.foreignKeys.length > 1) draft.unresolved.push({ message: `the column "${attr}" has no type of its own and several foreign keys; which target types it is not known`, facts: ["type"], cause: "unknown-type", item: "several foreign keys" });
  else if (alias && !hasColumnType(annotation.inner, ctx) && alias.inner) applyAnnotationType(draft, alias.inner, aliasContext, void 0);
  else if (annotation?.inner) applyAnnotationType(draft, annotation.inner, ctx, void 0);
  else draft.unresolved.push({ message: `the column "${attr}" has no type ormlint can read`, facts: ["type"], cause: "unknown-type", item: "no type" });
  const flag = (key) => {
    const placed = args.keywords.get(key);
    const value = readFlag(placed?.node);
    if (value !== NOT_STATIC) return value;
    draft.unresolved.push({ message: `\`${key}=${placed.node.text}\` on "${attr}" cannot be evaluated statically`, facts: [FLAG_FACTS[key] ?? "nullable"], cause: "computed-flag", item: `${key}=${shortenSource(placed.node.text, 60)}` });
    return null;
  };
  draft.primaryKey = flag("primary_key") ?? false;
  draft.unique = flag("unique") ?? false;
  draft.index = flag("index") ?? false;
  draft.explicitNullable = flag("nullable");
  draft.autoincrement = readAutoincrement(args.keywords.get("autoincrement")?.node);
  const isMappedColumn = call ? lastPart(calleeName(call) ?? "") === "mapped_column" || calleeName(call) === null : true;
  let nullable = !draft.primaryKey;
  if ((isMappedColumn || !call) && annotation?.mapped && annotation.inner !== null) nullable = (annotation.optional || (alias?.optional ?? false)) && !draft.primaryKey;
  if (draft.explicitNullable !== null) nullable = draft.explicitNullable;
  draft.column.nullable = nullable;
  const defaultNode = (args.keywords.get("default") ?? args.keywords.get("insert_default"))?.node;
  if (defaultNode) draft.column.pyDefault = defaultNode.text;
  const serverDefault = args.keywords.get("server_default");
  if (serverDefault) applyServerDefault(draft, serverDefault.node, serverDefault.ctx);
  return draft;
}
function emptyDraft(attr, location) {
  return {
    attr,
    column: { name: attr, type: null, nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: null, pyDefault: null, location },
    explicitNullable: null,
    primaryKey: false,
    unique: false,
    index: false,
    foreignKeys: [],
    typeFromForeignKey: false,
    enumType: null,
    autoincrement: null,
    identity: false,
    declaredAttr: false,
    unresolved: [],
    unresolvedType: []
  };
}
function typeImports(node, ctx) {
  const imports = /* @__PURE__ */ new Map();
  let problem = null;
  const heads = [];
  const collect = (n) => {
    if (n.type === "identifier") heads.push(n);
    else if (n.type === "attribute") {
      let object = n;
      while (object.type === "attribute") object = object.childForFieldName("object");
      if (object.type === "identifier") heads.push(object);
      else collect(object);
    } else if (n.type === "keyword_argument") {
      const value = n.childForFieldName("value");
      if (value) collect(value);
    } else for (const child of n.namedChildren) if (child) collect(child);
  };
  collect(node);
  for (const head of heads) {
    if (imports.has(head.text)) continue;
    const sym = ctx.resolver.resolveName(ctx.mod, head.text);
    const qualified = ctx.resolver.qualifiedName(sym);
    if (qualified) imports.set(head.text, qualified);
    else if (sym.kind === "unknown" && !sym.unbound) problem ??= sym.reason;
    else if (sym.kind === "unknown") imports.set(head.text, `builtins.${head.text}`);
  }
  return { imports, problem };
}
function moduleConstant(node, ctx) {
  const literal = staticValue(node);
  if (literal !== NOT_STATIC) return literal;
  const inner = unwrap(node);
  if (inner.type !== "identifier" && inner.type !== "attribute") return NOT_STATIC;
  const sym = ctx.resolver.resolveExpr(ctx.mod, inner);
  return sym.kind === "value" ? staticValue(sym.value) : NOT_STATIC;
}
function applyType(draft, input, ctx) {
  const typeNode = mutableInner(input, ctx) ?? input;
  const { imports, problem } = typeImports(typeNode, ctx);
  if (problem) {
    draft.unresolvedType.push({ message: `the type of "${draft.attr}" cannot be resolved: ${problem}`, facts: ["type"], cause: "unknown-type", item: shortenSource(unwrap(typeNode).text, 60) });
    return;
  }
  const head = unwrap(typeNode).type === "call" ? unwrap(typeNode).childForFieldName("function") : unwrap(typeNode);
  const headSym = head ? ctx.resolver.resolveExpr(ctx.mod, head) : null;
  if (headSym?.kind === "class") {
    const decorated = typeDecoratorImpl(headSym.cls, ctx.resolver);
    if (decorated?.kind === "impl") {
      const length = unwrap(typeNode).type === "call" ? staticValue(callArguments(unwrap(typeNode)).keywords.get("length")) : void 0;
      const implIsBare = decorated.node.type !== "call";
      const { imports: implImports } = typeImports(decorated.node, { ...ctx, mod: decorated.mod });
      const result2 = sqlalchemyType(decorated.node, implImports);
      if (result2.type && !result2.createsEnum) {
        draft.column.type = implIsBare && typeof length === "number" && result2.type === canonicalType("varchar") ? canonicalType("varchar", { args: [length] }) : result2.type;
        return;
      }
    }
    draft.unresolvedType.push({ message: `the type of "${draft.attr}" is the project class ${headSym.cls.name}, which ormlint does not evaluate; the column is checked without its type`, facts: ["type"], cause: "unknown-type", item: headSym.cls.name });
    return;
  }
  const result = sqlalchemyType(typeNode, imports, (n) => moduleConstant(n, ctx));
  draft.column.type = result.type;
  if (result.createsEnum) {
    const enumClass = enumClassArgument(typeNode, ctx);
    const call = unwrap(typeNode).type === "call" ? unwrap(typeNode) : null;
    const byValue = call !== null && callArguments(call).keywords.has("values_callable");
    const values = enumClass ? byValue ? enumMemberValues(enumClass) : enumMemberNames(enumClass) : result.unresolved ? null : result.createsEnum.values;
    draft.enumType = { name: result.createsEnum.name, values, enumClass };
    if (result.unresolved && !enumClass) draft.unresolvedType.push({ message: result.unresolved, facts: ["type"], cause: "unknown-type", item: typeItem(typeNode) });
  } else if (result.unresolved) {
    draft.unresolvedType.push({ message: result.unresolved, facts: ["type"], cause: "unknown-type", item: typeItem(typeNode) });
  } else if (result.type === canonicalType("varchar")) {
    const sized = nonNativeEnumLength(typeNode, ctx);
    if (sized !== null) draft.column.type = canonicalType("varchar", { args: [sized] });
  }
}
function nonNativeEnumLength(typeNode, ctx) {
  const call = unwrap(typeNode);
  if (call.type !== "call" || lastPart(calleeName(call) ?? "") !== "Enum" || callArguments(call).keywords.has("length")) return null;
  const enumClass = enumClassArgument(call, ctx);
  if (!enumClass) return null;
  const stored = callArguments(call).keywords.has("values_callable") ? enumMemberValues(enumClass) : enumMemberNames(enumClass);
  return stored && stored.length > 0 ? Math.max(...stored.map((v) => v.length)) : null;
}
function enumClassArgument(typeNode, ctx) {
  const node = unwrap(typeNode);
  if (node.type !== "call") return null;
  const fn = lastPart(calleeName(node) ?? "");
  const args = callArguments(node);
  const first = fn === "ARRAY" ? args.positional[0] : node;
  if (first !== node) return first ? enumClassArgument(first, ctx) : null;
  for (const arg of args.positional) {
    if (stringValue(arg) !== null) continue;
    const sym = ctx.resolver.resolveExpr(ctx.mod, arg);
    if (sym.kind === "class" && ctx.isEnumClass(sym.cls)) return sym.cls;
  }
  return null;
}
function enumMemberNames(cls) {
  const names = [];
  for (const statement of cls.body?.namedChildren ?? []) {
    const assignment = statement?.type === "expression_statement" ? statement.namedChild(0) : null;
    const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    if (left?.type === "identifier" && !left.text.startsWith("_") && assignment?.childForFieldName("right")) names.push(left.text);
  }
  return names;
}
function enumMemberValues(cls) {
  const values = [];
  for (const statement of cls.body?.namedChildren ?? []) {
    const assignment = statement?.type === "expression_statement" ? statement.namedChild(0) : null;
    const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
    if (left?.type !== "identifier" || left.text.startsWith("_")) continue;
    const value = stringValue(assignment.childForFieldName("right"));
    if (value === null) return null;
    values.push(value);
  }
  return values;
}
function applyAnnotationType(draft, inner, ctx, defaults) {
  const result = typeForAnnotation(ctx.resolver, ctx.mod, inner, ctx.typeMap, ctx.isEnumClass, defaults);
  if (result.type !== null) {
    draft.column.type = result.type;
    if (result.enumClass) draft.enumType = { name: result.type, values: enumMemberNames(result.enumClass), enumClass: result.enumClass };
    return;
  }
  if (result.entry) {
    applyType(draft, result.entry.node, { ...ctx, mod: result.entry.module });
    return;
  }
  draft.unresolved.push({ message: `the type of "${draft.attr}": ${result.unresolved}`, facts: ["type"], cause: "unknown-type", item: annotationItem(inner) });
}
function readSqlmodelField(call, attr, location, annotation, ctx) {
  const args = call ? callArguments(call) : { positional: [], keywords: /* @__PURE__ */ new Map(), hasSplat: false };
  const saColumn = args.keywords.get("sa_column");
  if (saColumn && unwrap(saColumn).type === "call") return readColumnCall(unwrap(saColumn), attr, location, null, ctx);
  const draft = emptyDraft(attr, location);
  const saType = args.keywords.get("sa_type");
  if (saType) applyType(draft, saType, ctx);
  else if (annotation?.inner) applyAnnotationType(draft, annotation.inner, ctx, SQLMODEL_ANNOTATION_TYPES);
  const columnKwargs = /* @__PURE__ */ new Map();
  const kwargsNode = args.keywords.get("sa_column_kwargs");
  if (kwargsNode && unwrap(kwargsNode).type === "dictionary") {
    for (const pair of unwrap(kwargsNode).namedChildren) {
      const key = pair?.type === "pair" ? stringValue(pair.childForFieldName("key")) : null;
      const value = pair?.childForFieldName("value");
      if (key !== null && value) columnKwargs.set(key, value);
    }
  }
  const bool = (key) => {
    const value = staticValue(args.keywords.get(key) ?? columnKwargs.get(key));
    return typeof value === "boolean" ? value : null;
  };
  draft.primaryKey = bool("primary_key") ?? false;
  draft.unique = bool("unique") ?? false;
  draft.index = bool("index") ?? false;
  draft.explicitNullable = bool("nullable");
  draft.column.nullable = draft.explicitNullable ?? (!draft.primaryKey && (annotation?.optional ?? false));
  const maxLengthNode = args.keywords.get("max_length");
  const maxLength = staticValue(maxLengthNode);
  if (typeof maxLength === "number" && draft.column.type === "character varying") draft.column.type = canonicalType("varchar", { args: [maxLength] });
  else if (maxLengthNode && draft.column.type === "character varying") {
    draft.unresolved.push({ message: `\`max_length=${shortenSource(maxLengthNode.text, 60)}\` on "${attr}" cannot be evaluated statically`, facts: ["type"], cause: "computed-flag", item: `max_length=${shortenSource(maxLengthNode.text, 60)}` });
  }
  const digits = staticValue(args.keywords.get("max_digits"));
  const places = staticValue(args.keywords.get("decimal_places"));
  if (draft.column.type === "numeric" && typeof digits === "number") draft.column.type = canonicalType("numeric", { args: [digits, typeof places === "number" ? places : 0] });
  const fk = stringValue(args.keywords.get("foreign_key"));
  if (fk !== null) {
    const onDelete = stringValue(args.keywords.get("ondelete"));
    draft.foreignKeys.push({ target: fk, classRef: null, name: null, onDelete, onUpdate: null, location });
  }
  const defaultNode = args.keywords.get("default") ?? (call ? args.positional[0] : void 0);
  if (defaultNode && defaultNode.text !== "...") draft.column.pyDefault = defaultNode.text;
  const kwargs = args.keywords.get("sa_column_kwargs");
  if (kwargs?.type === "dictionary") {
    for (const pair of kwargs.namedChildren) {
      if (pair?.type !== "pair") continue;
      if (stringValue(pair.childForFieldName("key")) === "server_default") applyServerDefault(draft, pair.childForFieldName("value"), ctx);
    }
  }
  return draft;
}
function readForeignKey(call, ctx, file) {
  const { targetNode: first, target, name, onDelete, onUpdate } = readForeignKeyArguments(call);
  let classRef = null;
  if (target === null && first && unwrap(first).type === "attribute") {
    const object = unwrap(first).childForFieldName("object");
    const attrName = unwrap(first).childForFieldName("attribute")?.text;
    const sym = object ? ctx.resolver.resolveExpr(ctx.mod, object) : null;
    if (sym?.kind === "class" && attrName) classRef = { cls: sym.cls, attr: attrName };
  }
  return {
    target,
    classRef,
    name,
    onDelete,
    onUpdate,
    location: nodeLocation(call, file)
  };
}
function readRelationship(call, attr, location, inner) {
  const args = callArguments(call);
  const first = args.positional[0] ?? args.keywords.get("argument");
  let target = stringValue(first) ?? dottedName(first) ?? null;
  if (!target && inner) {
    const ann = inner.kind === "generic" ? inner.args[0] : inner;
    if (ann?.kind === "string") target = ann.text;
    else if (ann?.kind === "name") target = ann.node.text;
  }
  return { name: attr, target, location };
}
function applyServerDefault(draft, input, ctx) {
  const qualify = (fn) => {
    const sym = ctx.resolver.resolveExpr(ctx.mod, fn);
    return sym.kind === "external" ? sym.qualified : dottedName(fn) ?? "";
  };
  const read = readServerDefault(input, draft.column.type, qualify);
  if (read.kind === "sql") draft.column.default = read.sql;
  else if (read.kind === "unknown") {
    const text = unwrap(input).text;
    draft.unresolved.push({ message: `server_default=${text} on "${draft.attr}" is not evaluated statically`, facts: ["default"], cause: "server-default", item: shortenSource(text, 60) });
  }
}
var FLAG_FACTS = { primary_key: "primaryKey", unique: "unique", index: "index", nullable: "nullable" };
function typeItem(typeNode) {
  const node = unwrap(typeNode);
  const head = node.type === "call" ? node.childForFieldName("function") : node;
  return shortenSource(head?.text ?? node.text, 60);
}
function mutableInner(typeNode, ctx) {
  const node = unwrap(typeNode);
  if (node.type !== "call") return null;
  const fn = node.childForFieldName("function");
  if (fn?.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "as_mutable") return null;
  const owner = fn.childForFieldName("object");
  const sym = owner ? ctx.resolver.resolveExpr(ctx.mod, owner) : null;
  const fromMutable = sym?.kind === "external" ? sym.qualified.startsWith("sqlalchemy.ext.mutable") : sym?.kind === "class";
  const inner = callArguments(node).positional[0];
  return fromMutable && inner ? inner : null;
}
function annotationItem(inner) {
  switch (inner.kind) {
    case "name":
    case "other":
      return shortenSource(inner.node.text, 60);
    case "generic":
      return shortenSource(inner.head.text, 60);
    case "string":
      return inner.text;
    default:
      return inner.kind;
  }
}

// src/frontends/python/naming.ts
import { createHash } from "node:crypto";
var DEFAULT_CONVENTION = /* @__PURE__ */ new Map([["ix", "ix_%(column_0_label)s"]]);
function readNamingConvention(resolver, mod, metadata) {
  const call = metadataCall(resolver, mod, metadata);
  if (!call) return null;
  const conventionNode = callArguments(call.node).keywords.get("naming_convention");
  if (!conventionNode) return null;
  const dict = followName(resolver, call.mod, conventionNode);
  if (!dict || dict.node.type !== "dictionary") return null;
  const convention = new Map(DEFAULT_CONVENTION);
  for (const pair of dict.node.namedChildren) {
    if (pair?.type !== "pair") continue;
    const key = stringValue(pair.childForFieldName("key"));
    const value = stringValue(pair.childForFieldName("value"));
    if (key !== null && value !== null) convention.set(key, value);
  }
  return convention;
}
function readMetadataSchema(resolver, mod, metadata) {
  const call = metadataCall(resolver, mod, metadata);
  return call ? stringValue(callArguments(call.node).keywords.get("schema")) : null;
}
function metadataCall(resolver, mod, metadata) {
  const call = followName(resolver, mod, metadata);
  if (!call || call.node.type !== "call" || lastPart(call.node.childForFieldName("function")?.text ?? "") !== "MetaData") return null;
  return call;
}
function followName(resolver, mod, input) {
  let node = unwrap(input);
  let current = mod;
  for (let i = 0; i < 10 && (node.type === "identifier" || node.type === "attribute"); i++) {
    const owned = node.type === "attribute" && node.childForFieldName("attribute")?.text === "metadata" ? ownerMetadata(resolver, current, node.childForFieldName("object")) : null;
    if (owned) {
      ({ node, mod: current } = owned);
      continue;
    }
    const sym = resolver.resolveExpr(current, node);
    if (sym.kind !== "value") return null;
    node = unwrap(sym.value);
    current = sym.module;
  }
  return { node, mod: current };
}
function ownerMetadata(resolver, mod, object) {
  const sym = resolver.resolveExpr(mod, object);
  if (sym.kind === "class") {
    for (const statement of sym.cls.body?.namedChildren ?? []) {
      const assignment = statement?.type === "expression_statement" ? statement.namedChild(0) : null;
      if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== "metadata") continue;
      const value = assignment.childForFieldName("right");
      const owner = resolver.modules.get(sym.cls.file);
      if (value && owner) return { node: unwrap(value), mod: owner };
    }
    return null;
  }
  const call = sym.kind === "base" ? sym.metadataCall : sym.kind === "flaskDb" ? sym.call : null;
  const module = sym.kind === "base" || sym.kind === "flaskDb" ? sym.module : void 0;
  const metadata = call ? callArguments(call).keywords.get("metadata") : void 0;
  return metadata && module ? { node: unwrap(metadata), mod: module } : null;
}
function constraintName(convention, key, written, parts) {
  if (written === null) return conventionName(convention, key, parts);
  if (!(convention.get(key) ?? "").includes("%(constraint_name)s")) return written;
  return conventionName(convention, key, { ...parts, constraintName: written }) ?? written;
}
function conventionName(convention, key, parts) {
  const template = convention.get(key);
  if (!template) return null;
  const label = (column) => `${parts.schema ? `${parts.schema.replace(/\./gu, "_")}_` : ""}${parts.table}_${column}`;
  const tokens = {
    table_name: parts.table,
    column_0_name: parts.columns[0] ?? "",
    column_0_key: parts.columns[0] ?? "",
    column_0_label: label(parts.columns[0] ?? ""),
    column_0N_name: parts.columns.join(""),
    column_0_N_name: parts.columns.join("_"),
    column_0N_label: parts.columns.map(label).join(""),
    column_0_N_label: parts.columns.map(label).join("_"),
    referred_table_name: parts.referredTable ?? "",
    referred_column_0_name: parts.referredColumns?.[0] ?? "",
    referred_column_0N_name: (parts.referredColumns ?? []).join(""),
    referred_column_0_N_name: (parts.referredColumns ?? []).join("_"),
    ...parts.constraintName !== void 0 ? { constraint_name: parts.constraintName } : {}
  };
  let unknown = false;
  const name = template.replace(/%\(([A-Za-z0-9_]+)\)s/gu, (_m, token) => {
    if (!(token in tokens)) unknown = true;
    return tokens[token] ?? "";
  });
  return unknown ? null : truncateName(name);
}
function truncateName(name, max = 63) {
  if (name.length <= max) return name;
  return `${name.slice(0, max - 8)}_${createHash("md5").update(name).digest("hex").slice(-4)}`;
}

// src/frontends/python/classes.ts
function plainClassInfo(cls, mod, qualified) {
  return { cls, mod, qualified, kind: "plain", base: null, flavor: "declarative", baseClass: null, supers: [], superSyms: [] };
}
var ClassAnalyzer = class {
  constructor(resolver, configuredBases) {
    this.resolver = resolver;
    this.configuredBases = configuredBases;
  }
  resolver;
  configuredBases;
  infos = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  bodies = /* @__PURE__ */ new Map();
  typeMaps = /* @__PURE__ */ new Map();
  enumMemo = /* @__PURE__ */ new Map();
  moduleOf(cls) {
    return this.resolver.modules.get(cls.file);
  }
  qualifiedName(cls) {
    return cls.module ? `${cls.module}.${cls.name}` : cls.name;
  }
  /** True for `class Color(enum.Enum)` and its subclasses (`str, enum.Enum` included). */
  isEnumClass = (cls) => {
    const memo = this.enumMemo.get(cls);
    if (memo !== void 0) return memo;
    this.enumMemo.set(cls, false);
    const mod = this.moduleOf(cls);
    const result = cls.superclasses.some((s) => {
      const sym = this.resolver.resolveExpr(mod, s);
      if (sym.kind === "external") return sym.qualified.startsWith("enum.") && ["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"].includes(lastPart(sym.qualified));
      return sym.kind === "class" && this.isEnumClass(sym.cls);
    });
    this.enumMemo.set(cls, result);
    return result;
  };
  analyze(cls) {
    const known = this.infos.get(cls);
    if (known) return known;
    const mod = this.moduleOf(cls);
    const info = plainClassInfo(cls, mod, this.qualifiedName(cls));
    if (this.inProgress.has(cls)) return info;
    this.inProgress.add(cls);
    info.superSyms = cls.superclasses.map((s) => this.resolver.resolveExpr(mod, s));
    info.supers = info.superSyms.map((sym) => sym.kind === "class" ? this.analyze(sym.cls) : null);
    this.classify(info);
    this.inProgress.delete(cls);
    this.infos.set(cls, info);
    return info;
  }
  classify(info) {
    const { cls, mod } = info;
    const tableKeyword = cls.keywords.get("table");
    const isTable = tableKeyword?.type === "true";
    for (const decorator of cls.decorators) {
      const expr = decorator.namedChild(0);
      if (!expr) continue;
      const target = expr.type === "call" ? expr.childForFieldName("function") : expr;
      if (target.type === "attribute") {
        const attribute = target.childForFieldName("attribute")?.text;
        const owner = this.resolver.resolveExpr(mod, target.childForFieldName("object"));
        if ((attribute === "mapped" || attribute === "mapped_as_dataclass") && owner.kind === "registry") {
          info.kind = "model";
          info.base = owner.qualified;
          return;
        }
      }
      const sym = this.resolver.resolveExpr(mod, target);
      if (sym.kind === "external" && isSqlalchemyName(sym.qualified) && lastPart(sym.qualified) === "as_declarative") {
        info.kind = "declarative-base";
        return;
      }
    }
    if (this.configuredBases.includes(info.qualified)) {
      info.kind = "declarative-base";
      return;
    }
    for (const [i, sym] of info.superSyms.entries()) {
      if (sym.kind === "external") {
        const last = lastPart(sym.qualified);
        if (isSqlalchemyName(sym.qualified) && sym.qualified.startsWith("sqlalchemy") && (last === "DeclarativeBase" || last === "DeclarativeBaseNoMeta")) {
          info.kind = "declarative-base";
          return;
        }
        if (sym.qualified.startsWith("sqlmodel") && last === "SQLModel") {
          markSqlModel(info, isTable);
          return;
        }
      }
      if (sym.kind === "base") {
        info.kind = "model";
        info.base = sym.qualified;
        info.flavor = sym.flavor;
        const metadata = sym.metadataCall ? callArguments(sym.metadataCall).keywords.get("metadata") : void 0;
        if (metadata && sym.module) info.metadataArgument = { node: metadata, mod: sym.module };
        const mixinNode = sym.metadataCall && sym.flavor === "declarative" ? callArguments(sym.metadataCall).keywords.get("cls") : void 0;
        const mixin = mixinNode && sym.module ? this.resolver.resolveExpr(sym.module, mixinNode) : null;
        if (mixin?.kind === "class") info.declarativeMixin = this.analyze(mixin.cls);
        const modelClass = sym.modelClass && sym.module ? this.resolver.resolveExpr(sym.module, sym.modelClass) : null;
        if (modelClass?.kind === "class") {
          const baseClass = this.analyze(modelClass.cls);
          if (baseClass.kind === "declarative-base") info.baseClass = baseClass;
        }
        return;
      }
      const parent = info.supers[i];
      if (!parent) continue;
      if (parent.kind === "declarative-base") {
        info.kind = "model";
        info.base = parent.qualified;
        info.baseClass = parent;
        return;
      }
      if (parent.kind === "model") {
        info.kind = "model";
        info.base = parent.base;
        info.baseClass = parent.baseClass;
        info.flavor = parent.flavor;
        info.metadataArgument = parent.metadataArgument;
        info.declarativeMixin = parent.declarativeMixin;
        return;
      }
      if (parent.kind === "sqlmodel-data") {
        markSqlModel(info, isTable);
        return;
      }
    }
    const unresolvable = info.superSyms.some(
      (s, i) => s.kind === "unknown" && !(s.unbound && isPythonBuiltin(cls.superclasses[i].text)) || s.kind === "value" || s.kind === "external" && !s.qualified.startsWith("builtins") || s.kind === "module"
    );
    if (unresolvable && declaresTable(cls) && !this.isEnumClass(cls)) {
      info.kind = "model";
      info.base = null;
    }
  }
  /**
   * The body of a class as a given model sees it: the type map comes from the model's base,
   * so a mixin's `Mapped[str]` becomes whatever that base maps `str` to.
   */
  body(cls, forModel) {
    const typeMap = forModel.baseClass ? this.typeMap(forModel.baseClass) : /* @__PURE__ */ new Map();
    const key = `${cls.file}:${cls.node.startIndex}:${forModel.baseClass?.qualified ?? ""}:${forModel.flavor}`;
    let body = this.bodies.get(key);
    if (!body) {
      body = readClassBody(cls, {
        resolver: this.resolver,
        mod: this.moduleOf(cls),
        typeMap,
        sqlmodel: forModel.flavor === "sqlmodel",
        isEnumClass: this.isEnumClass
      });
      this.bodies.set(key, body);
    }
    return body;
  }
  /** `type_annotation_map = {str: String(255), ...}` on the declarative base class. */
  typeMap(baseClass) {
    const known = this.typeMaps.get(baseClass);
    if (known) return known;
    const map = /* @__PURE__ */ new Map();
    this.typeMaps.set(baseClass, map);
    const body = readClassBody(baseClass.cls, { resolver: this.resolver, mod: baseClass.mod, typeMap: /* @__PURE__ */ new Map(), sqlmodel: false, isEnumClass: this.isEnumClass });
    const dict = body.typeAnnotationMap ? unwrap(body.typeAnnotationMap) : null;
    if (dict?.type === "dictionary") {
      for (const pair of dict.namedChildren) {
        if (pair?.type !== "pair") continue;
        const keyNode = pair.childForFieldName("key");
        const value = pair.childForFieldName("value");
        if (!keyNode || !value) continue;
        const annotation = readAnnotation(keyNode);
        const entry = { node: value, module: baseClass.mod };
        const { key } = pythonTypeKey(this.resolver, baseClass.mod, annotation);
        const full = genericTypeKey(this.resolver, baseClass.mod, annotation);
        if (full) map.set(full, entry);
        if (key && (!full || !map.has(key))) map.set(key, entry);
      }
    }
    return map;
  }
  /** `class Customer(DeferredReflection, Base)`: SQLAlchemy reads the table's columns from the database. */
  reflectsFromDatabase(info) {
    const seen = /* @__PURE__ */ new Set();
    const stack = [info];
    while (stack.length > 0) {
      const current = stack.pop();
      if (seen.has(current)) continue;
      seen.add(current);
      if (current.superSyms.some((sym) => sym.kind === "external" && isSqlalchemyName(sym.qualified) && lastPart(sym.qualified) === "DeferredReflection")) return true;
      for (const parent of current.supers) if (parent) stack.push(parent);
    }
    return false;
  }
  /** The `schema=` of the MetaData a model's base uses, or null. */
  metadataSchema(info) {
    const source = info.metadataArgument ?? (info.baseClass ? this.baseMetadata(info.baseClass) : null);
    return source ? readMetadataSchema(this.resolver, source.mod, source.node) : null;
  }
  /** The naming convention of the MetaData a model's base uses, or SQLAlchemy's default. */
  namingConvention(info) {
    const source = info.metadataArgument ?? (info.baseClass ? this.baseMetadata(info.baseClass) : null);
    return (source && readNamingConvention(this.resolver, source.mod, source.node)) ?? DEFAULT_CONVENTION;
  }
  baseMetadata(baseClass) {
    const body = readClassBody(baseClass.cls, { resolver: this.resolver, mod: baseClass.mod, typeMap: /* @__PURE__ */ new Map(), sqlmodel: false, isEnumClass: this.isEnumClass });
    return body.metadata ? { node: body.metadata, mod: baseClass.mod } : null;
  }
  /**
   * The classes whose attributes a model inherits as its own columns, base-most first: mixins,
   * abstract models, SQLModel data classes and the declarative base class itself. The walk stops
   * at mapped parents, whose columns live in their own table.
   */
  inheritedSources(info, isMappedWithTable) {
    const seen = /* @__PURE__ */ new Set();
    const order = [];
    let belowMappedParent = false;
    const visit = (current) => {
      for (const parent of current.supers) {
        if (!parent || seen.has(parent)) continue;
        if (isMappedWithTable(parent)) {
          belowMappedParent = true;
          continue;
        }
        seen.add(parent);
        visit(parent);
        order.push(parent);
      }
    };
    visit(info);
    const mixin = info.declarativeMixin;
    if (mixin && !belowMappedParent && !seen.has(mixin)) {
      const own = order.splice(0);
      visit(mixin);
      order.push(mixin, ...own.filter((c) => !order.includes(c)));
    }
    return order;
  }
};
function markSqlModel(info, isTable) {
  info.flavor = "sqlmodel";
  if (isTable) {
    info.kind = "model";
    info.base = "sqlmodel.SQLModel";
  } else info.kind = "sqlmodel-data";
}
function declaresTable(cls) {
  for (const statement of cls.body?.namedChildren ?? []) {
    const first = statement?.type === "expression_statement" ? statement.namedChild(0) : null;
    const left = first?.type === "assignment" ? first.childForFieldName("left")?.text : null;
    if (left === "__tablename__" || left === "__table__") return true;
    if (statement?.type === "decorated_definition") {
      const name = statement.childForFieldName("definition")?.childForFieldName("name")?.text;
      if (name === "__tablename__") return true;
    }
  }
  return false;
}

// src/frontends/python/modelSchema.ts
var TABLE_ITEMS = /* @__PURE__ */ new Set(["Column", "PrimaryKeyConstraint", "ForeignKeyConstraint", "UniqueConstraint", "CheckConstraint", "Index"]);
function snakeCase(name) {
  return name.replace(/((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))/gu, "_$1").toLowerCase().replace(/^_+/u, "");
}
function evaluateDeclaredTablename(definition, className) {
  const parameters = definition.childForFieldName("parameters")?.namedChildren ?? [];
  const self = parameters[0]?.type === "identifier" ? parameters[0].text : null;
  const block = definition.childForFieldName("body");
  const statements = (block?.namedChildren ?? []).filter((n) => !!n && n.type !== "comment" && !(n.type === "expression_statement" && n.namedChild(0)?.type === "string"));
  if (!self || statements.length !== 1 || statements[0].type !== "return_statement") return null;
  const value = (input) => {
    const node = input ? unwrap(input) : null;
    if (!node) return null;
    const literal = stringValue(node);
    if (literal !== null) return literal;
    if (node.type === "string") {
      let text = "";
      for (const part of node.namedChildren) {
        if (!part || part.type === "string_start" || part.type === "string_end") continue;
        const piece = part.type === "string_content" ? part.text : part.type === "interpolation" && part.namedChildCount === 1 ? value(part.namedChild(0)) : null;
        if (piece === null) return null;
        text += piece;
      }
      return text;
    }
    if (node.type === "attribute" && node.childForFieldName("attribute")?.text === "__name__" && node.childForFieldName("object")?.text === self) return className;
    if (node.type === "binary_operator" && node.childForFieldName("operator")?.type === "+") {
      const left = value(node.childForFieldName("left"));
      const right = value(node.childForFieldName("right"));
      return left !== null && right !== null ? left + right : null;
    }
    if (node.type === "call" && callArguments(node).positional.length === 0 && callArguments(node).keywords.size === 0) {
      const fn = node.childForFieldName("function");
      const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : null;
      const object = fn?.type === "attribute" ? value(fn.childForFieldName("object")) : null;
      if (object === null) return null;
      if (method === "lower") return object.toLowerCase();
      if (method === "upper") return object.toUpperCase();
    }
    return null;
  };
  return value(statements[0].namedChild(0));
}
var SchemaBuilder = class {
  constructor(analyzer, config, problems) {
    this.analyzer = analyzer;
    this.config = config;
    this.problems = problems;
  }
  analyzer;
  config;
  problems;
  /**
   * The tables as SQLAlchemy's declarative machinery declares them (names, columns, constraints
   * resolved the SQLAlchemy way): extraction only. finish() turns them into schema operations and
   * the shared model schema builder (src/frontends/modelSchema.ts) gives them Postgres' semantics.
   */
  drafted = emptySchema();
  built = null;
  byClass = /* @__PURE__ */ new Map();
  /** Column drafts per table, to fill foreign-key-typed columns once every table exists. */
  pending = [];
  conventions = /* @__PURE__ */ new Map();
  /** Tables whose MetaData has `schema=`: their unqualified foreign-key targets live there. */
  metadataSchemas = /* @__PURE__ */ new Map();
  /** Module-level `x = Table(...)` by `file:offset` of the call, for `x.c.column` references. */
  moduleTableAt = /* @__PURE__ */ new Map();
  draftOfColumn = /* @__PURE__ */ new Map();
  /** The model schema: built by finish(); before that (or if it failed) the tables as declared. */
  get schema() {
    return this.built ?? this.drafted;
  }
  /** Where a model table that names no schema lives (models.defaultSchema, else the top-level one). */
  get defaultSchema() {
    return this.config.models?.defaultSchema ?? this.config.defaultSchema;
  }
  draftModel(info) {
    const known = this.byClass.get(info);
    if (known) return known;
    const own = this.analyzer.body(info.cls, info);
    const location = nodeLocation(info.cls.nameNode, info.cls.file);
    const model = {
      className: info.cls.name,
      module: info.cls.module,
      location,
      table: null,
      tableSource: "none",
      base: info.base,
      bases: info.cls.superclasses.map((s) => s.text),
      abstract: own.abstract,
      columns: [],
      relationships: [...own.relationships],
      inheritsTableFrom: null
    };
    const draft = { info, model, drafts: [], tableArgs: emptyTableArgs(), parent: null, schemaName: this.analyzer.metadataSchema(info) ?? this.defaultSchema, tableName: null };
    this.byClass.set(info, draft);
    draft.drafts = this.collectColumns(info);
    if (!own.abstract) this.resolveTable(draft);
    const bodies = [...this.analyzer.inheritedSources(info, this.isMappedWithTable).map((source) => this.analyzer.body(source.cls, info)), own];
    for (const body of bodies) {
      for (const note of body.unresolved) {
        this.problems.push({ kind: "unresolved", message: note.message, location: note.location, cause: note.cause, ...note.item ? { item: note.item } : {}, ...draft.model.table ? { about: draft.model.table } : {} });
        if (note.scope === "columns") draft.openColumns = true;
        else draft.openConstraints = true;
      }
    }
    for (const column of draft.drafts) this.noteColumn(column, draft.model.table);
    for (const source of [info, ...this.analyzer.inheritedSources(info, this.isMappedWithTable)]) {
      source.superSyms.forEach((sym, i) => {
        const unreadable = unreadableSuperclass(sym);
        if (!unreadable) return;
        draft.openColumns = true;
        this.problems.push({
          kind: "unresolved",
          message: `${source.cls.name} derives from ${unreadable}, which ormlint cannot read: columns it may add are not known, so columns found only in the migrations are not reported for ${info.cls.name}`,
          location: nodeLocation(source.cls.superclasses[i], source.cls.file),
          cause: "unknown-base",
          item: unreadable,
          ...draft.model.table ? { about: draft.model.table } : {}
        });
      });
    }
    return draft;
  }
  /** A column's unreadable facts: each becomes unknown on the column alone, with its notice. */
  noteColumn(column, about) {
    for (const note of [...column.unresolved, ...column.unresolvedType]) {
      this.problems.push({ kind: "unresolved", message: note.message, location: column.column.location, cause: note.cause, ...note.item ? { item: note.item } : {}, ...about ? { about } : {} });
      markUnknown(column.column, note.facts);
    }
  }
  mappedParent(info) {
    for (const parent of info.supers) {
      if (!parent || parent.kind !== "model") continue;
      const body = this.analyzer.body(parent.cls, parent);
      if (!body.abstract) return parent;
      const deeper = this.mappedParent(parent);
      if (deeper) return deeper;
    }
    return null;
  }
  isMappedWithTable = (c) => c.kind === "model" && !this.analyzer.body(c.cls, c).abstract;
  /** Own columns plus those inherited from mixins and abstract bases, base-most first. */
  collectColumns(info) {
    const sources = [...this.analyzer.inheritedSources(info, this.isMappedWithTable), info];
    const byAttr = /* @__PURE__ */ new Map();
    const declared = [];
    for (const source of sources) {
      const body = this.analyzer.body(source.cls, info);
      for (const name of body.names) byAttr.delete(name);
      for (const column of body.columns) {
        if (column.declaredAttr) declared.push(column);
        else byAttr.set(column.attr, column);
      }
    }
    const ordered = [...byAttr.values(), ...declared.filter((d) => !byAttr.has(d.attr))];
    return ordered.map((d) => ({ ...d, column: { ...d.column }, foreignKeys: [...d.foreignKeys] }));
  }
  resolveTable(draft) {
    const { info, model } = draft;
    const own = this.analyzer.body(info.cls, info);
    const naming = this.config.models?.tableNaming ?? "as-declared";
    const argsNode = own.tableArgs ?? this.inheritedTableArgs(info);
    const columnName = (ref) => draft.drafts.some((d) => d.column.name === ref) ? ref : draft.drafts.find((d) => d.attr === ref)?.column.name ?? null;
    if (argsNode) draft.tableArgs = readTableArgs(argsNode, info.cls.file, columnName);
    if (draft.tableArgs.schema) draft.schemaName = draft.tableArgs.schema;
    if (own.tableObject) {
      this.readTableObject(draft, own.tableObject);
      return;
    }
    const parentInfo = this.mappedParent(info);
    const hasOwnPrimaryKey = own.columns.some((c) => c.primaryKey);
    const flaskSingleTable = info.flavor === "flask" && parentInfo !== null && !hasOwnPrimaryKey;
    if (own.tablename?.kind === "string" && !flaskSingleTable) {
      this.setTable(draft, own.tablename.value, "tablename");
      return;
    }
    if (own.tablename?.kind === "computed") {
      this.unresolvedTable(draft, `__tablename__ = ${shortenSource(own.tablename.node.text)} cannot be evaluated statically`);
      return;
    }
    if (own.tablename?.kind === "declared") {
      this.conventionTable(draft, own.tablename.node, naming);
      return;
    }
    if (parentInfo && !(info.flavor === "flask" && hasOwnPrimaryKey)) {
      const parent = this.draftModel(parentInfo);
      draft.parent = parent;
      draft.schemaName = parent.schemaName;
      model.tableSource = "inherited";
      model.table = parent.model.table;
      model.inheritsTableFrom = parent.model.table;
      draft.tableName = parent.tableName;
      return;
    }
    const inherited = this.inheritedTablename(info);
    if (inherited?.kind === "string") {
      this.setTable(draft, inherited.value, "tablename");
      return;
    }
    if (inherited?.kind === "declared") {
      this.conventionTable(draft, inherited.node, naming);
      return;
    }
    if (info.flavor === "flask") {
      this.setTable(draft, snakeCase(info.cls.name), "naming-convention");
      return;
    }
    if (info.flavor === "sqlmodel") {
      this.setTable(draft, info.cls.name.toLowerCase(), "naming-convention");
      return;
    }
    if (inherited?.kind === "computed") {
      this.unresolvedTable(draft, `the inherited __tablename__ cannot be evaluated statically`);
      return;
    }
    this.unresolvedTable(draft, `the model ${info.cls.name} declares no __tablename__ or __table__`);
  }
  conventionTable(draft, declared, naming) {
    const evaluated = evaluateDeclaredTablename(declared, draft.info.cls.name);
    if (evaluated !== null) {
      this.setTable(draft, evaluated, "naming-convention");
      return;
    }
    if (naming === "snake_case") {
      this.setTable(draft, snakeCase(draft.info.cls.name), "naming-convention");
      return;
    }
    this.unresolvedTable(draft, `the table name of ${draft.info.cls.name} is computed by a @declared_attr __tablename__; set models.tableNaming (snake_case) to resolve it`);
  }
  unresolvedTable(draft, message) {
    draft.model.tableSource = "unresolved";
    draft.model.table = null;
    this.problems.push({ kind: "unresolved", message, location: draft.model.location });
  }
  setTable(draft, name, source) {
    draft.tableName = name;
    draft.model.table = tableKey(draft.schemaName, name);
    draft.model.tableSource = source;
  }
  inheritedTablename(info) {
    const sources = this.analyzer.inheritedSources(info, this.isMappedWithTable).reverse();
    for (const source of sources) {
      const body = this.analyzer.body(source.cls, info);
      if (body.tablename) return body.tablename;
    }
    if (info.baseClass) return this.analyzer.body(info.baseClass.cls, info).tablename;
    return null;
  }
  inheritedTableArgs(info) {
    const sources = this.analyzer.inheritedSources(info, this.isMappedWithTable).reverse();
    for (const source of sources) {
      const body = this.analyzer.body(source.cls, info);
      if (body.tableArgs) return body.tableArgs;
    }
    return null;
  }
  /** `__table__ = Table("name", metadata, Column(...), ..., schema=...)`. */
  readTableObject(draft, node) {
    const call = unwrap(node);
    const read = call.type === "call" ? this.readTableCall(call, draft.info) : null;
    if (!read) {
      this.unresolvedTable(draft, `__table__ = ${shortenSource(node.text)} cannot be evaluated statically`);
      return;
    }
    draft.drafts = read.columns;
    draft.tableArgs = read.args;
    draft.schemaName = read.args.schema ?? read.metadataSchema ?? this.defaultSchema;
    this.setTable(draft, read.name, "table-object");
  }
  /** Reads a `Table(...)` call: its name, columns and constraints. */
  readTableCall(call, info) {
    const args = callArguments(call);
    const name = stringValue(args.positional[0]);
    if (name === null) return null;
    const mod = info.mod;
    const ctx = { resolver: this.analyzer.resolver, mod, typeMap: /* @__PURE__ */ new Map(), sqlmodel: false, isEnumClass: this.analyzer.isEnumClass };
    const columns = [];
    const tableArgs = emptyTableArgs();
    for (const arg of args.positional.slice(this.tableMetadataArgument(call, mod) ? 2 : 1)) {
      const value = unwrap(arg);
      const fn = value.type === "call" ? value.childForFieldName("function") : null;
      const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
      if (sym?.kind === "external" && isSqlalchemyName(sym.qualified) && lastPart(sym.qualified) === "Column") {
        const attrName = stringValue(callArguments(value).positional[0]) ?? value.text;
        const attrNode = callArguments(value).positional[0] ?? value;
        const draft = readColumnCall(value, attrName, nodeLocation(attrNode, info.cls.file), null, ctx);
        this.noteColumn(draft);
        columns.push(draft);
      } else {
        readConstraint(value, tableArgs, info.cls.file, (attr) => attr);
      }
    }
    const schema = stringValue(args.keywords.get("schema"));
    if (schema !== null) tableArgs.schema = schema;
    for (const key of ["autoload_with", "autoload"]) {
      const reflected = args.keywords.get(key);
      if (reflected && staticValue(reflected) !== false) tableArgs.unresolved.push(reflectedNote(nodeLocation(reflected.parent ?? reflected, info.cls.file)));
    }
    const metadata = this.tableMetadataArgument(call, mod);
    return { name, columns, args: tableArgs, metadataSchema: metadata ? readMetadataSchema(this.analyzer.resolver, mod, metadata) : null };
  }
  /**
   * The MetaData argument of `Table("name", metadata, ...)`, or null when there is none: Flask-SQLAlchemy's
   * `db.Table("name", db.Column(...))` inserts `db.metadata` itself unless its second argument is a MetaData,
   * so a second argument that is a Column or constraint call is already the first table item.
   */
  tableMetadataArgument(call, mod) {
    const second = callArguments(call).positional[1];
    const value = second ? unwrap(second) : null;
    if (!value) return null;
    const fn = value.type === "call" ? value.childForFieldName("function") : null;
    const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
    if (sym?.kind === "external" && isSqlalchemyName(sym.qualified) && TABLE_ITEMS.has(lastPart(sym.qualified))) return null;
    return second;
  }
  /** Module-level `x = Table("name", Base.metadata, ...)`: association tables SQLAlchemy creates too. */
  addModuleTables(mod) {
    for (const binding of mod.timeline) {
      if (binding.kind !== "assign") continue;
      const value = unwrap(binding.value);
      if (value.type !== "call") continue;
      const fn = value.childForFieldName("function");
      const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
      if (sym?.kind !== "external" || !isSqlalchemyName(sym.qualified) || lastPart(sym.qualified) !== "Table") continue;
      const tableCall = { name: binding.name, file: mod.file, module: mod.module, node: value, nameNode: value, decorators: [], superclasses: [], keywords: /* @__PURE__ */ new Map(), body: null };
      const pseudo = plainClassInfo(tableCall, mod, binding.name);
      const read = this.readTableCall(value, pseudo);
      if (!read) {
        this.problems.push({ kind: "unresolved", message: `the table ${binding.name} = Table(...) has a name ormlint cannot evaluate`, location: binding.location });
        continue;
      }
      const schemaName = read.args.schema ?? read.metadataSchema ?? this.defaultSchema;
      const key = tableKey(schemaName, read.name);
      const existing = this.drafted.tables.get(key);
      if (existing) {
        this.moduleTableAt.set(`${mod.file}:${value.startIndex}`, existing);
        continue;
      }
      const table = newTable(schemaName, read.name);
      this.moduleTableAt.set(`${mod.file}:${value.startIndex}`, table);
      table.location = binding.location;
      this.drafted.tables.set(key, table);
      const metadata = this.tableMetadataArgument(value, mod);
      this.conventions.set(table, (metadata && readNamingConvention(this.analyzer.resolver, mod, metadata)) ?? DEFAULT_CONVENTION);
      if (read.metadataSchema) this.metadataSchemas.set(table, read.metadataSchema);
      this.fillTable(table, read.columns, read.args);
      this.noteTableArgs(read.args, table);
    }
  }
  /**
   * `Index("ix_x", User.email)` written after the class: SQLAlchemy attaches it to the table of
   * the columns it names.
   */
  addModuleIndexes(mod) {
    const calls = [...mod.calls, ...mod.timeline.flatMap((b) => b.kind === "assign" && unwrap(b.value).type === "call" ? [unwrap(b.value)] : [])];
    for (const call of calls) {
      const fn = call.childForFieldName("function");
      const sym = fn ? this.analyzer.resolver.resolveExpr(mod, fn) : null;
      if (sym?.kind !== "external" || !isSqlalchemyName(sym.qualified)) continue;
      const kind = lastPart(sym.qualified);
      if (kind !== "Index" && kind !== "UniqueConstraint") continue;
      const args = callArguments(call);
      const columnNodes = kind === "Index" ? args.positional.slice(1) : args.positional;
      let table = null;
      const columns = [];
      for (const node of columnNodes) {
        const value = unwrap(node);
        const ofTable = this.moduleTableColumn(mod, value);
        if (ofTable) {
          if (table && table !== ofTable.table) {
            table = null;
            break;
          }
          table = ofTable.table;
          columns.push(ofTable.column);
          continue;
        }
        const object = value.type === "attribute" ? value.childForFieldName("object") : null;
        const attr = value.childForFieldName("attribute")?.text;
        const owner = object ? this.analyzer.resolver.resolveExpr(mod, object) : null;
        const draft = owner?.kind === "class" ? [...this.byClass.values()].find((d) => d.info.cls === owner.cls) : void 0;
        const columnName = draft?.drafts.find((d) => d.attr === attr)?.column.name;
        const target = draft?.model.table ? this.drafted.tables.get(draft.model.table) : void 0;
        if (!target || !columnName || table && table !== target) {
          table = null;
          break;
        }
        table = target;
        columns.push(columnName);
      }
      const location = nodeLocation(call, mod.file);
      if (!table) {
        this.problems.push({ kind: "unresolved", message: `\`${shortenSource(call.text)}\` names columns ormlint cannot tie to one model table`, location });
        continue;
      }
      const convention = this.conventions.get(table) ?? DEFAULT_CONVENTION;
      const parts = { table: table.name, schema: table.schema !== this.defaultSchema ? table.schema : null, columns };
      const name = stringValue(kind === "Index" ? args.positional[0] : args.keywords.get("name"));
      const where = args.keywords.get("postgresql_where");
      if (kind === "Index") table.indexes.push({ name: constraintName(convention, "ix", name, parts), columns, unique: staticValue(args.keywords.get("unique")) === true, where: where ? whereText(where) : null, ...where && !indexDefinitionKnown([], where, () => null) ? { definitionUnknown: true } : {}, location });
      else table.uniques.push({ name: constraintName(convention, "uq", name, parts), columns, location });
    }
  }
  /** `x.c.name` / `x.columns.name` where `x` is a module-level `Table(...)` with that column. */
  moduleTableColumn(mod, value) {
    if (value.type !== "attribute") return null;
    const collection = value.childForFieldName("object");
    const column = value.childForFieldName("attribute")?.text;
    if (!column || collection?.type !== "attribute" || !["c", "columns"].includes(collection.childForFieldName("attribute")?.text ?? "")) return null;
    const owner = collection.childForFieldName("object");
    const sym = owner ? this.analyzer.resolver.resolveExpr(mod, owner) : null;
    if (sym?.kind !== "value") return null;
    const table = this.moduleTableAt.get(`${sym.module.file}:${unwrap(sym.value).startIndex}`);
    return table && table.columns.some((c) => c.name === column) ? { table, column } : null;
  }
  /** Creates the tables: own-table models first, then single-table children join their parent's. */
  build(drafts) {
    for (const draft of drafts) {
      if (draft.model.abstract || !draft.model.table || draft.parent) continue;
      const key = draft.model.table;
      let table = this.drafted.tables.get(key);
      if (table) {
        draft.model.columns = draft.drafts.map((d) => d.column);
        continue;
      }
      table = newTable(draft.schemaName, draft.tableName);
      table.location = draft.model.location;
      if (draft.tableArgs.comment) table.comment = draft.tableArgs.comment;
      this.drafted.tables.set(key, table);
      this.conventions.set(table, this.analyzer.namingConvention(draft.info));
      const metadataSchema = this.analyzer.metadataSchema(draft.info);
      if (metadataSchema) this.metadataSchemas.set(table, metadataSchema);
      this.fillTable(table, draft.drafts, draft.tableArgs);
      this.noteUnresolved(draft, table);
      if (this.analyzer.reflectsFromDatabase(draft.info)) this.problems.push({ kind: "unresolved", ...reflectedNote(draft.model.location), tables: [key] });
      const bindKey = this.bindKey(draft.info);
      if (bindKey !== null) {
        this.problems.push({
          kind: "unresolved",
          message: `the model ${draft.info.cls.name} is bound to the "${bindKey}" database (__bind_key__), whose migrations ormlint is not reading; its table is not checked against them`,
          location: draft.model.location,
          tables: [key]
        });
      }
      draft.model.columns = draft.drafts.map((d) => d.column);
    }
    for (const draft of drafts) {
      if (!draft.parent || !draft.model.table) continue;
      const table = this.drafted.tables.get(draft.model.table);
      if (!table) continue;
      const added = draft.drafts.filter((d) => !table.columns.some((c) => c.name === d.column.name));
      this.fillTable(table, added, draft.tableArgs);
      this.noteUnresolved(draft, table);
      draft.model.columns = added.map((d) => d.column);
    }
    for (const draft of drafts) if (draft.model.abstract || !draft.model.table) draft.model.columns = draft.drafts.map((d) => d.column);
  }
  /** `__bind_key__` on the model, a mixin or a parent model (SQLAlchemy reads it through the MRO). */
  bindKey(info, seen = /* @__PURE__ */ new Set()) {
    if (seen.has(info)) return null;
    seen.add(info);
    const own = this.analyzer.body(info.cls, info).bindKey;
    if (own !== void 0) return own;
    for (const parent of info.supers) {
      const inherited = parent ? this.bindKey(parent, seen) : null;
      if (inherited !== null) return inherited;
    }
    return null;
  }
  noteUnresolved(draft, table) {
    this.noteTableArgs(draft.tableArgs, table);
    if (draft.openColumns) table.openColumns = true;
    if (draft.openConstraints) table.openConstraints = true;
  }
  /** Unreadable table arguments leave the constraints open; a reflected table or schema leaves everything unknown. */
  noteTableArgs(args, table) {
    for (const note of args.unresolved) {
      const wholeTable = note.scope === "table";
      this.problems.push({ kind: "unresolved", message: note.message, location: note.location, ...wholeTable ? { tables: [tableKey(table.schema, table.name)] } : { cause: "computed-table-args" } });
      if (!wholeTable) table.openConstraints = true;
    }
  }
  fillTable(table, drafts, args) {
    for (const draft of drafts) {
      table.columns.push(draft.column);
      this.pending.push({ table, draft });
      this.draftOfColumn.set(draft.column, draft);
      if (draft.enumType) {
        const enumKey = tableKey(table.schema, draft.enumType.name);
        if (!this.drafted.enums.has(enumKey)) {
          this.drafted.enums.set(enumKey, { schema: table.schema, name: draft.enumType.name, values: draft.enumType.values ?? [], location: draft.column.location });
        }
      }
    }
    const convention = this.conventions.get(table) ?? DEFAULT_CONVENTION;
    const named = (key, written, columns, referred) => constraintName(convention, key, written, {
      table: table.name,
      schema: table.schema !== this.defaultSchema ? table.schema : null,
      columns,
      referredTable: referred ? splitTableKey(referred.table).name : void 0,
      referredColumns: referred?.columns
    });
    const pkColumns = args.primaryKey?.columns ?? [...table.primaryKey?.columns ?? [], ...drafts.filter((d) => d.primaryKey).map((d) => d.column.name)];
    if (pkColumns.length > 0) table.primaryKey = { name: args.primaryKey ? named("pk", args.primaryKey.name, pkColumns) : table.primaryKey?.name ?? named("pk", null, pkColumns), columns: pkColumns };
    for (const draft of drafts) {
      const name = draft.column.name;
      if (draft.index) table.indexes.push({ name: named("ix", null, [name]), columns: [name], unique: draft.unique, where: null, location: draft.column.location });
      else if (draft.unique) table.uniques.push({ name: named("uq", null, [name]), columns: [name], location: draft.column.location });
    }
    table.indexes.push(...args.indexes.map((i) => ({ ...i, name: named("ix", i.name, i.columns) })));
    table.uniques.push(...args.uniques.map((u) => ({ ...u, name: named("uq", u.name, u.columns) })));
    table.checks.push(...args.checks.map((c) => ({ ...c, name: c.name === null ? null : named("ck", c.name, []) })));
    for (const fk of args.foreignKeys) {
      const targets = fk.targets.map((t) => this.splitTarget(t, table));
      table.foreignKeys.push({
        name: named("fk", fk.name, fk.columns, { table: targets[0]?.table ?? "", columns: targets.map((t) => t.column) }),
        columns: fk.columns,
        refTable: targets[0]?.table ?? "",
        refColumns: targets.map((t) => t.column),
        onDelete: fk.onDelete,
        onUpdate: fk.onUpdate,
        location: fk.location
      });
    }
  }
  /** `schema.table.column` / `table.column` → qualified table key and column. */
  /** `table.column` / `schema.table.column`; an unqualified table is in the metadata's schema (SQLAlchemy's ForeignKey does the same). */
  splitTarget(target, from) {
    const parts = target.split(".");
    const column = parts.pop() ?? "";
    const table = parts.length >= 2 ? tableKey(parts.slice(0, -1).join("."), parts[parts.length - 1]) : tableKey(this.metadataSchemas.get(from) ?? this.defaultSchema, parts[0] ?? "");
    return { table, column };
  }
  /** Foreign keys (which may name classes), types taken from them, serial columns; then the model schema (buildSchema). */
  finish() {
    const tableOfClass = /* @__PURE__ */ new Map();
    for (const draft of this.byClass.values()) if (draft.model.table) tableOfClass.set(`${draft.info.cls.file}:${draft.info.cls.name}`, draft.model.table);
    for (const { table, draft } of this.pending) {
      for (const fk of draft.foreignKeys) {
        let target = null;
        if (fk.target) target = this.splitTarget(fk.target, table);
        else if (fk.classRef) {
          const key = tableOfClass.get(`${fk.classRef.cls.file}:${fk.classRef.cls.name}`);
          const model = [...this.byClass.values()].find((d) => d.info.cls === fk.classRef.cls);
          const column = model?.drafts.find((d) => d.attr === fk.classRef.attr)?.column.name ?? fk.classRef.attr;
          if (key) target = { table: key, column };
        }
        if (!target) {
          this.problems.push({ kind: "unresolved", message: `the foreign key of "${draft.column.name}" names its target with an expression ormlint does not evaluate`, location: fk.location, cause: "computed-foreign-key", about: tableKey(table.schema, table.name) });
          markUnknown(draft.column, ["foreignKey"]);
          continue;
        }
        const convention = this.conventions.get(table) ?? DEFAULT_CONVENTION;
        const name = constraintName(convention, "fk", fk.name, {
          table: table.name,
          schema: table.schema !== this.defaultSchema ? table.schema : null,
          columns: [draft.column.name],
          referredTable: splitTableKey(target.table).name,
          referredColumns: [target.column]
        });
        table.foreignKeys.push({ name, columns: [draft.column.name], refTable: target.table, refColumns: [target.column], onDelete: fk.onDelete, onUpdate: fk.onUpdate, location: fk.location });
      }
    }
    for (const { table, draft } of this.pending) {
      if (!draft.typeFromForeignKey || draft.column.type !== null) continue;
      const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === draft.column.name);
      const target = fk ? this.drafted.tables.get(fk.refTable)?.columns.find((c) => c.name === fk.refColumns[0]) : void 0;
      if (target?.type) draft.column.type = target.type;
      else this.problems.push({ kind: "unresolved", message: `the column "${draft.column.name}" takes its type from its foreign key target, which is not among the models`, location: draft.column.location });
    }
    for (const table of this.drafted.tables.values()) this.markSerial(table);
    this.buildSchema();
  }
  /**
   * The declared tables as schema operations (as SQLAlchemy's `metadata.create_all()` would emit
   * them), replayed by the shared model schema builder in its model mode; the model-only facts the
   * operation language does not carry (Python defaults, unknown facts, serial columns, open column
   * sets, where each object is declared) stay on the declared objects, and the schema's tables hold
   * the very Column objects the ModelClasses list.
   */
  buildSchema() {
    const operations = [];
    const at = (location) => location ?? { file: "", line: 0, column: 0 };
    for (const type of this.drafted.enums.values()) operations.push({ op: "createEnum", name: { schema: type.schema, name: type.name }, values: [...type.values], location: at(type.location) });
    for (const table of this.drafted.tables.values()) {
      const name = { schema: table.schema, name: table.name };
      const constraints = [
        ...table.primaryKey ? [{ kind: "primaryKey", name: table.primaryKey.name, columns: [...table.primaryKey.columns] }] : [],
        ...table.uniques.map((u) => ({ kind: "unique", name: u.name, columns: [...u.columns], ...u.location ? { location: u.location } : {} })),
        ...table.checks.map((c) => ({ kind: "check", name: c.name, expression: c.expression, ...c.location ? { location: c.location } : {} }))
      ];
      const columns = table.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, default: c.default, ...c.location ? { location: c.location } : {} }));
      operations.push({ op: "createTable", table: name, columns, constraints, location: at(table.location) });
      if (table.comment !== void 0) operations.push({ op: "comment", table: name, text: table.comment, location: at(table.location) });
      for (const index of table.indexes) operations.push({ op: "createIndex", table: name, name: index.name, columns: [...index.columns], unique: index.unique, where: index.where ?? null, location: at(index.location) });
      for (const fk of table.foreignKeys) {
        const { schema: refSchema, name: refName } = splitTableKey(fk.refTable);
        const constraint = { kind: "foreignKey", name: fk.name, columns: [...fk.columns], refTable: { schema: refSchema || null, name: refName }, refColumns: [...fk.refColumns], onDelete: fk.onDelete, onUpdate: fk.onUpdate, ...fk.location ? { location: fk.location } : {} };
        operations.push({ op: "addConstraint", table: name, constraint, location: at(fk.location) });
      }
    }
    const built = buildModelSchema(operations, this.defaultSchema, { models: true });
    this.problems.push(...built.problems);
    for (const [key, table] of built.schema.tables) {
      const declared = this.drafted.tables.get(key);
      if (declared) keepModelFacts(table, declared);
    }
    for (const [key, type] of built.schema.enums) {
      const declared = this.drafted.enums.get(key);
      if (declared && declared.location === void 0) delete type.location;
    }
    this.built = built.schema;
  }
  /** SQLAlchemy's autoincrement="auto": a lone integer primary key without a foreign key is SERIAL. */
  markSerial(table) {
    const pk = table.primaryKey?.columns ?? [];
    if (pk.length !== 1) return;
    const column = table.columns.find((c) => c.name === pk[0]);
    if (!column || !["integer", "bigint", "smallint"].includes(column.type ?? "")) return;
    const draft = this.draftOfColumn.get(column);
    if (!draft || draft.autoincrement === false || draft.foreignKeys.length > 0) return;
    column.generated = draft.identity ? "identity" : "serial";
  }
};
function keepModelFacts(table, declared) {
  const replayed = new Map(table.columns.map((c) => [c.name, c]));
  for (const column of declared.columns) {
    const built = replayed.get(column.name);
    if (built) column.nullable = built.nullable;
  }
  table.columns = declared.columns;
  if (declared.location === void 0) delete table.location;
  else table.location = declared.location;
  for (const key of ["comment", "uncertain", "uncertainReasons", "openColumns", "openConstraints", "notes"]) {
    if (declared[key] !== void 0) table[key] = declared[key];
  }
  table.indexes.forEach((index, i) => {
    if (declared.indexes[i]?.definitionUnknown) index.definitionUnknown = true;
  });
  const unplaced = (built, source) => built.forEach((item, i) => {
    if (source[i] && source[i].location === void 0) delete item.location;
  });
  unplaced(table.indexes, declared.indexes);
  unplaced(table.foreignKeys, declared.foreignKeys);
  unplaced(table.uniques, declared.uniques);
  unplaced(table.checks, declared.checks);
  syncColumnMirrors(table);
}
function markUnknown(column, facts) {
  const add = facts === "all" ? COLUMN_FACTS : facts;
  column.unknown = [.../* @__PURE__ */ new Set([...column.unknown ?? [], ...add])];
}
function unreadableSuperclass(sym) {
  if (sym.kind === "external") {
    const known = mixinEffect(sym.qualified);
    if (known?.effect === "no-columns") return null;
    return known ? `${sym.qualified} (${known.library})` : sym.qualified;
  }
  if (sym.kind === "unknown" && !sym.unbound) return `a class that cannot be resolved (${sym.reason})`;
  return null;
}

// src/frontends/python/registry.ts
function reachableFiles(roots, resolver, problems = [], modelFiles = [...resolver.modules.keys()]) {
  const seen = /* @__PURE__ */ new Set();
  const order = [];
  const queue = [];
  const enqueue = (file) => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    order.push(file);
    queue.push(file);
  };
  for (const root of roots) {
    const mod = resolver.moduleForFile(root);
    if (mod?.module) for (const file of resolver.index.filesImportedBy(mod.module)) enqueue(file);
    enqueue(root);
  }
  while (queue.length > 0) {
    const mod = resolver.moduleForFile(queue.shift());
    if (!mod) continue;
    for (const statement of mod.imports) for (const file of filesOfImport(statement, resolver)) enqueue(file);
    for (const call of dynamicImportCalls(mod, resolver)) {
      const files = filesOfDynamicImport(call, mod, resolver);
      if (files) {
        for (const file of files) enqueue(file);
        continue;
      }
      problems.push({
        kind: "unresolved",
        message: `\`${shortenSource(call.text, 60)}\` imports modules chosen at run time; ormlint cannot tell which, so it counts every model file as imported`,
        location: nodeLocation(call, mod.file)
      });
      for (const file of modelFiles) enqueue(file);
    }
  }
  return order;
}
function dynamicImportCalls(mod, resolver) {
  const out = [];
  const visit = (node) => {
    if (node.type === "function_definition" || node.type === "class_definition" || node.type === "lambda") return;
    if (node.type === "call") {
      const fn = node.childForFieldName("function");
      const sym = fn ? resolver.resolveExpr(mod, fn) : null;
      const qualified = sym?.kind === "external" ? sym.qualified : sym?.kind === "unknown" && sym.unbound ? `builtins.${fn.text}` : null;
      if (qualified === "importlib.import_module" || qualified === "builtins.__import__") out.push(node);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(mod.root);
  return out;
}
function filesOfDynamicImport(call, mod, resolver) {
  const { positional, keywords } = callArguments(call);
  const target = positional[0] ? unwrap(positional[0]) : null;
  if (!target) return null;
  const literal = stringValue(target);
  if (literal !== null && !literal.startsWith(".") && !keywords.has("package")) return resolver.index.filesImportedBy(literal);
  if (!mod.module || !mod.isPackage) return null;
  const loop = enclosingFor(call);
  const iterable = loop?.childForFieldName("right");
  const iterCall = iterable ? unwrap(iterable) : null;
  if (iterCall?.type !== "call") return null;
  const iterFn = iterCall.childForFieldName("function");
  const iterSym = iterFn ? resolver.resolveExpr(mod, iterFn) : null;
  const walker = iterSym?.kind === "external" ? iterSym.qualified : null;
  if (walker !== "pkgutil.iter_modules" && walker !== "pkgutil.walk_packages") return null;
  if (unwrap(callArguments(iterCall).positional[0] ?? iterCall).text !== "__path__") return null;
  if (!isSubmoduleName(target, keywords.get("package"))) return null;
  return resolver.index.filesUnder(mod.module, walker === "pkgutil.iter_modules");
}
function enclosingFor(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "for_statement") return current;
    if (current.type === "function_definition" || current.type === "module") return null;
  }
  return null;
}
function isSubmoduleName(target, packageKeyword) {
  const relative = packageKeyword !== void 0 && unwrap(packageKeyword).text === "__name__";
  const pieces = namePieces(target);
  if (!pieces) return false;
  const expected = relative ? [".", "var"] : ["__name__", ".", "var"];
  return pieces.length === expected.length && pieces.every((p, i) => p === expected[i]);
}
function namePieces(input) {
  const node = unwrap(input);
  if (node.type === "identifier" || node.type === "attribute") return [node.text === "__name__" ? "__name__" : "var"];
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.type === "+") {
    const left = namePieces(node.childForFieldName("left"));
    const right = namePieces(node.childForFieldName("right"));
    return left && right ? [...left, ...right] : null;
  }
  if (node.type !== "string") return null;
  const out = [];
  for (const child of node.namedChildren) {
    if (!child || child.type === "string_start" || child.type === "string_end") continue;
    if (child.type === "string_content") out.push(child.text);
    else if (child.type === "interpolation" && (child.namedChild(0)?.type === "identifier" || child.namedChild(0)?.type === "attribute")) out.push(child.namedChild(0).text === "__name__" ? "__name__" : "var");
    else return null;
  }
  return out;
}
function filesOfImport(statement, resolver) {
  const { index } = resolver;
  if (!statement.isFrom) return statement.names.flatMap((n) => index.filesImportedBy(n.name));
  if (!statement.module) return [];
  const files = index.filesImportedBy(statement.module);
  for (const { name } of statement.names) {
    const sub = index.fileOf(`${statement.module}.${name}`);
    if (sub) files.push(...index.filesImportedBy(`${statement.module}.${name}`));
  }
  if (statement.star) {
    const target = resolver.moduleForFile(index.fileOf(statement.module));
    for (const name of target?.allNames ?? []) {
      const sub = index.fileOf(`${statement.module}.${name}`);
      if (sub) files.push(...index.filesImportedBy(`${statement.module}.${name}`));
    }
  }
  return files;
}
function bindingSteps(mod, resolver, isModel) {
  const steps = [];
  for (const binding of mod.timeline) {
    if (binding.kind === "class") {
      if (isModel(binding.cls)) steps.push({ name: binding.name, cls: binding.cls, location: binding.location });
      continue;
    }
    if (binding.kind === "from" && binding.module) {
      const sym = resolver.memberOfModule(binding.module, binding.imported, 0);
      if (sym.kind === "class" && isModel(sym.cls)) steps.push({ name: binding.name, cls: sym.cls, location: binding.location });
      continue;
    }
    if (binding.kind === "star" && binding.module) {
      const target = resolver.moduleForFile(resolver.index.fileOf(binding.module));
      if (!target) continue;
      for (const name of exportedNames(target)) {
        if (!resolver.exportsByStar(target, name)) continue;
        const sym = resolver.resolveName(target, name);
        if (sym.kind === "class" && isModel(sym.cls)) steps.push({ name, cls: sym.cls, location: binding.location });
      }
    }
  }
  return steps;
}
function exportedNames(mod) {
  if (mod.allNames) return [...mod.allNames];
  const names = [];
  for (const binding of mod.timeline) if (binding.kind !== "star" && !names.includes(binding.name)) names.push(binding.name);
  return names;
}
function registryBindings(mod, resolver, isModel) {
  const byName = /* @__PURE__ */ new Map();
  for (const step of bindingSteps(mod, resolver, isModel)) {
    const list = byName.get(step.name) ?? [];
    list.push(step);
    byName.set(step.name, list);
  }
  const finalKinds = /* @__PURE__ */ new Map();
  for (const name of byName.keys()) {
    const sym = resolver.resolveName(mod, name);
    finalKinds.set(name, sym.kind === "class" && isModel(sym.cls));
  }
  const out = [];
  for (const [name, steps] of byName) {
    if (!finalKinds.get(name)) continue;
    const last = steps[steps.length - 1];
    const shadowed = steps.slice(0, -1).filter((s) => s.cls !== last.cls).map((s) => ({ className: s.cls.name, file: s.cls.file, importLocation: s.location }));
    out.push({ name, className: last.cls.name, file: last.cls.file, importLocation: last.location, shadowed });
  }
  return out;
}
function hasUnusedModelImport(mod, resolver, isModel) {
  const imported = [];
  for (const statement of mod.imports) {
    if (!statement.isFrom || !statement.module || statement.star) continue;
    for (const { name, alias } of statement.names) {
      const sym = resolver.memberOfModule(statement.module, name, 0);
      if (sym.kind === "class" && isModel(sym.cls)) imported.push(alias ?? name);
    }
  }
  if (imported.length === 0) return false;
  const used = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (node.type === "import_statement" || node.type === "import_from_statement") return;
    if (node.type === "identifier") used.add(node.text);
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(mod.root);
  return imported.some((name) => !used.has(name) && !(mod.allNames ?? []).includes(name));
}
function resolveRegistry(registryPaths, resolver, isModel, problems = [], modelFiles = [...resolver.modules.keys()]) {
  const roots = registryPaths.filter((p) => resolver.moduleForFile(p) !== null);
  if (roots.length === 0) return null;
  const files = reachableFiles(roots, resolver, problems, modelFiles);
  const reachable = [];
  for (const file of files) {
    for (const cls of resolver.modules.get(file)?.classes ?? []) {
      if (isModel(cls)) reachable.push({ className: cls.name, file: cls.file });
    }
  }
  const bindings = roots.flatMap((root) => registryBindings(resolver.modules.get(root), resolver, isModel));
  const unusedImportFiles = roots.filter((root) => hasUnusedModelImport(resolver.modules.get(root), resolver, isModel));
  return { roots, reachableFiles: files, reachable, bindings, unusedImportFiles };
}

// src/frontends/python/models.ts
var sqlalchemyFrontend = {
  preParse: { reader: pythonSyntaxReader, files: pythonSources },
  async extract(allFiles, config, project, parsed) {
    const files = pythonSources(allFiles);
    await loadSqlParser();
    try {
      return await extractModels(files, config, project, false, parsed);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
    }
    const limitedFiles = [];
    const nestingProblems = [];
    for (const file of files) {
      const limited = await nestingLimitedSource(file.text, file.path);
      limitedFiles.push({ ...file, text: limited.text });
      nestingProblems.push(...limited.problems);
    }
    const facts = await extractModels(limitedFiles, config, project, true);
    return { ...facts, problems: [...nestingProblems, ...facts.problems] };
  }
};
function pythonSources(files) {
  return files.filter((file) => isPythonSource(file.path));
}
function isPythonSource(path) {
  const lower = path.toLowerCase();
  return lower.endsWith(".py") || lower.endsWith(".pyi");
}
async function extractModels(files, config, project, nestingLimited, parsed) {
  const problems = [];
  const isolated = (at, what, work, fallback) => {
    try {
      return work();
    } catch (error) {
      if (isStackOverflow(error) && !nestingLimited) throw error;
      problems.push(failureProblem(error, at, what));
      return fallback;
    }
  };
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const index = new ModuleIndex([...sorted.map((f) => f.path), ...project?.paths ?? []], project !== void 0);
  const modules = /* @__PURE__ */ new Map();
  const comments = /* @__PURE__ */ new Map();
  const dynamicTables = [];
  const parser = await pythonParser();
  for (const file of sorted) {
    const flat = parsed?.get(file.path);
    const tree = flat ? parser.tree(flat, file.text) : parser.parse(file.text);
    if (mayHoldSuppressions(file.text)) comments.set(file.path, pythonComments(tree.rootNode));
    dynamicTables.push(...dynamicTablesOf(tree.rootNode, file.text, file.path));
    isolated({ file: file.path }, "this file", () => {
      for (const error of syntaxErrors(tree.rootNode)) problems.push(parseProblem(error, file.path));
      const info = index.moduleOf(file.path);
      modules.set(file.path, readModule(file.path, info?.module ?? null, info?.isPackage ?? false, tree.rootNode));
    }, void 0);
  }
  const loadModule = (file) => {
    const text = project?.read(file);
    if (text === null || text === void 0) return null;
    let tree = parser.parse(text);
    if (!tree) return null;
    if (nestingLimited) {
      const limited = limitNesting(tree, text, file);
      if (limited) {
        problems.push(...limited.problems);
        tree = parser.parse(limited.text);
        if (!tree) return null;
      }
    }
    const root = tree.rootNode;
    const info = index.moduleOf(file);
    return isolated({ file }, "this module", () => readModule(file, info?.module ?? null, info?.isPackage ?? false, root), null);
  };
  const resolver = new Resolver(index, modules, loadModule);
  const analyzer = new ClassAnalyzer(resolver, config.models?.bases ?? []);
  const builder = new SchemaBuilder(analyzer, config, problems);
  const drafts = [];
  const appModules = [...modules.values()].filter((mod) => !isAlembicMigration(mod));
  for (const mod of appModules) {
    for (const cls of mod.classes) {
      isolated(nodeLocation(cls.nameNode, cls.file), `class ${cls.name}`, () => {
        const info = analyzer.analyze(cls);
        if (info.kind === "model") drafts.push(builder.draftModel(info));
      }, void 0);
    }
  }
  const first = sorted[0]?.path ?? ".ormlint.yml";
  isolated({ file: first }, "the runtime indexes", () => addRuntimeIndexes(resolver, drafts), void 0);
  isolated({ file: drafts[0]?.info.cls.file ?? first }, "the model schema", () => builder.build(drafts), void 0);
  for (const mod of appModules) isolated({ file: mod.file }, "the tables of this module", () => builder.addModuleTables(mod), void 0);
  for (const mod of appModules) isolated({ file: mod.file }, "the indexes of this module", () => builder.addModuleIndexes(mod), void 0);
  isolated({ file: first }, "the model schema", () => builder.finish(), void 0);
  markUncertainTables(builder.schema, problems);
  const modelClasses = new Set(drafts.map((d) => d.info.cls));
  const registryPaths = config.models?.registry ?? [];
  const registry = isolated({ file: registryPaths[0] ?? first }, "the registry", () => resolveRegistry(registryPaths, resolver, (cls) => modelClasses.has(cls), problems, sorted.map((f) => f.path)), null);
  const bootstrap = project ? isolated({ file: first }, "the schema bootstrap", () => findSchemaBootstrap(project, parser), null) : null;
  const envFiles = alembicEnvFiles(config, project);
  let migratedBases = null;
  try {
    migratedBases = await migratedBasesOf(envFiles, index, resolver, analyzer, drafts.map((d) => d.info));
  } catch (error) {
    if (isStackOverflow(error) && !nestingLimited) throw error;
    problems.push(failureProblem(error, { file: envFiles[0]?.path ?? first }, "the base env.py migrates"));
  }
  for (const d of dynamicTables) {
    problems.push({ kind: "unresolved", message: `a class built at run time (type(...)) maps a table named "${d.pattern}"; ormlint does not run it, so tables of that name are not reported as mapped by no model`, location: d.location, cause: "dynamic-model", item: d.pattern });
  }
  return { models: drafts.map((d) => d.model), registry, schema: builder.schema, problems: mergeProblems(problems), bootstrap, migratedBases, comments, dynamicTables };
}
function markUncertainTables(schema, problems) {
  for (const problem of problems) {
    if (problem.kind !== "unresolved") continue;
    for (const key of problem.tables ?? []) {
      const table = schema.tables.get(key);
      if (!table) continue;
      table.uncertain = true;
      if (!(table.uncertainReasons ?? []).includes(problem.message)) table.uncertainReasons = [...table.uncertainReasons ?? [], problem.message];
    }
  }
}
function mergeProblems(problems) {
  const byKey = /* @__PURE__ */ new Map();
  for (const problem of problems) {
    const { file, line, column } = problem.location;
    const key = `${problem.kind}\0${file}\0${line}\0${column}\0${problem.message}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, problem.tables ? { ...problem, tables: [...problem.tables] } : problem);
      continue;
    }
    for (const table of problem.tables ?? []) {
      const tables = known.tables ??= [];
      if (!tables.includes(table)) tables.push(table);
    }
  }
  return [...byKey.values()];
}
function addRuntimeIndexes(resolver, drafts) {
  const types = /* @__PURE__ */ new Set();
  for (const mod of resolver.modules.values()) {
    for (const call of mod.calls) {
      const name = calleeName(call);
      const runtime = name ? runtimeIndexFor(lastPart(name)) : void 0;
      if (runtime) types.add(runtime.onColumnType);
    }
  }
  if (types.size === 0) return;
  for (const draft of drafts) {
    for (const column of draft.drafts) if (column.column.type && types.has(column.column.type) && !column.unique) column.index = true;
  }
}
function isAlembicMigration(mod) {
  const names = new Set(mod.timeline.map((b) => b.kind === "star" ? "" : b.name));
  return names.has("revision") && names.has("down_revision");
}
function parseProblem(node, file) {
  const flat = node.text.replace(/\s+/gu, " ").trim();
  const saw = node.isMissing ? `a missing \`${node.type}\`` : `\`${flat.length > 40 ? `${flat.slice(0, 37)}...` : flat}\``;
  return { kind: "parse-error", message: `Python syntax error: tree-sitter could not parse ${saw}; the rest of the file is still read`, location: nodeLocation(node, file) };
}
export {
  sqlalchemyFrontend
};
