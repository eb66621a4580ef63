import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  NOT_STATIC,
  callArguments,
  calleeName,
  dottedName,
  lastSegment,
  nodeLocation,
  shortenSource,
  staticValue,
  stringValue,
  unwrap
} from "./chunk-IJCYXJNY.mjs";
import {
  PARENT,
  START,
  STRIDE,
  parsePython
} from "./chunk-U25424FD.mjs";
import {
  nodeKind,
  renderDefault
} from "./chunk-JV7GSIGN.mjs";
import {
  canonicalType,
  isBuiltinType,
  isKnownTypeName,
  quoteIdent,
  require_wasm
} from "./chunk-JAHM4SGJ.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/catalog/libraries.ts
var LIBRARIES = [
  {
    library: "Flask-Login",
    mixins: { "flask_login.UserMixin": "no-columns", "flask_login.mixins.UserMixin": "no-columns", "flask_login.AnonymousUserMixin": "no-columns" }
  },
  {
    library: "Flask-Security",
    mixins: {
      "flask_security.UserMixin": "no-columns",
      "flask_security.RoleMixin": "no-columns",
      "flask_security.WebAuthnMixin": "no-columns",
      "flask_security.models.fsqla.FsUserMixin": "open",
      "flask_security.models.fsqla.FsRoleMixin": "open",
      "flask_security.models.fsqla_v2.FsUserMixin": "open",
      "flask_security.models.fsqla_v2.FsRoleMixin": "open",
      "flask_security.models.fsqla_v3.FsUserMixin": "open",
      "flask_security.models.fsqla_v3.FsRoleMixin": "open"
    }
  },
  {
    // The OAuth2 mixins' columns differ between authlib versions (acr / amr arrived in 1.x).
    library: "Authlib",
    mixins: {
      "authlib.integrations.sqla_oauth2.OAuth2ClientMixin": "open",
      "authlib.integrations.sqla_oauth2.OAuth2AuthorizationCodeMixin": "open",
      "authlib.integrations.sqla_oauth2.OAuth2TokenMixin": "open",
      "authlib.integrations.sqla_oauth2.client_mixin.OAuth2ClientMixin": "open",
      "authlib.integrations.sqla_oauth2.tokens_mixins.OAuth2AuthorizationCodeMixin": "open",
      "authlib.integrations.sqla_oauth2.tokens_mixins.OAuth2TokenMixin": "open",
      "authlib.oauth2.rfc6749.ClientMixin": "no-columns",
      "authlib.oauth2.rfc6749.AuthorizationCodeMixin": "no-columns",
      "authlib.oauth2.rfc6749.TokenMixin": "no-columns"
    }
  },
  {
    library: "fastapi-users-db-sqlalchemy",
    mixins: {
      "fastapi_users_db_sqlalchemy.SQLAlchemyBaseUserTable": "open",
      "fastapi_users_db_sqlalchemy.SQLAlchemyBaseUserTableUUID": "open",
      "fastapi_users_db_sqlalchemy.SQLAlchemyBaseOAuthAccountTable": "open",
      "fastapi_users_db_sqlalchemy.SQLAlchemyBaseOAuthAccountTableUUID": "open",
      "fastapi_users_db_sqlalchemy.access_token.SQLAlchemyBaseAccessTokenTable": "open",
      "fastapi_users_db_sqlalchemy.access_token.SQLAlchemyBaseAccessTokenTableUUID": "open"
    }
  },
  {
    library: "SQLAlchemy-serializer",
    mixins: { "sqlalchemy_serializer.SerializerMixin": "no-columns" }
  },
  {
    library: "sqlalchemy-mixins",
    mixins: {
      "sqlalchemy_mixins.AllFeaturesMixin": "no-columns",
      "sqlalchemy_mixins.ActiveRecordMixin": "no-columns",
      "sqlalchemy_mixins.SmartQueryMixin": "no-columns",
      "sqlalchemy_mixins.ReprMixin": "no-columns",
      "sqlalchemy_mixins.SerializeMixin": "no-columns",
      "sqlalchemy_mixins.TimestampsMixin": "open"
    }
  },
  {
    library: "SQLAlchemy-Utils",
    mixins: { "sqlalchemy_utils.Timestamp": "open", "sqlalchemy_utils.models.Timestamp": "open", "sqlalchemy_utils.generic_repr": "no-columns" },
    // Their `impl`, or what `load_dialect_impl` picks on PostgreSQL.
    types: {
      package: "sqlalchemy_utils",
      classes: {
        EmailType: { base: "varchar", length: 255, lengthKeyword: "length" },
        URLType: { base: "text" },
        ScalarListType: { base: "text" },
        UUIDType: { base: "uuid", native: false },
        TSVectorType: { base: "tsvector" },
        // load_dialect_impl: postgresql.JSON on PostgreSQL.
        JSONType: { base: "json" },
        IPAddressType: { base: "varchar", length: 50, lengthKeyword: "max_length" },
        ColorType: { base: "varchar", length: 20, lengthKeyword: "max_length" },
        PhoneNumberType: { base: "varchar", length: 20, lengthKeyword: "max_length", lengthPosition: 1 },
        CountryType: { base: "varchar", length: 2 },
        CurrencyType: { base: "varchar", length: 3 },
        LocaleType: { base: "varchar", length: 10 },
        TimezoneType: { base: "varchar", length: 50 },
        // The ciphertext is stored in a String (its impl); `length=` passes on to it.
        StringEncryptedType: { base: "varchar", lengthKeyword: "length" },
        EncryptedType: { base: "varchar", lengthKeyword: "length" }
      }
    }
  },
  {
    library: "sqlalchemy-citext",
    types: { package: "citext", classes: { CIText: { base: "citext" } } }
  },
  {
    library: "SQLAlchemy-Searchable",
    runtimeIndexes: [{ function: "make_searchable", onColumnType: "tsvector" }]
  }
];
var NO_COLUMN_PACKAGES = ["sqlalchemy", "flask_sqlalchemy", "sqlmodel", "typing", "typing_extensions", "abc", "builtins", "enum", "collections", "dataclasses", "pydantic"];
function mixinEffect(qualified) {
  const top = qualified.slice(0, qualified.indexOf(".") === -1 ? qualified.length : qualified.indexOf("."));
  if (NO_COLUMN_PACKAGES.includes(top)) return { effect: "no-columns", library: top };
  for (const entry of LIBRARIES) {
    const effect = entry.mixins?.[qualified];
    if (effect) return { effect, library: entry.library };
  }
  return void 0;
}
function runtimeIndexFor(functionName) {
  for (const entry of LIBRARIES) {
    const found = entry.runtimeIndexes?.find((r) => r.function === functionName);
    if (found) return { onColumnType: found.onColumnType, library: entry.library };
  }
  return void 0;
}
function libraryType(qualified) {
  for (const entry of LIBRARIES) {
    if (!entry.types || !qualified.startsWith(`${entry.types.package}.`)) continue;
    const className = qualified.slice(qualified.lastIndexOf(".") + 1);
    const found = entry.types.classes[className];
    if (found) return found;
  }
  return void 0;
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
    if (!HOLDS_STATEMENTS.has(node.type)) return;
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return imports;
}
var HOLDS_STATEMENTS = /* @__PURE__ */ new Set([
  "module",
  "block",
  "ERROR",
  "if_statement",
  "elif_clause",
  "else_clause",
  "for_statement",
  "while_statement",
  "try_statement",
  "except_clause",
  "except_group_clause",
  "finally_clause",
  "with_statement",
  "function_definition",
  "class_definition",
  "decorated_definition",
  "match_statement",
  "case_clause"
]);
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
function unevaluatedArgument(typeName, argument) {
  return { type: null, unresolved: `the argument \`${shortenSource(unwrap(argument).text, 40)}\` of \`${typeName}\` cannot be evaluated statically` };
}
function sqlalchemyType(input, imports, evaluate = staticValue) {
  const node = unwrap(input);
  const callee = node.type === "call" ? node.childForFieldName("function") : node;
  if (node.type === "call" && callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "with_variant") {
    const args2 = callArguments(node);
    const dialect = stringValue(args2.positional[1] ?? args2.keywords.get("dialect_name"));
    const base2 = callee.childForFieldName("object");
    if (dialect === "postgresql" && args2.positional[0]) return sqlalchemyType(args2.positional[0], imports, evaluate);
    if (base2) return sqlalchemyType(base2, imports, evaluate);
  }
  const name = dottedName(callee);
  if (!name) return { type: null, unresolved: `the type expression \`${shortenSource(node.text, 60)}\` cannot be evaluated statically` };
  const qualified = qualifyName(name, imports);
  const className = lastSegment(qualified);
  const lower = className.toLowerCase();
  const utils = libraryType(qualified);
  if (utils) {
    const args2 = node.type === "call" ? callArguments(node) : null;
    const sizeNode = args2 ? args2.keywords.get(utils.lengthKeyword ?? "") ?? (utils.lengthKeyword ? args2.positional[utils.lengthPosition ?? 0] : void 0) : void 0;
    const sized = sizeNode ? evaluate(sizeNode) : void 0;
    if (sizeNode && typeof sized !== "number" && sized !== null) return unevaluatedArgument(name, sizeNode);
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
  let unevaluated = null;
  const num = (n) => {
    if (!n) return null;
    const value = evaluate(n);
    if (typeof value === "number") return value;
    if (value !== null) unevaluated ??= n;
    return null;
  };
  const flag = (key) => staticValue(args.keywords.get(key)) === true;
  if (lower === "enum") return enumType(args);
  if (lower === "array") {
    const item = args.positional[0] ?? args.keywords.get("item_type");
    if (!item) return { type: null, unresolved: "ARRAY() without an item type" };
    const inner = sqlalchemyType(item, imports, evaluate);
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
      if (unevaluated) return unevaluatedArgument(name, unevaluated);
      if (lower === "bit" && flag("varying")) return { type: canonicalType("varbit", { args: length === null ? [] : [length] }) };
      return { type: canonicalType(base, { args: length === null ? [] : [length] }) };
    }
    case "numeric":
    case "decimal": {
      const precision = num(args.positional[0] ?? args.keywords.get("precision"));
      const scale = num(args.positional[1] ?? args.keywords.get("scale"));
      if (unevaluated) return unevaluatedArgument(name, unevaluated);
      return { type: canonicalType(base, { args: precision === null ? [] : scale === null ? [precision] : [precision, scale] }) };
    }
    case "float": {
      const precision = num(args.positional[0] ?? args.keywords.get("precision"));
      if (unevaluated) return unevaluatedArgument(name, unevaluated);
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
  if (nameNode && name === null) return { type: null, unresolved: `the enum name \`${shortenSource(nameNode.text, 60)}\` cannot be evaluated statically` };
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

// src/frontends/python/nesting.ts
var MAX_TREE_DEPTH = 200;
var NESTING_PLACEHOLDER = "__ormlint_nesting_limit__";
function isStackOverflow(error) {
  return error instanceof RangeError && /call stack/iu.test(error.message);
}
var REPLACEABLE = /* @__PURE__ */ new Set([
  "attribute",
  "call",
  "subscript",
  "list",
  "tuple",
  "dictionary",
  "set",
  "parenthesized_expression",
  "binary_operator",
  "boolean_operator",
  "comparison_operator",
  "unary_operator",
  "not_operator",
  "conditional_expression",
  "lambda",
  "await",
  "list_comprehension",
  "dictionary_comprehension",
  "set_comprehension",
  "generator_expression",
  "concatenated_string"
]);
function limitNesting(tree, text, file, maxDepth = MAX_TREE_DEPTH) {
  const cuts = [];
  const count = tree.nodes.length / STRIDE;
  const depth = new Int32Array(count);
  for (let i = 1; i < count; i++) {
    const node = tree.nodes.subarray(i * STRIDE, (i + 1) * STRIDE);
    depth[i] = depth[node[PARENT]] + 1;
    if (depth[i] !== maxDepth) continue;
    const start = node[START];
    if (cuts.length > 0 && start < cuts[cuts.length - 1].end) continue;
    let at = tree.node(i);
    while (at && !REPLACEABLE.has(at.type)) at = at.parent;
    if (!at) continue;
    while (cuts.length > 0 && cuts[cuts.length - 1].start >= at.startIndex) cuts.pop();
    cuts.push({ start: at.startIndex, end: at.endIndex, line: at.startPosition.row + 1, column: at.startPosition.column + 1 });
  }
  if (cuts.length === 0) return null;
  return {
    text: replaceRanges(text, cuts),
    problems: cuts.map((cut) => ({
      kind: "unresolved",
      message: `this expression nests deeper than ${maxDepth} syntax levels; ormlint does not analyse it and treats its value as unknown`,
      location: { file, line: cut.line, column: cut.column }
    }))
  };
}
async function nestingLimitedSource(text, file) {
  return limitNesting(await parsePython(text), text, file) ?? { text, problems: [] };
}
function replaceRanges(text, cuts) {
  let out = "";
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < at) continue;
    out += text.slice(at, cut.start) + placeholder(text.slice(cut.start, cut.end));
    at = cut.end;
  }
  return out + text.slice(at);
}
function placeholder(original) {
  const chars = [...original].flatMap((ch) => ch === "\n" || ch === "\r" ? [ch] : ch.length === 2 ? [" ", " "] : [" "]);
  if (chars.length < 3) return original;
  chars[0] = "(";
  chars[chars.length - 1] = ")";
  const inner = chars.slice(1, -1).join("");
  const name = [NESTING_PLACEHOLDER, "_"].find((candidate) => inner.split(/[\r\n]/u).some((run) => run.length >= candidate.length)) ?? "";
  let runStart = 1;
  for (let i = 1; i <= chars.length - 1; i++) {
    if (i === chars.length - 1 || chars[i] === "\n" || chars[i] === "\r") {
      if (i - runStart >= name.length) {
        for (let k = 0; k < name.length; k++) chars[runStart + k] = name[k];
        break;
      }
      runStart = i + 1;
    }
  }
  return chars.join("");
}

// src/frontends/python/columnArgs.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/frontends/sql/commonExpressions.ts
var call = (name) => ({ FuncCall: { funcname: [{ String: { sval: name } }], funcformat: "COERCE_EXPLICIT_CALL", location: 7 } });
var jsonbLiteral = (text) => ({
  TypeCast: { arg: { A_Const: { sval: { sval: text }, location: 7 } }, typeName: { names: [{ String: { sval: "jsonb" } }], typemod: -1, location: 13 }, location: 11 }
});
var COMMON_EXPRESSIONS = new Map(
  Object.entries({
    "now()": call("now"),
    "gen_random_uuid()": call("gen_random_uuid"),
    CURRENT_TIMESTAMP: { SQLValueFunction: { op: "SVFOP_CURRENT_TIMESTAMP", typmod: -1, location: 7 } },
    true: { A_Const: { boolval: { boolval: true }, location: 7 } },
    false: { A_Const: { boolval: {}, location: 7 } },
    "0": { A_Const: { ival: {}, location: 7 } },
    "''": { A_Const: { sval: { sval: "" }, location: 7 } },
    "'{}'::jsonb": jsonbLiteral("{}"),
    "'[]'::jsonb": jsonbLiteral("[]")
  }).map(([text, node]) => [text, deepFreeze(node)])
);
function deepFreeze(value) {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// src/frontends/python/columnArgs.ts
function readFlag(node) {
  if (!node) return null;
  const value = staticValue(node);
  if (typeof value === "boolean" || value === null) return value;
  return NOT_STATIC;
}
function readAutoincrement(node) {
  const value = node ? staticValue(node) : null;
  return typeof value === "boolean" ? value : null;
}
var SQL_KEYWORD_FUNCTIONS = /* @__PURE__ */ new Set(["current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user"]);
function readServerDefault(input, type, qualify) {
  const node = unwrap(input);
  const value = staticValue(node);
  if (value === null) return { kind: "none" };
  if (typeof value === "string") return { kind: "sql", sql: renderStringDefault(value, type) };
  if (typeof value === "number" || typeof value === "boolean") return { kind: "sql", sql: String(value) };
  if (node.type === "call") {
    const fn = node.childForFieldName("function");
    const name = fn ? qualify(fn) : "";
    const last = lastSegment(name);
    const args = callArguments(node);
    if (last === "text" || last === "literal_column") {
      const sql = stringValue(args.positional[0]);
      if (sql !== null) return { kind: "sql", sql: renderSqlDefault(sql, type) };
    }
    const segments = name.split(".");
    const isFunc = segments[segments.length - 2] === "func";
    if ((last === "true" || last === "false") && !isFunc && args.positional.length === 0) return { kind: "sql", sql: last };
    if (isFunc && args.positional.length === 0 && args.keywords.size === 0 && !args.hasSplat) {
      return { kind: "sql", sql: SQL_KEYWORD_FUNCTIONS.has(last.toLowerCase()) ? last.toUpperCase() : `${last}()` };
    }
  }
  return { kind: "unknown", reason: `server_default=${shorten(node.text)} cannot be evaluated statically` };
}
function renderSqlDefault(sql, type) {
  const expression = parseSqlExpression(sql);
  return (expression ? renderDefault(expression, type) : null) ?? sql.trim();
}
var parsedExpressions = /* @__PURE__ */ new Map();
function parseSqlExpression(text) {
  const common = COMMON_EXPRESSIONS.get(text);
  if (common) return common;
  const cached = parsedExpressions.get(text);
  if (cached) return cached;
  const expression = parseUncached(text);
  if (expression) parsedExpressions.set(text, expression);
  return expression;
}
function parseUncached(text) {
  try {
    const parsed = (0, import_libpg_query.parseSync)(`SELECT ${text}`);
    if ((parsed.stmts ?? []).length !== 1) return null;
    const select = nodeKind(parsed.stmts?.[0]?.stmt)[1];
    const target = nodeKind(select?.targetList?.[0])[1];
    if (!target?.val || select.targetList.length !== 1 || select.fromClause) return null;
    return target.val;
  } catch {
    return null;
  }
}
function renderStringDefault(value, type) {
  const quoted = `'${value.replace(/'/gu, "''")}'`;
  if (type === null) return quoted;
  if (isTextLike(type)) return `${quoted}::${castName(type)}`;
  if (type === "boolean" && ["true", "false"].includes(value.toLowerCase())) return value.toLowerCase();
  if (["integer", "bigint", "smallint"].includes(type) && /^\d+$/u.test(value)) return value;
  if ((type.startsWith("numeric") || type === "double precision" || type === "real") && /^\d+(\.\d+)?$/u.test(value)) return value;
  return `${quoted}::${castName(type)}`;
}
function isTextLike(type) {
  return type.startsWith("character") || type === "text";
}
function castName(type) {
  const bare = type.replace(/\(\d+(,\d+)?\)/u, "");
  if (bare === "character") return "bpchar";
  if (isBuiltinType(bare)) return bare;
  const element = bare.endsWith("[]") ? bare.slice(0, -2) : bare;
  return `${element.split(".").map(quoteIdent).join(".")}${bare.slice(element.length)}`;
}
function readForeignKeyArguments(call2) {
  const args = callArguments(call2);
  const targetNode = args.positional[0] ?? args.keywords.get("column");
  return {
    targetNode,
    target: stringValue(targetNode),
    name: stringValue(args.keywords.get("name")),
    onDelete: referentialAction(args.keywords.get("ondelete")),
    onUpdate: referentialAction(args.keywords.get("onupdate"))
  };
}
function referentialAction(node) {
  const value = node ? stringValue(node) : null;
  if (!value) return null;
  const upper = value.trim().toUpperCase().split(/\s+/u).join(" ");
  return upper === "NO ACTION" ? null : upper;
}
function columnArgumentKind(calleeLastName) {
  if (calleeLastName === "ForeignKey") return "foreignKey";
  if (calleeLastName === "Identity") return "identity";
  if (["Sequence", "Computed", "CheckConstraint", "FetchedValue", "DefaultClause"].includes(calleeLastName)) return "other";
  return null;
}
function shorten(text) {
  const flat = text.split(/\s+/u).join(" ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

// src/frontends/python/tableArgs.ts
function emptyTableArgs() {
  return { indexes: [], uniques: [], checks: [], primaryKey: null, foreignKeys: [], schema: null, comment: null, unresolved: [] };
}
function readTableArgs(input, file, columnName) {
  const out = emptyTableArgs();
  const node = unwrap(input);
  if (node.type === "dictionary") {
    readOptions(node, out, file);
    return out;
  }
  if (node.type !== "tuple" && node.type !== "list") {
    out.unresolved.push({ message: `__table_args__ = ${shortenSource(node.text, 60)} cannot be evaluated statically; its constraints are not checked`, location: nodeLocation(node, file) });
    return out;
  }
  for (const element of node.namedChildren) {
    if (!element || element.type === "comment") continue;
    const item = unwrap(element);
    if (item.type === "dictionary") readOptions(item, out, file);
    else readConstraint(item, out, file, columnName);
  }
  return out;
}
function readConstraint(item, out, file, columnName) {
  const location = nodeLocation(item, file);
  if (item.type !== "call") {
    out.unresolved.push({ message: `\`${shortenSource(item.text, 60)}\` in the table arguments cannot be evaluated statically`, location });
    return false;
  }
  const kind = lastSegment(calleeName(item) ?? "");
  const args = callArguments(item);
  const name = stringValue(args.keywords.get("name"));
  const columnsOf = (nodes) => nodes.map((n) => columnRef(n, columnName));
  switch (kind) {
    case "Index": {
      const [nameNode, ...cols] = args.positional;
      const whereNode = args.keywords.get("postgresql_where");
      out.indexes.push({
        name: stringValue(nameNode) ?? null,
        columns: columnsOf(cols),
        unique: staticValue(args.keywords.get("unique")) === true,
        where: whereNode ? whereText(whereNode) : null,
        ...indexDefinitionKnown(cols, whereNode, columnName) ? {} : { definitionUnknown: true },
        location
      });
      return true;
    }
    case "UniqueConstraint":
      out.uniques.push({ name, columns: columnsOf(args.positional), location });
      return true;
    case "PrimaryKeyConstraint":
      out.primaryKey = { name, columns: columnsOf(args.positional) };
      return true;
    case "CheckConstraint": {
      const expression = stringValue(args.positional[0] ?? args.keywords.get("sqltext"));
      out.checks.push({ name, expression: expression ?? (args.positional[0]?.text ?? ""), location });
      return true;
    }
    case "ForeignKeyConstraint": {
      const columns = staticValue(args.positional[0] ?? args.keywords.get("columns"));
      const targets = staticValue(args.positional[1] ?? args.keywords.get("refcolumns"));
      if (!Array.isArray(columns) || !Array.isArray(targets)) {
        out.unresolved.push({ message: `\`${shortenSource(item.text, 60)}\` names its columns with expressions ormlint does not evaluate`, location });
        return false;
      }
      out.foreignKeys.push({
        name,
        columns: columns.map(String),
        targets: targets.map(String),
        onDelete: stringValue(args.keywords.get("ondelete"))?.toUpperCase() ?? null,
        onUpdate: stringValue(args.keywords.get("onupdate"))?.toUpperCase() ?? null,
        location
      });
      return true;
    }
    default:
      out.unresolved.push({ message: `\`${kind || shortenSource(item.text, 60)}(...)\` in the table arguments is not something ormlint reads`, location });
      return false;
  }
}
function readOptions(dict, out, file) {
  for (const pair of dict.namedChildren) {
    if (pair?.type !== "pair") continue;
    const key = stringValue(pair.childForFieldName("key"));
    const value = pair.childForFieldName("value");
    if (key === "schema") {
      const schema = stringValue(value);
      if (schema !== null) out.schema = schema;
      else out.unresolved.push({ message: `the table schema \`${shortenSource(value?.text ?? "", 60)}\` cannot be evaluated statically`, location: nodeLocation(pair, file), scope: "table" });
    }
    if (key === "comment") out.comment = stringValue(value);
    if ((key === "autoload_with" || key === "autoload") && staticValue(value) !== false) out.unresolved.push(reflectedNote(nodeLocation(pair, file)));
  }
}
function reflectedNote(location) {
  return { message: "the table is reflected from the database at run time (autoload_with / DeferredReflection), so ormlint cannot know its columns and compares none of them", location, scope: "table" };
}
function columnRef(node, columnName) {
  const value = unwrap(node);
  const literal = stringValue(value);
  if (literal !== null) return columnName(literal) ?? literal;
  if (value.type === "identifier") return columnName(value.text) ?? value.text;
  if (value.type === "attribute") {
    const attr = value.childForFieldName("attribute")?.text ?? "";
    return columnName(attr) ?? attr;
  }
  if (value.type === "call") return expressionSql(value, columnName) ?? value.text;
  return value.text;
}
function expressionSql(input, columnName, depth = 0) {
  if (depth > 32) return null;
  const value = unwrap(input);
  const literal = stringValue(value);
  if (literal !== null) return `'${literal.split("'").join("''")}'`;
  const number = staticValue(value);
  if (typeof number === "number") return String(number);
  if (value.type === "identifier") return columnName(value.text) ?? value.text;
  if (value.type === "attribute") {
    const attr = value.childForFieldName("attribute")?.text ?? "";
    return columnName(attr) ?? attr;
  }
  if (value.type !== "call") return null;
  const callee = calleeName(value) ?? "";
  const fnNode = value.childForFieldName("function");
  const fn = fnNode?.type === "attribute" ? fnNode.childForFieldName("attribute")?.text ?? "" : lastSegment(callee);
  const args = callArguments(value);
  if (args.hasSplat) return null;
  if (fn === "text" || fn === "literal_column") return stringValue(args.positional[0]);
  if (fn === "Column" || fn === "column") {
    const name = stringValue(args.positional[0]);
    return name === null ? null : columnName(name) ?? name;
  }
  if (fn === "desc" || fn === "asc") {
    const object = value.childForFieldName("function")?.type === "attribute" && args.positional.length === 0 ? value.childForFieldName("function").childForFieldName("object") : args.positional[0];
    const inner = object ? expressionSql(object, columnName, depth + 1) : null;
    return inner === null ? null : `${inner} ${fn.toUpperCase()}`;
  }
  const parts = callee.split(".");
  if ((parts.length >= 2 && parts[parts.length - 2] === "func" || GENERIC_FUNCTIONS.has(callee)) && args.keywords.size === 0) {
    const rendered = args.positional.map((a) => expressionSql(a, columnName, depth + 1));
    return rendered.every((r) => r !== null) ? `${fn}(${rendered.join(", ")})` : null;
  }
  return null;
}
var GENERIC_FUNCTIONS = /* @__PURE__ */ new Set(["coalesce", "concat", "max", "min", "sum", "count", "char_length", "random", "now", "localtimestamp", "current_timestamp"]);
function indexDefinitionKnown(elements, where, columnName) {
  const elementKnown = (node) => {
    const value2 = unwrap(node);
    return ["string", "concatenated_string", "identifier", "attribute"].includes(value2.type) || value2.type === "call" && expressionSql(value2, columnName) !== null;
  };
  if (!elements.every(elementKnown)) return false;
  if (!where) return true;
  const value = unwrap(where);
  return stringValue(value) !== null || value.type === "call" && ["text", "literal_column"].includes(lastSegment(calleeName(value) ?? "")) && stringValue(callArguments(value).positional[0]) !== null;
}
function whereText(node) {
  const value = unwrap(node);
  if (value.type === "call" && ["text", "literal_column"].includes(lastSegment(calleeName(value) ?? ""))) {
    return stringValue(callArguments(value).positional[0]) ?? value.text;
  }
  return stringValue(value) ?? value.text;
}

export {
  readFlag,
  readAutoincrement,
  readServerDefault,
  renderStringDefault,
  readForeignKeyArguments,
  referentialAction,
  columnArgumentKind,
  mixinEffect,
  runtimeIndexFor,
  readImports,
  qualifyName,
  sqlalchemyType,
  emptyTableArgs,
  readTableArgs,
  readConstraint,
  reflectedNote,
  expressionSql,
  indexDefinitionKnown,
  whereText,
  isStackOverflow,
  limitNesting,
  nestingLimitedSource
};
