// Benchmark: the committed bundle (`node dist/cli.mjs check --format json --timings`), a cold
// process per run as CI starts it, on the bundled example, on generated SQLAlchemy + Alembic
// projects of 125 / 500 / 2,000 models shaped like real ones, and on a 2,000-file Flyway corpus.
// Prints the median wall time, the median CPU time (user + system of the process and its threads,
// what counts on a shared machine), peak RSS, MB/s and ormlint's own per-phase breakdown. When
// squawk-cli is installed (`npm install --no-save squawk-cli@2.66.0`: node_modules/.bin/squawk, $SQUAWK_BIN or `squawk` on PATH) it times
// squawk on the same SQL files in the same run and prints both ratios. Prints figures; asserts
// nothing.
//
//   npm run bench                        # after npm run build
//   node scripts/bench.mjs --runs 5 --only 2000
//   node scripts/bench.mjs --only example,orms    # the small projects, and which parsers each loads
//   node scripts/bench.mjs --only 2000 --args "--cache /tmp/c"   # warm: the first run fills it
//   node scripts/bench.mjs --cli /tmp/old-dist/cli.mjs            # another build, same projects
//   ORMLINT_BENCH_KEEP=1 npm run bench   # keep the generated projects (to profile them)
//   node scripts/bench.mjs --only floor  # what the parsers alone cost on the biggest inputs
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAlembicProject, generateSqlCorpus } from './benchProjects.mjs';
import { banner } from './bundleBanner.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argValue = (flag) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
};
// --cli: another build to compare with (e.g. a copy of dist/ from before a change).
const cli = path.resolve(argValue('--cli') ?? path.join(repo, 'dist', 'cli.mjs'));
const runs = Number(argValue('--runs') ?? 5);
const only = argValue('--only');
const extraArgs = (argValue('--args') ?? '').split(' ').filter(Boolean);

// --- measuring -------------------------------------------------------------------------------

function bytesUnder(dir) {
  let total = 0;
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === '.ormlint.yml') continue;
    total += statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
    count += 1;
  }
  return { bytes: total, count };
}

