import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  callChain,
  dotted,
  jsonLiteral,
  namedImports,
  nodeLocation,
  numberOf,
  parseModule,
  property,
  stringOf,
  topLevelConsts,
  unwrap
} from "./chunk-VB3HZOQF.mjs";
import "./chunk-UZYLDHA3.mjs";
import {
  require_picomatch
} from "./chunk-VHE52EGW.mjs";
import {
  qualified,
  quoteLiteral,
  quoted
} from "./chunk-7D53KG2M.mjs";
import {
  ModelDdl
} from "./chunk-AT7W7XHL.mjs";
import "./chunk-4BCDWKLX.mjs";
import {
  tableKey
} from "./chunk-3QLYHN6G.mjs";
import {
  loadSqlParser
} from "./chunk-JV7GSIGN.mjs";
import "./chunk-JAHM4SGJ.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/frontends/ts/drizzle.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/frontends/ts/drizzleTypes.ts
function builderType(builder, config) {
  const num = (key) => numberOf(property(config, key));
  const flag = (key) => {
    const v = property(config, key);
    return v?.type === "Literal" && v.value === true;
  };
  const withArgs = (base, ...args) => {
    const given = args.filter((a) => a !== null);
    return given.length > 0 ? `${base}(${given.join(", ")})` : base;
  };
  switch (builder) {
    case "serial":
      return "serial";
    case "bigserial":
      return "bigserial";
    case "smallserial":
      return "smallserial";
    case "integer":
    case "int":
      return "integer";
    case "smallint":
      return "smallint";
    case "bigint":
      return "bigint";
    case "boolean":
      return "boolean";
    case "text":
      return "text";
    case "varchar":
      return withArgs("varchar", num("length"));
    case "char":
      return withArgs("char", num("length"));
    case "numeric":
    case "decimal":
      return withArgs("numeric", num("precision"), num("precision") !== null ? num("scale") : null);
    case "real":
      return "real";
    case "doublePrecision":
      return "double precision";
    case "json":
      return "json";
    case "jsonb":
      return "jsonb";
    case "uuid":
      return "uuid";
    case "date":
      return "date";
    case "interval":
      return "interval";
    case "bytea":
      return "bytea";
    case "inet":
      return "inet";
    case "cidr":
      return "cidr";
    case "macaddr":
      return "macaddr";
    case "macaddr8":
      return "macaddr8";
    case "point":
      return "point";
    case "line":
      return "line";
    case "timestamp": {
      const p = num("precision");
      return `timestamp${p !== null ? ` (${p})` : ""}${flag("withTimezone") ? " with time zone" : ""}`;
    }
    case "time": {
      const p = num("precision");
      return `time${p !== null ? ` (${p})` : ""}${flag("withTimezone") ? " with time zone" : ""}`;
    }
    case "vector":
      return withArgs("vector", num("dimensions"));
    case "halfvec":
      return withArgs("halfvec", num("dimensions"));
    default:
      return null;
  }
}
function builderConfig(args) {
  if (args[0]?.type === "ObjectExpression") return args[0];
  if (args[1]?.type === "ObjectExpression") return args[1];
  return void 0;
}
function builderName(args) {
  return stringOf(args[0]);
}
function toSnakeCase(input) {
  const words = input.replace(/['\u2019]/g, "").match(/[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g) ?? [];
  return words.map((w) => w.toLowerCase()).join("_");
}
var drizzleNames = {
  unique: (table, columns) => `${table}_${columns.join("_")}_unique`,
  primaryKey: (table, columns) => `${table}_${columns.join("_")}_pk`,
  foreignKey: (table, columns, refTable, refColumns) => `${table}_${columns.join("_")}_${refTable}_${refColumns.join("_")}_fk`,
  index: (table, columns) => `${table}_${columns.join("_")}_index`
};

// src/frontends/ts/drizzle.ts
var HINTS = { generateMigration: "npx drizzle-kit generate", tableNameKey: "the pgTable name", register: "Export it from a schema file drizzle.config.ts names (schema:), so drizzle-kit sees it." };
var drizzleFrontend = {
  async extract(files, config, project) {
    await loadSqlParser();
    return extractDrizzle(files, config, project);
  }
};
function extractDrizzle(files, config, project) {
  const problems = [];
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const kit = readKitConfig(config, project, problems);
  const tables = [];
  const enums = /* @__PURE__ */ new Map();
  const schemas = /* @__PURE__ */ new Map();
  const comments = /* @__PURE__ */ new Map();
  const programs = sorted.map((file) => ({ file, program: parseModule(file.path, file.text, problems, comments) }));
  for (const pass of ["types", "tables"])
    for (const { file, program } of programs) {
      if (!program) continue;
      const imports = namedImports(program);
      const pgCore = (local) => {
        const imported = imports.get(local);
        return imported && imported.source.startsWith("drizzle-orm/pg-core") ? imported.imported : null;
      };
      for (const decl of topLevelConsts(program)) {
        const chain = callChain(decl.init);
        if (!chain) continue;
        const head = chain[0];
        const headName = pgCore(head.name) ?? (head.name.includes(".") ? head.name : null);
        const isType = headName === "pgSchema" || headName === "pgEnum" || head.name.endsWith(".enum");
        if (isType !== (pass === "types")) continue;
        if (headName === "pgSchema" && chain.length === 1) {
          const name2 = stringOf(head.args[0]);
          if (name2) schemas.set(decl.name, name2);
          continue;
        }
        if (headName === "pgEnum" || head.name.endsWith(".enum") && schemas.has(head.name.split(".")[0])) {
          const name2 = stringOf(head.args[0]);
          const values = head.args[1]?.type === "ArrayExpression" ? head.args[1].elements.map((e) => stringOf(e)) : null;
          if (name2 && values && values.every((v) => v !== null)) {
            enums.set(decl.name, { name: name2, schema: head.name.includes(".") ? schemas.get(head.name.split(".")[0]) ?? null : null, values, location: nodeLocation(decl.node, file.path) });
          }
          continue;
        }
        const schemaTable = head.name.endsWith(".table") ? schemas.get(head.name.split(".")[0]) : void 0;
        if (headName !== "pgTable" && schemaTable === void 0) continue;
        const name = stringOf(head.args[0]);
        const body = head.args[1] ? unwrap(head.args[1]) : void 0;
        const location = nodeLocation(decl.node, file.path);
        if (!name || body?.type !== "ObjectExpression") {
          problems.push({ kind: "unresolved", message: `Table ${decl.name}: its name or columns are not literals ormlint can read`, location, cause: "dynamic-table", item: decl.name });
          continue;
        }
        const columns = [];
        for (const p of body.properties) {
          if (p.type !== "Property" || p.key.type !== "Identifier") continue;
          const colChain = callChain(p.value);
          const at = nodeLocation(p, file.path);
          if (!colChain) {
            problems.push({ kind: "unresolved", message: `Column ${decl.name}.${p.key.name} is not a column builder call ormlint can read`, location: at, tables: [tableKey(schemaTable ?? config.defaultSchema, name)] });
            continue;
          }
          const builder = colChain[0];
          const explicit = builderName(builder.args);
          const key = p.key.name;
          const resolvedBuilder = pgCore(builder.name) ?? (enums.has(builder.name) ? `enum:${builder.name}` : builder.name);
          colChain[0] = { ...builder, name: resolvedBuilder };
          columns.push({ key, name: explicit ?? (kit?.casing === "snake_case" ? toSnakeCase(key) : key), chain: colChain, location: at });
        }
        tables.push({ variable: decl.name, file: file.path, exported: decl.exported, name, schema: schemaTable ?? null, columns, extras: head.args[2], location });
      }
    }
  const ddl = new ModelDdl(problems);
  const emit = ddl.emit.bind(ddl);
  for (const name of /* @__PURE__ */ new Set([...schemas.values()])) emit(`CREATE SCHEMA IF NOT EXISTS ${quoted(name)};`, tables[0]?.location ?? { file: sorted[0]?.path ?? "", line: 1, column: 1 });
  for (const e of enums.values()) emit(`CREATE TYPE ${qualified(e.schema, e.name)} AS ENUM(${e.values.map(quoteLiteral).join(", ")});`, e.location);
  const byVariable = new Map(tables.map((t) => [t.variable, t]));
  const columnRef = (node, self) => {
    if (!node) return null;
    let n = unwrap(node);
    if (n.type === "ArrowFunctionExpression" && n.body.type !== "BlockStatement") n = unwrap(n.body);
    const text = dotted(n);
    if (!text || !text.includes(".")) return null;
    const [owner, key] = text.split(".");
    const table = byVariable.get(owner) ?? self;
    const column = table.columns.find((c) => c.key === key);
    return column ? [table, column.name] : null;
  };
  for (const table of tables) {
    const lines = [];
    const columnLocations = /* @__PURE__ */ new Map();
    const constraints = [];
    const after = [];
    const ref = qualified(table.schema, table.name);
    for (const column of table.columns) {
      columnLocations.set(column.name, column.location);
      const builder = column.chain[0];
      let type;
      if (builder.name.startsWith("enum:")) {
        const e = enums.get(builder.name.slice(5));
        type = qualified(e.schema, e.name);
      } else {
        type = builderType(builder.name, builderConfig(builder.args));
      }
      if (type === null) {
        problems.push({ kind: "unresolved", message: `Column ${table.variable}.${column.key}: ${builder.name}() is not a pg-core column builder ormlint knows`, location: column.location, cause: "unknown-type", item: builder.name });
        ddl.unknown({ schema: table.schema, table: table.name, column: column.name, facts: ["type"] });
        type = "text";
      }
      let sql = `${quoted(column.name)} ${type}`;
      let notNull = false;
      let primary = false;
      for (const step of column.chain.slice(1)) {
        switch (step.name) {
          case "array":
            sql = `${quoted(column.name)} ${type}[]`;
            break;
          case "notNull":
            notNull = true;
            break;
          case "primaryKey":
            primary = true;
            break;
          case "defaultNow":
            sql += " DEFAULT now()";
            break;
          case "defaultRandom":
            sql += " DEFAULT gen_random_uuid()";
            break;
          case "default": {
            const value = defaultValue(step.args[0], type === "json" || type === "jsonb" ? type : null);
            if (value === null) ddl.unknown({ schema: table.schema, table: table.name, column: column.name, facts: ["default"] });
            else sql += ` DEFAULT ${value}`;
            break;
          }
          case "unique": {
            const name = stringOf(step.args[0]) ?? drizzleNames.unique(table.name, [column.name]);
            constraints.push(`CONSTRAINT ${quoted(name)} UNIQUE(${quoted(column.name)})`);
            break;
          }
          case "generatedAlwaysAsIdentity":
            sql += " GENERATED ALWAYS AS IDENTITY";
            break;
          case "generatedByDefaultAsIdentity":
            sql += " GENERATED BY DEFAULT AS IDENTITY";
            break;
          case "references": {
            const target = columnRef(step.args[0], table);
            if (!target) {
              problems.push({ kind: "unresolved", message: `The reference of ${table.variable}.${column.key} is not a table column ormlint can find`, location: column.location, cause: "unknown-reference", item: `${table.variable}.${column.key}` });
              ddl.unknown({ schema: table.schema, table: table.name, column: column.name, facts: ["foreignKey"] });
              break;
            }
            const actions = step.args[1];
            after.push({
              sql: foreignKeySql(table, [column.name], target[0], [target[1]], stringOf(property(actions, "onDelete")), stringOf(property(actions, "onUpdate")), null),
              location: column.location
            });
            break;
          }
          default:
            break;
        }
      }
      if (primary) sql += " PRIMARY KEY";
      if (notNull || primary) sql += " NOT NULL";
      lines.push(sql);
    }
    for (const extra of extrasOf(table.extras)) {
      const chain = callChain(extra);
      if (!chain) continue;
      const head = chain[0];
      const at = nodeLocation(extra, table.file);
      const on = chain.find((c) => c.name === "on" || c.name === "onOnly");
      const cols = (nodes) => {
        const out = nodes.map((n) => columnRef(n, table)?.[1] ?? null);
        return out.every((c) => c !== null) ? out : null;
      };
      if (head.name === "index" || head.name === "uniqueIndex") {
        const columns = on ? cols(on.args) : null;
        if (!columns) {
          problems.push({ kind: "unresolved", message: `An index of ${table.variable} is on expressions ormlint does not read`, location: at, tables: [] });
          continue;
        }
        const name = stringOf(head.args[0]) ?? drizzleNames.index(table.name, columns);
        const using = chain.find((c) => c.name === "using");
        const method = using ? stringOf(using.args[0]) ?? "btree" : "btree";
        const where = chain.some((c) => c.name === "where");
        if (where) {
          problems.push({ kind: "unresolved", message: `The partial index ${name} of ${table.variable}: its WHERE clause is not compared`, location: at, cause: "partial-index", item: name });
        }
        after.push({ sql: `CREATE ${head.name === "uniqueIndex" ? "UNIQUE " : ""}INDEX ${quoted(name)} ON ${ref} USING ${method} (${columns.map(quoted).join(",")});`, location: at });
      } else if (head.name === "unique") {
        const columns = on ? cols(on.args) : null;
        if (!columns) continue;
        constraints.push(`CONSTRAINT ${quoted(stringOf(head.args[0]) ?? drizzleNames.unique(table.name, columns))} UNIQUE(${columns.map(quoted).join(",")})`);
      } else if (head.name === "primaryKey") {
        const options = head.args[0]?.type === "ObjectExpression" ? head.args[0] : void 0;
        const list = options ? property(options, "columns") : void 0;
        const columns = cols(list?.type === "ArrayExpression" ? list.elements : head.args);
        if (!columns) continue;
        constraints.push(`CONSTRAINT ${quoted(stringOf(property(options, "name")) ?? drizzleNames.primaryKey(table.name, columns))} PRIMARY KEY(${columns.map(quoted).join(",")})`);
      } else if (head.name === "foreignKey") {
        const options = head.args[0];
        const local = property(options, "columns");
        const foreign = property(options, "foreignColumns");
        const columns = local?.type === "ArrayExpression" ? cols(local.elements) : null;
        const targets = foreign?.type === "ArrayExpression" ? foreign.elements.map((n) => columnRef(n, table)) : null;
        if (!columns || !targets || targets.some((t) => t === null)) {
          problems.push({ kind: "unresolved", message: `A foreign key of ${table.variable} names columns ormlint cannot find`, location: at, tables: [tableKey(table.schema ?? config.defaultSchema, table.name)] });
          continue;
        }
        const onDelete = chain.find((c) => c.name === "onDelete");
        const onUpdate = chain.find((c) => c.name === "onUpdate");
        after.push({ sql: foreignKeySql(table, columns, targets[0][0], targets.map((t) => t[1]), stringOf(onDelete?.args[0]), stringOf(onUpdate?.args[0]), stringOf(property(options, "name"))), location: at });
      }
    }
    emit(`CREATE TABLE ${ref} (
	${[...lines, ...constraints].join(",\n	")}
);`, table.location, columnLocations);
    for (const a of after) emit(a.sql, a.location);
  }
  const built = ddl.build(config.defaultSchema);
  problems.push(...built.problems);
  const schemaFiles = kit ? registeredFiles(kit, sorted, project, problems) : null;
  const models = tables.map((t) => ({
    className: t.variable,
    module: null,
    location: t.location,
    table: tableKey(t.schema ?? config.defaultSchema, t.name),
    tableSource: "tablename",
    base: null,
    bases: [],
    abstract: false,
    columns: built.schema.tables.get(tableKey(t.schema ?? config.defaultSchema, t.name))?.columns ?? [],
    relationships: [],
    // drizzle-kit sees the exported tables of the schema files only.
    registered: t.exported && (schemaFiles === null || schemaFiles.includes(t.file))
  }));
  const registry = kit && schemaFiles ? {
    roots: [kit.file],
    reachableFiles: schemaFiles,
    reachable: models.filter((m) => m.registered).map((m) => ({ className: m.className, file: m.location.file })),
    bindings: []
  } : null;
  return { models, registry, schema: built.schema, problems, capabilities: { orm: "drizzle", declarativeBases: false, lastBindingWins: false }, fixHints: HINTS, comments };
}
function registeredFiles(kit, files, project, problems) {
  const known = new Map(files.map((f) => [f.path, f.text]));
  const all = [.../* @__PURE__ */ new Set([...known.keys(), ...project?.paths ?? []])];
  const text = (path) => known.get(path) ?? project?.read(path) ?? null;
  const isSchema = (p) => kit.schemaGlobs.some((g) => (0, import_picomatch.default)(g, { dot: true })(p) || p.startsWith(`${g.replace(/\/$/, "")}/`));
  const queue = all.filter(isSchema);
  if (queue.length === 0) {
    problems.push({ kind: "unresolved", message: `${kit.file}: its schema option (${kit.schemaGlobs.join(", ")}) matches no project file: which tables drizzle-kit sees is not checked`, location: { file: kit.file, line: 1, column: 1 } });
    return null;
  }
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = text(file);
    if (source === null) continue;
    const program = parseModule(file, source, []);
    if (!program) continue;
    for (const statement of program.body) {
      if (statement.type !== "ExportAllDeclaration" && statement.type !== "ExportNamedDeclaration" || !statement.source) continue;
      const spec = statement.source.value;
      const target = spec.startsWith(".") ? resolveRelative(file, spec, all) : null;
      if (!target) {
        problems.push({ kind: "unresolved", message: `${file} re-exports "${spec}", which ormlint cannot resolve to a project file: which tables drizzle-kit sees is not checked`, location: nodeLocation(statement, file), cause: "unresolved-reexport", item: spec });
        return null;
      }
      queue.push(target);
    }
  }
  return [...seen].filter((f) => known.has(f)).sort();
}
function packageDir(file, paths) {
  const manifests = new Set(paths.filter((p) => p === "package.json" || p.endsWith("/package.json")));
  const parts = file.split("/").slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const dir = parts.slice(0, n).join("/");
    if (manifests.has(dir ? `${dir}/package.json` : "package.json")) return dir ? `${dir}/` : "";
  }
  return parts.length > 0 ? `${parts.join("/")}/` : "";
}
function resolveRelative(from, spec, paths) {
  const parts = from.split("/").slice(0, -1);
  for (const part of spec.split("/")) {
    if (part === "." || part === "") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  const base = parts.join("/").replace(/\.(js|mjs|cjs)$/, "");
  const set = new Set(paths);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`]) if (set.has(candidate)) return candidate;
  return null;
}
function defaultValue(node, json) {
  if (!node) return null;
  const n = unwrap(node);
  if (json) {
    const value = jsonLiteral(n);
    return value === void 0 ? null : `${quoteLiteral(JSON.stringify(value))}::${json}`;
  }
  const text = stringOf(n);
  if (text !== null) return quoteLiteral(text);
  if (n.type === "Literal" && (typeof n.value === "number" || typeof n.value === "boolean")) return String(n.value);
  if (n.type === "UnaryExpression" && n.operator === "-" && n.argument.type === "Literal" && typeof n.argument.value === "number") return `-${n.argument.value}`;
  if (n.type === "TaggedTemplateExpression" && n.tag.type === "Identifier" && n.tag.name === "sql" && n.quasi.expressions.length === 0) {
    return n.quasi.quasis.map((q) => q.value.cooked ?? q.value.raw).join("");
  }
  if (n.type === "ArrayExpression" && n.elements.length === 0) return "'{}'";
  return null;
}
function foreignKeySql(table, columns, target, refColumns, onDelete, onUpdate, name) {
  const fkName = name ?? drizzleNames.foreignKey(table.name, columns, target.name, refColumns);
  return `ALTER TABLE ${qualified(table.schema, table.name)} ADD CONSTRAINT ${quoted(fkName)} FOREIGN KEY (${columns.map(quoted).join(",")}) REFERENCES ${qualified(target.schema ?? "public", target.name)}(${refColumns.map(quoted).join(",")}) ON DELETE ${onDelete ?? "no action"} ON UPDATE ${onUpdate ?? "no action"};`;
}
function extrasOf(node) {
  if (!node) return [];
  const fn = unwrap(node);
  if (fn.type !== "ArrowFunctionExpression" && fn.type !== "FunctionExpression") return [];
  let body = fn.body;
  if (body.type === "BlockStatement") {
    const ret = body.body.find((s) => s.type === "ReturnStatement");
    body = ret?.type === "ReturnStatement" && ret.argument ? ret.argument : void 0;
  }
  if (!body) return [];
  body = unwrap(body);
  if (body.type === "ArrayExpression") return body.elements.filter((e) => e !== null && e.type !== "SpreadElement");
  if (body.type === "ObjectExpression") return body.properties.flatMap((p) => p.type === "Property" ? [p.value] : []);
  return [];
}
function readKitConfig(config, project, problems) {
  const candidates = [...config.models?.registry ?? [], ...(project?.paths ?? []).filter((p) => /(^|\/)drizzle\.config\.(ts|mts|js|mjs|cjs)$/.test(p))];
  for (const file of candidates) {
    const text = project?.read(file);
    if (!text) continue;
    const program = parseModule(file, text, problems);
    if (!program) continue;
    const exported = program.body.find((s) => s.type === "ExportDefaultDeclaration");
    if (!exported || exported.type !== "ExportDefaultDeclaration") continue;
    let object = unwrap(exported.declaration);
    if (object.type === "CallExpression" && object.arguments[0]) object = unwrap(object.arguments[0]);
    if (object.type !== "ObjectExpression") continue;
    const schema = property(object, "schema");
    const raw = schema?.type === "ArrayExpression" ? schema.elements.map((e) => stringOf(e)) : [stringOf(schema)];
    const dir = packageDir(file, project?.paths ?? []);
    const globs = raw.filter((s) => s !== null).map((s) => `${dir}${s.replace(/^\.\//, "")}`);
    if (globs.length === 0) {
      problems.push({ kind: "unresolved", message: `${file}: its schema option is not a literal; which tables drizzle-kit sees is not checked`, location: nodeLocation(schema ?? object, file) });
      return null;
    }
    const casing = stringOf(property(object, "casing"));
    return { file, schemaGlobs: globs, casing: casing === "snake_case" || casing === "camelCase" ? casing : null };
  }
  return null;
}
export {
  drizzleFrontend
};
