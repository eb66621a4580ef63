import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  canonicalType,
  isBuiltinType,
  quoteIdent,
  quoteLiteral,
  renderTypedConstant,
  require_wasm
} from "./chunk-JAHM4SGJ.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/frontends/sql/translate.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);

// src/frontends/sql/doBlocks.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/frontends/sql/names.ts
function typeNameToCanonical(typeName) {
  if (!typeName) return null;
  const names = (typeName.names ?? []).map((n) => n.String?.sval);
  if (names.length === 0) return null;
  const last = names[names.length - 1];
  const args = (typeName.typmods ?? []).map((m) => {
    const c = m.A_Const;
    if (!c) return null;
    if (c.ival) return typeof c.ival.ival === "number" ? c.ival.ival : 0;
    return null;
  });
  const arrayDims = (typeName.arrayBounds ?? []).length;
  if (last === "interval") return intervalType(args, arrayDims);
  const useArgs = args;
  const lower = last.toLowerCase();
  const timezone = lower === "timestamptz" || lower === "timetz";
  const base = canonicalType(last, { args: useArgs, timezone, arrayDims });
  return base;
}
var INTERVAL_FIELDS = {
  [1 << 2]: "year",
  [1 << 1]: "month",
  [1 << 3]: "day",
  [1 << 10]: "hour",
  [1 << 11]: "minute",
  [1 << 12]: "second",
  [1 << 2 | 1 << 1]: "year to month",
  [1 << 3 | 1 << 10]: "day to hour",
  [1 << 3 | 1 << 10 | 1 << 11]: "day to minute",
  [1 << 3 | 1 << 10 | 1 << 11 | 1 << 12]: "day to second",
  [1 << 10 | 1 << 11]: "hour to minute",
  [1 << 10 | 1 << 11 | 1 << 12]: "hour to second",
  [1 << 11 | 1 << 12]: "minute to second"
};
function intervalType(args, arrayDims) {
  const fields = typeof args[0] === "number" ? INTERVAL_FIELDS[args[0]] : void 0;
  const precision = typeof args[1] === "number" && args[1] >= 0 ? `(${args[1]})` : "";
  const text = fields ? `interval ${fields}${precision}` : `interval${precision}`;
  return arrayDims > 0 ? `${text}[]` : text;
}
function serialBase(typeName) {
  if (!typeName) return null;
  const names = (typeName.names ?? []).map((n) => n.String?.sval);
  if (names.length !== 1) return null;
  const name = names[0].toLowerCase();
  if (name === "serial" || name === "serial4") return "integer";
  if (name === "bigserial" || name === "serial8") return "bigint";
  if (name === "smallserial" || name === "serial2") return "smallint";
  return null;
}
function rangeVarName(rv) {
  return { schema: rv?.schemaname ?? null, name: rv?.relname ?? "" };
}
function dottedName(names) {
  if (names.length >= 2) return { schema: names[names.length - 2], name: names[names.length - 1] };
  return { schema: null, name: names[0] ?? "" };
}

