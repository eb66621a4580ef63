import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  ModuleReader,
  enumMemberValue,
  packageDirOf,
  readTsconfig,
  typeormNames
} from "./chunk-MTV2GB2U.mjs";
import {
  jsonLiteral,
  nodeLocation,
  numberOf,
  property,
  stringOf,
  unwrap
} from "./chunk-VB3HZOQF.mjs";
import "./chunk-UZYLDHA3.mjs";
import {
  require_picomatch
} from "./chunk-VHE52EGW.mjs";
import {
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

// src/frontends/ts/typeormEntities.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/frontends/ts/typeormTypes.ts
function snakeCase(text) {
  return text.replace(/([A-Z])([A-Z])([a-z])/g, "$1_$2$3").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function camelCase(text) {
  return text.replace(/^([A-Z])|[\s-_](\w)/g, (_match, p1, p2) => p2 ? p2.toUpperCase() : p1.toLowerCase());
}
function titleCase(text) {
  return text.replace(/\w\S*/g, (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
var defaultNamingStrategy = {
  name: "default",
  tableName: (className, given) => given || snakeCase(className),
  columnName: (propertyName, given, prefixes) => {
    const name = given || propertyName;
    return prefixes.length > 0 ? camelCase(prefixes.join("_")) + titleCase(name) : name;
  },
  joinColumnName: (relationName, referenced) => camelCase(`${relationName}_${referenced}`),
  joinTableName: (first, second, property2) => snakeCase(`${first}_${property2.replace(/\./g, "_")}_${second}`),
  joinTableColumnName: (table, property2, column) => camelCase(`${table}_${column || property2}`)
};
var snakeNamingStrategy = {
  name: "snake",
  tableName: (className, given) => given || snakeCase(className),
  columnName: (propertyName, given, prefixes) => snakeCase([...prefixes, ""].join("_")) + (given || snakeCase(propertyName)),
  joinColumnName: (relationName, referenced) => snakeCase(`${relationName}_${referenced}`),
  joinTableName: (first, second, property2) => snakeCase(`${first}_${property2.replace(/\./g, "_")}_${second}`),
  joinTableColumnName: (table, property2, column) => snakeCase(`${table}_${column || property2}`)
};
function normalizeType(type) {
  switch (type) {
    case "Number":
    case "int":
    case "int4":
      return "integer";
    case "String":
    case "varchar":
      return "character varying";
    case "Date":
    case "timestamp":
      return "timestamp without time zone";
    case "timestamptz":
      return "timestamp with time zone";
    case "time":
      return "time without time zone";
    case "timetz":
      return "time with time zone";
    case "Boolean":
    case "bool":
      return "boolean";
    case "simple-array":
    case "simple-json":
      return "text";
    case "simple-enum":
      return "enum";
    case "int2":
      return "smallint";
    case "int8":
      return "bigint";
    case "decimal":
      return "numeric";
    case "float8":
    case "float":
      return "double precision";
    case "float4":
      return "real";
    case "char":
      return "character";
    case "varbit":
      return "bit varying";
    case "Buffer":
      return "bytea";
    case "Object":
    case "Array":
      return null;
    // TypeORM: "Data type Object is not supported"
    default:
      return KNOWN_TYPES.has(type) ? type : null;
  }
}
var KNOWN_TYPES = /* @__PURE__ */ new Set([
  "smallint",
  "integer",
  "bigint",
  "numeric",
  "real",
  "double precision",
  "money",
  "character varying",
  "character",
  "text",
  "citext",
  "hstore",
  "bytea",
  "bit",
  "bit varying",
  "timestamp without time zone",
  "timestamp with time zone",
  "date",
  "time without time zone",
  "time with time zone",
  "interval",
  "boolean",
  "enum",
  "point",
  "line",
  "lseg",
  "box",
  "path",
  "polygon",
  "circle",
  "cidr",
  "inet",
  "macaddr",
  "macaddr8",
  "tsvector",
  "tsquery",
  "uuid",
  "xml",
  "json",
  "jsonb",
  "jsonpath",
  "int4range",
  "int8range",
  "numrange",
  "tsrange",
  "tstzrange",
  "daterange",
  "int4multirange",
  "int8multirange",
  "nummultirange",
  "tsmultirange",
  "tstzmultirange",
  "datemultirange",
  "geometry",
  "geography",
  "cube",
  "ltree",
  "vector",
  "halfvec",
  "dec",
  "double",
  "timestamp with local time zone"
]);
function fullType(type, opts) {
  let out = type;
  if (opts.length) out += `(${opts.length})`;
  else if (opts.precision != null && opts.scale != null) out += `(${opts.precision},${opts.scale})`;
  else if (opts.precision != null) out += `(${opts.precision})`;
  const p = opts.precision != null ? `(${opts.precision})` : "";
  if (type === "time without time zone") out = `TIME${p}`;
  else if (type === "time with time zone") out = `TIME${p} WITH TIME ZONE`;
  else if (type === "timestamp without time zone") out = `TIMESTAMP${p}`;
  else if (type === "timestamp with time zone") out = `TIMESTAMP${p} WITH TIME ZONE`;
  if (opts.array) out += " array";
  return out;
}
function datetimeFunctionDefault(value) {
  const upper = value.toUpperCase();
  const precision = /\(\d+\)/.exec(value)?.[0];
  if (upper.includes("CURRENT_TIMESTAMP")) return precision ? `('now'::text)::timestamp${precision} with time zone` : "now()";
  if (upper === "CURRENT_DATE") return "('now'::text)::date";
  if (upper.includes("CURRENT_TIME")) return precision ? `('now'::text)::time${precision} with time zone` : "('now'::text)::time with time zone";
  if (upper.includes("LOCALTIMESTAMP")) return precision ? `('now'::text)::timestamp${precision} without time zone` : "('now'::text)::timestamp without time zone";
  if (upper.includes("LOCALTIME")) return precision ? `('now'::text)::time${precision} without time zone` : "('now'::text)::time without time zone";
  return value;
}

// src/frontends/ts/typeormColumns.ts
var literal = (node) => {
  if (!node) return void 0;
  const n = unwrap(node);
  if (n.type === "Literal") return n.value;
  const s = stringOf(n);
  if (s !== null) return s;
  const num = numberOf(n);
  return num ?? void 0;
};
function designType(reader, file, type) {
  if (!type) return "Object";
  switch (type.type) {
    case "TSStringKeyword":
      return "String";
    case "TSNumberKeyword":
      return "Number";
    case "TSBooleanKeyword":
      return "Boolean";
    case "TSArrayType":
    case "TSTupleType":
      return "Array";
    case "TSLiteralType": {
      const v = type.literal.type === "Literal" ? type.literal.value : null;
      return typeof v === "string" ? "String" : typeof v === "number" ? "Number" : typeof v === "boolean" ? "Boolean" : "Object";
    }
    case "TSUnionType": {
      const kinds = new Set(type.types.filter((t) => t.type !== "TSNullKeyword" && t.type !== "TSUndefinedKeyword").map((t) => designType(reader, file, t)));
      if (kinds.size === 1) return [...kinds][0];
      return kinds.has(null) ? null : "Object";
    }
    case "TSTypeReference": {
      if (type.typeName.type !== "Identifier") return null;
      const name = type.typeName.name;
      if (name === "Date") return "Date";
      if (name === "Array") return "Array";
      if (name === "Buffer") return "Buffer";
      if (name === "String" || name === "Number" || name === "Boolean") return name;
      if (name === "Record" || name === "Partial") return "Object";
      const found = reader.lookup(file, name);
      const decl = found?.module.types.get(found.local);
      if (!decl) {
        if (found?.module.classes.has(found.local)) return "Object";
        return null;
      }
      if (decl.type === "TSTypeAliasDeclaration") return designType(reader, found.module.file, decl.typeAnnotation);
      const members = decl.body?.members ?? decl.members;
      const kinds = new Set(members.map((m) => m.initializer ? typeof literal(m.initializer) : "number"));
      return kinds.size === 1 && kinds.has("string") ? "String" : kinds.size === 1 && kinds.has("number") ? "Number" : "Object";
    }
    default:
      return null;
  }
}
function enumValues(reader, file, node) {
  if (!node) return null;
  const n = unwrap(node);
  if (n.type === "ArrayExpression") {
    const values = n.elements.map((e) => e && e.type !== "SpreadElement" ? literal(e) : void 0);
    return values.every((v) => typeof v === "string" || typeof v === "number") ? values.map(String) : null;
  }
  if (n.type === "Identifier") {
    const found = reader.lookup(file, n.name);
    const decl = found?.module.types.get(found.local);
    if (decl?.type === "TSEnumDeclaration") {
      const members = decl.body?.members ?? decl.members;
      let next = 0;
      const out = [];
      for (const m of members) {
        const v = m.initializer ? literal(m.initializer) : next;
        if (typeof v === "number") next = v + 1;
        if (typeof v !== "string" && typeof v !== "number") return null;
        out.push(String(v));
      }
      return out;
    }
    const init = found?.module.consts.get(found.local);
    if (init) return enumValues(reader, found.module.file, init);
    return null;
  }
  if (n.type === "ObjectExpression") {
    const values = n.properties.map((p) => p.type === "Property" ? literal(p.value) : void 0);
    return values.every((v) => typeof v === "string" || typeof v === "number") ? values.map(String) : null;
  }
  return null;
}
function defaultOf(reader, file, node, column) {
  const n = unwrap(node);
  if (n.type === "Literal" && n.value === null) return null;
  if (n.type === "Identifier" && n.name === "undefined") return null;
  if (n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression") {
    const body = n.body.type === "BlockStatement" ? null : unwrap(n.body);
    const text = body ? stringOf(body) : null;
    return text === null ? void 0 : datetimeFunctionDefault(text);
  }
  let value = literal(n);
  if (value === void 0 && n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" && n.property.type === "Identifier") {
    value = enumMemberValue(reader, file, n.object.name, n.property.name);
  }
  if (value === void 0 && (n.type === "ArrayExpression" || n.type === "ObjectExpression")) {
    const json = jsonLiteral(n);
    if (json === void 0) return void 0;
    if (column.array && Array.isArray(json)) return quoteLiteral(`{${json.map(String).join(",")}}`);
    return quoteLiteral(JSON.stringify(json));
  }
  if (typeof value === "string" || typeof value === "number") return quoteLiteral(String(value));
  if (typeof value === "boolean") return value ? "true" : "false";
  return void 0;
}
function sourceName(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") return `${sourceName(node.object)}.${node.property.name}`;
  if (node.type === "CallExpression") return `${sourceName(node.callee)}()`;
  if (node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression") return "a function";
  return node.type;
}
function typeText(type) {
  if (type.type === "TSTypeReference" && type.typeName.type === "Identifier") return type.typeName.name;
  if (type.type === "TSUnionType") return type.types.map(typeText).join(" | ");
  if (type.type === "TSNullKeyword") return "null";
  if (type.type === "TSUndefinedKeyword") return "undefined";
  return type.type.replace(/^TS|Keyword$/g, "").toLowerCase();
}

// src/frontends/ts/typeormDdl.ts
function emitTables(tables, ddl) {
  const enums = /* @__PURE__ */ new Set();
  const run = ddl.emit.bind(ddl);
  const ref = (t) => t.schema ? `${quoted(t.schema)}.${quoted(t.name)}` : quoted(t.name);
  for (const s of new Set(tables.map((t) => t.schema).filter((s2) => s2 !== null))) run(`CREATE SCHEMA IF NOT EXISTS ${quoted(s)}`, tables[0].location);
  for (const table of tables) {
    const lines = [];
    const locations = /* @__PURE__ */ new Map();
    for (const c of table.columns) {
      locations.set(c.name, c.location);
      if (c.unknown.size > 0) ddl.unknown({ schema: table.schema, table: table.name, column: c.name, facts: [...c.unknown] });
      let type;
      if (c.type === "enum" && c.enumValues && c.enumName) {
        const enumRef = table.schema ? `${quoted(table.schema)}.${quoted(c.enumName)}` : quoted(c.enumName);
        const key = `${table.schema ?? ""}.${c.enumName}`;
        if (!enums.has(key)) {
          enums.add(key);
          run(`CREATE TYPE ${enumRef} AS ENUM(${c.enumValues.map(quoteLiteral).join(", ")})`, c.location);
        }
        type = `${enumRef}${c.array ? "[]" : ""}`;
      } else {
        type = c.type === null || c.type === "enum" ? "text" : fullType(c.type, { length: c.length, precision: c.precision, scale: c.scale, array: c.array });
      }
      let sql = quoted(c.name);
      if (c.generated === "identity") sql += ` ${type} GENERATED BY DEFAULT AS IDENTITY`;
      else if (c.generated === "increment" && (c.type === "integer" || c.type === "smallint" || c.type === "bigint")) sql += c.type === "integer" ? " SERIAL" : c.type === "smallint" ? " SMALLSERIAL" : " BIGSERIAL";
      else sql += ` ${type}`;
      if (!c.nullable) sql += " NOT NULL";
      if (c.default !== null) sql += ` DEFAULT ${c.default}`;
      else if (c.generated === "uuid") sql += " DEFAULT uuid_generate_v4()";
      lines.push(sql);
    }
    const constraints = [];
    for (const u of table.uniques) constraints.push(`CONSTRAINT ${quoted(u.name)} UNIQUE (${u.columns.map(quoted).join(", ")})`);
    const pk = table.columns.filter((c) => c.primary).map((c) => c.name);
    if (pk.length > 0) constraints.push(`CONSTRAINT ${quoted(typeormNames.primaryKey(table.name, pk))} PRIMARY KEY (${pk.map(quoted).join(", ")})`);
    if (lines.length === 0) continue;
    run(`CREATE TABLE ${ref(table)} (${[...lines, ...constraints].join(", ")})`, table.location, locations);
  }
  for (const table of tables) {
    for (const i of table.indexes) run(`CREATE ${i.unique ? "UNIQUE " : ""}INDEX ${quoted(i.name)} ON ${ref(table)} (${i.columns.map(quoted).join(", ")})${i.where ? ` WHERE ${i.where}` : ""}`, i.location);
  }
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      run(`ALTER TABLE ${ref(table)} ADD CONSTRAINT ${quoted(fk.name)} FOREIGN KEY (${fk.columns.map(quoted).join(", ")}) REFERENCES ${ref(fk.ref)}(${fk.refColumns.map(quoted).join(", ")}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`, fk.location);
    }
  }
}

// src/frontends/ts/typeormRegistry.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import path from "node:path";
var OPTION_FILE_MARKERS = ["DataSource(", "TypeOrmModule", "createTypeOrmOptions", "createConnection("];
function readTypeormRegistry(reader, config, problems) {
  const configured = config.models?.registry ?? [];
  const candidates = configured.length > 0 ? configured : reader.allPaths.filter((p) => /\.(ts|mts)$/.test(p) && !p.endsWith(".d.ts") && !/(^|\/)(node_modules|test|tests|__tests__)\//.test(p) && !/\.(spec|test|e2e-spec)\.ts$/.test(p) && OPTION_FILE_MARKERS.some((m) => reader.text(p)?.includes(m)));
  const registry = { roots: [], classes: /* @__PURE__ */ new Set(), globs: [], complete: true, naming: "default" };
  const namings = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  let autoLoaded = false;
  for (const file of candidates) {
    const module = reader.module(file);
    if (!module) continue;
    const found = optionObjects(reader, file, module.program).filter((o) => {
      if (seen.has(o.node)) return false;
      seen.add(o.node);
      return true;
    });
    if (found.length === 0) continue;
    registry.roots.push(file);
    for (const { node: options, file: at } of found) {
      const object = resolveObject(reader, at, options);
      if (!object) {
        registry.complete = false;
        problems.push({ kind: "unresolved", message: `${at}: the DataSource options are not an object literal ormlint can read; which entities TypeORM loads is not checked`, location: nodeLocation(options, at) });
        continue;
      }
      const naming = optionOf(reader, at, object, "namingStrategy");
      if (naming) namings.add(namingOf(reader, naming.file, naming.node));
      const auto = optionOf(reader, at, object, "autoLoadEntities");
      const entities = optionOf(reader, at, object, "entities");
      if (auto && unwrap(auto.node).type === "Literal" && unwrap(auto.node).value === true) {
        if (!autoLoaded) autoLoaded = readForFeature(reader, registry, problems);
      } else if (auto) {
        registry.complete = false;
        problems.push({ kind: "unresolved", message: `${auto.file}: autoLoadEntities is not a literal; which entities TypeORM loads is not checked`, location: nodeLocation(auto.node, auto.file) });
      }
      if (!entities) continue;
      if (!readEntities(reader, entities.file, entities.node, registry, 0)) {
        registry.complete = false;
        problems.push({ kind: "unresolved", message: `${entities.file}: the entities option is not something ormlint can read (class references, arrays, objects and globs); which entities TypeORM loads is not checked`, location: nodeLocation(entities.node, entities.file) });
      }
    }
  }
  if (registry.roots.length === 0) return null;
  registry.naming = namings.has("custom") ? "custom" : namings.has("snake") ? "snake" : "default";
  registry.globs = registry.globs.map((g) => mapOutDir(reader, g));
  for (const glob of registry.globs) {
    const match = (0, import_picomatch.default)(glob, { dot: true });
    if (!reader.allPaths.some((p) => match(p))) {
      registry.complete = false;
      problems.push({ kind: "unresolved", message: `The entities glob ${glob} matches no project file; which entities TypeORM loads is not checked`, location: { file: registry.roots[0], line: 1, column: 1 } });
    }
  }
  return registry;
}
function readForFeature(reader, registry, problems) {
  const files = reader.allPaths.filter((p) => /\.(ts|mts)$/.test(p) && !p.endsWith(".d.ts") && !/(^|\/)(node_modules|test|tests|__tests__)\//.test(p) && !/\.(spec|test|e2e-spec)\.ts$/.test(p) && reader.text(p)?.includes("forFeature("));
  for (const file of files) {
    const module = reader.module(file);
    if (!module) continue;
    const visit = (node) => {
      if (node.type === "CallExpression" && calleeName(node.callee) === "forFeature" && node.callee.type === "MemberExpression" && unwrap(node.callee.object).type === "Identifier" && unwrap(node.callee.object).name === "TypeOrmModule") {
        const arg = node.arguments[0];
        if (arg && !readEntities(reader, file, arg, registry, 0)) {
          registry.complete = false;
          problems.push({ kind: "unresolved", message: `${file}: a TypeOrmModule.forFeature() argument is not something ormlint can read; which entities TypeORM loads is not checked`, location: nodeLocation(arg, file) });
        }
      }
      for (const key of Object.keys(node)) {
        if (key === "parent") continue;
        const value = node[key];
        if (Array.isArray(value)) for (const v of value) {
          if (v && typeof v === "object" && "type" in v) visit(v);
        }
        else if (value && typeof value === "object" && "type" in value) visit(value);
      }
    };
    visit(module.program);
  }
  return true;
}
function optionObjects(reader, file, program) {
  const out = [];
  const visit = (node, inFactory) => {
    if (node.type === "NewExpression" && calleeName(node.callee) === "DataSource" && node.arguments[0]) {
      const arg = unwrap(node.arguments[0]);
      if (!(inFactory && arg.type === "Identifier")) out.push({ node: node.arguments[0], file });
    }
    if (node.type === "CallExpression") {
      const name = calleeName(node.callee);
      const callee = unwrap(node.callee);
      const onModule = callee.type === "MemberExpression" && unwrap(callee.object).type === "Identifier" && unwrap(callee.object).name === "TypeOrmModule";
      if ((name === "forRoot" && onModule || name === "createConnection" && callee.type === "Identifier") && node.arguments[0]) out.push({ node: node.arguments[0], file });
      if (name === "forRootAsync" && onModule && node.arguments[0]) {
        const options = unwrap(node.arguments[0]);
        const factory = propertyNode(options, "useFactory");
        const returned = factory ? returnedValue(factory) : null;
        if (returned) out.push({ node: returned, file });
        const useClass = propertyNode(options, "useClass");
        const cls = useClass && unwrap(useClass).type === "Identifier" ? reader.classNamed(file, unwrap(useClass).name) : null;
        for (const member of cls?.node.body.body ?? []) {
          if (member.type === "MethodDefinition" && member.key.type === "Identifier" && member.key.name === "createTypeOrmOptions") {
            const value = returnedValue(member.value);
            if (value) out.push({ node: value, file: cls.file });
          }
        }
      }
    }
    if (node.type === "MethodDefinition" && node.key.type === "Identifier" && node.key.name === "createTypeOrmOptions") {
      const returned = returnedValue(node.value);
      if (returned) out.push({ node: returned, file });
    }
    for (const key of Object.keys(node)) {
      if (key === "parent") continue;
      const value = node[key];
      const factory = inFactory || node.type === "Property" && key === "value" && !node.computed && node.key.type === "Identifier" && node.key.name === "dataSourceFactory";
      if (Array.isArray(value)) for (const v of value) {
        if (v && typeof v === "object" && "type" in v) visit(v, factory);
      }
      else if (value && typeof value === "object" && "type" in value) visit(value, factory);
    }
  };
  visit(program, false);
  return out;
}
function calleeName(node) {
  const n = unwrap(node);
  if (n.type === "Identifier") return n.name;
  if (n.type === "MemberExpression" && !n.computed && n.property.type === "Identifier") return n.property.name;
  return null;
}
function propertyNode(object, key) {
  if (object.type !== "ObjectExpression") return void 0;
  for (const p of object.properties) {
    if (p.type === "Property" && !p.computed && (p.key.type === "Identifier" && p.key.name === key || stringOf(p.key) === key)) return p.value;
    if (p.type === "Property" && p.method && p.key.type === "Identifier" && p.key.name === key) return p.value;
  }
  return void 0;
}
function returnedValue(fn) {
  const f = unwrap(fn);
  if (f.type !== "ArrowFunctionExpression" && f.type !== "FunctionExpression") return null;
  if (f.body.type !== "BlockStatement") return unwrap(f.body);
  const ret = [...f.body.body].reverse().find((s) => s.type === "ReturnStatement");
  return ret?.type === "ReturnStatement" && ret.argument ? unwrap(ret.argument) : null;
}
function resolveObject(reader, file, node, depth = 0) {
  const n = unwrap(node);
  if (n.type === "ObjectExpression") return n;
  if (n.type === "Identifier" && depth < 4) {
    const found = reader.lookup(file, n.name);
    const init = found?.module.consts.get(found.local);
    return init ? resolveObject(reader, found.module.file, init, depth + 1) : null;
  }
  return null;
}
function optionOf(reader, file, object, key) {
  if (object.type !== "ObjectExpression") return null;
  let found = null;
  for (const p of object.properties) {
    if (p.type === "SpreadElement") {
      const inner = unwrap(p.argument);
      const target = inner.type === "Identifier" ? reader.lookup(file, inner.name) : null;
      const spread = target ? resolveObject(reader, target.module.file, target.module.consts.get(target.local) ?? inner) : resolveObject(reader, file, inner);
      const value = spread ? optionOf(reader, target?.module.file ?? file, spread, key) : null;
      if (value) found = value;
    } else if (p.type === "Property" && !p.computed && (p.key.type === "Identifier" && p.key.name === key || stringOf(p.key) === key)) {
      found = { node: p.value, file };
    }
  }
  return found;
}
function namingOf(reader, file, node) {
  const n = unwrap(node);
  if (n.type !== "NewExpression") return "custom";
  const name = calleeName(n.callee);
  const imported = name ? reader.module(file)?.imports.get(name) : void 0;
  if (name === "SnakeNamingStrategy" && imported?.source === "typeorm-naming-strategies") return "snake";
  if (name === "DefaultNamingStrategy" && imported?.source === "typeorm") return "default";
  return "custom";
}
function readEntities(reader, file, node, registry, depth) {
  if (depth > 6) return false;
  const n = unwrap(node);
  if (n.type === "ArrayExpression") {
    let ok = true;
    for (const element of n.elements) {
      if (!element) continue;
      const item = element.type === "SpreadElement" ? element.argument : element;
      ok = readEntities(reader, file, item, registry, depth + 1) && ok;
    }
    return ok;
  }
  if (n.type === "Identifier") {
    const found = reader.lookup(file, n.name);
    if (!found) return false;
    if (found.module.classes.has(found.local)) {
      registry.classes.add(`${found.module.file}\0${found.local}`);
      return true;
    }
    const init = found.module.consts.get(found.local);
    return init ? readEntities(reader, found.module.file, init, registry, depth + 1) : false;
  }
  if (n.type === "ObjectExpression") {
    let ok = true;
    for (const p of n.properties) {
      if (p.type === "SpreadElement") ok = readEntities(reader, file, p.argument, registry, depth + 1) && ok;
      else ok = readEntities(reader, file, p.value, registry, depth + 1) && ok;
    }
    return ok;
  }
  if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && !n.callee.computed && n.callee.object.type === "Identifier" && n.callee.object.name === "Object" && n.callee.property.type === "Identifier" && n.callee.property.name === "values" && n.arguments[0]) {
    return readEntities(reader, file, n.arguments[0], registry, depth + 1);
  }
  const glob = globOf(n, file);
  if (glob === null) return false;
  registry.globs.push(glob);
  return true;
}
function globOf(node, file) {
  const dir = path.posix.dirname(file);
  const parts = (n2) => {
    const u = unwrap(n2);
    const s = stringOf(u);
    if (s !== null) return [s];
    if (u.type === "Identifier" && u.name === "__dirname") return ["\0dir"];
    if (u.type === "BinaryExpression" && u.operator === "+") {
      const l = parts(u.left);
      const r = parts(u.right);
      return l && r ? [...l, ...r] : null;
    }
    if (u.type === "TemplateLiteral") {
      const out = [];
      u.quasis.forEach((q, i) => {
        out.push(q.value.cooked ?? q.value.raw);
        if (i < u.expressions.length) out.push(...parts(u.expressions[i]) ?? ["\0bad"]);
      });
      return out.includes("\0bad") ? null : out;
    }
    return null;
  };
  const n = unwrap(node);
  let text = null;
  if (n.type === "CallExpression" && ["join", "resolve"].includes(calleeName(n.callee) ?? "")) {
    const args = n.arguments.map((a) => parts(a));
    if (args.some((a) => a === null)) return null;
    text = args.map((a) => a.join("")).join("/");
  } else {
    const p = parts(n);
    if (!p) return null;
    text = p.join("");
  }
  const packageDir = dir;
  if (text.startsWith("\0dir")) return path.posix.normalize(`${dir}/${text.slice(4)}`).replace(/^\.\//, "");
  if (text.includes("\0dir")) return null;
  if (text.startsWith("/")) return null;
  return `\0cwd${packageDir}\0${text.replace(/^\.\//, "")}`;
}
function mapOutDir(reader, glob) {
  let g = glob;
  if (g.startsWith("\0cwd")) {
    const [, fileDir, rest] = g.split("\0");
    const pkg2 = packageDirOf(reader, fileDir.slice(3));
    g = `${pkg2}${rest}`;
  }
  const pkg = packageDirOf(reader, g.split("*")[0].replace(/\/[^/]*$/, ""));
  const tsconfig = readTsconfig(reader, `${pkg}tsconfig.json`);
  const outDir = tsconfig?.outDir?.replace(/^\.\//, "").replace(/\/$/, "");
  if (!outDir || !g.startsWith(`${pkg}${outDir}/`)) return g;
  const rootDir = tsconfig?.rootDir?.replace(/^\.\//, "").replace(/\/$/, "") ?? (reader.allPaths.some((p) => p.startsWith(`${pkg}src/`)) ? "src" : null);
  if (rootDir === null) return g;
  return `${pkg}${rootDir ? `${rootDir}/` : ""}${g.slice(`${pkg}${outDir}/`.length)}`.replace(/\.js$/, ".{js,ts}").replace(/\{\.js\}$/, "{.js,.ts}");
}

// src/frontends/ts/typeormEntities.ts
var HINTS = {
  generateMigration: "npx typeorm migration:generate",
  tableNameKey: '@Entity("name")',
  tableWithoutModel: "the join table of a @ManyToMany",
  register: "Add it to the entities of the DataSource options (or to a glob there that matches its file; with autoLoadEntities, to a TypeOrmModule.forFeature([...])), so TypeORM and migration:generate see it."
};
var typeormFrontend = {
  async extract(files, config, project) {
    await loadSqlParser();
    return extractTypeorm(files, config, project);
  }
};
var COLUMN_DECORATORS = /* @__PURE__ */ new Set(["Column", "PrimaryColumn", "PrimaryGeneratedColumn", "CreateDateColumn", "UpdateDateColumn", "DeleteDateColumn", "VersionColumn", "ObjectIdColumn"]);
var RELATION_DECORATORS = /* @__PURE__ */ new Set(["ManyToOne", "OneToOne", "ManyToMany", "OneToMany", "TreeParent", "TreeChildren"]);
function extractTypeorm(files, config, project) {
  const problems = [];
  const sorted = [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const reader = new ModuleReader(sorted, project, problems);
  const registry = readTypeormRegistry(reader, config, problems);
  const naming = registry?.naming === "snake" ? snakeNamingStrategy : defaultNamingStrategy;
  const builder = new EntityBuilder(reader, config, naming, problems);
  for (const file of sorted) {
    const module = reader.module(file.path);
    if (!module) continue;
    for (const cls of module.classes.values()) {
      const entity = typeormDecorator(reader, cls.file, cls.decorators, "Entity");
      if (entity) builder.addEntity(cls, entity);
    }
  }
  for (const file of sorted) {
    const module = reader.module(file.path);
    if (!module) continue;
    for (const cls of module.classes.values()) {
      const child = typeormDecorator(reader, cls.file, cls.decorators, "ChildEntity");
      if (child) builder.addChild(cls);
    }
  }
  builder.relations();
  builder.closureTables();
  builder.indexes();
  if (registry?.naming === "custom") {
    for (const t of builder.tables) t.uncertain = "the DataSource sets a naming strategy ormlint does not know";
    problems.push({ kind: "unresolved", message: `The DataSource sets a custom naming strategy: the names it gives tables and columns are not known, so the entities' tables are not compared`, location: { file: registry.roots[0], line: 1, column: 1 }, tables: builder.tables.map((t) => t.key) });
  }
  const ddl = new ModelDdl(problems);
  emitTables(builder.tables, ddl);
  const built = ddl.build(config.defaultSchema);
  problems.push(...built.problems);
  for (const t of builder.tables) {
    const table = built.schema.tables.get(t.key);
    if (!table) continue;
    if (t.openColumns) table.openColumns = true;
    if (t.uncertain) {
      table.uncertain = true;
      table.uncertainReasons = [...table.uncertainReasons ?? [], t.uncertain];
    }
  }
  const registered = (cls) => !registry || registry.classes.has(`${cls.file}\0${cls.name}`) || registry.globs.some((g) => (0, import_picomatch2.default)(g, { dot: true })(cls.file));
  const models = builder.entities.map((e) => ({
    className: e.cls.name,
    module: null,
    location: nodeLocation(e.cls.node.id, e.cls.file),
    table: e.table.key,
    tableSource: e.child ? "inherited" : "tablename",
    base: null,
    bases: e.cls.superName ? [e.cls.superName] : [],
    abstract: false,
    columns: built.schema.tables.get(e.table.key)?.columns ?? [],
    relationships: [],
    inheritsTableFrom: e.child ? e.table.key : null,
    registered: registered(e.cls)
  }));
  return { models, registry: registryFacts(registry, builder.entities, registered), schema: built.schema, problems, capabilities: { orm: "typeorm", declarativeBases: false, lastBindingWins: false }, fixHints: HINTS, comments: reader.comments };
}
function registryFacts(registry, entities, registered) {
  if (!registry || !registry.complete) return null;
  const reachable = entities.filter((e) => registered(e.cls)).map((e) => ({ className: e.cls.name, file: e.cls.file }));
  const bindings = reachable.map((r) => ({ name: r.className, className: r.className, file: r.file, importLocation: { file: registry.roots[0], line: 1, column: 1 }, shadowed: [] }));
  return { roots: registry.roots, reachableFiles: [...new Set(entities.map((e) => e.cls.file))].sort(), reachable, bindings };
}
function typeormDecorator(reader, file, decorators, name) {
  const imports = reader.module(file)?.imports;
  for (const d of decorators) {
    const imported = imports?.get(d.name);
    const real = imported ? imported.imported : d.name;
    if (real === name && (!imported || imported.source === "typeorm")) return d;
  }
  return null;
}
function decoratorName(reader, file, d) {
  const imported = reader.module(file)?.imports.get(d.name);
  if (imported && imported.source !== "typeorm") return null;
  return imported ? imported.imported : d.name;
}
var EntityBuilder = class {
  constructor(reader, config, naming, problems) {
    this.reader = reader;
    this.config = config;
    this.naming = naming;
    this.problems = problems;
  }
  reader;
  config;
  naming;
  problems;
  tables = [];
  entities = [];
  byClass = /* @__PURE__ */ new Map();
  reported = /* @__PURE__ */ new Set();
  /** Tables of a single-table inheritance: TypeORM makes their embedded columns nullable. */
  singleTable = /* @__PURE__ */ new Set();
  closures = [];
  /** Tables whose entity has embedded columns. */
  embeddedTables = /* @__PURE__ */ new Set();
  unresolved(message, location, cause, item, about) {
    const key = `${cause}\0${location.file}\0${location.line}\0${location.column}\0${item}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ kind: "unresolved", message, location, cause, item, ...about ? { about } : {} });
  }
  /** The class and its bases, root first; `open` when a base cannot be read. */
  chainOf(cls) {
    const chain = [cls];
    let open = false;
    let current = cls;
    while (current.superName && chain.length < 12) {
      const name = current.superName;
      const parent = name === "<expression>" ? null : this.reader.classNamed(current.file, name);
      if (!parent) {
        const imported = this.reader.module(current.file)?.imports.get(name);
        if (!(imported?.source === "typeorm")) {
          open = true;
          this.unresolved(`${current.name} derives from ${name}, which ormlint cannot read`, nodeLocation(current.node.id, current.file), "unknown-base", name);
        }
        break;
      }
      chain.unshift(parent);
      current = parent;
    }
    return { chain, open };
  }
  addEntity(cls, entity) {
    const [first, second] = entity.args.map((a) => unwrap(a));
    const options = first?.type === "ObjectExpression" ? first : second?.type === "ObjectExpression" ? second : void 0;
    const given = stringOf(first) ?? stringOf(property(options, "name"));
    const schema = stringOf(property(options, "schema"));
    const location = nodeLocation(cls.node.id, cls.file);
    if (first && first.type !== "ObjectExpression" && stringOf(first) === null || property(options, "name") && given === null) {
      this.unresolved(`The table name of ${cls.name} is not a literal ormlint can read`, location, "dynamic-table", cls.name);
      return;
    }
    const name = this.naming.tableName(cls.name, given);
    const { chain, open } = this.chainOf(cls);
    const table = { schema, name, key: tableKey(schema ?? this.config.defaultSchema, name), columns: [], byProperty: /* @__PURE__ */ new Map(), uniques: [], indexes: [], foreignKeys: [], location, openColumns: open, uncertain: null };
    this.tables.push(table);
    const model = { cls, chain, table, child: false };
    this.entities.push(model);
    this.byClass.set(cls, model);
    const inheritanceClass = chain.find((c) => typeormDecorator(this.reader, c.file, c.decorators, "TableInheritance"));
    const inheritance = inheritanceClass ? typeormDecorator(this.reader, inheritanceClass.file, inheritanceClass.decorators, "TableInheritance") : null;
    if (inheritance) this.singleTable.add(table);
    for (const c of chain) this.addColumns(table, c, [], "", false);
    const tree = chain.map((c) => typeormDecorator(this.reader, c.file, c.decorators, "Tree")).find((d) => d);
    if (tree) this.treeOf(table, cls, tree);
    if (inheritance && inheritanceClass) {
      const at = nodeLocation(inheritance.node, inheritanceClass.file);
      const column = inheritance.args[0] ? property(unwrap(inheritance.args[0]), "column") : void 0;
      const colName = stringOf(column) ?? stringOf(property(column, "name")) ?? "type";
      const colType = stringOf(property(column, "type")) ?? "varchar";
      const length = literal(property(column, "length"));
      if (!table.columns.some((c) => c.name === colName)) {
        table.columns.push(this.plainColumn(colName, colName, normalizeType(colType), at, { length: length !== void 0 ? String(length) : null }));
      }
      const lost = this.embeddedTables.has(table) && table.columns.some((c) => c.generated !== null);
      if (!lost) table.indexes.push({ name: typeormNames.index(table.name, [colName]), columns: [colName], unique: false, where: null, location: at });
    }
  }
  /**
   * `@Tree(...)`: the columns EntityMetadataBuilder adds (`mpath`; `nsleft`/`nsright`), or the
   * closure table ClosureJunctionEntityMetadataBuilder builds (`<table>_closure` with an
   * `<id>_ancestor` and an `<id>_descendant` column, each indexed, each a cascading foreign key).
   */
  treeOf(table, cls, tree) {
    const kind = stringOf(tree.args[0]);
    const location = nodeLocation(tree.node, cls.file);
    if (kind === "materialized-path") {
      table.columns.push(this.plainColumn("mpath", "mpath", "character varying", location, { nullable: true, default: "''" }));
    } else if (kind === "nested-set") {
      table.columns.push(this.plainColumn("nsleft", "nsleft", "integer", location, { default: "'1'" }));
      table.columns.push(this.plainColumn("nsright", "nsright", "integer", location, { default: "'2'" }));
    } else if (kind === "closure-table") {
      this.closures.push({ table, location, options: tree.args[1] ? unwrap(tree.args[1]) : void 0 });
    } else if (kind !== "adjacency-list") {
      table.openColumns = true;
      this.unresolved(`The tree kind of ${cls.name} is not one ormlint knows`, location, "computed-attribute", kind ?? "Tree");
    }
  }
  /** The closure tables of closure-table trees (after the primary keys are known). */
  closureTables() {
    for (const { table, location, options } of this.closures) {
      const pks = table.columns.filter((c) => c.primary);
      if (pks.length === 0) continue;
      const given = stringOf(property(options, "closureTableName"));
      const name = `${given ?? table.name}_closure`;
      const closure = { schema: table.schema, name, key: tableKey(table.schema ?? this.config.defaultSchema, name), columns: [], byProperty: /* @__PURE__ */ new Map(), uniques: [], indexes: [], foreignKeys: [], location, openColumns: false, uncertain: null };
      for (const role of ["ancestor", "descendant"]) {
        for (const pk of pks) {
          const column = this.naming.columnName(`${pk.property}_${role}`, null, []);
          closure.columns.push({ ...this.plainColumn(column, column, pk.type, location), length: pk.length, precision: pk.precision, scale: pk.scale, primary: true });
        }
      }
      for (const column of closure.columns.slice(0, 2)) {
        closure.indexes.push({ name: typeormNames.index(name, [column.name]), columns: [column.name], unique: false, where: null, location });
        closure.foreignKeys.push({ name: typeormNames.foreignKey(name, [column.name]), columns: [column.name], ref: table, refColumns: [pks[0].name], onDelete: "CASCADE", onUpdate: "NO ACTION", location });
      }
      this.tables.push(closure);
    }
  }
  addChild(cls) {
    const { chain, open } = this.chainOf(cls);
    const parent = chain.slice(0, -1).reverse().map((c) => this.byClass.get(c)).find((m) => m);
    if (!parent) {
      this.unresolved(`The single-table parent of @ChildEntity ${cls.name} is not an entity ormlint read`, nodeLocation(cls.node.id, cls.file), "unknown-base", cls.superName ?? cls.name);
      return;
    }
    const model = { cls, chain, table: parent.table, child: true };
    this.entities.push(model);
    this.byClass.set(cls, model);
    if (open) parent.table.openColumns = true;
    const parentIndex = chain.indexOf(parent.cls);
    for (const c of chain.slice(parentIndex + 1)) this.addColumns(parent.table, c, [], "", false);
  }
  /** The column decorators of a class's properties, first registration winning as in TypeORM. */
  addColumns(table, cls, prefixes, pathPrefix, nullableEmbedded) {
    for (const prop of cls.properties) {
      const propertyPath = `${pathPrefix}${prop.name}`;
      if (table.byProperty.has(propertyPath)) continue;
      const decorator = [...prop.decorators].reverse().find((d) => COLUMN_DECORATORS.has(decoratorName(this.reader, cls.file, d) ?? ""));
      if (!decorator) continue;
      const kind = decoratorName(this.reader, cls.file, decorator);
      if (kind === "ObjectIdColumn") continue;
      const args = decorator.args.map((a) => unwrap(a));
      const location = propertyLocation(prop, cls.file);
      if (kind === "Column" && args[0] && (args[0].type === "ArrowFunctionExpression" || args[0].type === "FunctionExpression")) {
        const target = args[0].body.type === "Identifier" ? args[0].body.name : null;
        const embedded = target ? this.reader.classNamed(cls.file, target) : null;
        if (!embedded) {
          table.openColumns = true;
          this.unresolved(`The embedded class of ${cls.name}.${prop.name} is not one ormlint can read`, location, "computed-attribute", target ?? prop.name);
          continue;
        }
        const prefixNode = property(args[1], "prefix");
        const prefixValue = literal(prefixNode);
        const prefix = prefixNode === void 0 ? prop.name : typeof prefixValue === "string" ? prefixValue : prefixValue === false ? "" : null;
        if (prefix === null) {
          table.openColumns = true;
          this.unresolved(`The prefix of ${cls.name}.${prop.name} is not a literal`, location, "computed-attribute", prop.name);
          continue;
        }
        table.byProperty.set(propertyPath, []);
        this.embeddedTables.add(table);
        const { chain } = this.chainOf(embedded);
        for (const c of chain) this.addColumns(table, c, prefix ? [...prefixes, prefix] : prefixes, `${propertyPath}.`, pathPrefix === "" && this.singleTable.has(table));
        continue;
      }
      const column = this.columnOf(table, cls, prop, kind, args, prefixes, location);
      if (!column) continue;
      column.property = propertyPath;
      if (nullableEmbedded) column.nullable = true;
      table.byProperty.set(propertyPath, [column.name]);
      if (!table.columns.some((c) => c.name === column.name)) table.columns.push(column);
      const options = args.find((a) => a.type === "ObjectExpression");
      if (literal(property(options, "unique")) === true) table.uniques.push({ name: "", columns: [column.name], location });
      const generated = prop.decorators.find((d) => decoratorName(this.reader, cls.file, d) === "Generated");
      if (generated && !column.generated) {
        const strategy = stringOf(generated.args[0]) ?? "increment";
        column.generated = strategy === "uuid" || strategy === "identity" || strategy === "rowid" ? strategy : "increment";
        if (strategy === "uuid") column.type = "uuid";
        if (strategy === "rowid") column.type = "integer";
        if (column.type !== null) column.unknown.delete("type");
      }
    }
  }
  plainColumn(property2, name, type, location, extra = {}) {
    return { property: property2, name, type, length: null, precision: null, scale: null, array: false, enumValues: null, enumName: null, nullable: false, primary: false, generated: null, default: null, unknown: /* @__PURE__ */ new Set(), location, ...extra };
  }
  columnOf(table, cls, prop, kind, args, prefixes, location) {
    let typeArg = null;
    let options;
    let strategy = null;
    if (kind === "PrimaryGeneratedColumn") {
      const s = stringOf(args[0]);
      strategy = s === "uuid" || s === "identity" || s === "rowid" ? s : "increment";
      options = args.find((a) => a.type === "ObjectExpression");
    } else {
      typeArg = stringOf(args[0]);
      options = args.find((a) => a.type === "ObjectExpression");
      if (args[0] && typeArg === null && args[0].type !== "ObjectExpression") {
        this.unresolved(`The type of ${cls.name}.${prop.name} is not a literal`, location, "unknown-type", prop.name);
      }
    }
    const given = stringOf(property(options, "name"));
    const name = this.naming.columnName(prop.name, given, prefixes);
    const column = this.plainColumn(prop.name, name, null, location);
    const typeOption = property(options, "type");
    let rawType = typeArg ?? stringOf(typeOption);
    if (typeOption && rawType === null) {
      const t = unwrap(typeOption);
      rawType = t.type === "Identifier" && ["String", "Number", "Boolean", "Date"].includes(t.name) ? t.name : null;
      if (rawType === null) this.unresolved(`The type of ${cls.name}.${prop.name} is not a literal`, location, "unknown-type", t.type === "MemberExpression" || t.type === "Identifier" ? sourceName(t) : prop.name);
    }
    if (strategy && !rawType) rawType = strategy === "uuid" ? "uuid" : strategy === "rowid" ? "int" : "Number";
    if (!rawType && kind === "CreateDateColumn") rawType = "timestamp";
    if (!rawType && kind === "UpdateDateColumn") rawType = "timestamp";
    if (!rawType && kind === "DeleteDateColumn") rawType = "timestamp";
    if (kind === "VersionColumn") rawType = "int4";
    if (!rawType && !typeOption && !(args[0] && typeArg === null && args[0].type !== "ObjectExpression")) {
      const design = designType(this.reader, cls.file, prop.type);
      if (design === null) this.unresolved(`The type of ${cls.name}.${prop.name} comes from its TypeScript type, which ormlint cannot map as emitDecoratorMetadata does`, location, "unknown-type", prop.type ? typeText(prop.type) : prop.name);
      else if (design === "Array") column.array = true;
      rawType = design === "Array" ? null : design;
    }
    column.type = rawType ? normalizeType(rawType) : null;
    if (rawType && column.type === null) this.unresolved(`${cls.name}.${prop.name} has the type ${rawType}, which ormlint does not know`, location, "unknown-type", String(rawType));
    if (column.type === null) column.unknown.add("type");
    const length = literal(property(options, "length"));
    if (length !== void 0) column.length = String(length);
    const precision = literal(property(options, "precision"));
    const scale = literal(property(options, "scale"));
    if (typeof precision === "number") column.precision = precision;
    if (typeof scale === "number") column.scale = scale;
    if (literal(property(options, "array")) === true) column.array = true;
    column.primary = kind === "PrimaryColumn" || kind === "PrimaryGeneratedColumn" || literal(property(options, "primary")) === true;
    column.generated = strategy;
    const nullable = property(options, "nullable");
    if (nullable) {
      const v = literal(nullable);
      if (typeof v === "boolean") column.nullable = v;
      else {
        column.unknown.add("nullable");
        this.unresolved(`${cls.name}.${prop.name}: nullable is not a literal`, location, "computed-flag", "nullable");
      }
    }
    if (kind === "DeleteDateColumn" && !column.nullable) column.nullable = true;
    if (column.type === "enum") {
      const values = enumValues(this.reader, cls.file, property(options, "enum"));
      if (values === null) {
        column.unknown.add("type");
        this.unresolved(`The enum of ${cls.name}.${prop.name} is not one ormlint can read`, location, "unknown-type", "enum");
        column.type = null;
      } else {
        column.enumValues = values;
        column.enumName = stringOf(property(options, "enumName")) ?? `${table.name}_${name.toLowerCase()}_enum`;
      }
    }
    const defaultNode = property(options, "default");
    if (kind === "CreateDateColumn" || kind === "UpdateDateColumn") column.default = "now()";
    if (defaultNode) {
      const value = defaultOf(this.reader, cls.file, defaultNode, column);
      if (value === void 0) {
        column.unknown.add("default");
        this.unresolved(`The default of ${cls.name}.${prop.name} is computed by code ormlint does not run`, location, "server-default", sourceName(unwrap(defaultNode)));
      } else column.default = value;
    }
    return column;
  }
  /** The relation target class of `() => User` / `User` / `"User"`. */
  targetOf(cls, node) {
    if (!node) return null;
    let n = unwrap(node);
    if ((n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression") && n.body.type !== "BlockStatement") n = unwrap(n.body);
    if (n.type === "Identifier") {
      const target = this.reader.classNamed(cls.file, n.name);
      return target ? this.byClass.get(target) ?? null : null;
    }
    const name = stringOf(n);
    if (name !== null) {
      const matches = this.entities.filter((e) => e.cls.name === name);
      return matches.length === 1 ? matches[0] : null;
    }
    return null;
  }
  primaryColumns(entity) {
    return entity.table.columns.filter((c) => c.primary);
  }
  /** Relations: join columns and foreign keys (ManyToOne, owning OneToOne), join tables (ManyToMany + JoinTable). */
  relations() {
    for (const entity of [...this.entities]) {
      const table = entity.table;
      const seen = /* @__PURE__ */ new Set();
      for (const cls of entity.child ? entity.chain.slice(entity.chain.indexOf(this.entities.find((e) => e.table === table && !e.child).cls) + 1) : entity.chain) {
        for (const prop of cls.properties) {
          if (seen.has(prop.name)) continue;
          const relation = [...prop.decorators].reverse().find((d) => RELATION_DECORATORS.has(decoratorName(this.reader, cls.file, d) ?? ""));
          if (!relation) continue;
          seen.add(prop.name);
          const kind = decoratorName(this.reader, cls.file, relation);
          const location = propertyLocation(prop, cls.file);
          const treeParent = kind === "TreeParent";
          const options = relation.args.map((a) => unwrap(a)).find((a, i) => (treeParent || i > 0) && a.type === "ObjectExpression");
          const joinColumn = prop.decorators.find((d) => decoratorName(this.reader, cls.file, d) === "JoinColumn");
          const joinTable = prop.decorators.find((d) => decoratorName(this.reader, cls.file, d) === "JoinTable");
          if (kind === "OneToMany" || kind === "TreeChildren" || kind === "OneToOne" && !joinColumn || kind === "ManyToMany" && !joinTable) continue;
          const target = treeParent ? entity : this.targetOf(cls, relation.args[0]);
          if (!target) {
            const where = `${cls.name}.${prop.name}`;
            this.unresolved(`The target of the relation ${where} is not an entity ormlint read`, location, "computed-foreign-key", where);
            if (kind !== "ManyToMany") {
              table.openColumns = true;
              table.byProperty.set(prop.name, []);
            }
            continue;
          }
          if (kind === "ManyToMany") this.joinTable(entity, prop.name, target, joinTable, relation, location);
          else this.joinColumns(entity, cls, prop.name, kind === "OneToOne", target, joinColumn, options, location);
        }
      }
    }
  }
  joinColumns(entity, cls, propertyName, oneToOne, target, joinColumn, options, location) {
    const table = entity.table;
    const arg = joinColumn?.args[0] ? unwrap(joinColumn.args[0]) : void 0;
    const specs = arg?.type === "ArrayExpression" ? arg.elements.map((e) => unwrap(e)) : [arg];
    const targetPrimaries = this.primaryColumns(target);
    const columns = [];
    const refColumns = [];
    let fkName = null;
    const nullableOption = literal(property(options, "nullable"));
    const primary = literal(property(options, "primary")) === true;
    for (const spec of specs) {
      const refProperty = stringOf(property(spec, "referencedColumnName"));
      const referenced = refProperty ? target.table.columns.find((c) => c.property === refProperty) : null;
      const refs = referenced ? [referenced] : refProperty ? [] : specs.length > 1 ? [] : targetPrimaries;
      if (refs.length === 0 || targetPrimaries.length === 0 && !referenced) {
        table.openColumns = true;
        this.unresolved(`The referenced column of ${cls.name}.${propertyName} is not one ormlint can find on ${target.cls.name}`, location, "computed-foreign-key", `${cls.name}.${propertyName}`);
        table.byProperty.set(propertyName, []);
        return;
      }
      fkName = fkName ?? stringOf(property(spec, "foreignKeyConstraintName"));
      for (const ref of refs) {
        const name = stringOf(property(spec, "name")) ?? this.naming.joinColumnName(propertyName, ref.property);
        columns.push(name);
        refColumns.push(ref.name);
        const existing = table.columns.find((c) => c.name === name);
        if (existing) {
          existing.type = ref.type;
          if (ref.type === "enum") Object.assign(existing, { enumValues: ref.enumValues, enumName: ref.enumName });
          if (ref.unknown.has("type")) existing.unknown.add("type");
          else existing.unknown.delete("type");
          continue;
        }
        table.columns.push({
          ...this.plainColumn(propertyName, name, ref.type, location),
          length: ref.length,
          precision: ref.precision,
          scale: ref.scale,
          enumValues: ref.enumValues,
          enumName: ref.enumName,
          nullable: !(nullableOption === false || primary),
          primary,
          unknown: new Set(ref.unknown.has("type") ? ["type"] : [])
        });
      }
    }
    table.byProperty.set(propertyName, columns);
    if (literal(property(options, "createForeignKeyConstraints")) === false) return;
    const onDelete = stringOf(property(options, "onDelete")) ?? "NO ACTION";
    const onUpdate = stringOf(property(options, "onUpdate")) ?? "NO ACTION";
    table.foreignKeys.push({ name: fkName ?? typeormNames.foreignKey(table.name, columns), columns, ref: target.table, refColumns, onDelete, onUpdate, location });
    if (oneToOne && !primary) table.uniques.push({ name: relationConstraintName(table.name, columns), columns, location });
  }
  joinTable(owner, propertyName, target, joinTable, relation, location) {
    const options = joinTable.args[0] ? unwrap(joinTable.args[0]) : void 0;
    const name = stringOf(property(options, "name")) ?? this.naming.joinTableName(owner.table.name, target.table.name, propertyName);
    const schema = stringOf(property(options, "schema")) ?? owner.table.schema;
    const spec = (key2) => {
      const v = property(options, key2) ?? property(options, `${key2}s`);
      const u = v ? unwrap(v) : void 0;
      return u?.type === "ArrayExpression" ? u.elements[0] : u;
    };
    const side = (entity, s) => {
      const refProperty = stringOf(property(s, "referencedColumnName"));
      const refs = refProperty ? entity.table.columns.filter((c) => c.property === refProperty) : this.primaryColumns(entity);
      return refs.map((ref) => ({
        ref,
        name: stringOf(property(s, "name")) ?? this.naming.joinTableColumnName(entity.table.name, ref.property, ref.name)
      }));
    };
    const own = side(owner, spec("joinColumn"));
    const inverse = side(target, spec("inverseJoinColumn"));
    if (own.length === 0 || inverse.length === 0) {
      this.unresolved(`The join table of ${owner.cls.name}.${propertyName}: a side has no primary column ormlint found`, location, "computed-foreign-key", `${owner.cls.name}.${propertyName}`);
      return;
    }
    own.forEach((o) => {
      const clash = inverse.find((i) => i.name === o.name);
      if (clash) {
        o.name = `${o.name}_1`;
        clash.name = `${clash.name}_2`;
      }
    });
    const key = tableKey(schema ?? this.config.defaultSchema, name);
    if (this.tables.some((t) => t.key === key)) return;
    const table = { schema, name, key, columns: [], byProperty: /* @__PURE__ */ new Map(), uniques: [], indexes: [], foreignKeys: [], location, openColumns: false, uncertain: null };
    for (const c of [...own, ...inverse]) {
      table.columns.push({ ...this.plainColumn(c.name, c.name, c.ref.type, location), length: c.ref.length, precision: c.ref.precision, scale: c.ref.scale, enumValues: c.ref.enumValues, enumName: c.ref.enumName, primary: true, unknown: new Set(c.ref.unknown.has("type") ? ["type"] : []) });
    }
    const relationOptions = relation.args.map((a) => unwrap(a)).find((a, i) => i > 0 && a.type === "ObjectExpression");
    const inverseSide = relation.args[1] ? unwrap(relation.args[1]) : void 0;
    const inverseProperty = inverseSide && (inverseSide.type === "ArrowFunctionExpression" || inverseSide.type === "FunctionExpression") && inverseSide.body.type === "MemberExpression" && inverseSide.body.property.type === "Identifier" ? inverseSide.body.property.name : null;
    const inverseRelation = inverseProperty ? target.chain.flatMap((c) => c.properties.filter((p) => p.name === inverseProperty).map((p) => ({ p, c }))).map(({ p, c }) => p.decorators.find((d) => decoratorName(this.reader, c.file, d) === "ManyToMany")).find((d) => d) : void 0;
    const inverseOptions = inverseRelation?.args.map((a) => unwrap(a)).find((a, i) => i > 0 && a.type === "ObjectExpression");
    const ownNames = own.map((c) => c.name);
    const inverseNames = inverse.map((c) => c.name);
    table.foreignKeys.push({ name: typeormNames.foreignKey(name, ownNames), columns: ownNames, ref: owner.table, refColumns: own.map((c) => c.ref.name), onDelete: stringOf(property(relationOptions, "onDelete")) ?? "CASCADE", onUpdate: stringOf(property(relationOptions, "onUpdate")) ?? "CASCADE", location });
    table.foreignKeys.push({
      name: typeormNames.foreignKey(name, inverseNames),
      columns: inverseNames,
      ref: target.table,
      refColumns: inverse.map((c) => c.ref.name),
      onDelete: inverseRelation ? stringOf(property(inverseOptions, "onDelete")) ?? "NO ACTION" : "CASCADE",
      onUpdate: inverseRelation ? stringOf(property(inverseOptions, "onUpdate")) ?? "NO ACTION" : "CASCADE",
      location
    });
    table.indexes.push({ name: typeormNames.index(name, ownNames), columns: ownNames, unique: false, where: null, location });
    table.indexes.push({ name: typeormNames.index(name, inverseNames), columns: inverseNames, unique: false, where: null, location });
    this.tables.push(table);
  }
  /** @Index and @Unique, on properties and on classes (their own and their bases'). */
  indexes() {
    for (const entity of this.entities) {
      const table = entity.table;
      const classes = entity.child ? [entity.cls] : entity.chain;
      for (const cls of classes) {
        for (const d of cls.decorators) {
          const kind = decoratorName(this.reader, cls.file, d);
          if (kind === "Index") this.classIndex(table, cls, d);
          if (kind === "Unique") this.classUnique(table, cls, d);
        }
        for (const prop of cls.properties) {
          for (const d of prop.decorators) {
            const kind = decoratorName(this.reader, cls.file, d);
            if (kind !== "Index" && kind !== "Unique") continue;
            const columns = table.byProperty.get(prop.name);
            if (!columns || columns.length === 0) continue;
            const args = d.args.map((a) => unwrap(a));
            const name = stringOf(args[0]);
            const options = args.find((a) => a.type === "ObjectExpression");
            if (kind === "Unique") table.uniques.push({ name: name ?? "", columns, location: nodeLocation(d.node, cls.file) });
            else this.addIndex(table, name, columns, options, nodeLocation(d.node, cls.file));
          }
        }
      }
    }
    for (const table of this.tables) {
      for (const u of table.uniques) if (!u.name) u.name = typeormNames.unique(table.name, u.columns);
    }
  }
  columnsOf(table, node) {
    if (!node) return null;
    let n = unwrap(node);
    const paths = [];
    if ((n.type === "ArrowFunctionExpression" || n.type === "FunctionExpression") && n.body.type !== "BlockStatement") {
      n = unwrap(n.body);
      if (n.type !== "ArrayExpression") return null;
      for (const e of n.elements) {
        const m = e ? unwrap(e) : null;
        paths.push(m?.type === "MemberExpression" && m.property.type === "Identifier" ? memberPath(m) : null);
      }
    } else if (n.type === "ArrayExpression") {
      for (const e of n.elements) paths.push(e ? stringOf(e) : null);
    } else return null;
    const out = [];
    for (const p of paths) {
      if (p === null) return null;
      const cols = table.byProperty.get(p) ?? (table.columns.some((c) => c.name === p) ? [p] : null);
      if (!cols || cols.length === 0) return null;
      out.push(...cols);
    }
    return out;
  }
  classIndex(table, cls, d) {
    const args = d.args.map((a) => unwrap(a));
    const name = stringOf(args[0]);
    const fields = name !== null ? args[1] : args[0];
    const options = args.find((a, i) => i > 0 && a.type === "ObjectExpression");
    const location = nodeLocation(d.node, cls.file);
    const columns = this.columnsOf(table, fields);
    if (!columns) {
      this.unresolved(`An @Index of ${cls.name} names columns ormlint cannot find`, location, "computed-table-args", `${cls.name} @Index`);
      return;
    }
    this.addIndex(table, name, columns, options, location);
  }
  addIndex(table, given, columns, options, location) {
    if (literal(property(options, "synchronize")) === false) return;
    const where = stringOf(property(options, "where"));
    const unique = literal(property(options, "unique")) === true;
    const name = given ?? typeormNames.index(table.name, columns, where);
    if (where) this.unresolved(`The partial index ${name}: its WHERE clause is not compared`, location, "partial-index", name);
    table.indexes.push({ name, columns, unique, where, location });
  }
  classUnique(table, cls, d) {
    const args = d.args.map((a) => unwrap(a));
    const name = stringOf(args[0]);
    const fields = name !== null ? args[1] : args[0];
    const location = nodeLocation(d.node, cls.file);
    const columns = this.columnsOf(table, fields);
    if (!columns) {
      this.unresolved(`A @Unique of ${cls.name} names columns ormlint cannot find`, location, "computed-table-args", `${cls.name} @Unique`);
      return;
    }
    table.uniques.push({ name: name ?? "", columns, location });
  }
};
function propertyLocation(prop, file) {
  const key = nodeLocation(prop.node.key, file);
  const first = prop.decorators[0];
  if (!first) return key;
  const start = nodeLocation(first.node, file);
  return { file, line: start.line, column: start.column, endLine: key.endLine, endColumn: key.endColumn };
}
function relationConstraintName(table, columns) {
  return `REL_${typeormNames.index(table, columns).slice(4)}`;
}
function memberPath(node) {
  const n = unwrap(node);
  if (n.type !== "MemberExpression" || n.computed || n.property.type !== "Identifier") return null;
  if (n.object.type === "Identifier") return n.property.name;
  const left = memberPath(n.object);
  return left ? `${left}.${n.property.name}` : null;
}
export {
  typeormFrontend
};
