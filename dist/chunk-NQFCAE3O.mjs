import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  DEFAULT_MAX_FILE_BYTES,
  compareText,
  discoverFiles
} from "./chunk-6CXAKVME.mjs";
import {
  ModuleIndex,
  Resolver,
  readModule,
  readTargetMetadata
} from "./chunk-52D7OLKU.mjs";
import "./chunk-IJCYXJNY.mjs";
import {
  pythonParser
} from "./chunk-U25424FD.mjs";
import "./chunk-VHE52EGW.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/init.ts
import path from "node:path";
async function planStarterConfig(root) {
  const { files } = await discoverFiles(root, ["**/*.py", "**/alembic.ini", "**/*.sql"], [], DEFAULT_MAX_FILE_BYTES);
  const project = files.filter((f) => !isTestPath(f.path));
  const byPath = new Map(project.map((f) => [f.path, f]));
  const paths = project.map((f) => f.path);
  const reasons = [];
  const chains = alembicChains(project, byPath);
  const chain = chains[0] ?? null;
  let models = null;
  if (chain) {
    reasons.push(`migrations: ${chain.dir || "."}/versions (${chain.why})`);
    if (chains.length > 1) {
      reasons.push(`also found Alembic chain(s) ${chains.slice(1).map((c) => `${c.dir}/versions`).join(", ")}: each chain needs its own config (copy this one and change migrations.include)`);
    }
    models = await modelsFromEnvPy(chain, byPath, paths);
    if (models) reasons.push(...models.why);
  }
  models ??= modelsFromFileNames(paths, reasons, chain !== null);
  const sqlFile = chain ? void 0 : shallowest(paths.filter((p) => p.endsWith(".sql")));
  const sqlDir = sqlFile === void 0 ? null : sqlFile.includes("/") ? sqlFile.slice(0, sqlFile.lastIndexOf("/")) : ".";
  if (sqlDir !== null) reasons.push(`migrations: SQL files under ${sqlDir} (no Alembic env.py beside a versions/ folder found)`);
  const lines = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/ormlint/ormlint/main/schema/ormlint.schema.json",
    '# ormlint configuration \u2014 see README.md "Configuration". Written by `ormlint init`; edit freely.',
    "# How ormlint init chose:",
    ...reasons.map((reason) => `#   - ${commentText(reason)}`)
  ];
  if (models) {
    lines.push("models:", "  orm: sqlalchemy", `  include: [${JSON.stringify(models.include)}]`);
    if (models.exclude.length > 0) lines.push(`  exclude: [${models.exclude.map((e) => JSON.stringify(e)).join(", ")}]`);
    lines.push(`  registry: [${models.registry.map((r) => JSON.stringify(r)).join(", ")}]`);
  } else {
    lines.push("# No SQLAlchemy models package found; set models.include and models.registry.", "# models:", "#   orm: sqlalchemy");
  }
  if (chain) {
    lines.push("migrations:", "  kind: alembic", `  include: [${JSON.stringify(joinPath(chain.dir, "versions/*.py"))}]`);
  } else if (sqlDir !== null) {
    lines.push("migrations:", "  kind: sql", `  include: [${JSON.stringify(sqlDir === "." ? "*.sql" : `${sqlDir}/**/*.sql`)}]`);
  } else {
    lines.push("# No migrations found; set migrations.kind and migrations.include.", "# migrations:", "#   kind: alembic");
  }
  lines.push("dialect: postgres", "defaultSchema: public", "rules: {}", "");
  return { text: lines.join("\n"), reasons };
}
function commentText(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, " ");
}
function isTestPath(file) {
  return file.split("/").some((segment) => segment === "tests" || segment === "test");
}
function joinPath(dir, rest) {
  return dir === "" ? rest : `${dir}/${rest}`;
}
function shallowest(list) {
  return [...list].sort((a, b) => a.split("/").length - b.split("/").length || compareText(a, b))[0];
}
function alembicChains(files, byPath) {
  const hasVersions = (dir) => [...byPath.keys()].some((p) => p.startsWith(joinPath(dir, "versions/")) && !p.endsWith("__init__.py"));
  const chains = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (dir, why, sourceRoots = []) => {
    if (seen.has(dir) || isTestPath(`${dir}/`)) return;
    seen.add(dir);
    chains.push({ dir, why, sourceRoots: [.../* @__PURE__ */ new Set([...sourceRoots, ""])] });
  };
  const inis = files.filter((f) => f.path === "alembic.ini" || f.path.endsWith("/alembic.ini"));
  inis.sort((a, b) => a.path.split("/").length - b.path.split("/").length || compareText(a.path, b.path));
  for (const ini of inis) {
    const iniDir = path.posix.dirname(ini.path) === "." ? "" : path.posix.dirname(ini.path);
    const sections = readAlembicIni(ini.text);
    for (const entry of sections) {
      if (!entry.scriptLocation) continue;
      const dir = resolveScriptLocation(entry.scriptLocation.value, iniDir, byPath);
      if (dir === null) continue;
      if (!hasVersions(dir) && !byPath.has(joinPath(dir, "env.py"))) continue;
      const prepend = entry.prependSysPath ?? sections.find((other) => other.prependSysPath)?.prependSysPath ?? ".";
      const sourceRoots = prepend.split(/[\s:;]+/u).filter((p) => p !== "").flatMap((p) => {
        const dir2 = path.posix.normalize(joinPath(iniDir, p.replaceAll("%(here)s", ".")));
        return dir2 === ".." || dir2.startsWith("../") ? [] : [dir2 === "." ? "" : dir2];
      });
      add(dir, `${ini.path}:${entry.scriptLocation.line} [${entry.section}] script_location = ${entry.scriptLocation.value}`, sourceRoots);
    }
  }
  const envDirs = [...byPath.keys()].filter((p) => p === "env.py" || p.endsWith("/env.py")).map((p) => p === "env.py" ? "" : p.slice(0, -"/env.py".length));
  envDirs.sort((a, b) => a.split("/").length - b.split("/").length || compareText(a, b));
  for (const dir of envDirs) {
    if (!hasVersions(dir)) continue;
    const flask = byPath.has(joinPath(dir, "alembic.ini")) ? "Flask-Migrate layout: alembic.ini, " : "";
    add(dir, `${flask}${joinPath(dir, "env.py")} beside ${joinPath(dir, "versions/")}`);
  }
  if (chains.length === 0) {
    const revision = shallowest([...byPath.keys()].filter((p) => /(^|\/)versions\/[^/]+\.py$/u.test(p) && !p.endsWith("__init__.py")));
    if (revision) {
      const versions = path.posix.dirname(revision);
      add(versions === "versions" ? "" : versions.slice(0, -"/versions".length), `${versions}/ holds .py revisions; no alembic.ini or env.py found`);
    }
  }
  return chains;
}
function readAlembicIni(text) {
  const sections = /* @__PURE__ */ new Map();
  let section = "";
  const sectionOf = (name) => {
    let found = sections.get(name);
    if (!found) sections.set(name, found = { section: name });
    return found;
  };
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    if (line.startsWith("[") && line.endsWith("]")) {
      section = line.slice(1, -1).trim();
      return;
    }
    if (/^\s/u.test(raw)) return;
    const separator = line.search(/[=:]/u);
    if (separator === -1) return;
    const key = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    if (key === "script_location") sectionOf(section).scriptLocation = { value, line: index + 1 };
    if (key === "prepend_sys_path") sectionOf(section).prependSysPath = value;
  });
  return [...sections.values()];
}
function resolveScriptLocation(value, iniDir, byPath) {
  let location = value.replaceAll("%(here)s", iniDir === "" ? "." : iniDir);
  const packageResource = /^([A-Za-z_][\w.]*):(.+)$/u.exec(location);
  if (packageResource) {
    const packageDir = packageResource[1].split(".").join("/");
    const candidates = [packageDir, `src/${packageDir}`, joinPath(iniDir, packageDir)];
    const found = candidates.find((dir) => byPath.has(`${dir}/__init__.py`));
    if (!found) return null;
    location = `${found}/${packageResource[2]}`;
  } else if (!location.startsWith("/") && !value.includes("%(here)s")) {
    location = joinPath(iniDir, location);
  }
  const normalized = path.posix.normalize(location).replace(/\/$/u, "");
  if (normalized.startsWith("/") || normalized === ".." || normalized.startsWith("../")) return null;
  return normalized === "." ? "" : normalized;
}
async function modelsFromEnvPy(chain, byPath, paths) {
  const envPath = joinPath(chain.dir, "env.py");
  const env = byPath.get(envPath);
  if (!env) return null;
  const parser = await pythonParser();
  const parse = (file) => {
    const tree = parser.parse(file.text);
    if (!tree) throw new Error("tree-sitter returned no tree");
    return tree;
  };
  for (const sourceRoot of chain.sourceRoots) {
    const choice = followTargetMetadata(chain, envPath, env, sourceRoot, byPath, paths, parse);
    if (choice) return choice;
  }
  return null;
}
function followTargetMetadata(chain, envPath, env, sourceRoot, byPath, paths, parse) {
  const prefix = sourceRoot === "" ? "" : `${sourceRoot}/`;
  const underRoot = /* @__PURE__ */ new Map();
  for (const file of paths) if (file.endsWith(".py") && file.startsWith(prefix)) underRoot.set(file.slice(prefix.length), byPath.get(file));
  const index = new ModuleIndex(underRoot.keys());
  const envInRoot = envPath.startsWith(prefix) ? envPath.slice(prefix.length) : envPath;
  const target = readTargetMetadata(envInRoot, parse(env).rootNode, index);
  const owner = target?.owners[0];
  if (!target || !owner) return null;
  const resolver = new Resolver(index, /* @__PURE__ */ new Map(), (file) => {
    const source = underRoot.get(file);
    if (!source) return null;
    const info = index.moduleOf(file);
    return readModule(file, info?.module ?? null, info?.isPackage ?? false, parse(source).rootNode);
  });
  const ownerSym = resolver.resolveExpr(target.module, owner);
  const sqlmodelFile = ownerSym.kind === "external" && ownerSym.qualified.startsWith("sqlmodel") ? sqlmodelTablesModule(target.module, index, resolver) : null;
  const baseInRoot = sqlmodelFile ?? definingFile(ownerSym, index);
  const baseFile = baseInRoot === null ? null : `${prefix}${baseInRoot}`;
  if (!baseFile || isTestPath(baseFile)) return null;
  const importedFromInRoot = importedFrom(owner, target.module, index);
  const importedFromFile = importedFromInRoot === null ? null : `${prefix}${importedFromInRoot}`;
  const packageFile = importedFromFile && !isTestPath(importedFromFile) ? importedFromFile : baseFile;
  const modelDir = path.posix.dirname(packageFile) === "." ? "" : path.posix.dirname(packageFile);
  const imported = target.module.imports.flatMap((statement) => {
    const modulesNamed = statement.isFrom ? statement.names.map((n) => statement.module && index.fileOf(`${statement.module}.${n.name}`) ? `${statement.module}.${n.name}` : statement.module) : statement.names.map((n) => n.name);
    return modulesNamed.flatMap((module) => {
      const inRoot = module ? index.fileOf(module) : null;
      const file = inRoot === null ? null : `${prefix}${inRoot}`;
      return file && !isTestPath(file) && (modelDir === "" || file.startsWith(`${modelDir}/`)) ? [file] : [];
    });
  });
  const registry = [...new Set(imported.length > 0 ? imported : [packageFile])].sort();
  const include = joinPath(modelDir, "**/*.py");
  const exclude = chain.dir !== "" && (modelDir === "" || chain.dir.startsWith(`${modelDir}/`)) ? [`/${chain.dir}/`] : [];
  const ownerText = owner.text;
  return {
    include,
    exclude,
    registry,
    why: [
      `models.include: ${include} \u2014 ${envPath}:${target.location.line} target_metadata = ${ownerText}.metadata, ${sqlmodelFile ? `and the table=True classes are in ${baseFile}, which env.py imports` : packageFile === baseFile ? `and ${ownerText} is defined in ${baseFile}` : `imported from ${packageFile} (defined in ${baseFile})`}`,
      `models.registry: ${registry.join(", ")} \u2014 what ${envPath} imports from the model package, so what Alembic autogenerate sees`,
      ...exclude.length > 0 ? [`models.exclude: ${exclude[0]} \u2014 the migrations live inside the model package`] : []
    ]
  };
}
function sqlmodelTablesModule(env, index, resolver) {
  for (const statement of env.imports) {
    const modules = statement.isFrom ? statement.names.map((n) => statement.module ? `${statement.module}.${n.name}` : null).concat(statement.module) : statement.names.map((n) => n.name);
    for (const module of modules) {
      const file = module ? index.fileOf(module) : null;
      const mod = file ? resolver.moduleForFile(file) : null;
      if (mod?.classes.some((cls) => cls.keywords.get("table")?.type === "true")) return file;
    }
  }
  return null;
}
function importedFrom(owner, module, index) {
  let root = owner;
  while (root.type === "attribute") root = root.childForFieldName("object");
  if (root.type !== "identifier") return null;
  const binding = module.timeline.filter((b) => b.kind !== "star" && b.name === root.text).at(-1);
  if (binding?.kind === "from" && binding.module) return index.fileOf(`${binding.module}.${binding.imported}`) ?? index.fileOf(binding.module);
  if (binding?.kind === "import") {
    const parts = owner.text.split(".");
    for (let end = parts.length - 1; end > 0; end--) {
      const file = index.fileOf(parts.slice(0, end).join("."));
      if (file) return file;
    }
  }
  return null;
}
function definingFile(sym, index) {
  switch (sym.kind) {
    case "class":
      return sym.cls.file;
    case "base":
    case "flaskDb":
      return sym.module?.file ?? index.fileOf(sym.qualified.slice(0, sym.qualified.lastIndexOf(".")));
    case "value":
      return sym.module.file;
    default:
      return null;
  }
}
function modelsFromFileNames(paths, reasons, hasEnvPy) {
  const registry = shallowest(paths.filter((p) => p === "models/__init__.py" || p.endsWith("/models/__init__.py")));
  const modelsModule = shallowest(paths.filter((p) => p.endsWith("/models.py") || p === "models.py"));
  if (!registry && !modelsModule) return null;
  const chosen = registry ?? modelsModule;
  const include = registry ? `${registry.slice(0, -"__init__.py".length)}**/*.py` : modelsModule;
  const because = hasEnvPy ? "env.py names no target_metadata ormlint can follow to a model file" : "no Alembic env.py to follow";
  reasons.push(`models: ${chosen} \u2014 the shallowest ${registry ? "models/ package" : "models.py"} outside tests/ (${because}); check that models.registry imports every model`);
  return { include, exclude: [], registry: [chosen], why: [] };
}
export {
  planStarterConfig,
  readAlembicIni
};