// src/frontends/sql/expr.ts
function nodeKind(node) {
  if (!node) return ["", {}];
  for (const key in node) return [key, node[key] ?? {}];
  return ["", {}];
}
function stringList(nodes) {
  return (nodes ?? []).map((n) => nodeKind(n)[1].sval);
}
var SQL_VALUE_FUNCTIONS = {
  SVFOP_CURRENT_DATE: "CURRENT_DATE",
  SVFOP_CURRENT_TIME: "CURRENT_TIME",
  SVFOP_CURRENT_TIME_N: "CURRENT_TIME",
  SVFOP_CURRENT_TIMESTAMP: "CURRENT_TIMESTAMP",
  SVFOP_CURRENT_TIMESTAMP_N: "CURRENT_TIMESTAMP",
  SVFOP_LOCALTIME: "LOCALTIME",
  SVFOP_LOCALTIME_N: "LOCALTIME",
  SVFOP_LOCALTIMESTAMP: "LOCALTIMESTAMP",
  SVFOP_LOCALTIMESTAMP_N: "LOCALTIMESTAMP",
  SVFOP_CURRENT_ROLE: "CURRENT_ROLE",
  SVFOP_CURRENT_USER: "CURRENT_USER",
  SVFOP_USER: "USER",
  SVFOP_SESSION_USER: "SESSION_USER",
  SVFOP_CURRENT_CATALOG: "CURRENT_CATALOG",
  SVFOP_CURRENT_SCHEMA: "CURRENT_SCHEMA"
};
var SEQUENCE_FUNCTIONS = /* @__PURE__ */ new Set(["nextval", "currval", "setval"]);
function constant(body) {
  if (body.isnull) return { kind: "null", text: "NULL" };
  if (body.ival) return { kind: "int", text: String(body.ival.ival ?? 0) };
  if (body.fval) return { kind: "float", text: String(body.fval.fval) };
  if (body.boolval) return { kind: "bool", text: body.boolval.boolval ? "true" : "false" };
  if (body.sval) return { kind: "string", text: String(body.sval.sval ?? "") };
  if (body.bsval) return { kind: "bitstring", text: String(body.bsval.bsval) };
  return { kind: "int", text: "0" };
}
function renderNumber(kind, text) {
  if (kind === "int") return text.startsWith("-") ? `'${text}'::integer` : text;
  if (/^-?\d+$/.test(text)) return `'${text}'::bigint`;
  return /^\d/.test(text) && /[eE.]/.test(text) ? text : `'${text}'::numeric`;
}
function renderDefault(node, columnType) {
  const [kind, body] = nodeKind(node);
  if (kind === "A_Const") {
    const c = constant(body);
    if (c.kind === "null") return null;
    if (c.kind === "string") {
      return columnType ? renderTypedConstant(c.text, columnType) : quoteLiteral(c.text);
    }
    if (c.kind === "bool") return c.text;
    if (c.kind === "int" || c.kind === "float") return renderNumber(c.kind, c.text);
    return null;
  }
  return renderExpression(node);
}
function renderExpression(node) {
  const [kind, body] = nodeKind(node);
  const inner = renderExpression;
  switch (kind) {
    case "A_Const": {
      const c = constant(body);
      if (c.kind === "null") return "NULL";
      if (c.kind === "string") return `${quoteLiteral(c.text)}::text`;
      if (c.kind === "bool") return c.text;
      if (c.kind === "int" || c.kind === "float") return renderNumber(c.kind, c.text);
      return null;
    }
    case "TypeCast": {
      let type = typeNameToCanonical(body.typeName);
      if (!type) return null;
      const typeNames = stringList(body.typeName?.names);
      if (typeNames.length >= 2 && typeNames[0] !== "pg_catalog" && !isBuiltinType(type)) type = `${quoteIdent(typeNames[0])}.${type}`;
      const [argKind, argBody] = nodeKind(body.arg);
      if (argKind === "A_Const") {
        const c = constant(argBody);
        if (c.kind === "string") {
          if (type === "boolean" || type === "integer") return renderTypedConstant(c.text, type);
          return `${quoteLiteral(c.text)}::${type}`;
        }
        if (c.kind === "null") return `NULL::${type}`;
        if (c.kind === "int" && type === "integer") return renderNumber("int", c.text);
      }
      if (argKind === "A_ArrayExpr" && (argBody.elements ?? []).length === 0) return `ARRAY[]::${type}`;
      const arg = inner(body.arg);
      if (arg === null) return null;
      return `(${arg})::${type}`;
    }
    case "FuncCall": {
      const names = stringList(body.funcname);
      if (body.funcformat === "COERCE_SQL_SYNTAX" && names[names.length - 1] === "timezone" && (body.args ?? []).length === 2) {
        const [zone, value] = body.args.map(inner);
        return zone && value ? `(${value} AT TIME ZONE ${zone})` : null;
      }
      if (body.funcformat === "COERCE_SQL_SYNTAX" || body.agg_order || body.over || body.agg_filter) return null;
      const name = names.filter((n) => n !== "pg_catalog").join(".");
      if (body.agg_star) return `${name}(*)`;
      const args = (body.args ?? []).map((arg, i) => {
        if (i === 0 && SEQUENCE_FUNCTIONS.has(name) && nodeKind(arg)[0] === "A_Const" && constant(nodeKind(arg)[1]).kind === "string") {
          return `${quoteLiteral(constant(nodeKind(arg)[1]).text)}::regclass`;
        }
        return inner(arg);
      });
      if (args.some((a) => a === null)) return null;
      return `${name}(${args.join(", ")})`;
    }
    case "SQLValueFunction": {
      const base = SQL_VALUE_FUNCTIONS[body.op];
      if (!base) return null;
      return body.typmod !== void 0 && body.typmod >= 0 ? `${base}(${body.typmod})` : base;
    }
    case "ColumnRef": {
      const fields = (body.fields ?? []).map((f) => {
        const [k, b] = nodeKind(f);
        return k === "A_Star" ? "*" : quoteIdent(b.sval);
      });
      return fields.join(".");
    }
    case "A_Expr": {
      const op = stringList(body.name).join(".");
      if (body.kind === "AEXPR_OP") {
        if (!body.lexpr) {
          const r2 = inner(body.rexpr);
          return r2 === null ? null : `(${op} ${r2})`;
        }
        const l = inner(body.lexpr);
        const r = inner(body.rexpr);
        if (l === null || r === null) return null;
        return `(${l} ${op} ${r})`;
      }
      if (body.kind === "AEXPR_IN") {
        const l = inner(body.lexpr);
        const items = (body.rexpr?.List?.items ?? []).map(inner);
        if (l === null || items.some((i) => i === null)) return null;
        const negate = op === "<>";
        return `(${l} ${negate ? "<> ALL" : "= ANY"} (ARRAY[${items.join(", ")}]))`;
      }
      if (body.kind === "AEXPR_BETWEEN" || body.kind === "AEXPR_NOT_BETWEEN") {
        const l = inner(body.lexpr);
        const [lo, hi] = (body.rexpr?.List?.items ?? []).map(inner);
        if (l === null || !lo || !hi) return null;
        return body.kind === "AEXPR_BETWEEN" ? `((${l} >= ${lo}) AND (${l} <= ${hi}))` : `((${l} < ${lo}) OR (${l} > ${hi}))`;
      }
      return null;
    }
    case "BoolExpr": {
      const args = (body.args ?? []).map(inner);
      if (args.some((a) => a === null)) return null;
      if (body.boolop === "NOT_EXPR") return `(NOT ${args[0]})`;
      const joiner = body.boolop === "AND_EXPR" ? " AND " : " OR ";
      return `(${args.join(joiner)})`;
    }
    case "NullTest": {
      const arg = inner(body.arg);
      if (arg === null) return null;
      return `(${arg} ${body.nulltesttype === "IS_NULL" ? "IS NULL" : "IS NOT NULL"})`;
    }
    case "BooleanTest": {
      const arg = inner(body.arg);
      if (arg === null) return null;
      const tests = {
        IS_TRUE: "IS TRUE",
        IS_NOT_TRUE: "IS NOT TRUE",
        IS_FALSE: "IS FALSE",
        IS_NOT_FALSE: "IS NOT FALSE",
        IS_UNKNOWN: "IS UNKNOWN",
        IS_NOT_UNKNOWN: "IS NOT UNKNOWN"
      };
      return `(${arg} ${tests[body.booltesttype] ?? "IS TRUE"})`;
    }
    case "A_ArrayExpr": {
      const items = (body.elements ?? []).map(inner);
      if (items.some((i) => i === null)) return null;
      return `ARRAY[${items.join(", ")}]`;
    }
    case "CoalesceExpr": {
      const args = (body.args ?? []).map(inner);
      if (args.some((a) => a === null)) return null;
      return `COALESCE(${args.join(", ")})`;
    }
    default:
      return null;
  }
}
function referencedColumns(node) {
  const found = [];
  const walk = (value) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (!value || typeof value !== "object") return;
    const obj = value;
    if (obj.ColumnRef) {
      const fields = stringList((obj.ColumnRef.fields ?? []).filter((f) => f.String));
      const col = fields[fields.length - 1];
      if (col && !found.includes(col)) found.push(col);
      return;
    }
    for (const v of Object.values(obj)) walk(v);
  };
  walk(node);
  return found;
}

