import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  namedImports,
  parseModule,
  require_dist,
  stringOf,
  unwrap
} from "./chunk-VB3HZOQF.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/frontends/ts/typeormSource.ts
var import_typescript_estree = __toESM(require_dist(), 1);
var ModuleReader = class {
  constructor(files, project, problems) {
    this.project = project;
    this.problems = problems;
    this.known = new Map(files.map((f) => [f.path, f.text]));
    this.allPaths = [.../* @__PURE__ */ new Set([...this.known.keys(), ...project?.paths ?? []])].sort();
  }
  project;
  problems;
  cache = /* @__PURE__ */ new Map();
  known;
  allPaths;
  /** The suppression comments of the configured files (the engine reads suppressions from these). */
  comments = /* @__PURE__ */ new Map();
  text(path) {
    return this.known.get(path) ?? this.project?.read(path) ?? null;
  }
  module(path) {
    if (this.cache.has(path)) return this.cache.get(path);
    const text = this.text(path);
    const own = this.known.has(path);
    const program = text === null ? null : parseModule(path, text, own ? this.problems : [], own ? this.comments : void 0);
    const info = program ? readModule(path, program) : null;
    this.cache.set(path, info);
    return info;
  }
  /**
   * `./user`, `../entities` (a folder with index.ts), `./user.js` → the project's file; a bare
   * specifier through tsconfig.json's `paths` and `baseUrl` (`@app/users`, `src/users/user.entity`)
   * when it names a project file. Null for a package.
   */
  resolve(from, spec) {
    if (!spec.startsWith(".")) return this.resolveBare(from, spec);
    const parts = from.split("/").slice(0, -1);
    for (const part of spec.split("/")) {
      if (part === "." || part === "") continue;
      if (part === "..") parts.pop();
      else parts.push(part);
    }
    return this.existing(parts.join("/"));
  }
  existing(path) {
    const base = path.replace(/^\.\//, "").replace(/\.(js|mjs|cjs)$/, "");
    this.pathSet ??= new Set(this.allPaths);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}/index.ts`]) if (this.pathSet.has(candidate)) return candidate;
    return null;
  }
  pathSet;
  resolveBare(from, spec) {
    const pkg = packageDirOf(this, from.split("/").slice(0, -1).join("/"));
    const tsconfig = readTsconfig(this, `${pkg}tsconfig.json`);
    if (!tsconfig || tsconfig.baseUrl === void 0 && !tsconfig.paths) return null;
    const base = `${pkg}${(tsconfig.baseUrl ?? ".").replace(/^\.\/?/, "").replace(/\/$/, "")}`;
    const join = (target) => [base, target.replace(/^\.\//, "")].filter((p) => p !== "").join("/");
    for (const [pattern, targets] of Object.entries(tsconfig.paths ?? {})) {
      const star = pattern.indexOf("*");
      const matches = star === -1 ? spec === pattern : spec.startsWith(pattern.slice(0, star)) && spec.endsWith(pattern.slice(star + 1));
      if (!matches) continue;
      const middle = star === -1 ? "" : spec.slice(star, spec.length - (pattern.length - star - 1));
      for (const target of targets) {
        const found = this.existing(join(target.replace("*", middle)));
        if (found) return found;
      }
    }
    return tsconfig.baseUrl !== void 0 ? this.existing(join(spec)) : null;
  }
  /**
   * What a name used in `file` stands for: a declaration in that file or the module it is
   * imported from (through re-exports). Null when it is not a project declaration (a package's).
   */
  lookup(file, name, depth = 0) {
    const module = this.module(file);
    if (!module || depth > 8) return null;
    if (module.classes.has(name) || module.types.has(name) || module.consts.has(name)) return { module, local: name };
    const imported = module.imports.get(name);
    if (!imported) return null;
    const target = this.resolve(file, imported.source);
    if (!target) return null;
    if (imported.imported === "*") return null;
    return this.exported(target, imported.imported, depth + 1);
  }
  /** The declaration `file` exports as `name` (`default` for the default export). */
  exported(file, name, depth = 0) {
    const module = this.module(file);
    if (!module || depth > 8) return null;
    const local = name === "default" ? module.defaultExport : module.exports.get(name);
    if (local) {
      if (module.classes.has(local) || module.types.has(local) || module.consts.has(local)) return { module, local };
      return this.lookup(file, local, depth + 1);
    }
    for (const re of module.reexports) {
      const inner = re.names ? re.names.get(name) : name;
      if (!inner) continue;
      const target = this.resolve(file, re.source);
      const found = target ? this.exported(target, inner, depth + 1) : null;
      if (found) return found;
    }
    return null;
  }
  classNamed(file, name) {
    const found = this.lookup(file, name);
    return found?.module.classes.get(found.local) ?? null;
  }
};
function readModule(file, program) {
  const info = { file, program, classes: /* @__PURE__ */ new Map(), imports: namedImports(program), types: /* @__PURE__ */ new Map(), consts: /* @__PURE__ */ new Map(), reexports: [], exports: /* @__PURE__ */ new Map(), defaultExport: null };
  for (const statement of program.body) {
    if (statement.type === "ImportDeclaration") {
      for (const spec of statement.specifiers) if (spec.type === "ImportDefaultSpecifier") info.imports.set(spec.local.name, { source: statement.source.value, imported: "default" });
      continue;
    }
    if ((statement.type === "ExportAllDeclaration" || statement.type === "ExportNamedDeclaration") && statement.source) {
      const names = statement.type === "ExportAllDeclaration" ? null : new Map(statement.specifiers.map((s) => [nameOf(s.exported), nameOf(s.local)]));
      info.reexports.push({ source: statement.source.value, names });
      continue;
    }
    if (statement.type === "ExportNamedDeclaration" && !statement.declaration) {
      for (const s of statement.specifiers) info.exports.set(nameOf(s.exported), nameOf(s.local));
      continue;
    }
    if (statement.type === "ExportDefaultDeclaration") {
      const d = statement.declaration;
      if (d.type === "Identifier") info.defaultExport = d.name;
      else if (d.type === "ClassDeclaration" && d.id) info.defaultExport = d.id.name;
    }
    const exported = statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration";
    const decl = statement.type === "ExportNamedDeclaration" || statement.type === "ExportDefaultDeclaration" ? statement.declaration : statement;
    if (!decl) continue;
    if (decl.type === "ClassDeclaration" && decl.id) {
      info.classes.set(decl.id.name, readClass(file, decl, exported));
      if (exported) info.exports.set(decl.id.name, decl.id.name);
    } else if (decl.type === "TSEnumDeclaration" || decl.type === "TSTypeAliasDeclaration") {
      info.types.set(decl.id.name, decl);
      if (exported) info.exports.set(decl.id.name, decl.id.name);
    } else if (decl.type === "VariableDeclaration") {
      for (const d of decl.declarations) {
        if (d.id.type !== "Identifier" || !d.init) continue;
        info.consts.set(d.id.name, d.init);
        if (exported) info.exports.set(d.id.name, d.id.name);
      }
    }
  }
  return info;
}
function nameOf(node) {
  return node.type === "Identifier" ? node.name : node.value;
}
function readDecorators(list) {
  const out = [];
  for (const d of list ?? []) {
    const e = unwrap(d.expression);
    const callee = e.type === "CallExpression" ? e.callee : e;
    const name = callee.type === "Identifier" ? callee.name : callee.type === "MemberExpression" && callee.property.type === "Identifier" ? callee.property.name : null;
    if (name) out.push({ name, args: e.type === "CallExpression" ? e.arguments : [], node: d });
  }
  return out;
}
function readClass(file, node, exported) {
  const properties = [];
  for (const member of node.body.body) {
    if (member.type !== "PropertyDefinition" || member.static || member.computed) continue;
    const name = member.key.type === "Identifier" ? member.key.name : stringOf(member.key);
    if (!name) continue;
    properties.push({ name, decorators: readDecorators(member.decorators), type: member.typeAnnotation?.typeAnnotation ?? null, node: member });
  }
  const sup = node.superClass ? unwrap(node.superClass) : null;
  return {
    name: node.id.name,
    file,
    node,
    exported,
    abstract: node.abstract === true,
    decorators: readDecorators(node.decorators),
    superName: sup?.type === "Identifier" ? sup.name : sup ? "<expression>" : null,
    properties
  };
}
function staticText(reader, file, node, locals = /* @__PURE__ */ new Map(), depth = 0) {
  if (depth > 6) return null;
  const n = unwrap(node);
  if (n.type === "Literal" && (typeof n.value === "string" || typeof n.value === "number" || typeof n.value === "boolean")) return String(n.value);
  const s = stringOf(n);
  if (s !== null) return s;
  if (n.type === "Identifier") {
    const local = locals.get(n.name);
    if (local) return staticText(reader, file, local, /* @__PURE__ */ new Map(), depth + 1);
    const found = reader.lookup(file, n.name);
    const init = found?.module.consts.get(found.local);
    return init ? staticText(reader, found.module.file, init, /* @__PURE__ */ new Map(), depth + 1) : null;
  }
  if (n.type === "MemberExpression" && !n.computed && n.object.type === "Identifier" && n.property.type === "Identifier") {
    const value = enumMemberValue(reader, file, n.object.name, n.property.name);
    if (value !== void 0) return String(value);
    const found = reader.lookup(file, n.object.name);
    const init = found?.module.consts.get(found.local);
    const object = init ? unwrap(init) : null;
    if (object?.type === "ObjectExpression") {
      for (const p of object.properties) {
        if (p.type === "Property" && !p.computed && p.key.type === "Identifier" && p.key.name === n.property.name) return staticText(reader, found.module.file, p.value, /* @__PURE__ */ new Map(), depth + 1);
      }
    }
  }
  return null;
}
function enumMemberValue(reader, file, enumName, member) {
  const found = reader.lookup(file, enumName);
  const decl = found?.module.types.get(found.local);
  if (decl?.type !== "TSEnumDeclaration") return void 0;
  const members = decl.body?.members ?? decl.members;
  let next = 0;
  for (const m of members) {
    const init = m.initializer ? unwrap(m.initializer) : null;
    const v = init ? init.type === "Literal" ? init.value : stringOf(init) : next;
    if (typeof v === "number") next = v + 1;
    const key2 = m.id.type === "Identifier" ? m.id.name : stringOf(m.id);
    if (key2 === member) return typeof v === "string" || typeof v === "number" ? v : void 0;
  }
  return void 0;
}
function packageDirOf(reader, dir) {
  const parts = dir.split("/").filter((p) => p !== "" && p !== ".");
  const paths = new Set(reader.allPaths);
  for (let n = parts.length; n >= 0; n--) {
    const d = parts.slice(0, n).join("/");
    if (paths.has(d ? `${d}/package.json` : "package.json") || paths.has(d ? `${d}/tsconfig.json` : "tsconfig.json")) return d ? `${d}/` : "";
  }
  return "";
}
var tsconfigs = /* @__PURE__ */ new WeakMap();
function readTsconfig(reader, file) {
  let cache = tsconfigs.get(reader);
  if (!cache) tsconfigs.set(reader, cache = /* @__PURE__ */ new Map());
  if (cache.has(file)) return cache.get(file);
  let out = null;
  const text = reader.text(file);
  if (text !== null) {
    try {
      const program = (0, import_typescript_estree.parse)(`(${text})`, { loc: false, range: false, comment: false });
      const statement = program.body[0];
      const root = statement?.type === "ExpressionStatement" ? unwrap(statement.expression) : null;
      const options = root?.type === "ObjectExpression" ? objectProperty(root, "compilerOptions") : void 0;
      if (options?.type === "ObjectExpression") {
        out = {};
        const str = (key2) => stringOf(objectProperty(options, key2)) ?? void 0;
        out.outDir = str("outDir");
        out.rootDir = str("rootDir");
        out.baseUrl = str("baseUrl");
        const paths = objectProperty(options, "paths");
        if (paths?.type === "ObjectExpression") {
          out.paths = {};
          for (const p of paths.properties) {
            if (p.type !== "Property") continue;
            const key2 = stringOf(p.key);
            const value = unwrap(p.value);
            if (key2 === null || value.type !== "ArrayExpression") continue;
            out.paths[key2] = value.elements.map((e) => e ? stringOf(e) : null).filter((v) => v !== null);
          }
        }
      }
    } catch {
      out = null;
    }
  }
  cache.set(file, out);
  return out;
}
function objectProperty(object, key2) {
  if (object.type !== "ObjectExpression") return void 0;
  for (const p of object.properties) {
    if (p.type !== "Property" || p.computed) continue;
    const name = p.key.type === "Identifier" ? p.key.name : stringOf(p.key);
    if (name === key2) return unwrap(p.value);
  }
  return void 0;
}

// src/frontends/ts/typeormNames.ts
import { createHash } from "node:crypto";
function sha1(text) {
  return createHash("sha1").update(encodeURIComponent(text)).digest("hex");
}
function key(table, columns) {
  const name = table.split(".").pop().replace(".", "_");
  return `${name}_${[...columns].sort().join("_")}`;
}
var typeormNames = {
  primaryKey: (table, columns) => `PK_${sha1(key(table, columns)).slice(0, 27)}`,
  unique: (table, columns) => `UQ_${sha1(key(table, columns)).slice(0, 27)}`,
  foreignKey: (table, columns) => `FK_${sha1(key(table, columns)).slice(0, 27)}`,
  index: (table, columns, where) => `IDX_${sha1(`${key(table, columns)}${where ? `_${where}` : ""}`).slice(0, 26)}`
};

export {
  ModuleReader,
  staticText,
  enumMemberValue,
  packageDirOf,
  readTsconfig,
  typeormNames
};
