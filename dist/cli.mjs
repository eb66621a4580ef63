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
  loadConfig,
  logSafeJson,
  logSafeText,
  reporters,
  run,
  writeBaseline
} from "./chunk-FPTX27T7.mjs";
import {
  ConfinementError,
  pathTaken,
  writeConfinedFileSync
} from "./chunk-6CXAKVME.mjs";
import "./chunk-HHRVN4FN.mjs";
import "./chunk-UZYLDHA3.mjs";
import "./chunk-VHE52EGW.mjs";
import "./chunk-4BCDWKLX.mjs";
import "./chunk-3QLYHN6G.mjs";
import "./chunk-JAHM4SGJ.mjs";
import "./chunk-OK67AZ7F.mjs";

// src/cli.ts
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

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
      --cache DIR       keep what each file read into in DIR; unchanged files are not parsed again,
                        and a run in which nothing changed reuses the findings
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
    const root = path.resolve(cwd, values.root ?? ".");
    const target = path.join(root, values.config ?? ".ormlint.yml");
    if (pathTaken(target)) throw new UsageError(`${path.relative(cwd, target) || target} already exists; not overwriting it`);
    const { planStarterConfig } = await import("./chunk-NQFCAE3O.mjs");
    const plan = await planStarterConfig(root);
    writeOrRefuse(target, plan.text, [{ dir: root, label: "the project root" }], "init");
    io.stderr.write(logSafeText(`ormlint: wrote ${path.relative(cwd, target)}
${plan.reasons.map((reason) => `  ${reason}
`).join("")}`));
    return 0;
  }
  const threads = values.threads === void 0 ? void 0 : Number(values.threads);
  if (threads !== void 0 && !(Number.isInteger(threads) && threads >= 0)) throw new UsageError(`--threads must be a whole number, 0 or more (got "${values.threads}")`);
  const config = loadConfig({ configPath: values.config, root: values.root, cwd });
  const baselinePath = values.baseline !== void 0 ? values.baseline : void 0;
  const runOptions = { baselinePath, ignoreBaseline: command === "baseline", threads, cacheDir: values.cache ?? null, cacheAreas: writeAreas(config.root, cwd, env) };
  const inspected = command === "inspect" ? await withProgress(io.stderr, () => run(config, runOptions)) : null;
  const result = inspected ?? await withProgress(io.stderr, () => run(config, { ...runOptions, facts: false }));
  if (command === "baseline") {
    const file = baselinePath ?? config.baseline ?? ".ormlint-baseline.json";
    const target = writeBaseline(config.root, file, result.diagnostics);
    io.stderr.write(`ormlint: recorded ${result.diagnostics.length} finding(s) in ${path.relative(cwd, target)}
`);
    return 0;
  }
  const color = format === "text" && !values.output && !values["no-color"] && !env.NO_COLOR && io.stdout.isTTY === true;
  const reportStarted = performance.now();
  const text = inspected ? formatInspect(inspected) : reporters[format](result, { color, verbose: values.verbose === true });
  if (values.output) {
    writeOrRefuse(path.resolve(cwd, values.output), text, writeAreas(config.root, cwd, env), "--output");
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
  const reading = stats.reading ? ` threads=${stats.reading.threads} cached=${stats.reading.cached}/${stats.reading.files}${stats.reading.threads > 0 ? ` inWorkers=${stats.reading.inWorkers ?? 0}` : ""}${stats.reading.early ? ` early=${stats.reading.early}` : ""}` : "";
  const findings = stats.findingsCached ? " findings=cached" : "";
  return `ormlint timings: ${parts.join(" ")} total=${Math.round(stats.durationMs + reportMs)}ms peakRss=${peakRssMb}MB${reading}${findings}`;
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