// src/frontends/sql/doBlocks.ts
var ALREADY_EXISTS = /* @__PURE__ */ new Set(["duplicate_object", "duplicate_table", "duplicate_column", "duplicate_schema", "duplicate_function"]);
function analyzeDoBlock(body, language = "plpgsql") {
  if (language.toLowerCase() !== "plpgsql") return null;
  let tag = "$ormlint$";
  for (let i = 0; body.includes(tag); i++) tag = `$ormlint${i}$`;
  let parsed;
  try {
    parsed = (0, import_libpg_query.parsePlPgSQLSync)(`CREATE FUNCTION ormlint_do() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag};`);
  } catch (error) {
    const message = error.message;
    return /syntax error/i.test(message) ? { syntaxError: message } : null;
  }
  const action = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function?.action;
  if (!action) return null;
  const analysis = { statements: [], certain: true, dynamic: false };
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  let cursor = 0;
  const embed = (query, lineno, guarded) => {
    const lineStart = lineStarts[Math.max(0, (lineno ?? 1) - 1)] ?? 0;
    let offset = body.indexOf(query, Math.max(lineStart, cursor));
    if (offset < 0) offset = body.indexOf(query, lineStart);
    if (offset < 0) offset = lineStart;
    cursor = offset + query.length;
    analysis.statements.push({ query, offset, guarded });
  };
  const top = nodeKind(action)[1];
  for (const stmt of top.body ?? []) {
    if (nodeKind(stmt)[0] === "PLpgSQL_stmt_return") continue;
    visit(stmt, analysis, embed, false);
  }
  return analysis;
}
function visit(stmt, analysis, embed, guarded) {
  const [kind, node] = nodeKind(stmt);
  const all = (list, inside) => {
    for (const s of Array.isArray(list) ? list : []) visit(s, analysis, embed, inside);
  };
  switch (kind) {
    case "PLpgSQL_stmt_execsql":
      embed(String(node.sqlstmt?.PLpgSQL_expr?.query ?? ""), node.lineno, guarded);
      return;
    case "PLpgSQL_stmt_block": {
      const handlers = node.exceptions?.PLpgSQL_exception_block?.exc_list ?? [];
      const swallowsOnlyDuplicates = handlers.every((h) => {
        const handler = nodeKind(h)[1];
        const conditions = handler.conditions ?? [];
        const emptyAction = (handler.action ?? []).length === 0;
        return emptyAction && conditions.length > 0 && conditions.every((c) => ALREADY_EXISTS.has(String(nodeKind(c)[1].condname)));
      });
      if (!swallowsOnlyDuplicates) analysis.certain = false;
      all(node.body, guarded || handlers.length > 0 && swallowsOnlyDuplicates);
      for (const h of handlers) all(nodeKind(h)[1].action, false);
      return;
    }
    case "PLpgSQL_stmt_if": {
      const guard = isMissingCheck(String(node.cond?.PLpgSQL_expr?.query ?? "")) && !node.elsif_list && !node.else_body;
      if (!guard) analysis.certain = false;
      all(node.then_body, guarded || guard);
      for (const e of node.elsif_list ?? []) all(nodeKind(e)[1].stmts, false);
      all(node.else_body, false);
      return;
    }
    case "PLpgSQL_stmt_raise":
    case "PLpgSQL_stmt_assign":
    case "PLpgSQL_stmt_perform":
      return;
    case "PLpgSQL_stmt_dynexecute":
      analysis.dynamic = true;
      analysis.certain = false;
      return;
    default:
      analysis.certain = false;
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) all(value.filter((v) => typeof v === "object" && v && String(Object.keys(v)[0]).startsWith("PLpgSQL_stmt")), false);
      }
  }
}
function isMissingCheck(condition) {
  try {
    const stmt = (0, import_libpg_query.parseSync)(`SELECT ${condition}`).stmts?.[0]?.stmt;
    const value = stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
    const not = value?.BoolExpr;
    return not?.boolop === "NOT_EXPR" && not.args?.length === 1 && not.args[0]?.SubLink?.subLinkType === "EXISTS_SUBLINK";
  } catch {
    return false;
  }
}

