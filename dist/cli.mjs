import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  ConfigError,
  ConfinementError,
  DEFAULT_MAX_FILE_BYTES,
  SEVERITY_RANK,
  VERSION,
  compareText,
  discoverFiles,
  loadConfig,
  logSafeJson,
  logSafeText,
  pathTaken,
  reporters,
  run,
  writeBaseline,
  writeConfinedFileSync
} from "./chunk-U4OXDX7G.mjs";
import "./chunk-VQJGONTI.mjs";
import {
  ModuleIndex,
  Resolver,
  readModule,
  readTargetMetadata
} from "./chunk-CCJMXWKX.mjs";
import "./chunk-3HIHNEWJ.mjs";
import {
  pythonParser
} from "./chunk-KHS6GGFD.mjs";
import "./chunk-VHE52EGW.mjs";
import "./chunk-ER6IP3PZ.mjs";
import "./chunk-YAQZN2GR.mjs";
import "./chunk-3QLYHN6G.mjs";
import "./chunk-7ATV6MXW.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/cli.ts
import os from "node:os";
import path2 from "node:path";
import { parseArgs } from "node:util";

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
  const trees = [];
  const parse = (file) => {
    const tree = parser.parse(file.text);
    if (!tree) throw new Error("tree-sitter returned no tree");
    trees.push(tree);
    return tree;
  };
  try {
    for (const sourceRoot of chain.sourceRoots) {
      const choice = followTargetMetadata(chain, envPath, env, sourceRoot, byPath, paths, parse);
      if (choice) return choice;
    }
    return null;
  } finally {
    for (const tree of trees) tree.delete();
  }
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

// src/report/inspect.ts
function formatInspect(result) {
  const { facts } = result;
  const out = {
    tool: "ormlint",
    version: VERSION,
    models: facts.models?.map(inspectModel) ?? null,
    registry: facts.registry ? {
      roots: facts.registry.roots,
      reachable: facts.registry.reachable.map((r) => ({ class: r.className, file: r.file })),
      reachableFiles: facts.registry.reachableFiles,
      bindings: facts.registry.bindings.map((b) => ({
        name: b.name,
        class: b.className,
        file: b.file,
        line: b.importLocation.line,
        shadowed: b.shadowed.map((s) => ({ class: s.className, file: s.file, line: s.importLocation.line }))
      }))
    } : null,
    migrations: facts.migrations?.map((m) => ({
      id: m.id,
      file: m.file,
      parents: m.parents,
      ...m.dependsOn?.length ? { dependsOn: m.dependsOn } : {},
      ...m.branchLabels?.length ? { branchLabels: m.branchLabels } : {},
      order: m.order
    })) ?? null,
    migrationGraph: facts.migrationGraph,
    modelSchema: facts.modelSchema ? inspectSchema(facts.modelSchema) : null,
    migratedSchema: facts.migratedSchema ? inspectSchema(facts.migratedSchema) : null,
    problems: facts.problems.map((p) => ({ kind: p.kind, message: p.message, file: p.location.file, line: p.location.line, column: p.location.column }))
  };
  return `${logSafeJson(JSON.stringify(out, null, 2))}
`;
}
function inspectModel(model) {
  return {
    class: model.className,
    file: model.location.file,
    line: model.location.line,
    table: model.table,
    base: model.base,
    abstract: model.abstract,
    ...model.inheritsTableFrom ? { inheritsTableFrom: model.inheritsTableFrom } : {},
    columns: model.columns.map(inspectColumn),
    relationships: model.relationships.map((r) => ({ name: r.name, target: r.target, line: r.location.line }))
  };
}
function inspectColumn(column) {
  return {
    name: column.name,
    type: column.type,
    nullable: column.nullable,
    primaryKey: column.primaryKey,
    unique: column.unique,
    index: column.index,
    foreignKey: column.foreignKey ? `${column.foreignKey.table}.${column.foreignKey.column}` : null,
    default: column.default,
    ...column.location ? { file: column.location.file, line: column.location.line } : {}
  };
}
function inspectTable(table) {
  return {
    columns: table.columns.map(inspectColumn),
    primaryKey: table.primaryKey,
    indexes: table.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique, ...i.where ? { where: i.where } : {} })),
    foreignKeys: table.foreignKeys.map((f) => ({
      name: f.name,
      columns: f.columns,
      refTable: f.refTable,
      refColumns: f.refColumns,
      ...f.onDelete ? { onDelete: f.onDelete } : {},
      ...f.onUpdate ? { onUpdate: f.onUpdate } : {}
    })),
    uniques: table.uniques.map((u) => ({ name: u.name, columns: u.columns })),
    ...table.checks.length ? { checks: table.checks.map((c) => ({ name: c.name, expression: c.expression })) } : {},
    ...table.uncertain ? { uncertain: true, uncertainReasons: table.uncertainReasons ?? [] } : {},
    ...table.location ? { file: table.location.file, line: table.location.line } : {}
  };
}
function inspectSchema(schema) {
  const tables = {};
  for (const key of [...schema.tables.keys()].sort()) tables[key] = inspectTable(schema.tables.get(key));
  const enums = {};
  for (const key of [...schema.enums.keys()].sort()) enums[key] = schema.enums.get(key).values;
  const views = {};
  for (const key of [...schema.views?.keys() ?? []].sort()) {
    const view = schema.views.get(key);
    views[key] = { materialized: view.materialized, file: view.location.file, line: view.location.line };
  }
  const possibleTables = [...schema.possibleTables ?? []].filter((key) => !schema.tables.has(key)).sort();
  return {
    tables,
    enums,
    ...Object.keys(views).length > 0 ? { views } : {},
    ...possibleTables.length > 0 ? { possibleTables } : {}
  };
}

