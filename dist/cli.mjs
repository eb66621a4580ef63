import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  ConfigError,
  SEVERITY_RANK,
  VERSION,
  baselineJson,
  discoverFiles,
  loadConfig,
  reporters,
  run
} from "./chunk-ISW3QKZX.mjs";
import "./chunk-Z4LKKOEG.mjs";
import "./chunk-A37KZA5N.mjs";
import "./chunk-TYWCOML6.mjs";
import "./chunk-LXUKLIBK.mjs";
import "./chunk-RVYDEI43.mjs";
import "./chunk-X5VI77A6.mjs";

// src/cli.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/init.ts
async function starterConfig(root) {
  const { files } = await discoverFiles(
    root,
    ["**/models/__init__.py", "**/models.py", "**/versions/*.py", "**/migrations/**/*.sql", "**/*.sql"],
    [],
    1024 * 1024
  );
  const paths = files.map((f) => f.path);
  const shallowest = (list) => [...list].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b))[0];
  const registry = shallowest(paths.filter((p) => p.endsWith("models/__init__.py")));
  const modelsModule = shallowest(paths.filter((p) => p.endsWith("/models.py") || p === "models.py"));
  const versions = shallowest(paths.filter((p) => /(^|\/)versions\/[^/]+\.py$/u.test(p) && !p.endsWith("__init__.py")));
  const sqlFile = shallowest(paths.filter((p) => p.endsWith(".sql")));
  const lines = [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/ormlint/ormlint/main/schema/ormlint.schema.json",
    '# ormlint configuration \u2014 see README.md "Configuration". Written by `ormlint init`; edit freely.'
  ];
  if (registry || modelsModule) {
    const modelsDir = registry ? registry.slice(0, -"__init__.py".length) : "";
    lines.push(
      "models:",
      "  orm: sqlalchemy",
      `  include: [${JSON.stringify(registry ? `${modelsDir}**/*.py` : modelsModule)}]`,
      `  registry: [${JSON.stringify(registry ?? modelsModule)}]`
    );
  } else {
    lines.push("# No SQLAlchemy models package found; set models.include and models.registry.", "# models:", "#   orm: sqlalchemy");
  }
  if (versions) {
    lines.push("migrations:", "  kind: alembic", `  include: [${JSON.stringify(`${versions.slice(0, versions.lastIndexOf("/"))}/*.py`)}]`);
  } else if (sqlFile) {
    const dir = sqlFile.includes("/") ? sqlFile.slice(0, sqlFile.lastIndexOf("/")) : ".";
    lines.push("migrations:", "  kind: sql", `  include: [${JSON.stringify(dir === "." ? "*.sql" : `${dir}/**/*.sql`)}]`);
  } else {
    lines.push("# No migrations found; set migrations.kind and migrations.include.", "# migrations:", "#   kind: alembic");
  }
  lines.push("dialect: postgres", "defaultSchema: public", "rules: {}", "");
  return lines.join("\n");
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
  return `${JSON.stringify(out, null, 2)}
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
async function main(argv) {
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
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const command = oneOf(positionals[0], COMMANDS, "the command", "check");
  const format = oneOf(values.format, FORMATS, "--format", "text");
  const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on", "error");
  const cwd = process.cwd();
  if (command === "init") {
    const root = path.resolve(cwd, values.root ?? ".");
    const target = path.join(root, values.config ?? ".ormlint.yml");
    if (existsSync(target)) throw new UsageError(`${path.relative(cwd, target) || target} already exists; not overwriting it`);
    writeFileSync(target, await starterConfig(root));
    process.stderr.write(`ormlint: wrote ${path.relative(cwd, target)}
`);
    return 0;
  }
  const config = loadConfig({ configPath: values.config, root: values.root, cwd });
  const baselinePath = values.baseline !== void 0 ? values.baseline : void 0;
  const result = await withProgress(
    () => run(config, { baselinePath, ignoreBaseline: command === "baseline" })
  );
  if (command === "baseline") {
    const file = baselinePath ?? config.baseline ?? ".ormlint-baseline.json";
    const target = path.resolve(config.root, file);
    writeFileSync(target, baselineJson(result.diagnostics));
    process.stderr.write(`ormlint: recorded ${result.diagnostics.length} finding(s) in ${path.relative(cwd, target)}
`);
    return 0;
  }
  const color = format === "text" && !values.output && !values["no-color"] && !process.env.NO_COLOR && process.stdout.isTTY === true;
  const text = command === "inspect" ? formatInspect(result) : reporters[format](result, { color });
  if (values.output) {
    const target = path.resolve(cwd, values.output);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } else {
    process.stdout.write(text);
  }
  return command === "inspect" ? 0 : exitCodeFor(result.diagnostics, failOn);
}
async function withProgress(work) {
  const tty = process.stderr.isTTY === true;
  const timer = tty ? setTimeout(() => process.stderr.write("ormlint: reading models and migrations\u2026"), 1e3) : null;
  try {
    return await work();
  } finally {
    if (timer) {
      clearTimeout(timer);
      process.stderr.write("\r\x1B[K");
    }
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`ormlint: ${error.message}
`);
      if (error instanceof UsageError) process.stderr.write('Run "ormlint --help" for usage.\n');
    } else {
      process.stderr.write(`ormlint: internal error: ${error?.message ?? String(error)}
`);
      if (process.env.ORMLINT_DEBUG) process.stderr.write(`${error?.stack ?? ""}
`);
      else process.stderr.write("Set ORMLINT_DEBUG=1 for details, and please report it.\n");
    }
    process.exitCode = 2;
  }
);