// src/frontends/sql/source.ts
var SqlText = class {
  text;
  origin;
  lineStarts;
  /** Byte offset → character offset; null when the text is ASCII (they coincide). */
  byteToChar;
  constructor(text, origin) {
    this.text = text;
    this.origin = origin;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    if (/^[\x00-\x7f]*$/.test(text)) {
      this.byteToChar = null;
    } else {
      const map = new Int32Array(Buffer.byteLength(text) + 1);
      let byte = 0;
      let char = 0;
      for (const ch of text) {
        const len = Buffer.byteLength(ch);
        for (let k = 0; k < len; k++) map[byte + k] = char;
        byte += len;
        char += ch.length;
      }
      map[byte] = char;
      this.byteToChar = map;
    }
  }
  charOffset(byteOffset) {
    if (!this.byteToChar) return byteOffset;
    return this.byteToChar[Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1))];
  }
  /** Text between two byte offsets. */
  sliceBytes(start, end) {
    return this.text.slice(this.charOffset(start), this.charOffset(end));
  }
  /** File location of a character offset into the text. */
  locationOfChar(charOffset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    const column = charOffset - this.lineStarts[lo] + 1;
    return lo === 0 ? { line: this.origin.line, column: this.origin.column + column - 1 } : { line: this.origin.line + lo, column };
  }
  /** SourceLocation for a byte range (end optional). */
  location(startByte, endByte) {
    const start = this.locationOfChar(this.charOffset(startByte));
    const loc = { file: this.origin.file, line: start.line, column: start.column };
    if (endByte !== void 0) {
      const end = this.locationOfChar(this.charOffset(endByte));
      loc.endLine = end.line;
      loc.endColumn = end.column;
    }
    return loc;
  }
};

