import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  callArguments,
  calleeName,
  dottedName,
  nodeLocation,
  staticValue,
  stringValue,
  unwrap
} from "./chunk-IJCYXJNY.mjs";
import {
  parsePython
} from "./chunk-U25424FD.mjs";
import {
  require_picomatch
} from "./chunk-VHE52EGW.mjs";
import {
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// src/frontends/python/resolve.ts
var MAX_DEPTH = 40;
var PYTHON_BUILTINS = /* @__PURE__ */ new Set([
  "int",
  "str",
  "float",
  "bool",
  "bytes",
  "bytearray",
  "complex",
  "dict",
  "list",
  "set",
  "frozenset",
  "tuple",
  "object",
  "type",
  "len",
  "range",
  "print",
  "isinstance",
  "getattr",
  "setattr",
  "hasattr",
  "super",
  "property",
  "staticmethod",
  "classmethod",
  "None",
  "True",
  "False",
  "Exception",
  "ValueError",
  "TypeError",
  "KeyError",
  "memoryview",
  "iter",
  "next",
  "map",
  "filter",
  "zip",
  "sorted",
  "reversed",
  "enumerate",
  "min",
  "max",
  "sum",
  "any",
  "all",
  "abs",
  "round",
  "repr",
  "hash",
  "id",
  "vars",
  "dir",
  "callable",
  "open",
  "__name__",
  "__file__"
]);
function isPythonBuiltin(name) {
  return PYTHON_BUILTINS.has(name);
}
var KNOWN_STAR_EXPORTERS = ["sqlalchemy", "sqlmodel", "flask_sqlalchemy"];
function isSqlalchemyName(qualified) {
  return qualified === "sqlalchemy" || qualified.startsWith("sqlalchemy.") || qualified.startsWith("sqlmodel.") || qualified === "sqlmodel";
}
function lastPart(qualified) {
  const dot = qualified.lastIndexOf(".");
  return dot === -1 ? qualified : qualified.slice(dot + 1);
}
var Resolver = class {
  /**
   * @param modules the parsed modules by file, starting with the configured model files
   * @param load reads and parses another project module when an import first reaches it
   */
  constructor(index, modules, load = () => null) {
    this.index = index;
    this.modules = modules;
    this.load = load;
  }
  index;
  modules;
  load;
  unreadable = /* @__PURE__ */ new Set();
  moduleForFile(file) {
    if (!file) return null;
    const known = this.modules.get(file);
    if (known || this.unreadable.has(file)) return known ?? null;
    const loaded = this.load(file);
    if (loaded) this.modules.set(file, loaded);
    else this.unreadable.add(file);
    return loaded;
  }
  /** Names a star import of `mod` brings in: `__all__` when given, else every public name. */
  exportsByStar(mod, name) {
    if (mod.allNames) return mod.allNames.includes(name);
    return !name.startsWith("_");
  }
  memo = /* @__PURE__ */ new Map();
  resolving = /* @__PURE__ */ new Set();
  /**
   * The symbol `name` is bound to at the end of `mod`'s top level. Memoised: packages that
   * star-import each other would otherwise be walked again for every name.
   */
  resolveName(mod, name, depth = 0) {
    const cached = this.memo.get(mod)?.get(name);
    if (cached) return cached;
    const key = `${mod.file}\0${name}`;
    if (this.resolving.has(key)) return { kind: "unknown", reason: `"${name}" is only reachable through an import cycle`, unbound: true };
    this.resolving.add(key);
    const sym = this.resolveNameUncached(mod, name, depth);
    this.resolving.delete(key);
    let names = this.memo.get(mod);
    if (!names) this.memo.set(mod, names = /* @__PURE__ */ new Map());
    names.set(name, sym);
    return sym;
  }
  resolveNameUncached(mod, name, depth) {
    if (depth > MAX_DEPTH) return { kind: "unknown", reason: `import chain too deep while resolving "${name}"` };
    let unknownStar = null;
    let knownStar = null;
    for (let i = mod.timeline.length - 1; i >= 0; i--) {
      const binding = mod.timeline[i];
      if (binding.kind === "star") {
        const sym = this.fromStar(binding, name, depth);
        if (sym === "unknown-module") unknownStar ??= binding.module ?? "(relative import)";
        else if (sym?.kind === "external") knownStar ??= sym.qualified;
        else if (sym) return sym;
        continue;
      }
      if (binding.name !== name) continue;
      return this.fromBinding(mod, binding, depth);
    }
    if (knownStar && !PYTHON_BUILTINS.has(name)) return { kind: "external", qualified: knownStar };
    if (unknownStar) return { kind: "unknown", reason: `"${name}" may come from the star import of ${unknownStar}, which cannot be read` };
    return { kind: "unknown", reason: `"${name}" is not defined or imported here`, unbound: true };
  }
  fromStar(binding, name, depth) {
    if (!binding.module) return "unknown-module";
    const file = this.index.fileOf(binding.module);
    const target = this.moduleForFile(file);
    if (target) {
      if (!this.exportsByStar(target, name)) return null;
      const sym = this.resolveName(target, name, depth + 1);
      if (sym.kind === "unknown" && sym.unbound) {
        const sub = `${binding.module}.${name}`;
        if (target.allNames?.includes(name) && this.index.fileOf(sub)) return { kind: "module", module: sub, file: this.index.fileOf(sub) };
        return null;
      }
      return sym;
    }
    if (KNOWN_STAR_EXPORTERS.some((p) => binding.module === p || binding.module.startsWith(`${p}.`))) {
      return { kind: "external", qualified: `${binding.module}.${name}` };
    }
    return "unknown-module";
  }
  fromBinding(mod, binding, depth) {
    switch (binding.kind) {
      case "import":
        return { kind: "module", module: binding.module, file: this.index.fileOf(binding.module) };
      case "from": {
        if (!binding.module) return { kind: "unknown", reason: `relative import of "${binding.imported}" climbs above the project` };
        return this.memberOfModule(binding.module, binding.imported, depth);
      }
      case "class":
        return { kind: "class", cls: binding.cls };
      case "assign":
        return this.evaluateValue(mod, binding.name, binding.value, depth);
      case "other":
        return { kind: "unknown", reason: `"${binding.name}" is bound to something computed` };
      default:
        return { kind: "unknown", reason: "unreadable binding" };
    }
  }
  /** `from module import name`: the package's attribute first, else its submodule. */
  memberOfModule(module, name, depth) {
    const file = this.index.fileOf(module);
    const target = this.moduleForFile(file);
    const submodule = this.index.fileOf(`${module}.${name}`);
    if (target) {
      const sym = this.resolveName(target, name, depth + 1);
      if (sym.kind === "unknown" && sym.unbound && submodule) return { kind: "module", module: `${module}.${name}`, file: submodule };
      return sym;
    }
    if (submodule) return { kind: "module", module: `${module}.${name}`, file: submodule };
    if (file) return { kind: "unknown", reason: `module ${module} could not be read` };
    if (this.index.isProjectPackage(`${module}.${name}`)) return { kind: "module", module: `${module}.${name}`, file: null };
    if (this.index.isProjectPackage(module)) return { kind: "unknown", reason: `${module}.${name} is not a module of the project ormlint reads` };
    return { kind: "external", qualified: `${module}.${name}` };
  }
  /** The symbol an expression (name, attribute chain, or a base-making call) stands for. */
  resolveExpr(mod, input, depth = 0) {
    const node = unwrap(input);
    if (depth > MAX_DEPTH) return { kind: "unknown", reason: "too deep" };
    if (node.type === "identifier") return this.resolveName(mod, node.text, depth);
    if (node.type === "attribute") {
      const objectNode = node.childForFieldName("object");
      const attribute = node.childForFieldName("attribute")?.text;
      if (!objectNode || !attribute) return { kind: "unknown", reason: `cannot read ${node.text}` };
      const object = this.resolveExpr(mod, objectNode, depth + 1);
      return this.attributeOf(object, attribute, node.text, depth);
    }
    if (node.type === "call") return this.evaluateValue(mod, null, node, depth);
    return { kind: "unknown", reason: `${node.text} cannot be evaluated statically` };
  }
  attributeOf(object, attribute, text, depth) {
    switch (object.kind) {
      case "module":
        if (object.file || this.index.isProjectPackage(object.module)) return this.memberOfModule(object.module, attribute, depth);
        return { kind: "external", qualified: `${object.module}.${attribute}` };
      case "external":
        return { kind: "external", qualified: `${object.qualified}.${attribute}` };
      case "flaskDb":
        if (attribute === "Model") {
          const modelClass = object.call ? callArguments(object.call).keywords.get("model_class") : void 0;
          return { kind: "base", qualified: `${object.qualified}.Model`, flavor: "flask", metadataCall: object.call ?? null, module: object.module, ...modelClass ? { modelClass } : {} };
        }
        return { kind: "external", qualified: `sqlalchemy.${attribute}` };
      case "unknown":
        return object;
      default:
        return { kind: "unknown", reason: `${text} cannot be evaluated statically` };
    }
  }
  /** What an assigned value is: an alias of another name, or a call that makes a base / registry / db. */
  evaluateValue(mod, name, value, depth) {
    const node = unwrap(value);
    const qualifiedHere = name && mod.module ? `${mod.module}.${name}` : name ?? node.text;
    if (node.type === "identifier" || node.type === "attribute") return this.resolveExpr(mod, node, depth + 1);
    if (node.type === "call") {
      const fn = node.childForFieldName("function");
      if (!fn) return { kind: "unknown", reason: "call without callee" };
      if (fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "generate_base") {
        const owner = this.resolveExpr(mod, fn.childForFieldName("object"), depth + 1);
        if (owner.kind === "registry") return { kind: "base", qualified: qualifiedHere, flavor: "declarative", metadataCall: null };
      }
      const callee = this.resolveExpr(mod, fn, depth + 1);
      if (callee.kind === "external" && callee.qualified === "functools.partial") {
        const { positional, keywords } = callArguments(node);
        const target = positional[0] ? this.resolveExpr(mod, positional[0], depth + 1) : null;
        if (target?.kind === "external") return { ...target, partial: { keywords, module: mod } };
      }
      if (callee.kind === "class" && this.derivesFrom(callee.cls, (q) => q.startsWith("flask_sqlalchemy") && lastPart(q) === "SQLAlchemy", depth + 1)) {
        return { kind: "flaskDb", qualified: qualifiedHere, call: node, module: mod };
      }
      if (callee.kind === "external") {
        const last = lastPart(callee.qualified);
        if (isSqlalchemyName(callee.qualified) && last === "declarative_base") {
          return { kind: "base", qualified: qualifiedHere, flavor: "declarative", metadataCall: node, module: mod };
        }
        if (isSqlalchemyName(callee.qualified) && last === "registry") return { kind: "registry", qualified: qualifiedHere };
        if (callee.qualified.startsWith("flask_sqlalchemy") && last === "SQLAlchemy") return { kind: "flaskDb", qualified: qualifiedHere, call: node, module: mod };
      }
      return name ? { kind: "value", module: mod, name, value: node } : { kind: "unknown", reason: `${calleeName(node) ?? "a call"}(...) cannot be evaluated statically` };
    }
    return name ? { kind: "value", module: mod, name, value: node } : { kind: "unknown", reason: `${node.text} cannot be evaluated statically` };
  }
  /** True when a project class has an external superclass (at any depth) that `matches`. */
  derivesFrom(cls, matches, depth, seen = /* @__PURE__ */ new Set()) {
    if (depth > MAX_DEPTH || seen.has(cls)) return false;
    seen.add(cls);
    const mod = this.moduleForFile(cls.file);
    if (!mod) return false;
    return cls.superclasses.some((expr) => {
      const sym = this.resolveExpr(mod, expr, depth + 1);
      if (sym.kind === "external") return matches(sym.qualified);
      return sym.kind === "class" && this.derivesFrom(sym.cls, matches, depth + 1, seen);
    });
  }
  /** A qualified name for any symbol, for messages and the imports map handed to type readers. */
  qualifiedName(sym) {
    switch (sym.kind) {
      case "module":
        return sym.module;
      case "class":
        return sym.cls.module ? `${sym.cls.module}.${sym.cls.name}` : sym.cls.name;
      case "external":
      case "base":
      case "registry":
        return sym.qualified;
      case "flaskDb":
        return "sqlalchemy";
      case "value":
        return sym.module.module ? `${sym.module.module}.${sym.name}` : sym.name;
      default:
        return null;
    }
  }
};

// src/frontends/python/modules.ts
function moduleNameForPath(path) {
  if (!path.endsWith(".py")) return null;
  const parts = path.slice(0, -3).split("/").filter((p) => p !== "" && p !== ".");
  const isPackage = parts[parts.length - 1] === "__init__";
  if (isPackage) parts.pop();
  if (parts.length === 0 || parts.some((p) => p.includes(".") || p.includes("-"))) return null;
  return { module: parts.join("."), isPackage };
}
var ModuleIndex = class {
  byModule = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  /** Every proper dotted prefix of a project module (`app`, `app.models` for `app.models.x`). */
  packagePrefixes = /* @__PURE__ */ new Set();
  /**
   * @param layoutKnown whether `paths` lists every Python file of the project, so a folder without
   *   `__init__.py` among them really has none. When only some files are known (a frontend run on
   *   in-memory files), every folder counts as a package except a `src/` source root.
   */
  constructor(paths, layoutKnown = true) {
    const all = [...new Set(paths)].sort();
    const present = new Set(all);
    const srcIsRoot = !present.has("src/__init__.py");
    const isPackageDir = layoutKnown ? (dir) => dir !== "" && present.has(`${dir}/__init__.py`) : (dir) => dir !== "" && !(dir === "src" && srcIsRoot);
    const projectDirs = new Set(all.filter((p) => PROJECT_MARKERS.has(p.slice(p.lastIndexOf("/") + 1))).map(parentDir));
    const isSourceRootDir = (dir) => dir === "" || dir === "src" || dir.endsWith("/src") || projectDirs.has(dir);
    const alternates = [];
    const sourceRoots = /* @__PURE__ */ new Set();
    for (const path of all) {
      if (!path.endsWith("__init__.py") || path !== "__init__.py" && !path.endsWith("/__init__.py")) continue;
      const pkg = parentDir(path);
      if (pkg !== "" && !isPackageDir(parentDir(pkg)) && isSourceRootDir(parentDir(pkg))) sourceRoots.add(parentDir(pkg));
    }
    for (const path of all) {
      const full = moduleNameForPath(path);
      if (!full) continue;
      let primary = full;
      const root = layoutKnown ? nearestAncestor(path, sourceRoots) : srcIsRoot && path.startsWith("src/") ? "src" : null;
      if (root !== null && root !== "") {
        const underRoot = moduleNameForPath(path.slice(root.length + 1));
        if (underRoot) primary = underRoot;
      }
      this.byFile.set(path, primary);
      if (!this.byModule.has(primary.module)) this.byModule.set(primary.module, path);
      if (full.module !== primary.module) alternates.push([full.module, path]);
    }
    for (const [module, path] of alternates) if (!this.byModule.has(module)) this.byModule.set(module, path);
    for (const module of this.byModule.keys()) {
      for (let dot = module.indexOf("."); dot !== -1; dot = module.indexOf(".", dot + 1)) this.packagePrefixes.add(module.slice(0, dot));
    }
  }
  /** Project files whose module lies under `prefix` (`app.models` → `app.models.x`, `app.models.y.z`). */
  filesUnder(prefix, directChildrenOnly) {
    const out = [];
    for (const [file, info] of this.byFile) {
      if (!info.module.startsWith(`${prefix}.`)) continue;
      if (directChildrenOnly && info.module.slice(prefix.length + 1).includes(".")) continue;
      out.push(file);
    }
    return out.sort();
  }
  /** The module of a file, or null when the path is not importable (hyphens, not .py). */
  moduleOf(path) {
    return this.byFile.get(path) ?? null;
  }
  /**
   * True when project modules live under `module` even without an `__init__.py` of its own
   * (a namespace package): its names are the project's, not an external library's.
   */
  isProjectPackage(module) {
    return this.packagePrefixes.has(module);
  }
  /** The project file of an absolute module name, or null when it is external / unknown. */
  fileOf(module) {
    return this.byModule.get(module) ?? null;
  }
  /**
   * Files executed when `module` is imported: every package `__init__.py` on the way, then the
   * module itself (`import app.models.x` runs `app/__init__.py`, `app/models/__init__.py`, `x.py`).
   */
  filesImportedBy(module) {
    const parts = module.split(".");
    const out = [];
    for (let i = 1; i <= parts.length; i++) {
      const file = this.fileOf(parts.slice(0, i).join("."));
      if (file && !out.includes(file)) out.push(file);
    }
    return out;
  }
};
function resolveImportModule(fromModule, fromIsPackage, level, name) {
  if (level === 0) return name;
  const parts = fromModule.split(".");
  const packageParts = fromIsPackage ? parts : parts.slice(0, -1);
  const up = level - 1;
  if (up > packageParts.length) return null;
  const base = packageParts.slice(0, packageParts.length - up);
  const joined = [...base, ...name ? name.split(".") : []].join(".");
  return joined === "" ? null : joined;
}
var PROJECT_MARKERS = /* @__PURE__ */ new Set(["pyproject.toml", "setup.py", "setup.cfg"]);
function nearestAncestor(path, folders) {
  for (let dir = parentDir(path); ; dir = parentDir(dir)) {
    if (folders.has(dir)) return dir;
    if (dir === "") return null;
  }
}
function parentDir(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

// src/frontends/python/namespace.ts
function readModule(file, module, isPackage, root) {
  const out = { file, module, isPackage, root, timeline: [], imports: [], classes: [], allNames: null, allDynamic: false, calls: [] };
  visitBlock(root, out);
  return out;
}
function visitBlock(block, out) {
  for (const child of block.namedChildren) if (child) visitStatement(child, out);
}
function visitStatement(node, out) {
  switch (node.type) {
    case "import_statement":
      readImport(node, out);
      return;
    case "import_from_statement":
      readFromImport(node, out);
      return;
    case "future_import_statement":
      return;
    case "class_definition":
      readClass(node, [], out);
      return;
    case "decorated_definition": {
      const definition = node.childForFieldName("definition");
      const decorators = node.namedChildren.filter((c) => c?.type === "decorator");
      if (definition?.type === "class_definition") readClass(definition, decorators, out);
      else if (definition) bindOther(definition.childForFieldName("name"), out);
      return;
    }
    case "function_definition":
      bindOther(node.childForFieldName("name"), out);
      return;
    case "expression_statement":
      for (const child of node.namedChildren) if (child) readExpressionStatement(child, out);
      return;
    case "if_statement": {
      const condition = node.childForFieldName("condition");
      const guarded = condition ? dottedName(condition) ?? "" : "";
      const typeCheckingOnly = guarded === "TYPE_CHECKING" || guarded.endsWith(".TYPE_CHECKING");
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === "block" && !typeCheckingOnly) visitBlock(child, out);
        if (child.type === "elif_clause" || child.type === "else_clause") {
          const body = child.childForFieldName("consequence") ?? child.childForFieldName("body");
          if (body && !(typeCheckingOnly && child.type === "elif_clause")) visitBlock(body, out);
        }
      }
      return;
    }
    case "try_statement":
    case "with_statement":
    case "except_clause":
    case "except_group_clause":
    case "else_clause":
    case "finally_clause":
    case "block":
    // tree-sitter wraps what it could not parse in ERROR nodes; statements inside still count.
    case "ERROR":
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === "block" || child.type.endsWith("_clause") || child.type === "ERROR") visitBlock(child, out);
        else if (node.type === "ERROR" || node.type === "block") visitStatement(child, out);
      }
      return;
    default:
      return;
  }
}
function bindOther(nameNode, out) {
  if (nameNode) out.timeline.push({ kind: "other", name: nameNode.text, location: nodeLocation(nameNode, out.file) });
}
function readImport(node, out) {
  const statement = { node, module: null, names: [], isFrom: false, star: false };
  for (const child of node.childrenForFieldName("name")) {
    if (!child) continue;
    const target = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const alias = child.type === "aliased_import" ? child.childForFieldName("alias")?.text ?? null : null;
    const module = target?.text.replace(/\s+/gu, "") ?? "";
    if (!module) continue;
    statement.names.push({ name: module, alias, node: child });
    const location = nodeLocation(child, out.file);
    if (alias) out.timeline.push({ kind: "import", name: alias, module, location });
    else out.timeline.push({ kind: "import", name: module.split(".")[0], module: module.split(".")[0], location });
  }
  out.imports.push(statement);
}
function readFromImport(node, out) {
  const moduleNode = node.childForFieldName("module_name");
  let module = null;
  if (moduleNode?.type === "relative_import") {
    const prefix = moduleNode.namedChildren.find((c) => c?.type === "import_prefix")?.text ?? "";
    const name = moduleNode.namedChildren.find((c) => c?.type === "dotted_name")?.text ?? "";
    module = out.module === null ? null : resolveImportModule(out.module, out.isPackage, prefix.length, name.replace(/\s+/gu, ""));
  } else if (moduleNode) {
    module = moduleNode.text.replace(/\s+/gu, "");
  }
  const statement = { node, module, names: [], isFrom: true, star: false };
  if (node.namedChildren.some((c) => c?.type === "wildcard_import")) {
    statement.star = true;
    out.timeline.push({ kind: "star", module, location: nodeLocation(node, out.file) });
  }
  for (const child of node.childrenForFieldName("name")) {
    if (!child) continue;
    const target = child.type === "aliased_import" ? child.childForFieldName("name") : child;
    const alias = child.type === "aliased_import" ? child.childForFieldName("alias")?.text ?? null : null;
    const imported = target?.text ?? "";
    if (!imported) continue;
    statement.names.push({ name: imported, alias, node: child });
    out.timeline.push({ kind: "from", name: alias ?? imported, module, imported, location: nodeLocation(child, out.file) });
  }
  out.imports.push(statement);
}
function readClass(node, decorators, out) {
  const nameNode = node.childForFieldName("name");
  if (!nameNode || nameNode.isMissing) return;
  const superclasses = [];
  const keywords = /* @__PURE__ */ new Map();
  const args = node.childForFieldName("superclasses");
  for (const arg of args?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "keyword_argument") {
      const key = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (key && value) keywords.set(key, value);
    } else if (arg.type !== "list_splat" && arg.type !== "dictionary_splat") {
      superclasses.push(arg);
    }
  }
  const cls = {
    name: nameNode.text,
    file: out.file,
    module: out.module,
    node,
    nameNode,
    decorators,
    superclasses,
    keywords,
    body: node.childForFieldName("body")
  };
  out.classes.push(cls);
  out.timeline.push({ kind: "class", name: cls.name, cls, location: nodeLocation(nameNode, out.file) });
}
function readExpressionStatement(node, out) {
  if (node.type === "assignment") {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!left) return;
    if (left.type === "identifier") {
      if (left.text === "__all__") readAll(right, out, false);
      if (right && right.type !== "assignment") out.timeline.push({ kind: "assign", name: left.text, value: right, location: nodeLocation(left, out.file) });
      else if (right?.type === "assignment") {
        let value = right;
        const targets = [left];
        while (value?.type === "assignment") {
          const l = value.childForFieldName("left");
          if (l?.type === "identifier") targets.push(l);
          value = value.childForFieldName("right");
        }
        for (const target of targets) {
          if (value) out.timeline.push({ kind: "assign", name: target.text, value, location: nodeLocation(target, out.file) });
        }
      } else {
        out.timeline.push({ kind: "other", name: left.text, location: nodeLocation(left, out.file) });
      }
    } else {
      for (const id of identifiersIn(left)) out.timeline.push({ kind: "other", name: id.text, location: nodeLocation(id, out.file) });
    }
    return;
  }
  if (node.type === "augmented_assignment") {
    const left = node.childForFieldName("left");
    if (left?.text === "__all__") readAll(node.childForFieldName("right"), out, true);
    return;
  }
  if (node.type === "call") {
    out.calls.push(node);
    const fn = dottedName(node.childForFieldName("function"));
    const arg = node.childForFieldName("arguments")?.namedChildren.find((c) => c && c.type !== "comment") ?? null;
    if (fn === "__all__.extend") readAll(arg, out, true);
    if (fn === "__all__.append") {
      const value = stringValue(arg);
      if (value !== null && out.allNames) out.allNames.push(value);
      else out.allDynamic = true;
    }
  }
}
function readAll(value, out, append) {
  const names = staticValue(value);
  if (Array.isArray(names) && names.every((n) => typeof n === "string")) {
    out.allNames = append && out.allNames ? [...out.allNames, ...names] : [...names];
    return;
  }
  out.allDynamic = true;
}
function identifiersIn(node) {
  if (node.type === "identifier") return [node];
  if (node.type === "pattern_list" || node.type === "tuple_pattern" || node.type === "list_pattern" || node.type === "tuple" || node.type === "list") {
    return node.namedChildren.flatMap((c) => c ? identifiersIn(c) : []);
  }
  return [];
}

