import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  ModuleReader,
  staticText,
  typeormNames
} from "./chunk-MTV2GB2U.mjs";
import {
  resolveStandIns
} from "./chunk-4GJUDZH7.mjs";
import {
  nodeLocation,
  parseModule,
  property,
  stringOf,
  unwrap
} from "./chunk-VB3HZOQF.mjs";
import "./chunk-UZYLDHA3.mjs";
import "./chunk-VHE52EGW.mjs";
import {
  SqlText,
  loadSqlParser,
  sqlToOperations
} from "./chunk-JV7GSIGN.mjs";
import "./chunk-JAHM4SGJ.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/frontends/ts/typeormMigrations.ts
var typeormMigrationsFrontend = {
  async extract(files, _config, project) {
    await loadSqlParser();
    const problems = [];
    const reader = new ModuleReader(files, project, []);
    const classes = [];
    const comments = /* @__PURE__ */ new Map();
    for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
      const program = parseModule(file.path, file.text, problems, comments);
      if (!program) continue;
      for (const statement of program.body) {
        const decl = statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration" ? statement.declaration : statement;
        if (!decl || decl.type !== "ClassDeclaration" || !decl.id) continue;
        const implementsMigration = (decl.implements ?? []).some((i) => i.expression.type === "Identifier" && i.expression.name === "MigrationInterface");
        if (!implementsMigration) continue;
        const nameProp = decl.body.body.find((m) => m.type === "PropertyDefinition" && m.key.type === "Identifier" && m.key.name === "name");
        const name = (nameProp?.type === "PropertyDefinition" ? stringOf(nameProp.value) : null) ?? decl.id.name;
        const digits = name.slice(-13);
        const location = nodeLocation(decl.id, file.path);
        if (!/^\d{13}$/.test(digits)) {
          problems.push({ kind: "unresolved", message: `Migration class ${name} does not end in a 13-digit timestamp; TypeORM refuses to run it, and it is not replayed`, location });
          continue;
        }
        const methods = /* @__PURE__ */ new Map();
        for (const member of decl.body.body) {
          if (member.type === "MethodDefinition" && member.key.type === "Identifier") methods.set(member.key.name, member.value);
        }
        classes.push({ name, timestamp: BigInt(digits), file: file.path, text: file.text, location, methods });
      }
    }
    classes.sort((a, b) => a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const migrations = [];
    const operations = [];
    const seen = /* @__PURE__ */ new Map();
    classes.forEach((cls, order) => {
      seen.set(cls.name, [...seen.get(cls.name) ?? [], cls.file]);
      const previous = migrations[migrations.length - 1];
      migrations.push({ id: cls.name, file: cls.file, parents: previous ? [previous.id] : [], order, location: cls.location, description: null });
      const up = cls.methods.get("up");
      if (!up) return;
      const replay = new UpReplay(cls, problems, reader);
      replay.body(up, /* @__PURE__ */ new Set(["up"]));
      for (const op of replay.operations) operations.push({ ...op, migrationId: cls.name });
    });
    const clashes = [...seen].filter(([, files2]) => files2.length > 1).map(([version, files2]) => ({ version, files: files2 }));
    return { migrations, graph: null, operations, problems, versionClashes: clashes, comments };
  }
};
var UpReplay = class {
  constructor(cls, problems, reader) {
    this.cls = cls;
    this.problems = problems;
    this.reader = reader;
  }
  cls;
  problems;
  reader;
  operations = [];
  /** `const name = init` declarations of the methods walked, for substitutions and guards. */
  locals = /* @__PURE__ */ new Map();
  body(fn, calling) {
    const collect = (node) => {
      if (node.type === "VariableDeclarator" && node.id.type === "Identifier" && node.init) this.locals.set(node.id.name, node.init);
      for (const key of Object.keys(node)) {
        if (key === "parent") continue;
        const value = node[key];
        if (Array.isArray(value)) for (const v of value) {
          if (v && typeof v === "object" && "type" in v) collect(v);
        }
        else if (value && typeof value === "object" && "type" in value) collect(value);
      }
    };
    if (fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression") collect(fn.body);
    const visit = (node) => {
      if (node.type === "CallExpression") {
        if (this.call(node, calling)) return;
      }
      if (node.type === "IfStatement" && this.isExistenceGuard(node.test)) {
        const before = this.operations.length;
        visit(node.consequent);
        for (const op of this.operations.slice(before)) if (op.op === "addColumn" || op.op === "createTable") op.ifNotExists = true;
        if (node.alternate) visit(node.alternate);
        return;
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
    if (fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression") visit(fn.body);
  }
  /** `!exists`, `!(await queryRunner.hasColumn(...))`, `!(await hasTable(queryRunner, ...))`. */
  isExistenceGuard(test) {
    const t = unwrap(test);
    if (t.type !== "UnaryExpression" || t.operator !== "!") return false;
    let inner = unwrap(t.argument);
    if (inner.type === "Identifier") inner = this.locals.get(inner.name) ?? inner;
    if (inner.type === "AwaitExpression") inner = unwrap(inner.argument);
    if (inner.type !== "CallExpression") return false;
    const callee = inner.callee;
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : null;
    return name === "hasColumn" || name === "hasTable";
  }
  /** Handles one call; true when it was a migration call (its arguments need no further walk). */
  call(node, calling) {
    const callee = node.callee;
    if (callee.type !== "MemberExpression" || callee.computed || callee.property.type !== "Identifier") return false;
    const method = callee.property.name;
    const at = nodeLocation(node, this.cls.file);
    if (callee.object.type === "ThisExpression") {
      const target = this.cls.methods.get(method);
      if (target && !calling.has(method)) this.body(target, /* @__PURE__ */ new Set([...calling, method]));
      return Boolean(target);
    }
    const args = node.arguments.map((a) => unwrap(a));
    switch (method) {
      case "query":
        this.query(args[0], at);
        return true;
      case "createTable":
        this.createTable(args[0], at);
        return true;
      case "dropTable":
        this.sql(on(args[0], (t) => `DROP TABLE ${t}`), at, args[0]);
        return true;
      case "addColumn": {
        const options = tableOptions(args[1]);
        const column = columnSql(options);
        const name = stringOf(property(options, "name"));
        this.sql(on(args[0], (t) => column && `ALTER TABLE ${t} ADD ${column}`), at, args[0]);
        const table = stringOf(args[0]) ?? stringOf(property(tableOptions(args[0]), "name"));
        if (column && name && table && flag(options, "isUnique")) this.sql(`ALTER TABLE "${table}" ADD CONSTRAINT "${typeormNames.unique(table, [name])}" UNIQUE ("${name}")`, at, args[0]);
        return true;
      }
      case "dropColumn": {
        const column = stringOf(args[1]) ?? stringOf(property(tableOptions(args[1]), "name"));
        this.sql(on(args[0], (t) => column && `ALTER TABLE ${t} DROP COLUMN "${column}"`), at, args[0]);
        return true;
      }
      case "renameColumn": {
        const from = stringOf(args[1]) ?? stringOf(property(tableOptions(args[1]), "name"));
        const to = stringOf(args[2]) ?? stringOf(property(tableOptions(args[2]), "name"));
        this.sql(on(args[0], (t) => from && to && `ALTER TABLE ${t} RENAME COLUMN "${from}" TO "${to}"`), at, args[0]);
        return true;
      }
      case "renameTable": {
        const to = stringOf(args[1]);
        this.sql(on(args[0], (t) => to && `ALTER TABLE ${t} RENAME TO "${to}"`), at, args[0]);
        return true;
      }
      case "createIndex": {
        const table = stringOf(args[0]);
        this.sql(table ? indexSql(table, tableOptions(args[1])) : null, at, args[0]);
        return true;
      }
      case "dropIndex": {
        const name = stringOf(args[1]) ?? stringOf(property(tableOptions(args[1]), "name"));
        this.sql(name ? `DROP INDEX "${name}"` : null, at, args[0]);
        return true;
      }
      case "createForeignKey": {
        const table = stringOf(args[0]);
        this.sql(table ? foreignKeySql(table, tableOptions(args[1])) : null, at, args[0]);
        return true;
      }
      case "createUniqueConstraint": {
        const table = stringOf(args[0]);
        const options = tableOptions(args[1]);
        const columns = strings(property(options, "columnNames"));
        this.sql(table && columns ? `ALTER TABLE "${table}" ADD CONSTRAINT "${stringOf(property(options, "name")) ?? typeormNames.unique(table, columns)}" UNIQUE (${columns.map((c) => `"${c}"`).join(", ")})` : null, at, args[0]);
        return true;
      }
      case "dropForeignKey":
      case "dropUniqueConstraint":
      case "dropPrimaryKey":
      case "dropCheckConstraint": {
        const name = stringOf(args[1]) ?? stringOf(property(tableOptions(args[1]), "name"));
        this.sql(on(args[0], (t) => name && `ALTER TABLE ${t} DROP CONSTRAINT "${name}"`), at, args[0]);
        return true;
      }
      case "changeColumn":
      case "changeColumns":
      case "addColumns":
      case "createPrimaryKey":
      case "createIndices":
      case "createForeignKeys":
        this.sql(null, at, args[0]);
        return true;
      default:
        return false;
    }
  }
  /** `queryRunner.query(<SQL>)`: a literal, or a template whose substitutions become stand-ins. */
  query(arg, at, depth = 0) {
    if (!arg) return;
    if (arg.type === "Identifier" && depth < 3) {
      const init = this.locals.get(arg.name);
      if (init && (init.type === "TemplateLiteral" || init.type === "Literal" || init.type === "ConditionalExpression" || init.type === "Identifier")) {
        this.query(unwrap(init), at, depth + 1);
        return;
      }
    }
    if (arg.type === "ConditionalExpression" && depth < 3) {
      const before = this.operations.length;
      const problems = this.problems.length;
      this.query(unwrap(arg.consequent), at, depth + 1);
      this.query(unwrap(arg.alternate), at, depth + 1);
      if (this.operations.length === before && this.problems.length === problems) return;
      this.operations.splice(before);
      this.problems.splice(problems);
    }
    const text = stringOf(arg);
    const origin = { file: this.cls.file, line: arg.loc.start.line, column: arg.loc.start.column + 2 };
    if (text !== null) {
      this.translate(text, origin);
      return;
    }
    if (arg.type === "TemplateLiteral") {
      const start = arg.range[0] + 1;
      const raw = this.cls.text.slice(start, arg.range[1] - 1);
      const placeholders = [];
      let text2 = "";
      let from = 0;
      arg.expressions.forEach((expression, n) => {
        const open = this.cls.text.lastIndexOf("${", expression.range[0]) - start;
        const close = this.cls.text.indexOf("}", expression.range[1]) + 1 - start;
        const width = close - open;
        const known = staticText(this.reader, this.cls.file, expression, this.locals);
        if (known !== null) {
          text2 += raw.slice(from, open) + known;
          from = close;
          return;
        }
        const standIn = (`p${n}`.length <= width ? `p${n}` : "p").padEnd(width, "_");
        placeholders.push({ name: raw.slice(open + 2, close - 1), start: open, end: close, standIn });
        text2 += raw.slice(from, open) + standIn;
        from = close;
      });
      text2 += raw.slice(from);
      const translated = sqlToOperations(text2, origin);
      const resolved = resolveStandIns(translated.operations, placeholders, new SqlText(raw, origin), (name) => `\${${name}} is a value computed at run time`);
      this.operations.push(...resolved.operations);
      this.problems.push(...translated.problems, ...resolved.problems);
      return;
    }
    this.operations.push({ op: "uncertain", tables: [], reason: "a queryRunner.query() whose SQL is computed", location: at });
    this.problems.push({ kind: "unresolved", message: "queryRunner.query() with SQL built at run time: what it changes is not replayed", location: at, cause: "dynamic-sql", item: "queryRunner.query" });
  }
  translate(sql, origin) {
    const translated = sqlToOperations(sql, origin);
    this.operations.push(...translated.operations);
    this.problems.push(...translated.problems);
  }
  /** Generated SQL for a Table API call, at the call; null: not readable, the table is uncertain. */
  sql(sql, at, tableArg) {
    if (sql !== null) {
      const translated = sqlToOperations(sql, at);
      for (const op of translated.operations) this.operations.push({ ...op, location: at });
      for (const p of translated.problems) this.problems.push({ ...p, location: at });
      return;
    }
    const table = tableArg ? stringOf(tableArg) : null;
    this.operations.push({ op: "uncertain", tables: table ? [{ schema: null, name: table }] : [], reason: "a queryRunner call ormlint cannot read", location: at });
    this.problems.push({ kind: "unresolved", message: "A queryRunner call whose arguments ormlint cannot read: its table is treated as uncertain", location: at, cause: "dynamic-migration-call", item: "queryRunner" });
  }
  createTable(arg, at) {
    const options = tableOptions(arg);
    const name = stringOf(property(options, "name"));
    const columns = property(options, "columns");
    if (!name || columns?.type !== "ArrayExpression") {
      this.sql(null, at, void 0);
      return;
    }
    const defs = [];
    const primary = [];
    const uniques = [];
    for (const element of columns.elements) {
      const column = element ? tableOptions(element) : void 0;
      const def = column ? columnSql(column) : null;
      if (!def || !column) {
        this.sql(null, at, void 0);
        return;
      }
      defs.push(def);
      const columnName = stringOf(property(column, "name"));
      if (flag(column, "isPrimary")) primary.push(columnName);
      if (flag(column, "isUnique")) uniques.push(`CONSTRAINT "${typeormNames.unique(name, [columnName])}" UNIQUE ("${columnName}")`);
    }
    defs.push(...uniques);
    if (primary.length > 0) defs.push(`CONSTRAINT "${typeormNames.primaryKey(name, primary)}" PRIMARY KEY (${primary.map((c) => `"${c}"`).join(", ")})`);
    const statements = [`CREATE TABLE "${name}" (${defs.join(", ")})`];
    const list = (key) => {
      const value = property(options, key);
      return value?.type === "ArrayExpression" ? value.elements.map((e) => e ? tableOptions(e) : void 0) : [];
    };
    for (const index of [...list("indices"), ...list("indexes")]) if (index) statements.push(indexSql(name, index) ?? "");
    for (const fk of list("foreignKeys")) if (fk) statements.push(foreignKeySql(name, fk) ?? "");
    for (const sql of statements) this.sql(sql || null, at, void 0);
  }
};
function tableOptions(node) {
  if (!node) return void 0;
  const n = unwrap(node);
  if (n.type === "NewExpression") return n.arguments[0] ? unwrap(n.arguments[0]) : void 0;
  return n.type === "ObjectExpression" ? n : void 0;
}
function on(node, build) {
  const name = stringOf(node) ?? stringOf(property(tableOptions(node), "name"));
  return name ? build(`"${name}"`) || null : null;
}
function flag(options, key) {
  const value = property(options, key);
  return value?.type === "Literal" && value.value === true;
}
function strings(node) {
  if (node?.type !== "ArrayExpression") return null;
  const out = node.elements.map((e) => stringOf(e));
  return out.every((s) => s !== null) ? out : null;
}
function columnSql(options) {
  const name = stringOf(property(options, "name"));
  let type = stringOf(property(options, "type"));
  if (!name || !type) return null;
  const generated = flag(options, "isGenerated");
  const strategy = stringOf(property(options, "generationStrategy")) ?? "increment";
  const length = stringOf(property(options, "length")) ?? (property(options, "length")?.type === "Literal" ? String(property(options, "length").value) : null);
  if (length) type = `${type}(${length})`;
  if (flag(options, "isArray")) type = `${type} array`;
  if (generated && strategy === "increment") type = type === "bigint" || type === "int8" ? "BIGSERIAL" : type === "smallint" || type === "int2" ? "SMALLSERIAL" : "SERIAL";
  let sql = `"${name}" ${type}`;
  if (generated && strategy === "identity") sql += " GENERATED BY DEFAULT AS IDENTITY";
  const nullable = flag(options, "isNullable");
  if (!nullable) sql += " NOT NULL";
  const def = property(options, "default");
  const defText = def ? stringOf(def) ?? (def.type === "Literal" ? String(def.value) : null) : null;
  if (def && defText === null) return null;
  if (defText !== null) sql += ` DEFAULT ${defText}`;
  else if (generated && strategy === "uuid") sql += " DEFAULT uuid_generate_v4()";
  return sql;
}
function indexSql(table, options) {
  const columns = strings(property(options, "columnNames"));
  if (!columns) return null;
  const name = stringOf(property(options, "name")) ?? typeormNames.index(table, columns);
  return `CREATE ${flag(options, "isUnique") ? "UNIQUE " : ""}INDEX "${name}" ON "${table}" (${columns.map((c) => `"${c}"`).join(", ")})`;
}
function foreignKeySql(table, options) {
  const columns = strings(property(options, "columnNames"));
  const refColumns = strings(property(options, "referencedColumnNames"));
  const refTable = stringOf(property(options, "referencedTableName"));
  if (!columns || !refColumns || !refTable) return null;
  const name = stringOf(property(options, "name")) ?? typeormNames.foreignKey(table, columns);
  const onDelete = stringOf(property(options, "onDelete"));
  const onUpdate = stringOf(property(options, "onUpdate"));
  return `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY (${columns.map((c) => `"${c}"`).join(", ")}) REFERENCES "${refTable}"(${refColumns.map((c) => `"${c}"`).join(", ")})${onDelete ? ` ON DELETE ${onDelete}` : ""}${onUpdate ? ` ON UPDATE ${onUpdate}` : ""}`;
}
export {
  typeormMigrationsFrontend
};
