import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  NOT_STATIC,
  callArguments,
  dottedName,
  lastSegment,
  nodeLocation,
  qualifyName,
  readImports,
  sqlalchemyType,
  staticValue,
  stringValue,
  syntaxErrors,
  unwrap
} from "./chunk-4ENR2WSE.mjs";
import {
  tableKey
} from "./chunk-TYWCOML6.mjs";
import {
  parsePython
} from "./chunk-LXUKLIBK.mjs";
import {
  loadSqlParser,
  nodeKind,
  renderDefault,
  sqlToOperations
} from "./chunk-AT76Y7E4.mjs";
import {
  require_wasm
} from "./chunk-BBVQEKAE.mjs";
import {
  labelUntypedDefault
} from "./chunk-RVYDEI43.mjs";
import {
  __toESM
} from "./chunk-X5VI77A6.mjs";

// src/schema/revisionGraph.ts
function computeRevisionGraph(nodes) {
  const order = nodes.map(() => -1);
  const byId = /* @__PURE__ */ new Map();
  const filesById = /* @__PURE__ */ new Map();
  const indices = nodes.map((_, i) => i).sort((a, b) => nodes[a].file.localeCompare(nodes[b].file) || a - b);
  for (const i of indices) {
    const node = nodes[i];
    if (!byId.has(node.id)) byId.set(node.id, i);
    filesById.set(node.id, [...filesById.get(node.id) ?? [], node.file]);
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
    for (const target of edges) children.set(target, [...children.get(target) ?? [], id]);
  }
  const ready = ids.filter((id) => waiting.get(id) === 0);
  let position = 0;
  while (ready.length > 0) {
    ready.sort(compareIds);
    const id = ready.shift();
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
function compareIds(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function unique(values) {
  return [...new Set(values)];
}

// src/frontends/python/alembicOps.ts
var import_libpg_query = __toESM(require_wasm(), 1);
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
var NotStatic = class extends Error {
  constructor(reason, node) {
    super(reason);
    this.reason = reason;
    this.node = node;
  }
  reason;
  node;
};
function upgradeOperations(upgrade, ctx) {
  const reader = new UpgradeReader(ctx);
  const body = upgrade.childForFieldName("body");
  if (body) reader.block(body, { batch: /* @__PURE__ */ new Map(), depth: 0, locals: collectLocals(body) });
  return { operations: reader.operations, problems: reader.problems };
}
var UpgradeReader = class _UpgradeReader {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  operations = [];
  problems = [];
  block(body, scope) {
    for (const statement of body.namedChildren) if (statement) this.statement(statement, scope);
  }
  statement(node, scope, brokenOk = false) {
    if (!brokenOk && node.hasError && node.type !== "if_statement" && node.type !== "with_statement" && node.type !== "try_statement") {
      const reader = new _UpgradeReader(this.ctx);
      reader.statement(node, scope, true);
      const touched = tablesOf(reader.operations);
      if (touched.length > 0) this.uncertainOnly(node, touched, "this statement has a syntax error");
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
  ifStatement(node, scope) {
    const body = node.childForFieldName("consequence");
    const before = this.operations.length;
    if (body) this.block(body, scope);
    const touched = tablesOf(this.operations.slice(before));
    const alternatives = node.childrenForFieldName("alternative").filter((a) => !!a);
    const branches = alternatives.map((alternative) => {
      const branch = alternative.childForFieldName("body") ?? alternative.namedChildren.find((c) => c?.type === "block") ?? null;
      return { alternative, operations: branch ? this.dryRun(branch, scope) : [] };
    });
    if (this.operations.length === before && branches.every((b) => b.operations.length === 0)) return;
    this.problems.push({
      kind: "unresolved",
      message: "The condition of this `if` in upgrade() cannot be evaluated statically; its body is replayed as if the condition held",
      location: this.location(node),
      ...touched.length > 0 ? { tables: touched.map((t) => this.key(t)) } : {}
    });
    for (const { alternative, operations } of branches) {
      if (operations.length > 0) this.uncertainOnly(alternative, tablesOf(operations), "an `elif`/`else` branch of upgrade() is not replayed: its condition cannot be evaluated");
    }
  }
  loop(node, scope) {
    const body = node.childForFieldName("body");
    if (!body) return;
    const dry = this.dryRun(body, scope);
    if (dry.length === 0) return;
    this.uncertain(node, tablesOf(dry), "migration operations inside a loop cannot be replayed statically");
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
    const simple = scope.depth === 0 && (params?.namedChildCount ?? 0) === 0 && callArguments(call).positional.length === 0;
    if (simple) {
      this.block(body, { batch: /* @__PURE__ */ new Map(), depth: scope.depth + 1, locals: collectLocals(body) });
      return;
    }
    const dry = this.dryRun(body, { batch: /* @__PURE__ */ new Map(), depth: 99, locals: collectLocals(body) });
    if (dry.length === 0) return;
    const fnName = helper.childForFieldName("name")?.text ?? "helper";
    this.uncertain(call, tablesOf(dry), `the helper ${fnName}() takes arguments (or calls further helpers), so its migration operations cannot be replayed statically`);
  }
  // --- one op.xxx() call -------------------------------------------------------------------------
  operation(method, call, batchTable, scope) {
    if (QUIET_OPERATIONS.has(method)) return;
    if (method === "create_table" && !batchTable) return this.createTable(call, scope);
    const params = PARAMETERS[method];
    if (!params) {
      this.problems.push({ kind: "unresolved", message: `op.${method}() is not an operation ormlint understands; its effect on the schema is not replayed`, location: this.location(call) });
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
        this.emit({ op: "dropTable", table: t, location: loc });
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
          location: loc
        });
        return;
      }
      case "drop_index": {
        const schema = schemaNode ? this.requiredName(schemaNode, call, "schema") : table?.schema ?? null;
        this.emit({ op: "dropIndex", index: { schema, name: this.requiredName(bound.get("index_name"), call, "index name") }, location: loc });
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
            onDelete: fkAction(bound.get("ondelete")),
            onUpdate: fkAction(bound.get("onupdate")),
            location: loc
          },
          location: loc
        });
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
    const table = this.readTable(args.positional[0] ?? args.keywords.get("table_name"), args.keywords.get("schema"));
    if (!table) {
      this.uncertain(call, [], "the table name of op.create_table() is not a literal");
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
            const refs = this.nameList(itemArgs.positional[1] ?? itemArgs.keywords.get("refcolumns"), element, "referenced columns").map(splitReference);
            const refTable = refs[0]?.table;
            if (!refTable) throw new NotStatic("a ForeignKeyConstraint whose referenced columns are not written `table.column`", element);
            constraints.push({
              kind: "foreignKey",
              name,
              columns: this.nameList(itemArgs.positional[0] ?? itemArgs.keywords.get("columns"), element, "columns"),
              refTable,
              refColumns: refs.map((r) => r.column),
              onDelete: fkAction(itemArgs.keywords.get("ondelete")),
              onUpdate: fkAction(itemArgs.keywords.get("onupdate")),
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
            throw new NotStatic(`\`${shorten(element.text)}\` in op.create_table() cannot be evaluated statically`, element);
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
      if (info.references) columnConstraints.push(info.references);
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
    if (element.type !== "call" || this.sqlalchemyName(element) !== "Column") throw new NotStatic(`the column \`${shorten(columnNode.text)}\` cannot be evaluated statically`, columnNode);
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
      change.default = this.serverDefault(serverDefault, typeFor ?? null);
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
    const name = stringValue(nameNode);
    if (name === null) throw new NotStatic(`the column name \`${shorten(nameNode?.text ?? call.text)}\` is not a literal`, nameNode ?? call);
    const spec = { name, type: null, location: this.location(call) };
    const info = { primaryKey: false, unique: false, index: false, references: null, autoincrement: null, hasServerDefault: false, identity: false, comment: stringValue(args.keywords.get("comment")) };
    let typeNode = args.keywords.get("type_");
    for (const arg of args.positional.slice(nameNode === args.positional[0] ? 1 : 0)) {
      const element = this.resolveLocal(unwrap(arg), scope);
      const kind = element.type === "call" ? this.sqlalchemyName(element) : null;
      if (kind === "ForeignKey") {
        const fk = callArguments(element);
        const target = this.requiredName(fk.positional[0] ?? fk.keywords.get("column"), element, "foreign key target");
        const ref = splitReference(target);
        if (!ref.table) throw new NotStatic(`the foreign key target "${target}" is not written \`table.column\``, element);
        info.references = {
          kind: "foreignKey",
          name: this.optionalName(fk.keywords.get("name")),
          columns: [name],
          refTable: ref.table,
          refColumns: [ref.column],
          onDelete: fkAction(fk.keywords.get("ondelete")),
          onUpdate: fkAction(fk.keywords.get("onupdate")),
          location: this.location(element)
        };
      } else if (kind === "Identity") {
        info.identity = true;
        spec.generated = "identity";
        spec.nullable = false;
      } else if (kind === "Sequence" || kind === "Computed" || kind === "CheckConstraint") {
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
      const node = args.keywords.get(key);
      if (!node) return null;
      const value = staticValue(node);
      if (typeof value === "boolean") return value;
      if (value === null) return null;
      throw new NotStatic(`the ${key}= of column "${name}" is not a literal`, node);
    };
    info.primaryKey = flag("primary_key") === true;
    info.unique = flag("unique") === true;
    info.index = flag("index") === true;
    const autoincrement = args.keywords.get("autoincrement");
    info.autoincrement = autoincrement ? staticValue(autoincrement) === false ? false : staticValue(autoincrement) === true ? true : null : null;
    const nullable = flag("nullable");
    if (nullable !== null) spec.nullable = nullable;
    else if (info.primaryKey) spec.nullable = false;
    const serverDefault = args.keywords.get("server_default");
    if (serverDefault && staticValue(serverDefault) !== null) {
      info.hasServerDefault = true;
      spec.default = this.serverDefault(serverDefault, labelType);
    }
    return { spec, info };
  }
  /**
   * The column type, plus the spelling Postgres labels a literal default with: an enum outside the
   * search path is printed schema-qualified (`'low'::crm.priority`).
   */
  columnType(node, table, column, quiet = false) {
    const result = sqlalchemyType(node, this.ctx.imports);
    if (result.type === null && !quiet) {
      this.problems.push({
        kind: "unresolved",
        // Only the type is unknown (left null, which the comparison skips): the table stays certain.
        message: `The type of column "${table.name}.${column}" is unknown: ${result.unresolved ?? "not a SQLAlchemy type"}`,
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
    let node = unwrap(argument);
    if (node.type === "identifier") {
      const assigned = scope.locals.get(node.text) ?? (this.ctx.moduleValues.has(node.text) ? [this.ctx.moduleValues.get(node.text)] : []);
      if (assigned.length === 1 && stringValue(assigned[0]) !== null) node = unwrap(assigned[0]);
      else throw new NotStatic(`op.execute(${node.text}) runs SQL held in a variable, which cannot be read statically`, argument);
    }
    if (node.type === "call") {
      const fn = node.childForFieldName("function");
      const name = dottedName(fn);
      const qualified = name ? qualifyName(name, this.ctx.imports) : null;
      const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text ?? null : name;
      if (qualified && (method === "text" || method === "DDL" || method === "literal_column") && qualified.startsWith("sqlalchemy")) {
        node = unwrap(callArguments(node).positional[0] ?? node);
      } else if (method === "format") {
        throw new NotStatic("op.execute() of a string built with .format() cannot be read statically", argument);
      } else {
        return;
      }
    }
    const sql = stringValue(node);
    if (sql === null) {
      const how = node.type === "binary_operator" ? "a string built with an operator" : isFString(node) ? "an f-string" : `\`${shorten(node.text)}\``;
      throw new NotStatic(`op.execute() of ${how} cannot be read statically`, argument);
    }
    const origin = stringOrigin(node, this.ctx.file);
    const translated = sqlToOperations(sql, origin);
    for (const operation of translated.operations) this.operations.push(operation);
    this.problems.push(...translated.problems);
  }
  enumDdl(call, object, method, scope) {
    const target = this.resolveLocal(unwrap(object), scope);
    if (target.type !== "call") return;
    const kind = this.sqlalchemyName(target);
    if (kind !== "Enum" && kind !== "ENUM") return;
    const result = sqlalchemyType(target, this.ctx.imports);
    const enumArgs = callArguments(target);
    const name = stringValue(enumArgs.keywords.get("name"));
    if (!name) {
      this.uncertain(call, [], `the enum name in ${shorten(target.text)} is not a literal`);
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
    const name = node ? nameValue(node) : NOT_STATIC;
    if (typeof name !== "string") return null;
    const schema = schemaNode ? nameValue(schemaNode) : null;
    if (schema === NOT_STATIC) return null;
    return { schema: schema ?? null, name };
  }
  requiredName(node, call, what) {
    const value = node ? nameValue(node) : NOT_STATIC;
    if (typeof value !== "string") throw new NotStatic(`the ${what} ${node ? `\`${shorten(node.text)}\` ` : ""}is not a literal`, node ?? call);
    return value;
  }
  optionalName(node) {
    if (!node) return null;
    const value = nameValue(node);
    if (value === NOT_STATIC) throw new NotStatic(`the name \`${shorten(node.text)}\` is not a literal`, node);
    return value;
  }
  nameList(node, call, what) {
    const value = node ? staticValue(node) : NOT_STATIC;
    if (typeof value === "string") return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
    throw new NotStatic(`the ${what} ${node ? `\`${shorten(node.text)}\` ` : ""}are not a literal list`, node ?? call);
  }
  indexColumns(node, call) {
    if (!node) throw new NotStatic("op.create_index() without columns", call);
    const inner = unwrap(node);
    if (inner.type === "list" || inner.type === "tuple") return inner.namedChildren.filter((c) => !!c && c.type !== "comment").map((c) => this.indexColumn(c, call));
    return [this.indexColumn(inner, call)];
  }
  /** A column name, or an expression (`sa.text("lower(email)")`) written in parentheses as SQL does. */
  indexColumn(node, call) {
    const name = stringValue(node);
    if (name !== null) return name;
    const expression = unwrap(node);
    if (expression.type === "call") return `(${this.sqlExpression(expression)})`;
    throw new NotStatic(`the index column \`${shorten(node.text)}\` is not a literal`, node ?? call);
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
    const direct = stringValue(inner);
    if (direct !== null) return direct;
    if (inner.type === "call" && ["text", "literal_column"].includes(lastSegment(dottedName(inner.childForFieldName("function")) ?? ""))) {
      return stringValue(callArguments(inner).positional[0]);
    }
    return null;
  }
  /**
   * A `server_default=` as `pg_get_expr` prints it: a Python string is a quoted literal labelled
   * with the column type (`'x'::character varying`), `sa.text()` is SQL, `sa.func.now()` a call.
   */
  serverDefault(node, type) {
    const inner = unwrap(node);
    const literal = stringValue(inner);
    if (literal !== null) return labelUntypedDefault(`'${literal.split("'").join("''")}'`, type);
    if (inner.type === "call") {
      const name = dottedName(inner.childForFieldName("function")) ?? "";
      const method = lastSegment(name);
      const sqlText = this.sqlText(inner);
      if (sqlText !== null) return renderSql(sqlText, (expr) => renderDefault(expr, type)) ?? sqlText;
      if (method === "true" || method === "false") return method;
      if (name.includes("func.") && callArguments(inner).positional.length === 0) {
        const fn = method.toLowerCase();
        if (["current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user"].includes(fn)) return fn.toUpperCase();
        return `${method}()`;
      }
    }
    throw new NotStatic(`the server_default \`${shorten(node.text)}\` cannot be evaluated statically`, node);
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
  uncertain(node, tables, reason) {
    this.uncertainOnly(node, tables, reason);
    this.problems.push({
      kind: "unresolved",
      message: `${capitalise(reason)}${tables.length > 0 ? `; table${tables.length > 1 ? "s" : ""} ${tables.map((t) => `"${t.name}"`).join(", ")} marked uncertain` : ""}`,
      location: this.location(node),
      ...tables.length > 0 ? { tables: tables.map((t) => this.key(t)) } : {}
    });
  }
  uncertainOnly(node, tables, reason) {
    this.operations.push({ op: "uncertain", tables, reason, location: this.location(node) });
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
function nameValue(input) {
  const node = unwrap(input);
  if (node.type === "call") {
    const callee = lastSegment(dottedName(node.childForFieldName("function")) ?? "");
    if (callee === "f" || callee === "conv" || callee === "quoted_name") return nameValue(callArguments(node).positional[0] ?? node.childForFieldName("function"));
    return NOT_STATIC;
  }
  const value = staticValue(node);
  return typeof value === "string" || value === null ? value : NOT_STATIC;
}
function splitReference(target) {
  const parts = target.split(".");
  if (parts.length < 2) return { table: null, column: target };
  const column = parts.pop();
  const name = parts.pop();
  return { table: { schema: parts.length > 0 ? parts.join(".") : null, name }, column };
}
function fkAction(node) {
  const value = node ? stringValue(node) : null;
  if (!value) return null;
  const upper = value.trim().toUpperCase().split(/\s+/u).join(" ");
  return upper === "NO ACTION" ? null : upper;
}
var parsedExpressions = /* @__PURE__ */ new Map();
function renderSql(text, render) {
  let expression = parsedExpressions.get(text);
  if (expression === void 0) {
    expression = parseExpression(text);
    parsedExpressions.set(text, expression);
  }
  return expression ? render(expression) : null;
}
function parseExpression(text) {
  try {
    const parsed = (0, import_libpg_query.parseSync)(`SELECT ${text}`);
    const select = nodeKind(parsed.stmts?.[0]?.stmt)[1];
    const target = nodeKind(select?.targetList?.[0])[1];
    if (!target?.val || select.targetList.length !== 1) return null;
    return target.val;
  } catch {
    return null;
  }
}
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
function shorten(text) {
  const flat = text.split(/\s+/u).join(" ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
function enumLabels(args) {
  return args.positional.map((arg) => stringValue(arg)).filter((label) => label !== null);
}

// src/frontends/python/alembic.ts
var alembicFrontend = {
  async extract(files, config) {
    await loadSqlParser();
    const revisions = [];
    const problems = [];
    for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
      const read = await readRevisionFile(file, config.defaultSchema);
      problems.push(...read.problems);
      if (read.revision) revisions.push(read.revision);
    }
    return assembleMigrations(revisions, problems);
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
async function readRevisionFile(file, defaultSchema) {
  await loadSqlParser();
  const tree = await parsePython(file.text);
  try {
    const root = tree.rootNode;
    const problems = syntaxErrors(root).map((node) => ({
      kind: "parse-error",
      message: node.isMissing ? `Python syntax error: missing \`${node.type}\`; the rest of the file is read as far as it parses` : `Python syntax error near \`${shorten2(node.text)}\`; the rest of the file is read as far as it parses`,
      location: nodeLocation(node, file.path)
    }));
    const top = topLevel(root);
    const revisionVar = top.assignments.get("revision");
    if (!revisionVar) return { revision: null, problems };
    const id = stringValue(revisionVar.value);
    if (id === null) {
      problems.push({ kind: "unresolved", message: "`revision` is not a string literal; this file is left out of the revision graph", location: nodeLocation(revisionVar.statement, file.path) });
      return { revision: null, problems };
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
      const read = upgradeOperations(upgrade, {
        file: file.path,
        imports: readImports(root),
        defaultSchema,
        functions: top.functions,
        moduleValues: new Map([...top.assignments].map(([name, a]) => [name, a.value]))
      });
      operations.push(...read.operations);
      problems.push(...read.problems);
    }
    return { revision: { info, operations }, problems };
  } finally {
    tree.delete();
  }
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
    }
  }
  return out;
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
function shorten2(text) {
  const flat = text.split(/\s+/u).join(" ");
  return flat.length > 40 ? `${flat.slice(0, 37)}...` : flat;
}
export {
  alembicFrontend,
  readRevisionFile
};
