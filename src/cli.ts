// First: chooses how the wasm parsers compile before any of them is imported (see the module).
import './parallel/wasmTier.js';
import './parallel/jsTier.js';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config/load.js';
import { writeBaseline } from './engine/baseline.js';
import { SEVERITY_RANK, type Diagnostic, type Severity } from './engine/diagnostic.js';
import { ConfinementError, pathTaken, writeConfinedFileSync, type WriteArea } from './fsSafe.js';
import { reporters } from './report/index.js';
import { formatInspect } from './report/inspect.js';
import { logSafeText } from './report/logSafe.js';
import { run, type RunReport, type RunStats } from './run.js';
import { VERSION } from './version.js';

const HELP = `ormlint ${VERSION} — lint an ORM model registry against its migrations, statically.

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

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;
const COMMANDS = ['check', 'inspect', 'init', 'baseline'] as const;

/** A usage mistake: one line on stderr, exit code 2. */
class UsageError extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Exit code for a set of findings: 1 when any is at or above the threshold. */
function exitCodeFor(diagnostics: Diagnostic[], failOn: (typeof FAIL_ON)[number]): 0 | 1 {
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? 1 : 0;
}

/**
 * Where one CLI run reads its folder and environment and writes its output: the process's own when
 * run as `ormlint`. The test suite imports the built bundle once and calls `runCli` with its own
 * (test/helpers/bundleCli.ts), so every rule case goes through what ships without a process each.
 */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

function processIo(): CliIo {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        root: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        'no-color': { type: 'boolean' },
        verbose: { type: 'boolean' },
        timings: { type: 'boolean' },
        cache: { type: 'string' },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const command = oneOf(positionals[0], COMMANDS, 'the command', 'check');
  const format = oneOf(values.format, FORMATS, '--format', 'text');
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on', 'error');
  const { cwd, env } = io;

  if (command === 'init') {
    const root = path.resolve(cwd, values.root ?? '.');
    const target = path.join(root, values.config ?? '.ormlint.yml');
    // A dangling link counts as taken: writing "through" it would create its target.
    if (pathTaken(target)) throw new UsageError(`${path.relative(cwd, target) || target} already exists; not overwriting it`);
    // Loaded for `init` alone: it reads Python (env.py) with tree-sitter, which no other command
    // needs loaded before it knows what the project holds.
    const { planStarterConfig } = await import('./init.js');
    const plan = await planStarterConfig(root);
    writeOrRefuse(target, plan.text, [{ dir: root, label: 'the project root' }], 'init');
    // What init chose and why names files and code of the repository: safe for a CI log.
    io.stderr.write(logSafeText(`ormlint: wrote ${path.relative(cwd, target)}\n${plan.reasons.map((reason) => `  ${reason}\n`).join('')}`));
    return 0;
  }

  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) throw new UsageError(`--threads must be a whole number, 0 or more (got "${values.threads}")`);
  const config = loadConfig({ configPath: values.config, root: values.root, cwd });
  const baselinePath = values.baseline !== undefined ? values.baseline : undefined;
  const runOptions = { baselinePath, ignoreBaseline: command === 'baseline', threads, cacheDir: values.cache ?? null, cacheAreas: writeAreas(config.root, cwd, env) };
  // Only inspect prints the facts; the other commands let a warm --cache run skip reading them back.
  const inspected = command === 'inspect' ? await withProgress(io.stderr, () => run(config, runOptions)) : null;
  const result: RunReport = inspected ?? (await withProgress(io.stderr, () => run(config, { ...runOptions, facts: false })));

  if (command === 'baseline') {
    const file = baselinePath ?? config.baseline ?? '.ormlint-baseline.json';
    const target = writeBaseline(config.root, file, result.diagnostics);
    io.stderr.write(`ormlint: recorded ${result.diagnostics.length} finding(s) in ${path.relative(cwd, target)}\n`);
    return 0;
  }

  const color = format === 'text' && !values.output && !values['no-color'] && !env.NO_COLOR && io.stdout.isTTY === true;
  const reportStarted = performance.now();
  const text = inspected ? formatInspect(inspected) : reporters[format](result, { color, verbose: values.verbose === true });
  if (values.output) {
    // A report goes under the project, the current folder or a temp folder; a link committed in
    // the project cannot send it anywhere else (see writeConfinedFileSync).
    writeOrRefuse(path.resolve(cwd, values.output), text, writeAreas(config.root, cwd, env), '--output');
  } else {
    io.stdout.write(text);
  }
  if (values.timings) io.stderr.write(`${timingsLine(result.stats, performance.now() - reportStarted)}\n`);
  return command === 'inspect' ? 0 : exitCodeFor(result.diagnostics, failOn);
}

/** Where the CLI writes reports and its cache: the project, the current folder or a temp folder. */
function writeAreas(root: string, cwd: string, env: NodeJS.ProcessEnv): WriteArea[] {
  return [
    { dir: root, label: 'the project root' },
    { dir: cwd, label: 'the current folder' },
    { dir: os.tmpdir(), label: 'the temp folder' },
    ...(env.RUNNER_TEMP ? [{ dir: env.RUNNER_TEMP, label: 'RUNNER_TEMP' }] : []),
  ];
}

/** A refused or failed write is a usage problem: one line naming the option, exit code 2. */
function writeOrRefuse(target: string, text: string, areas: WriteArea[], what: string): void {
  try {
    writeConfinedFileSync(target, text, areas);
  } catch (error) {
    if (error instanceof ConfinementError) throw new UsageError(`${what}: ${error.message}`);
    throw error;
  }
}

/**
 * `ormlint timings: discover=12ms models=410ms ... total=530ms peakRss=96MB threads=1 cached=0/125 inWorkers=98`:
 * one line on stderr (threads: worker threads that read migrations; cached: migration files read
 * from --cache; inWorkers: files the workers read; early: workers started during discovery),
 * readable and easy to parse (scripts/bench.mjs does), never in the report itself.
 */
function timingsLine(stats: RunStats, reportMs: number): string {
  const phases = { ...stats.timings, report: reportMs };
  const parts = Object.entries(phases).map(([name, ms]) => `${name}=${Math.round(ms ?? 0)}ms`);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const reading = stats.reading ? ` threads=${stats.reading.threads} cached=${stats.reading.cached}/${stats.reading.files}${stats.reading.threads > 0 ? ` inWorkers=${stats.reading.inWorkers ?? 0}` : ''}${stats.reading.early ? ` early=${stats.reading.early}` : ''}` : '';
  const findings = stats.findingsCached ? ' findings=cached' : '';
  return `ormlint timings: ${parts.join(' ')} total=${Math.round(stats.durationMs + reportMs)}ms peakRss=${peakRssMb}MB${reading}${findings}`;
}

/** Shows a progress line on a terminal when a run takes longer than a second. */
async function withProgress<T>(stderr: CliIo['stderr'], work: () => Promise<T>): Promise<T> {
  const tty = stderr.isTTY === true;
  const timer = tty ? setTimeout(() => stderr.write('ormlint: reading models and migrations…'), 1000) : null;
  try {
    return await work();
  } finally {
    if (timer) {
      clearTimeout(timer);
      stderr.write('\r\x1b[K');
    }
  }
}

/** One CLI run: its exit code, with every error turned into a message on stderr, as `ormlint` exits. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  // Messages carry names from the repository: shown safe for a terminal and for a workflow log.
  const writeError = (text: string) => io.stderr.write(logSafeText(text));
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      writeError(`ormlint: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write('Run "ormlint --help" for usage.\n');
    } else {
      // Not the user's mistake: say so, and keep the stack for a bug report on request.
      writeError(`ormlint: internal error: ${(error as Error)?.message ?? String(error)}\n`);
      if (io.env.ORMLINT_DEBUG) writeError(`${(error as Error)?.stack ?? ''}\n`);
      else io.stderr.write('Set ORMLINT_DEBUG=1 for details, and please report it.\n');
    }
    return 2;
  }
}

// Importing the module runs the CLI, except where the importer set this flag first: the test
// suite, which loads the built bundle once and calls runCli for each case.
if ((globalThis as Record<symbol, unknown>)[Symbol.for('ormlint.cli.embedded')] !== true) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