// src/frontends/sql/translate.ts
var loaded = null;
async function loadSqlParser() {
  loaded ??= (0, import_libpg_query2.loadModule)();
  return loaded;
}
function sqlToOperations(sql, origin) {
  const source = new SqlText(sql, origin);
  const out = { operations: [], problems: [] };
  let scanned = null;
  const tokens = () => scanned ??= scanTokens(sql);
  const translator = new StatementTranslator(source, tokens, out);
  try {
    const parsed = (0, import_libpg_query2.parseSync)(sql);
    for (const raw of parsed.stmts ?? []) {
      const start = raw.stmt_location ?? 0;
      const len = raw.stmt_len ?? Buffer.byteLength(sql) - start;
      translator.statement(raw.stmt, start, start + len);
    }
    return out;
  } catch {
  }
  for (const piece of splitStatements(sql, tokens())) {
    const pieceText = source.sliceBytes(piece.start, piece.end);
    let parsed;
    try {
      parsed = (0, import_libpg_query2.parseSync)(pieceText);
    } catch (error) {
      const details = error.sqlDetails;
      const cursor = details?.cursorPosition ?? 0;
      const at = source.locationOfChar(source.charOffset(piece.start) + Math.max(0, Math.min(cursor, pieceText.length)));
      out.problems.push({
        kind: "parse-error",
        message: `SQL does not parse: ${details?.message ?? error.message}`,
        location: { file: origin.file, line: at.line, column: at.column }
      });
      continue;
    }
    const pieceTranslator = new StatementTranslator(source, tokens, out, piece.start);
    for (const raw of parsed.stmts ?? []) {
      const start = raw.stmt_location ?? 0;
      const len = raw.stmt_len ?? Buffer.byteLength(pieceText) - start;
      pieceTranslator.statement(raw.stmt, start, start + len);
    }
  }
  return out;
}
function scanTokens(sql) {
  try {
    return (0, import_libpg_query2.scanSync)(sql).tokens;
  } catch {
    let cursor = sql.length;
    try {
      (0, import_libpg_query2.parseSync)(sql);
    } catch (error) {
      cursor = error.sqlDetails?.cursorPosition ?? sql.length;
    }
    try {
      return (0, import_libpg_query2.scanSync)(sql.slice(0, cursor)).tokens;
    } catch {
      return [];
    }
  }
}
function splitStatements(sql, tokens) {
  const total = Buffer.byteLength(sql);
  const pieces = [];
  let start = 0;
  for (const token of tokens) {
    if (token.text === ";") {
      pieces.push({ start, end: token.end });
      start = token.end;
    }
  }
  if (start < total) pieces.push({ start, end: total });
  const scannedBytes = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
  const tailUnscanned = Buffer.from(sql, "utf8").subarray(scannedBytes).toString("utf8").trim() !== "";
  return pieces.filter(
    (p) => tailUnscanned && p.end === total || tokens.some((t) => t.start >= p.start && t.end <= p.end && !t.tokenName.endsWith("COMMENT") && t.text !== ";")
  );
}
var POSTGRES_SPACE = /* @__PURE__ */ new Set([32, 9, 10, 13, 12, 11]);
var FK_ACTIONS = { a: null, r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
var StatementTranslator = class {
  constructor(source, scan, out, base = 0) {
    this.source = source;
    this.scan = scan;
    this.out = out;
    this.base = base;
  }
  source;
  scan;
  out;
  base;
  stmtStart = 0;
  stmtEnd = 0;
  /** The whole text's tokens, scanned on first use. */
  get tokens() {
    return this.scan();
  }
  statement(stmt, start, end) {
    this.stmtStart = this.firstTokenAt(this.base + start, this.base + end);
    this.stmtEnd = this.base + end;
    try {
      this.translate(stmt);
    } catch (error) {
      const location = this.here();
      this.out.problems.push({ kind: "unresolved", message: `ormlint could not translate this statement (${error.message}); its effect is not replayed`, location });
    }
  }
  translate(stmt) {
    const [kind, body] = nodeKind(stmt);
    switch (kind) {
      case "CreateStmt":
        return this.createTable(body);
      case "AlterTableStmt":
        return this.alterTable(body);
      case "RenameStmt":
        return this.rename(body);
      case "AlterObjectSchemaStmt":
        return this.setSchema(body);
      case "DropStmt":
        return this.drop(body);
      case "IndexStmt":
        return this.createIndex(body);
      case "CreateEnumStmt":
        return this.emit({ op: "createEnum", name: dottedName(stringList(body.typeName)), values: stringList(body.vals) });
      case "AlterEnumStmt":
        return this.alterEnum(body);
      case "CreateSchemaStmt":
        if (body.schemaname) this.emit({ op: "createSchema", name: body.schemaname, ifNotExists: body.if_not_exists === true });
        return;
      case "VariableSetStmt":
        return this.setVariable(body);
      case "SelectStmt":
        return this.select(body);
      case "CommentStmt":
        return this.comment(body);
      case "CreateTableAsStmt":
        return this.createTableAs(body);
      case "ViewStmt":
        if (body.view?.relpersistence === "t") return;
        return this.emit({ op: "createView", view: rangeVarName(body.view), materialized: false, orReplace: body.replace === true });
      case "DoStmt":
        return this.doBlock(body);
      case "ExecuteStmt":
        return this.uncertain([], `EXECUTE ${body.name ?? ""} runs a prepared statement that cannot be evaluated statically`);
      default:
        return;
    }
  }
  // --- statements ------------------------------------------------------------------------------
  createTable(body) {
    const table = rangeVarName(body.relation);
    const columns = [];
    const constraints = [];
    const like = [];
    const likeOptions = [];
    const notes = [];
    for (const element of body.tableElts ?? []) {
      const [kind, el] = nodeKind(element);
      if (kind === "ColumnDef") {
        const { column, constraints: own } = this.columnDef(el);
        columns.push(column);
        constraints.push(...own);
      } else if (kind === "Constraint") {
        const c = this.constraint(el, null);
        if (c) constraints.push(c);
      } else if (kind === "TableLikeClause") {
        like.push(rangeVarName(el.relation));
        const options = el.options ?? 0;
        likeOptions.push({ constraints: (options & 1 << 2) !== 0, defaults: (options & 1 << 3) !== 0, indexes: (options & 1 << 6) !== 0 });
      }
    }
    const parents = (body.inhRelations ?? []).map((r) => rangeVarName(nodeKind(r)[1]));
    const partitionOf = body.partbound && parents.length > 0 ? parents[0] : null;
    if (partitionOf) notes.push(`PARTITION OF ${this.nameText(partitionOf)}`);
    else if (parents.length > 0) notes.push(`INHERITS (${parents.map((n) => this.nameText(n)).join(", ")})`);
    if (body.partspec) notes.push(`PARTITION BY ${String(body.partspec.strategy ?? "").replace("PARTITION_STRATEGY_", "")}`);
    this.emit({
      op: "createTable",
      table,
      columns,
      constraints,
      ifNotExists: body.if_not_exists === true,
      ...like.length > 0 ? { like, likeOptions } : {},
      ...partitionOf ? { partitionOf } : parents.length > 0 ? { inherits: parents } : {},
      ...notes.length > 0 ? { notes } : {}
    });
  }
  createTableAs(body) {
    const table = rangeVarName(body.into?.rel);
    if (body.objtype === "OBJECT_MATVIEW") {
      this.emit({ op: "createView", view: table, materialized: true, ifNotExists: body.if_not_exists === true });
      return;
    }
    if (body.objtype && body.objtype !== "OBJECT_TABLE") return;
    this.emit({ op: "createTable", table, columns: [], constraints: [], ifNotExists: body.if_not_exists === true, notes: ["CREATE TABLE AS"] });
    this.uncertain([table], "CREATE TABLE ... AS takes its columns from a query that cannot be evaluated statically");
  }
  alterTable(body) {
    if (body.objtype && body.objtype !== "OBJECT_TABLE") return;
    const table = rangeVarName(body.relation);
    const ifTableExists = body.missing_ok === true ? { ifTableExists: true } : {};
    for (const raw of body.cmds ?? []) {
      const cmd = nodeKind(raw)[1];
      const location = this.here();
      switch (cmd.subtype) {
        case "AT_AddColumn": {
          const { column, constraints } = this.columnDef(nodeKind(cmd.def)[1]);
          this.emit({ ...ifTableExists, op: "addColumn", table, column, ifNotExists: cmd.missing_ok === true }, location);
          for (const constraint of constraints) this.emit({ ...ifTableExists, op: "addConstraint", table, constraint }, constraint.location ?? location);
          break;
        }
        case "AT_DropColumn":
          this.emit({ ...ifTableExists, op: "dropColumn", table, column: cmd.name, ifExists: cmd.missing_ok === true, cascade: cmd.behavior === "DROP_CASCADE" }, location);
          break;
        case "AT_AlterColumnType": {
          const def = nodeKind(cmd.def)[1];
          this.emit({ ...ifTableExists, op: "alterColumn", table, column: cmd.name, type: typeNameToCanonical(def.typeName) }, location);
          break;
        }
        case "AT_SetNotNull":
          this.emit({ ...ifTableExists, op: "alterColumn", table, column: cmd.name, nullable: false }, location);
          break;
        case "AT_DropNotNull":
          this.emit({ ...ifTableExists, op: "alterColumn", table, column: cmd.name, nullable: true }, location);
          break;
        case "AT_ColumnDefault":
          this.emit({ ...ifTableExists, op: "alterColumn", table, column: cmd.name, default: cmd.def ? this.defaultText(cmd.def, null) : null }, location);
          break;
        case "AT_AddIdentity":
          this.emit({ ...ifTableExists, op: "alterColumn", table, column: cmd.name, generated: "identity" }, location);
          break;
        case "AT_DropIdentity":
          this.emit({ ...ifTableExists, op: "alterColumn", table, column: cmd.name, generated: null }, location);
          break;
        case "AT_AddConstraint": {
          const constraint = this.constraint(nodeKind(cmd.def)[1], null);
          if (constraint) this.emit({ ...ifTableExists, op: "addConstraint", table, constraint }, location);
          break;
        }
        case "AT_DropConstraint":
          this.emit({ ...ifTableExists, op: "dropConstraint", table, name: cmd.name, ifExists: cmd.missing_ok === true, cascade: cmd.behavior === "DROP_CASCADE" }, location);
          break;
        default:
          break;
      }
    }
  }
  rename(body) {
    switch (body.renameType) {
      case "OBJECT_COLUMN":
        if (body.relationType !== "OBJECT_TABLE") return;
        return this.emit({ op: "renameColumn", table: rangeVarName(body.relation), column: body.subname, newName: body.newname, ...body.missing_ok ? { ifTableExists: true } : {} });
      case "OBJECT_TABLE":
        return this.emit({ op: "renameTable", table: rangeVarName(body.relation), newName: body.newname, ...body.missing_ok ? { ifTableExists: true } : {} });
      case "OBJECT_INDEX":
        return this.emit({ op: "renameIndex", index: rangeVarName(body.relation), newName: body.newname, ...body.missing_ok ? { ifExists: true } : {} });
      case "OBJECT_VIEW":
      case "OBJECT_MATVIEW":
        return this.emit({ op: "renameView", view: rangeVarName(body.relation), newName: body.newname, ...body.missing_ok ? { ifExists: true } : {} });
      case "OBJECT_TYPE": {
        const [kind, value] = nodeKind(body.object);
        const names = kind === "List" ? stringList(value.items) : kind === "TypeName" ? stringList(value.names) : [];
        return this.emit({ op: "renameEnum", name: dottedName(names), newName: body.newname });
      }
      case "OBJECT_TABCONSTRAINT":
        return this.emit({ op: "renameConstraint", table: rangeVarName(body.relation), name: body.subname, newName: body.newname, ...body.missing_ok ? { ifTableExists: true } : {} });
      default:
        return;
    }
  }
  setSchema(body) {
    if (body.objectType !== "OBJECT_TABLE") return;
    this.emit({ op: "setTableSchema", table: rangeVarName(body.relation), newSchema: body.newschema, ...body.missing_ok ? { ifTableExists: true } : {} });
  }
  drop(body) {
    const ifExists = body.missing_ok === true;
    const cascade = body.behavior === "DROP_CASCADE";
    for (const object of body.objects ?? []) {
      const [kind, value] = nodeKind(object);
      const names = kind === "List" ? stringList(value.items) : kind === "TypeName" ? stringList(value.names) : kind === "String" ? [value.sval] : [];
      const name = dottedName(names);
      switch (body.removeType) {
        case "OBJECT_TABLE":
          this.emit({ op: "dropTable", table: name, ifExists, cascade });
          break;
        case "OBJECT_INDEX":
          this.emit({ op: "dropIndex", index: name, ifExists });
          break;
        case "OBJECT_VIEW":
        case "OBJECT_MATVIEW":
          this.emit({ op: "dropView", view: name, materialized: body.removeType === "OBJECT_MATVIEW", ifExists, cascade });
          break;
        case "OBJECT_TYPE":
          this.emit({ op: "dropEnum", name, ifExists });
          break;
        case "OBJECT_SCHEMA":
          this.emit({ op: "dropSchema", name: names[0] ?? "", ifExists, cascade });
          break;
        default:
          break;
      }
    }
  }
  createIndex(body) {
    const table = rangeVarName(body.relation);
    const columns = [];
    for (const param of body.indexParams ?? []) {
      const elem = nodeKind(param)[1];
      const descending = elem.ordering === "SORTBY_DESC";
      const nulls = elem.nulls_ordering === "SORTBY_NULLS_FIRST" && !descending ? " NULLS FIRST" : elem.nulls_ordering === "SORTBY_NULLS_LAST" && descending ? " NULLS LAST" : "";
      const order = `${descending ? " DESC" : ""}${nulls}`;
      if (elem.name) {
        columns.push(`${elem.name}${order}`);
      } else {
        const text = renderExpression(elem.expr) ?? this.sourceText(this.exprStart(elem.expr));
        columns.push(`(${text})${order}`);
      }
    }
    const where = body.whereClause ? renderExpression(body.whereClause) ?? this.sourceText(this.exprStart(body.whereClause)) : null;
    this.emit({
      op: "createIndex",
      table,
      name: body.idxname ?? null,
      columns,
      unique: body.unique === true,
      where,
      ifNotExists: body.if_not_exists === true,
      schema: table.schema
    });
  }
  alterEnum(body) {
    const name = dottedName(stringList(body.typeName));
    if (body.oldVal) {
      this.emit({ op: "alterEnumRenameValue", name, from: body.oldVal, to: body.newVal });
      return;
    }
    const neighbor = body.newValNeighbor ?? null;
    this.emit({
      op: "alterEnumAddValue",
      name,
      value: body.newVal,
      before: neighbor && !body.newValIsAfter ? neighbor : null,
      after: neighbor && body.newValIsAfter ? neighbor : null,
      ifNotExists: body.skipIfNewValExists === true
    });
  }
  setVariable(body) {
    if (body.name?.toLowerCase() !== "search_path") return;
    if (body.kind === "VAR_SET_VALUE") {
      const schemas = (body.args ?? []).map((a) => {
        const [kind, value] = nodeKind(a);
        if (kind === "A_Const") return String(value.sval?.sval ?? "");
        if (kind === "ColumnRef") return stringList(value.fields).join(".");
        return "";
      });
      this.emit({ op: "setSearchPath", schemas: schemas.flatMap(splitSearchPath) });
    } else if (body.kind === "VAR_SET_DEFAULT" || body.kind === "VAR_RESET") {
      this.emit({ op: "setSearchPath", schemas: [] });
    }
  }
  /** pg_dump writes `SELECT pg_catalog.set_config('search_path', '', false);`. */
  select(body) {
    for (const target of body.targetList ?? []) {
      const [kind, call] = nodeKind(nodeKind(target)[1].val);
      if (kind !== "FuncCall") continue;
      const names = stringList(call.funcname);
      if (names[names.length - 1] !== "set_config") continue;
      const [setting, value] = (call.args ?? []).map((a) => nodeKind(a)[1].sval?.sval);
      if (setting === "search_path" && value !== void 0) this.emit({ op: "setSearchPath", schemas: splitSearchPath(value) });
    }
  }
  comment(body) {
    const text = body.comment ?? null;
    const [kind, value] = nodeKind(body.object);
    const names = kind === "List" ? stringList(value.items) : [];
    if (body.objtype === "OBJECT_TABLE" && names.length > 0) {
      this.emit({ op: "comment", table: dottedName(names), column: null, text });
    } else if (body.objtype === "OBJECT_COLUMN" && names.length >= 2) {
      this.emit({ op: "comment", table: dottedName(names.slice(0, -1)), column: names[names.length - 1], text });
    }
  }
  /**
   * A DO block: its embedded statements are translated where they are written. A create-if-missing
   * block is replayed as is; any other is replayed too but its tables are marked uncertain.
   */
  doBlock(body) {
    const options = new Map((body.args ?? []).map((a) => [nodeKind(a)[1].defname, nodeKind(a)[1].arg?.String?.sval]));
    const code = options.get("as") ?? "";
    const analysis = analyzeDoBlock(code, options.get("language") ?? "plpgsql");
    if (!analysis) return this.uncertain([], "a DO block runs procedural code that cannot be evaluated statically");
    if ("syntaxError" in analysis) {
      const at = this.here();
      this.out.problems.push({ kind: "parse-error", message: `the DO block's PL/pgSQL does not parse: ${analysis.syntaxError}`, location: { file: at.file, line: at.line, column: at.column } });
      return;
    }
    const bodyStart = this.bodyOffset(code);
    const operations = [];
    for (const embedded of analysis.statements) {
      const at = bodyStart === null ? this.here() : this.source.locationOfChar(bodyStart + embedded.offset);
      const nested = sqlToOperations(embedded.query, { file: this.source.origin.file, line: at.line, column: at.column });
      operations.push(...embedded.guarded ? nested.operations.map(tolerateExisting) : nested.operations);
      this.out.problems.push(...nested.problems);
    }
    this.out.operations.push(...operations);
    if (analysis.certain) return;
    const touched = /* @__PURE__ */ new Map();
    for (const op of operations) {
      const table = op.table;
      if (op.op !== "uncertain" && table) touched.set(this.nameText(table), table);
    }
    if (analysis.dynamic) return this.uncertain([...touched.values()], "a DO block runs SQL built at run time (EXECUTE), which cannot be evaluated statically");
    if (touched.size > 0) this.uncertain([...touched.values()], "a DO block changes these tables under conditions that cannot be evaluated statically");
  }
  /** Character offset in the file where a DO block's body text starts; null when it was escaped. */
  bodyOffset(code) {
    for (let i = this.tokenIndexAt(this.stmtStart); i < this.tokens.length && this.tokens[i].start < this.stmtEnd; i++) {
      const token = this.tokens[i];
      if (token.tokenName !== "SCONST") continue;
      const inner = token.text.indexOf(code);
      if (inner >= 0) return this.source.charOffset(token.start) + inner;
    }
    return null;
  }
  // --- pieces ----------------------------------------------------------------------------------
  /** A column definition: the column and the constraints written on it (as table constraints). */
  columnDef(def) {
    const name = def.colname;
    const serial = serialBase(def.typeName);
    const type = serial ?? typeNameToCanonical(def.typeName);
    const column = { name, type, location: this.at(def.location) };
    const constraints = [];
    if (def.is_not_null) column.nullable = false;
    if (serial) {
      column.nullable = false;
      column.generated = "serial";
      column.default = null;
    }
    for (const raw of def.constraints ?? []) {
      const c = nodeKind(raw)[1];
      switch (c.contype) {
        case "CONSTR_NOTNULL":
          column.nullable = false;
          break;
        case "CONSTR_NULL":
          column.nullable = true;
          break;
        case "CONSTR_DEFAULT":
          column.default = this.defaultText(c.raw_expr, type && isBuiltinType(type) ? type : null);
          break;
        case "CONSTR_IDENTITY":
          column.generated = "identity";
          column.nullable = false;
          break;
        case "CONSTR_GENERATED":
          break;
        default: {
          const constraint = this.constraint(c, name);
          if (constraint) constraints.push(constraint);
        }
      }
    }
    return { column, constraints };
  }
  /** A PK / UNIQUE / CHECK / FOREIGN KEY constraint; `column` is set for column constraints. */
  constraint(c, column) {
    const name = c.conname ?? null;
    const location = this.at(c.location);
    const keys = column ? [column] : stringList(c.keys);
    switch (c.contype) {
      case "CONSTR_PRIMARY":
        return { kind: "primaryKey", name, columns: keys, ...usingIndex(c), location };
      case "CONSTR_UNIQUE":
        return { kind: "unique", name, columns: keys, ...usingIndex(c), location };
      case "CONSTR_CHECK": {
        const expression = renderExpression(c.raw_expr) ?? this.sourceText(this.exprStart(c.raw_expr));
        return { kind: "check", name, expression, columns: referencedColumns(c.raw_expr), location };
      }
      case "CONSTR_FOREIGN":
        return {
          kind: "foreignKey",
          name,
          columns: column ? [column] : stringList(c.fk_attrs),
          refTable: rangeVarName(c.pktable),
          refColumns: stringList(c.pk_attrs),
          onDelete: FK_ACTIONS[c.fk_del_action] ?? null,
          onUpdate: FK_ACTIONS[c.fk_upd_action] ?? null,
          location
        };
      default:
        return null;
    }
  }
  /** A default in catalog form when we can reproduce it, else the source text. */
  /** Null for `DEFAULT NULL` (also cast): Postgres stores no default for a null constant. */
  defaultText(expr, columnType) {
    const node = expr;
    const constant2 = node?.TypeCast ? node.TypeCast.arg : node;
    if (constant2?.A_Const?.isnull === true) return null;
    return renderDefault(expr, columnType) ?? this.sourceText(this.exprStart(expr));
  }
  // --- locations and source text ---------------------------------------------------------------
  uncertain(tables, reason) {
    const location = this.here();
    this.emit({ op: "uncertain", tables, reason });
    this.out.problems.push({ kind: "unresolved", message: reason, location, tables: tables.map((t) => this.nameText(t)) });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  emit(op, location) {
    this.out.operations.push({ ...op, location: location ?? this.here() });
  }
  here() {
    return this.source.location(this.stmtStart, this.stmtEnd);
  }
  at(byteOffset) {
    return byteOffset === void 0 || byteOffset < 0 ? this.here() : this.source.location(this.base + byteOffset);
  }
  /**
   * The first non-comment token of a statement (stmt_location includes leading whitespace and
   * comments). Whitespace alone is skipped here; when a comment follows, the scanner reads the
   * statement's head, a growing window of it, rather than the whole file.
   */
  firstTokenAt(start, end) {
    const text = this.source.text;
    const from = this.source.charOffset(start);
    const to = this.source.charOffset(end);
    let at = from;
    while (at < to && POSTGRES_SPACE.has(text.charCodeAt(at))) at++;
    if (!(text.startsWith("--", at) || text.startsWith("/*", at))) return start + (at - from);
    for (let window = 256; ; window *= 4) {
      const headEnd = Math.min(end, start + window);
      const head = this.source.sliceBytes(start, headEnd);
      let headTokens = null;
      try {
        headTokens = (0, import_libpg_query2.scanSync)(head).tokens;
      } catch {
      }
      const headBytes = Buffer.byteLength(head);
      const first = headTokens?.find((t) => !t.tokenName.endsWith("COMMENT"));
      if (first && (first.end < headBytes || headEnd >= end)) return start + first.start;
      if (headTokens && !first && headEnd >= end) return start;
      if (headEnd >= end) break;
    }
    return this.firstTokenFromAll(start, end);
  }
  firstTokenFromAll(start, end) {
    for (let i = this.tokenIndexAt(start); i < this.tokens.length && this.tokens[i].start < end; i++) {
      if (!this.tokens[i].tokenName.endsWith("COMMENT")) return this.tokens[i].start;
    }
    return start;
  }
  /** Index of the first token starting at or after `byte` (binary search: dumps have many). */
  tokenIndexAt(byte) {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.tokens[mid].start < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Smallest location inside an expression: where its source text starts. */
  exprStart(expr) {
    let min = Number.POSITIVE_INFINITY;
    const walk = (value) => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== "object") return;
      for (const [key, v] of Object.entries(value)) {
        if (key === "location" && typeof v === "number" && v >= 0) min = Math.min(min, v);
        else walk(v);
      }
    };
    walk(expr);
    return Number.isFinite(min) ? this.base + min : this.stmtStart;
  }
  /**
   * Source text of an expression starting at `start`: tokens up to the first top-level `,`,
   * unbalanced `)`, `;` or constraint keyword. Used only when the renderer does not cover a form.
   */
  sourceText(start) {
    const stopWords = /* @__PURE__ */ new Set(["CONSTRAINT", "NOT", "NULL_P", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "DEFAULT", "GENERATED", "COLLATE"]);
    let depth = 0;
    let end = start;
    const startIndex = this.tokenIndexAt(start);
    let first = start;
    for (let i = startIndex - 1; i >= 0 && this.tokens[i].start >= this.stmtStart && this.tokens[i].text === "("; i--) {
      first = this.tokens[i].start;
      depth++;
    }
    for (let i = startIndex; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (token.start >= this.stmtEnd) break;
      if (token.text === "(" || token.text === "[") depth++;
      else if (token.text === ")" || token.text === "]") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (token.text === "," || token.text === ";" || stopWords.has(token.tokenName))) break;
      end = token.end;
    }
    return this.source.sliceBytes(first, end).replace(/\s+/g, " ").trim();
  }
  nameText(name) {
    return name.schema ? `${quoteIdent(name.schema)}.${quoteIdent(name.name)}` : quoteIdent(name.name);
  }
};
function tolerateExisting(op) {
  switch (op.op) {
    case "createTable":
    case "createIndex":
    case "createEnum":
    case "createSchema":
    case "addColumn":
    case "addConstraint":
    case "alterEnumAddValue":
      return { ...op, ifNotExists: true };
    default:
      return op;
  }
}
function usingIndex(c) {
  return typeof c.indexname === "string" ? { usingIndex: c.indexname } : {};
}
function splitSearchPath(value) {
  return value.split(",").map((s) => s.trim()).filter((s) => s.length > 0).map((s) => s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);
}

export {
  nodeKind,
  renderDefault,
  SqlText,
  loadSqlParser,
  sqlToOperations,
  scanTokens
};