// src/frontends/python/envPyPath.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function alembicEnvPaths(migrationsInclude) {
  const paths = /* @__PURE__ */ new Set();
  for (const glob of migrationsInclude) {
    const scan = import_picomatch.default.scan(glob);
    const base = scan.isGlob ? scan.base : scan.base.slice(0, Math.max(0, scan.base.lastIndexOf("/")));
    const segments = base === "" || base === "." ? [] : base.split("/");
    if (segments.includes("..")) continue;
    if (segments[segments.length - 1] === "versions") segments.pop();
    paths.add([...segments, "env.py"].join("/"));
  }
  return [...paths].sort();
}

// src/frontends/python/envPy.ts
function readTargetMetadata(file, root, index = new ModuleIndex([file])) {
  const info = index.moduleOf(file) ?? moduleNameForPath(file);
  const module = readModule(file, info?.module ?? null, info?.isPackage ?? false, root);
  const assignments = module.timeline.filter((b) => b.kind === "assign");
  const target = assignments.filter((b) => b.name === "target_metadata" && unwrap(b.value).type !== "none").at(-1);
  const flaskDbBinding = assignments.filter((b) => isFlaskMigrateDb(b.value, module)).at(-1);
  if (target) {
    const value = unwrap(target.value);
    const elements = value.type === "list" || value.type === "tuple" ? value.namedChildren.filter((n) => n !== null) : [value];
    const owners = [];
    for (const element of elements) {
      const owner = metadataOwner(element);
      if (!owner) return flaskDbBinding && isGetMetadataCall(value) ? flaskMigrateTarget(module, flaskDbBinding.location) : null;
      if (isFlaskMigrateDb(owner, module)) return flaskMigrateTarget(module, target.location);
      owners.push(owner);
    }
    return owners.length > 0 ? { module, location: target.location, owners, flaskMigrate: false } : null;
  }
  return flaskDbBinding ? flaskMigrateTarget(module, flaskDbBinding.location) : null;
}
function flaskMigrateTarget(module, location) {
  return { module, location, owners: [], flaskMigrate: true };
}
function metadataOwner(input) {
  const node = unwrap(input);
  if (node.type !== "attribute" || node.childForFieldName("attribute")?.text !== "metadata") return null;
  return node.childForFieldName("object");
}
function isGetMetadataCall(node) {
  return node.type === "call" && node.childForFieldName("function")?.text === "get_metadata";
}
function isFlaskMigrateDb(input, module, depth = 0) {
  const node = unwrap(input);
  if (node.type === "identifier" && depth < 5) {
    const binding = module.timeline.filter((b) => b.kind !== "star" && b.name === node.text).at(-1);
    return binding?.kind === "assign" && isFlaskMigrateDb(binding.value, module, depth + 1);
  }
  if (node.type !== "attribute" || node.childForFieldName("attribute")?.text !== "db") return false;
  const subscript = unwrap(node.childForFieldName("object"));
  if (subscript.type !== "subscript") return false;
  const extensions = unwrap(subscript.childForFieldName("value"));
  const key = subscript.childForFieldName("subscript");
  return extensions.type === "attribute" && extensions.childForFieldName("attribute")?.text === "extensions" && stringValue(key) === "migrate";
}
function resolveMigratedBases(target, resolver, analyzer, models) {
  if (target.flaskMigrate) {
    const flaskBases = new Set(models.filter((m) => m.flavor === "flask" && m.base !== null).map((m) => m.base));
    return flaskBases.size === 1 ? { bases: [...flaskBases], locations: [target.location] } : null;
  }
  const bases = [];
  for (const owner of target.owners) {
    const base = baseOf(owner, target.module, resolver, analyzer);
    if (base === null) return null;
    if (!bases.includes(base)) bases.push(base);
  }
  return { bases, locations: [target.location] };
}
function baseOf(owner, module, resolver, analyzer) {
  const sym = resolver.resolveExpr(module, owner);
  switch (sym.kind) {
    case "base":
      return sym.qualified;
    case "flaskDb":
      return `${sym.qualified}.Model`;
    case "external":
      return sym.qualified === "sqlmodel.SQLModel" || sym.qualified === "sqlmodel.main.SQLModel" ? "sqlmodel.SQLModel" : null;
    case "class": {
      const info = analyzer.analyze(sym.cls);
      if (info.kind === "declarative-base") return info.qualified;
      if (info.kind === "model") return info.base;
      return null;
    }
    default:
      return null;
  }
}
function mergeMigratedBases(found) {
  if (found.length === 0 || found.some((f) => f === null)) return null;
  const bases = [...new Set(found.flatMap((f) => f.bases))];
  return { bases, locations: found.flatMap((f) => f.locations) };
}
async function migratedBasesOf(envFiles, index, resolver, analyzer, models) {
  const found = [];
  for (const file of envFiles) {
    const tree = await parsePython(file.text);
    const target = readTargetMetadata(file.path, tree.rootNode, index);
    found.push(target ? resolveMigratedBases(target, resolver, analyzer, models) : null);
  }
  return mergeMigratedBases(found);
}
function alembicEnvFiles(config, project) {
  if (!project || !config.models || config.models.bases.length > 0 || config.migrations?.kind !== "alembic") return [];
  return alembicEnvPaths(config.migrations.include).flatMap((path) => {
    const text = project.read(path);
    return text === null ? [] : [{ path, text }];
  });
}

export {
  isPythonBuiltin,
  isSqlalchemyName,
  lastPart,
  Resolver,
  ModuleIndex,
  readModule,
  readTargetMetadata,
  migratedBasesOf,
  alembicEnvFiles
};