// src/cli.ts
var HELP = `ormlint ${VERSION} \u2014 lint an ORM model registry against its migrations, statically.

Usage:
  ormlint [check] [options]   lint the project (default command)
  ormlint inspect [options]   print the facts read (models, registry, migrations, both schemas) as JSON
  ormlint init [--root DIR]   write a starter .ormlint.yml from the layout found
  ormlint baseline [options]  record the current findings as accepted debt (only new ones fail)

Options:
  -c, --config FILE     config file (default: .ormlint.yml in the current folder)
      --root DIR        project root (default: the config file's folder, else the current folder)
  -f, --format FORMAT   text | json | sarif | github (default: text)
  -o, --output FILE     write the report to FILE instead of standard output
      --fail-on LEVEL   error | warning | notice | never (default: error)
      --baseline FILE   baseline file (default: the config's "baseline")
      --no-color        no ANSI colours in text output (also NO_COLOR=1)
      --verbose         text output: list every notice where it occurs (default: one summary block)
      --timings         print the time of each phase and the peak memory on stderr
      --cache DIR       keep what each file read into in DIR; unchanged files are not parsed again
      --threads N       worker threads reading migrations (0: none; default: by size and cores)
  -h, --help            this help
  -v, --version         the version

Exit codes: 0 no finding at or above --fail-on; 1 there are; 2 usage, config or internal error.
Docs: https://github.com/ormlint/ormlint#readme
`;
var FORMATS = ["text", "json", "sarif", "github"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var COMMANDS = ["check", "inspect", "init", "baseline"];
var UsageError = class extends Error {
};
function oneOf(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
}
function exitCodeFor(diagnostics, failOn) {
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? 1 : 0;
}
function processIo() {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string", short: "c" },
        root: { type: "string" },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        baseline: { type: "string" },
        "no-color": { type: "boolean" },
        verbose: { type: "boolean" },
        timings: { type: "boolean" },
        cache: { type: "string" },
        threads: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const command = oneOf(positionals[0], COMMANDS, "the command", "check");
  const format = oneOf(values.format, FORMATS, "--format", "text");
  const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on", "error");
  const { cwd, env } = io;
  if (command === "init") {
    const root = path2.resolve(cwd, values.root ?? ".");
    const target = path2.join(root, values.config ?? ".ormlint.yml");
    if (pathTaken(target)) throw new UsageError(`${path2.relative(cwd, target) || target} already exists; not overwriting it`);
    const plan = await planStarterConfig(root);
    writeOrRefuse(target, plan.text, [{ dir: root, label: "the project root" }], "init");
    io.stderr.write(logSafeText(`ormlint: wrote ${path2.relative(cwd, target)}
${plan.reasons.map((reason) => `  ${reason}
`).join("")}`));
    return 0;
  }
  const threads = values.threads === void 0 ? void 0 : Number(values.threads);
  if (threads !== void 0 && !(Number.isInteger(threads) && threads >= 0)) throw new UsageError(`--threads must be a whole number, 0 or more (got "${values.threads}")`);
  const config = loadConfig({ configPath: values.config, root: values.root, cwd });
  const baselinePath = values.baseline !== void 0 ? values.baseline : void 0;
  const result = await withProgress(
    io.stderr,
    () => run(config, { baselinePath, ignoreBaseline: command === "baseline", threads, cacheDir: values.cache ?? null, cacheAreas: writeAreas(config.root, cwd, env) })
  );
  if (command === "baseline") {
    const file = baselinePath ?? config.baseline ?? ".ormlint-baseline.json";
    const target = writeBaseline(config.root, file, result.diagnostics);
    io.stderr.write(`ormlint: recorded ${result.diagnostics.length} finding(s) in ${path2.relative(cwd, target)}
`);
    return 0;
  }
  const color = format === "text" && !values.output && !values["no-color"] && !env.NO_COLOR && io.stdout.isTTY === true;
  const reportStarted = performance.now();
  const text = command === "inspect" ? formatInspect(result) : reporters[format](result, { color, verbose: values.verbose === true });
  if (values.output) {
    writeOrRefuse(path2.resolve(cwd, values.output), text, writeAreas(config.root, cwd, env), "--output");
  } else {
    io.stdout.write(text);
  }
  if (values.timings) io.stderr.write(`${timingsLine(result.stats, performance.now() - reportStarted)}
`);
  return command === "inspect" ? 0 : exitCodeFor(result.diagnostics, failOn);
}
function writeAreas(root, cwd, env) {
  return [
    { dir: root, label: "the project root" },
    { dir: cwd, label: "the current folder" },
    { dir: os.tmpdir(), label: "the temp folder" },
    ...env.RUNNER_TEMP ? [{ dir: env.RUNNER_TEMP, label: "RUNNER_TEMP" }] : []
  ];
}
function writeOrRefuse(target, text, areas, what) {
  try {
    writeConfinedFileSync(target, text, areas);
  } catch (error) {
    if (error instanceof ConfinementError) throw new UsageError(`${what}: ${error.message}`);
    throw error;
  }
}
function timingsLine(stats, reportMs) {
  const phases = { ...stats.timings, report: reportMs };
  const parts = Object.entries(phases).map(([name, ms]) => `${name}=${Math.round(ms ?? 0)}ms`);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const reading = stats.reading ? ` threads=${stats.reading.threads} cached=${stats.reading.cached}/${stats.reading.files}${stats.reading.threads > 0 ? ` inWorkers=${stats.reading.inWorkers ?? 0}` : ""}` : "";
  return `ormlint timings: ${parts.join(" ")} total=${Math.round(stats.durationMs + reportMs)}ms peakRss=${peakRssMb}MB${reading}`;
}
async function withProgress(stderr, work) {
  const tty = stderr.isTTY === true;
  const timer = tty ? setTimeout(() => stderr.write("ormlint: reading models and migrations\u2026"), 1e3) : null;
  try {
    return await work();
  } finally {
    if (timer) {
      clearTimeout(timer);
      stderr.write("\r\x1B[K");
    }
  }
}
async function runCli(argv, io = processIo()) {
  const writeError = (text) => io.stderr.write(logSafeText(text));
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      writeError(`ormlint: ${error.message}
`);
      if (error instanceof UsageError) io.stderr.write('Run "ormlint --help" for usage.\n');
    } else {
      writeError(`ormlint: internal error: ${error?.message ?? String(error)}
`);
      if (io.env.ORMLINT_DEBUG) writeError(`${error?.stack ?? ""}
`);
      else io.stderr.write("Set ORMLINT_DEBUG=1 for details, and please report it.\n");
    }
    return 2;
  }
}
if (globalThis[/* @__PURE__ */ Symbol.for("ormlint.cli.embedded")] !== true) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export {
  runCli
};