/** The `--timings` line on stderr: `ormlint timings: discover=12ms ... peakRss=80MB`. */
function parseTimings(stderr) {
  const line = stderr.split('\n').find((l) => l.startsWith('ormlint timings:'));
  if (!line) throw new Error(`no --timings line in: ${stderr}`);
  const out = {};
  for (const [, name, value, unit] of line.matchAll(/(\w+)=(\d+(?:\.\d+)?)(ms|MB)/g)) {
    out[unit === 'MB' ? 'peakRssMb' : name] = Number(value);
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const scratch = mkdtempSync(path.join(tmpdir(), 'ormlint-bench-out-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** `XmY.YYYs` (the shell's `times`) in milliseconds. */
const shellTime = (text) => {
  const [, minutes, seconds] = /^(\d+)m([\d.]+)s$/u.exec(text) ?? [];
  return minutes === undefined ? NaN : (Number(minutes) * 60 + Number(seconds)) * 1000;
};

/**
 * Runs a command cold through `sh`, whose `times` then says how much CPU (user + system) the
 * command used, all its threads included: wall alone misleads on a machine others are using.
 */
function spawnTimed(command, args) {
  const out = path.join(scratch, 'stdout');
  const started = process.hrtime.bigint();
  const child = spawnSync('sh', ['-c', '"$@" >"$ORMLINT_BENCH_STDOUT"; status=$?; times >&2; exit $status', 'sh', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ORMLINT_BENCH_STDOUT: out },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const lines = child.stderr.trimEnd().split('\n');
  // The last line of `times`: user and system time of the shell's children.
  const [user, system] = (lines.pop() ?? '').trim().split(/\s+/u).map(shellTime);
  lines.pop();
  return { status: child.status, stdout: readFileSync(out, 'utf8'), stderr: lines.join('\n'), wallMs, cpuMs: user + system };
}

/** Runs ormlint cold `runs` times; wall from here, peak RSS and phases from --timings. */
function measure(label, config, bytes) {
  const wall = [];
  const cpu = [];
  const rss = [];
  const phases = [];
  let report = null;
  // With --cache, a first run (not counted) fills it: the figures are those of warm runs.
  if (extraArgs.includes('--cache')) spawnTimed(process.execPath, [cli, 'check', '--config', config, '--format', 'json', '--fail-on', 'never', ...extraArgs]);
  for (let i = 0; i < runs; i++) {
    const out = spawnTimed(process.execPath, [cli, 'check', '--config', config, '--format', 'json', '--fail-on', 'never', '--timings', ...extraArgs]);
    wall.push(out.wallMs);
    cpu.push(out.cpuMs);
    if (out.status !== 0) throw new Error(`ormlint failed on ${label}: ${out.stderr}`);
    report = JSON.parse(out.stdout);
    const timings = parseTimings(out.stderr);
    rss.push(timings.peakRssMb);
    delete timings.peakRssMb;
    phases.push(timings);
  }
  const phaseMedians = {};
  for (const name of Object.keys(phases[0])) phaseMedians[name] = Math.round(median(phases.map((p) => p[name])));
  const wallMedian = median(wall);
  return {
    row: {
      project: label,
      files: report.stats.files,
      MB: +(bytes / 1e6).toFixed(2),
      findings: report.diagnostics.length,
      'wall ms': Math.round(wallMedian),
      'max ms': Math.round(Math.max(...wall)),
      'CPU ms': Math.round(median(cpu)),
      'peak RSS MB': Math.round(median(rss)),
      'MB/s': +(bytes / 1e6 / (wallMedian / 1000)).toFixed(2),
    },
    phases: { project: label, ...phaseMedians },
  };
}

/**
 * Which parsers one run of `config` loads, and how much bundle code: the test suite's load hook
 * prints every module the process loads (test/helpers/registerLoadHook.mjs).
 */
function parsersLoadedNote(label, config) {
  const hook = path.join(repo, 'test/helpers/registerLoadHook.mjs');
  const run = spawnSync(process.execPath, ['--import', hook, cli, 'check', '--config', config, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
  const files = run.stderr.split('\n').filter((l) => l.startsWith('ormlint-loaded ')).map((l) => l.slice('ormlint-loaded '.length));
  let bytes = 0;
  const parsers = new Set();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    if (text.includes('@typescript-eslint/typescript-estree') || text.includes('createSourceFile')) parsers.add('TypeScript');
    if (text.includes('PrismaParser')) parsers.add('Prisma');
  }
  return `${label}: loads ${files.length} bundle modules (${(bytes / 1e6).toFixed(1)} MB)${parsers.size ? `, with the ${[...parsers].join(' and ')} parser` : ', no TypeScript or Prisma parser'}`;
}

/** squawk-cli from the repo's node_modules, $SQUAWK_BIN, or PATH; null when none is installed. */
function findSquawk() {
  const candidates = [process.env.SQUAWK_BIN, path.join(repo, 'node_modules', '.bin', 'squawk')].filter(Boolean);
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v squawk'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** squawk on the same files, cold each run: median wall and CPU (user + system) of the child. */
function measureSquawk(squawk, dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).map((f) => path.join(dir, f));
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    // squawk exits 1 when it has findings; only the time matters here.
    const out = spawnTimed(squawk, ['--reporter', 'gcc', ...files]);
    if (out.status !== 0 && out.status !== 1) throw new Error(`squawk failed: ${out.stderr}`);
    wall.push(out.wallMs);
    cpu.push(out.cpuMs);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

// --- the floor: the parsers alone ------------------------------------------------------------

/**
 * What no run can go below while it parses with these parsers: tree-sitter on the 2,000-model
 * project (the parse alone, and the parse with the flat walk that turns each tree into arrays),
 * and libpg-query on the 2,000 Flyway files, each in a cold process of its own that does nothing
 * else. The programs are bundled from src/ (ormlint's wasm tiering, and its Python parser for the
 * walk), into node_modules/.cache, with libpg-query's .wasm beside them as in dist/.
 */
const FLOOR_PYTHON = `
import { readFileSync } from 'node:fs';
import { Language, Parser } from 'web-tree-sitter';
import { chooseWasmTier } from './src/parallel/wasmTier.ts';
import { pythonParser } from './src/frontends/python/parser.ts';
import { wasmPath } from './src/wasm.ts';
const texts = JSON.parse(readFileSync(process.argv[2], 'utf8')).map((file) => readFileSync(file, 'utf8'));
chooseWasmTier({ python: texts.reduce((n, text) => n + text.length, 0), sql: 0 });
let read;
if (process.argv[3] === 'walk') {
  // ormlint's own parser: the parse, then the flat walk (src/frontends/python/flatTree.ts).
  const python = await pythonParser();
  read = (text) => python.parseFlat(text);
} else {
  // The parse alone: the same grammar, the tree freed untouched.
  await Parser.init({ locateFile: (name) => wasmPath(name, 'web-tree-sitter/' + name) });
  const parser = new Parser();
  parser.setLanguage(await Language.load(wasmPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm')));
  read = (text) => parser.parse(text).delete();
}
const before = process.cpuUsage();
for (const text of texts) read(text);
const used = process.cpuUsage(before);
console.log((used.user + used.system) / 1000);
`;
const FLOOR_SQL = `
import { readFileSync } from 'node:fs';
import './src/parallel/wasmTier.ts';
import { loadModule, parseSync } from 'libpg-query';
const files = JSON.parse(readFileSync(process.argv[2], 'utf8'));
await loadModule();
for (const file of files) parseSync(readFileSync(file, 'utf8'));
`;

async function bundleFloorProgram(name, contents) {
  const { build } = await import('esbuild');
  const outfile = path.join(repo, 'node_modules', '.cache', 'ormlint-bench-floor', `${name}.mjs`);
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    stdin: { contents, resolveDir: repo, loader: 'ts', sourcefile: `${name}.ts` },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    logLevel: 'warning',
  });
  copyFileSync(path.join(repo, 'node_modules/libpg-query/wasm/libpg-query.wasm'), path.join(path.dirname(outfile), 'libpg-query.wasm'));
  return outfile;
}

function filesUnder(dir, extension) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Median over `runs` cold processes of `node args`, of what `cpuOf` reads off each. */
function floorCpu(args, cpuOf) {
  return median(Array.from({ length: runs }, () => {
    const out = spawnTimed(process.execPath, args);
    if (out.status !== 0) throw new Error(`the floor program ${path.basename(args[0])} failed: ${out.stderr}`);
    return cpuOf(out);
  }));
}

/** The floor's rows: CPU of the parsers alone (median of `runs` cold processes). */
async function measureFloor() {
  const list = path.join(scratch, 'files.json');
  const floorRows = [];
  const startup = median(Array.from({ length: runs }, () => spawnTimed(process.execPath, ['-e', '0']).cpuMs));
  floorRows.push({ what: 'node -e 0 (start-up of any Node program)', input: '', 'CPU ms': Math.round(startup) });
  const python = await bundleFloorProgram('python', FLOOR_PYTHON);
  const root = generateAlembicProject(2000);
  let walked = 0;
  try {
    writeFileSync(list, JSON.stringify(filesUnder(root, '.py')));
    for (const mode of ['parse', 'walk']) {
      // The program prints the CPU of its parsing loop alone (Node's start excluded).
      const cpu = floorCpu([python, list, mode], (out) => Number(out.stdout.trim()));
      if (mode === 'walk') walked = cpu;
      floorRows.push({
        what: mode === 'parse' ? 'tree-sitter: parse (one thread, start-up excluded)' : 'tree-sitter: parse + flat walk (the same)',
        input: 'the 2,000-model project',
        'CPU ms': Math.round(cpu),
      });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const sqlProgram = await bundleFloorProgram('sql', FLOOR_SQL);
  const { root: sqlRoot, dir } = generateSqlCorpus(2000);
  try {
    writeFileSync(list, JSON.stringify(filesUnder(dir, '.sql')));
    const sqlCpu = floorCpu([sqlProgram, list], (out) => out.cpuMs);
    floorRows.push({ what: 'Node + libpg-query: load and parse (whole process)', input: '2,000 Flyway files', 'CPU ms': Math.round(sqlCpu) });
    const squawk = findSquawk();
    if (squawk) floorRows.push({ what: 'squawk --reporter gcc (whole process)', input: '2,000 Flyway files', 'CPU ms': Math.round(measureSquawk(squawk, dir).cpuMs) });
  } finally {
    rmSync(sqlRoot, { recursive: true, force: true });
  }
  const cores = cpus().length;
  const floorNote = `The parsers alone: on ${cores} cores, no run of the 2,000-model project can take less than ${(walked / cores / 1000).toFixed(2)} s of wall (parse + walk spread perfectly) plus start-up, before it reads a model or replays a migration.`;
  return { floorRows, floorNote };
}

const rows = [];
const phaseRows = [];
const notes = [];
const want = (name) => !only || only.split(',').includes(name);
if (want('example')) {
  const config = path.join(repo, 'fixtures/field-report/.ormlint.yml');
  const { bytes } = bytesUnder(path.join(repo, 'fixtures/field-report'));
  const { row, phases } = measure('README example (fixtures/field-report)', config, bytes);
  rows.push(row);
  phaseRows.push(phases);
}
if (want('orms')) {
  // One project per TypeScript ORM: these load the TypeScript parser (or the Prisma grammar),
  // which a Python-only run must not (checked below with the load hook the tests use).
  for (const fixture of ['prisma-blog', 'drizzle-blog', 'typeorm-blog']) {
    const dir = path.join(repo, 'fixtures/ts-orms', fixture);
    const { row, phases } = measure(`TypeScript ORM example (fixtures/ts-orms/${fixture})`, path.join(dir, '.ormlint.yml'), bytesUnder(dir).bytes);
    rows.push(row);
    phaseRows.push(phases);
  }
  notes.push(parsersLoadedNote('README example (SQLAlchemy + Alembic)', path.join(repo, 'fixtures/field-report/.ormlint.yml')));
  notes.push(parsersLoadedNote('TypeORM example', path.join(repo, 'fixtures/ts-orms/typeorm-blog/.ormlint.yml')));
}
for (const size of [125, 500, 2000]) {
  if (!want(String(size))) continue;
  const root = generateAlembicProject(size);
  try {
    const { bytes } = bytesUnder(root);
    const { row, phases } = measure(`Alembic: ${size} models, ${size} migrations`, path.join(root, '.ormlint.yml'), bytes);
    rows.push(row);
    phaseRows.push(phases);
  } finally {
    if (process.env.ORMLINT_BENCH_KEEP) notes.push(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
if (want('sql')) {
  const { root, dir } = generateSqlCorpus(2000);
  try {
    const { bytes } = bytesUnder(root);
    const { row, phases } = measure('Flyway: 2,000 .sql files, migrations only', path.join(root, '.ormlint.yml'), bytes);
    rows.push(row);
    phaseRows.push(phases);
    const squawk = findSquawk();
    if (!squawk) {
      notes.push('squawk-cli is not installed (npm install --no-save squawk-cli@2.66.0, or SQUAWK_BIN=...): the squawk comparison was skipped.');
    } else {
      const squawkTimes = measureSquawk(squawk, dir);
      notes.push(`squawk (${path.relative(repo, squawk) || squawk}) on the same 2,000 files: median ${Math.round(squawkTimes.wallMs)} ms wall, ${Math.round(squawkTimes.cpuMs)} ms CPU; ormlint / squawk = ${(row['wall ms'] / squawkTimes.wallMs).toFixed(2)}× wall, ${(row['CPU ms'] / squawkTimes.cpuMs).toFixed(2)}× CPU`);
    }
  } finally {
    if (process.env.ORMLINT_BENCH_KEEP) notes.push(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
const floor = want('floor') ? await measureFloor() : null;
console.log(`ormlint bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (at the end); median of ${runs} cold processes of ${path.relative(repo, cli)} ${extraArgs.join(' ')}`);
if (rows.length > 0) {
  console.table(rows);
  console.log('Phases (median ms, from --timings):');
  console.table(phaseRows);
}
for (const note of notes) console.log(note);
if (floor) {
  console.log(`What the parsers alone cost (median of ${runs} cold processes; CPU is user + system of all threads):`);
  console.table(floor.floorRows);
  console.log(floor.floorNote);
}
