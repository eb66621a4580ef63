import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from './config/types.js';
import type { Diagnostic } from './engine/diagnostic.js';
import { applyBaseline, readBaseline } from './engine/baseline.js';
import { compareText } from './engine/messages.js';
import type { RuleInfo } from './engine/rule.js';
import type { ActiveRule } from './engine/report.js';
import { configFileForDisplay, loadRules, runRules } from './engine/runner.js';
import { applySuppressions } from './engine/suppressions.js';
import { mergeComments } from './frontends/comments.js';
import { discoverFiles, projectSources } from './files.js';
import { migrationFrontend, modelFrontend, warmUpParsers } from './frontends/index.js';
import type { FileReadOptions, MigrationFacts, ModelFacts, ModelFrontend, PerFileTask, ProjectSources, SourceFile } from './frontends/types.js';
import type { WriteArea } from './fsSafe.js';
import { FileCache } from './parallel/cache.js';
import { EarlyWorkers } from './parallel/early.js';
import { planReads, readFileGroups, type ReadGroup, type ReadReport } from './parallel/pool.js';
import { perFileTaskOf } from './parallel/tasks.js';
import { chooseWasmTier, chooseWasmTierEarly } from './parallel/wasmTier.js';
import type { FrontendProblem, ProjectFacts } from './facts.js';
import { replayMigrations, type ReplayResult } from './schema/replay.js';
import { concernsOwnedTables, restrictToSchemas } from './schema/scope.js';

export interface RunStats {
  files: number;
  models: number;
  tables: number;
  migrations: number;
  /** Wall time of the pipeline (not in the JSON report: identical runs must give identical JSON). */
  durationMs: number;
  /** Wall time per phase, in the order they ran (CLI --timings). */
  timings?: PhaseTimings;
  /** How the migration files were read: worker threads, files from the cache (CLI --timings). */
  reading?: ReadReport;
  /** The findings came from the cache: nothing the run reads had changed (CLI --timings). */
  findingsCached?: boolean;
}

/** Milliseconds per pipeline phase; `report` is added by whoever renders the result. */
export interface PhaseTimings {
  discover: number;
  models: number;
  migrations: number;
  replay: number;
  rules: number;
  report?: number;
}

/** What the reporters, the CLI and the Action need of a run: its findings and counts, no facts. */
export interface RunReport {
  config: Config;
  /** After suppressions and the baseline, sorted by file, line, column. */
  diagnostics: Diagnostic[];
  /** Findings the baseline accepted as known debt. */
  baselined: number;
  /** The rules that ran (built-in and plugin, not those switched off): what reporters describe. */
  rules: RuleInfo[];
  stats: RunStats;
  overview: RunOverview;
}

/** A run with the facts the rules read (`ormlint inspect`, tests, embedders). */
export interface RunResult extends RunReport {
  facts: ProjectFacts;
}

/** What the run saw, for the Action's summary table; null: that side is not configured. */
export interface RunOverview {
  /** Mapped model classes (not abstract, with a table). */
  models: number | null;
  /** Model classes the registry modules reach. */
  reachable: number | null;
  modelTables: number | null;
  migratedTables: number | null;
  migrations: number | null;
  heads: string[] | null;
}

export function overviewOf(facts: ProjectFacts): RunOverview {
  return {
    models: facts.models ? facts.models.filter((m) => !m.abstract && m.table).length : null,
    reachable: facts.registry ? facts.registry.reachable.length : null,
    modelTables: facts.modelSchema ? facts.modelSchema.tables.size : null,
    migratedTables: facts.migratedSchema ? facts.migratedSchema.tables.size : null,
    migrations: facts.migrations ? facts.migrations.length : null,
    heads: facts.migrationGraph ? [...facts.migrationGraph.heads] : null,
  };
}

export interface RunOptions {
  /** Overrides `config.baseline` (CLI --baseline). */
  baselinePath?: string | null;
  /** `ormlint baseline` wants every finding, not only the new ones. */
  ignoreBaseline?: boolean;
  /** Worker threads for reading migration files (0: main thread only; unset: by amount of work). */
  threads?: number;
  /** Directory of the per-file cache (CLI --cache); null or unset: no cache. */
  cacheDir?: string | null;
  /** Where the cache may be written; default: under the project root. */
  cacheAreas?: WriteArea[];
  /**
   * false: the caller needs the report only (`check`, `baseline`, the Action), so a --cache run in
   * which nothing it reads has changed answers with the findings it cached, without reading either
   * side's facts back. Default true.
   */
  facts?: boolean;
}

/**
 * The whole pipeline, shared by the CLI and the Action:
 * config → discover → frontends → schemas → rules → suppressions → baseline.
 * Only reads files under config.root; never executes project code (plugins excepted, opt-in).
 */
export async function run(config: Config, options: RunOptions & { facts: false }): Promise<RunReport>;
export async function run(config: Config, options?: RunOptions & { facts?: true }): Promise<RunResult>;
export async function run(config: Config, options: RunOptions = {}): Promise<RunReport | RunResult> {
  const early = earlyWorkers(config, options);
  try {
    return await runPipeline(config, options, early);
  } finally {
    await early?.stop();
  }
}

/**
 * Worker threads to start while discovery reads a big project's Python (see early.ts); null when
 * the threads are not the run's to choose (--threads), or with a cache, which may leave little to
 * parse (what it leaves is known only after discovery).
 */
function earlyWorkers(config: Config, options: RunOptions): EarlyWorkers | null {
  if (options.threads !== undefined || options.cacheDir) return null;
  const python = pythonSides(config);
  const tasks: PerFileTask[] = [...(python.models ? ['python-syntax' as const] : []), ...(python.migrations ? ['alembic' as const] : [])];
  if (tasks.length === 0) return null;
  // The workers want tree-sitter optimised, so the V8 flags change before they start (see
  // wasmTier.ts); this thread's Postgres parser, compiled as soon as its file is read, must be
  // compiled by then, as it is when the flags change after discovery.
  const sqlParser = import('./frontends/sql/translate.js').then((m) => m.loadSqlParser());
  return new EarlyWorkers(tasks, sqlParser, chooseWasmTierEarly);
}

/** Which sides' files tree-sitter parses: SQLAlchemy models, Alembic migrations. */
function pythonSides(config: Config): { models: boolean; migrations: boolean } {
  return { models: config.models?.orm === 'sqlalchemy', migrations: config.migrations?.kind === 'alembic' };
}

async function runPipeline(config: Config, options: RunOptions, early: EarlyWorkers | null): Promise<RunReport | RunResult> {
  const started = performance.now();
  const timings: PhaseTimings = { discover: 0, models: 0, migrations: 0, replay: 0, rules: 0 };
  const timed = async <T>(phase: keyof PhaseTimings, work: () => Promise<T> | T): Promise<T> => {
    const from = performance.now();
    try {
      return await work();
    } finally {
      timings[phase] = (timings[phase] ?? 0) + (performance.now() - from);
    }
  };
  const problems: FrontendProblem[] = [];
  const sources = new Map<string, SourceFile>();

  const cache = options.cacheDir
    ? new FileCache(path.resolve(config.root, options.cacheDir), options.cacheAreas ?? [{ dir: config.root, label: 'the project root' }])
    : null;
  const saveCache = (): void => {
    try {
      cache?.save();
    } catch (error) {
      process.stderr.write(`ormlint: could not write the cache in ${options.cacheDir}: ${(error as Error).message}\n`);
    }
  };
  const reading: ReadReport = { files: 0, cached: 0, threads: 0 };
  // The Python files that worker threads will parse are offered to the early workers as they are read.
  const toParse = (file: SourceFile): void => early!.offer(file);
  const parsedByTreeSitter = pythonSides(config);
  const discover = (globs: { include: string[]; exclude: string[] } | null, parsed: boolean) =>
    globs ? discoverFiles(config.root, globs.include, globs.exclude, config.maxFileBytes, early && parsed ? toParse : undefined) : null;
  const [foundModels, foundMigrations] = await timed('discover', () =>
    Promise.all([discover(config.models, parsedByTreeSitter.models), discover(config.migrations, parsedByTreeSitter.migrations)]),
  );

  // What the cache holds decides what is left to parse, and so how the parsers are compiled:
  // looked up before any frontend is loaded (loading one starts compiling its parser).
  const python: { project: ProjectSources | null } = { project: null };
  if (config.models && foundModels) python.project = await timed('models', () => modelProjectSources(config));
  // A caller that needs no facts gets the cached findings when nothing the run reads has changed:
  // neither side's facts are read back, no rule runs.
  const reportKey = cache && options.facts === false ? reportCacheKey(config, foundModels, foundMigrations, python.project) : null;
  if (reportKey) {
    const hit = await timed('rules', () => cachedReport(config, reportKey, python.project, cache!));
    if (hit) {
      Object.assign(reading, { files: foundMigrations?.files.length ?? 0, cached: foundMigrations?.files.length ?? 0, threads: 0 });
      return finishReport(hit.diagnostics, hit.counts, hit.overview, { findingsCached: true });
    }
  }
  const modelsCached = config.models && foundModels && cache
    ? await timed('models', () => cachedModelSide(foundModels.files, config, python.project!, cache))
    : null;
  const readOptions = { defaultSchema: config.defaultSchema, dialect: config.dialect };
  const replayOptions = { defaultSchema: config.defaultSchema, schemas: config.schemas ?? null };
  const plannedTask = config.migrations ? perFileTaskOf(config.migrations.kind) : null;
  const migratedKey = plannedTask ? { task: plannedTask, read: readOptions, replay: replayOptions } : null;
  const migratedCached = cache && migratedKey && foundMigrations ? await timed('migrations', () => cachedMigratedSide(foundMigrations.files, migratedKey, cache)) : null;
  let migrationPlan = plannedTask && foundMigrations && !migratedCached ? planReads(plannedTask, foundMigrations.files, readOptions, cache) : null;
  const sourceBytes = (files: SourceFile[]): number => files.reduce((sum, file) => sum + file.text.length, 0);
  const modelBytes = foundModels && !modelsCached ? sourceBytes(foundModels.files) : 0;
  const migrationBytes = foundMigrations && !migratedCached ? (migrationPlan?.bytes ?? sourceBytes(foundMigrations.files)) : 0;
  const bytesToParse = modelBytes + migrationBytes;
  // Each parser's share: tree-sitter reads the Python, libpg-query the SQL migrations (the other
  // frontends parse TypeScript or Prisma in JavaScript, which no wasm tier concerns).
  chooseWasmTier({
    python: (parsedByTreeSitter.models ? modelBytes : 0) + (parsedByTreeSitter.migrations ? migrationBytes : 0),
    sql: config.migrations && ['sql', 'prisma', 'drizzle'].includes(config.migrations.kind) ? migrationBytes : 0,
  });
  // Start compiling the parsers now, in the background, unless the cache left nothing to parse.
  if (bytesToParse > 0) warmUpParsers(config);

  const [modelsFrontend, migrationsFrontend] = await Promise.all([
    config.models ? modelFrontend(config.models.orm) : null,
    config.migrations ? migrationFrontend(config.migrations.kind) : null,
  ]);
  /** Notes what is amiss with one side's files and frontend; false when the side cannot be read. */
  const checkSide = (side: 'models' | 'migrations', globs: { include: string[] }, found: { files: SourceFile[]; problems: FrontendProblem[] }, supported: boolean, what: string): boolean => {
    problems.push(...found.problems);
    for (const f of found.files) sources.set(f.path, f);
    if (!supported) {
      problems.push(configProblem(config, side, `${what} is not supported yet by this version of ormlint; that side is not checked`));
      return false;
    }
    // A glob that matches nothing would otherwise pass CI forever without checking anything.
    if (found.files.length === 0) {
      problems.push(configProblem(config, `${side}.include`, `${side}.include (${globs.include.join(', ')}) matched no files under the project root: the ${side} side was not checked`));
    }
    return true;
  };
  const readModels = config.models && foundModels && checkSide('models', config.models, foundModels, modelsFrontend !== null, `models.orm "${config.models.orm}"`);
  const readMigrations = config.migrations && foundMigrations && checkSide('migrations', config.migrations, foundMigrations, migrationsFrontend !== null, `migrations.kind "${config.migrations.kind}"`);

  // The plan was made for the reader the kind names; should the frontend use another, plan again.
  const perFile = readMigrations ? migrationsFrontend!.perFile : undefined;
  const migrated = perFile && perFile.task === plannedTask ? migratedCached : null;
  if (perFile && !migrated && migrationPlan?.task !== perFile.task) migrationPlan = planReads(perFile.task, foundMigrations!.files, readOptions, cache);

  // Both sides at once: the migrations' files and the model files' syntax trees go to worker
  // threads (and the migrations to the cache) while this thread resolves the models' imports
  // across files; the model side starts as soon as its own trees are parsed.
  const perFileMigrations = readMigrations && migrationsFrontend!.perFile && !migrated ? migrationsFrontend!.perFile : null;
  const preParse = readModels && !modelsCached ? modelsFrontend!.preParse : undefined;
  const syntaxFiles = preParse ? preParse.files(foundModels!.files) : [];
  const groups: ReadGroup[] = [
    ...(preParse ? [{ reader: preParse.reader, files: syntaxFiles, options: readOptions, cached: false }] : []),
    ...(perFileMigrations ? [{ reader: perFileMigrations, files: foundMigrations!.files, options: readOptions, plan: migrationPlan! }] : []),
  ];
  const groupReads = groups.length > 0 ? readFileGroups(groups, { threads: options.threads, cache, report: reading, early }) : [];
  const syntaxRead = preParse ? groupReads[0]! : null;
  const migrationReads = perFileMigrations ? groupReads[groupReads.length - 1]! : null;
  for (const read of groupReads) read.catch(() => undefined);
  const migrationsRead: Promise<MigrationFacts | null> = readMigrations
    ? timed('migrations', async () => {
        const frontend = migrationsFrontend!;
        const files = foundMigrations!.files;
        // drizzle's migrator applies what meta/_journal.json lists.
        // TypeORM migrations substitute constants from other modules (an entity's enum) into SQL.
        const kind = config.migrations!.kind;
        if (!frontend.perFile) return frontend.extract(files, config, kind === 'drizzle' ? await projectSources(config.root, ['/meta/_journal.json'], config.maxFileBytes) : kind === 'typeorm' ? await projectSources(config.root, ['.ts', '/package.json', '/tsconfig.json'], config.maxFileBytes) : undefined);
        if (migrated) {
          Object.assign(reading, { files: files.length, cached: files.length, threads: 0 });
          return migrated.facts;
        }
        return frontend.perFile.assemble(files, await migrationReads!);
      })
    : Promise.resolve(null);
  // Surfaces through the await below; not an unhandled rejection while the models are read.
  migrationsRead.catch(() => undefined);
  const modelSide: ModelSide | null = readModels
    ? await timed('models', async () => {
        if (modelsCached) return modelsCached;
        const trees = syntaxRead ? await syntaxRead : null;
        const parsed = trees ? new Map(syntaxFiles.map((file, i) => [file.path, trees[i]])) : undefined;
        return readModelSide(modelsFrontend!, foundModels!.files, config, python.project!, cache, parsed);
      })
    : null;
  const modelFacts = modelSide?.facts ?? null;
  const migrationFacts = await migrationsRead;
  // With no model file, "matched no files" already says it all. Only SQLAlchemy's registry is Python.
  if (config.models?.orm === 'sqlalchemy' && modelFacts && (foundModels?.files.length ?? 0) > 0) {
    // A registry module outside models.include is read like any module an import reaches.
    const known = new Set(python.project?.paths ?? []);
    const missing = config.models.registry.filter((file) => !sources.has(file) && !known.has(file));
    if (missing.length > 0) {
      problems.push(configProblem(config, 'models.registry', `models.registry ${missing.map((f) => `"${f}"`).join(', ')} is not a Python file under the project root: which models the app imports cannot be checked`));
    }
  }

  if (modelFacts) problems.push(...modelFacts.problems);
  const ambiguousBases = config.models && modelFacts && !modelFacts.migratedBases ? severalBasesProblem(config, modelFacts) : null;
  if (ambiguousBases) problems.push(ambiguousBases);
  if (migrationFacts) problems.push(...migrationFacts.problems);

  const replay = migrationFacts
    ? await timed('replay', () => {
        if (migrated) return migrated.replay;
        const result = replayMigrations(migrationFacts.operations, replayOptions);
        if (cache && perFile) cache.setWhole('migrated', { ...migratedKey, task: perFile.task }, foundMigrations!.files, { facts: { ...migrationFacts, operations: [] }, replay: result } satisfies CachedMigrated);
        return result;
      })
    : null;
  saveCache();
  if (replay) problems.push(...replay.problems);

  for (const problem of problems) problem.message = capQuotedText(problem.message);

  const facts: ProjectFacts = {
    modelCapabilities: modelFacts?.capabilities ?? null,
    fixHints: modelFacts?.fixHints ?? null,
    models: modelFacts?.models ?? null,
    registry: modelFacts?.registry ?? null,
    // `schemas:` — tables of schemas this config does not own are neither required nor reported.
    modelSchema: modelFacts ? restrictToSchemas(modelFacts.schema, config.schemas) : null,
    migrations: migrationFacts?.migrations ?? null,
    migrationKind: config.migrations?.kind ?? null,
    migrationGraph: migrationFacts?.graph ?? null,
    migratedSchema: replay ? restrictToSchemas(replay.schema, config.schemas) : null,
    migratedTableOrigins: replay?.origins,
    versionClashes: migrationFacts?.versionClashes,
    journalMismatches: migrationFacts?.journalMismatches,
    problems: problems.filter((problem) => concernsOwnedTables(problem, config.schemas)),
    defaultSchema: config.defaultSchema,
    schemaBootstrap: modelFacts?.bootstrap ?? null,
    schemas: config.schemas ?? null,
    migratedBases: modelFacts?.migratedBases ?? null,
    dynamicTables: modelFacts?.dynamicTables ?? [],
  };

  const rulesStarted = performance.now();
  // The rules compare index elements and predicates through the Postgres parser
  // (src/schema/sqlExpressions.ts): loaded here, not left to a warm-up that a cached run skips.
  if (config.migrations) await (await import('./frontends/sql/translate.js')).loadSqlParser();
  const rules = await loadRules(config);
  const raw = runRules(facts, config, rules);
  const suppressed = applySuppressions(raw, mergeComments(modelFacts?.comments, migrationFacts?.comments), config, rules);
  const overview = overviewOf(facts);
  const counts: ReportCounts = {
    files: sources.size,
    models: overview.models ?? 0,
    tables: overview.modelTables ?? overview.migratedTables ?? 0,
    migrations: overview.migrations ?? 0,
  };
  if (reportKey) {
    cache!.setWhole('report', config, reportKey, { diagnostics: suppressed, reads: modelSide?.reads ?? [], counts, overview } satisfies CachedReport);
    saveCache();
  }
  const report = await finishReport(suppressed, counts, overview, { rules, from: rulesStarted });
  return { ...report, facts };

  /** The baseline (read afresh each run: its file is not part of any cache key), order and stats. */
  async function finishReport(
    found: Diagnostic[],
    counts: ReportCounts,
    overview: RunOverview,
    how: { rules?: ActiveRule[]; from?: number; findingsCached?: boolean },
  ): Promise<RunReport> {
    const from = how.from ?? performance.now();
    const rules = how.rules ?? (await loadRules(config));
    let diagnostics = found;
    let baselined = 0;
    const baselinePath = options.baselinePath !== undefined ? options.baselinePath : config.baseline;
    if (!options.ignoreBaseline && baselinePath) {
      const baseline = readBaseline(config.root, baselinePath);
      if (baseline) {
        const applied = applyBaseline(diagnostics, baseline);
        diagnostics = applied.kept;
        baselined = applied.baselined;
      }
    }
    diagnostics.sort(compareDiagnostics);
    timings.rules += performance.now() - from;
    return {
      config,
      diagnostics,
      baselined,
      rules: rules.filter((r) => r.severity !== 'off').map((r) => r.info),
      stats: { ...counts, durationMs: Math.round(performance.now() - started), timings, reading, ...(how.findingsCached ? { findingsCached: true } : {}) },
      overview,
    };
  }
}

/**
 * The migration side as a fully warm run reuses it: the facts the rules see (without the
 * operations, which only the replay reads) and the replayed schema. A per-file reader's facts
 * depend on its files alone, and the replay on those and its options, so the files (paths and
 * contents), the reader and both options are the whole key.
 */
interface CachedMigrated {
  facts: MigrationFacts;
  replay: ReplayResult;
}

/**
 * The cached migration side when no migration file changed. The files' own entries are then not
 * even loaded: a cache file no run loaded is left as it is, so they are still there when one
 * file changes.
 */
function cachedMigratedSide(files: SourceFile[], key: { task: PerFileTask; read: FileReadOptions; replay: unknown }, cache: FileCache): CachedMigrated | null {
  return (cache.getWhole('migrated', key, files) as CachedMigrated | undefined) ?? null;
}

/** The project files a model frontend may read beyond models.include: listed, read on demand. */
async function modelProjectSources(config: Config): Promise<ProjectSources> {
  switch (config.models?.orm) {
    case 'sqlalchemy':
      // Imports reach modules outside models.include (bases, mixins, re-exporting packages).
      return projectSources(config.root, ['.py', '/pyproject.toml', '/setup.cfg'], config.maxFileBytes);
    case 'drizzle':
      // drizzle.config.ts names the schema modules, which re-export others; package.json says
      // where drizzle-kit runs.
      return projectSources(config.root, ['.ts', '.mts', 'drizzle.config.js', 'drizzle.config.mjs', '/package.json', ...config.models.registry.map((r) => `/${r}`)], config.maxFileBytes);
    case 'typeorm':
      // The DataSource options (entities, naming strategy) and the modules entities import from:
      // bases, embedded classes, enums; tsconfig.json maps globs into the build output to sources.
      return projectSources(config.root, ['.ts', '.mts', '/package.json', '/tsconfig.json', ...config.models.registry.map((r) => `/${r}`)], config.maxFileBytes);
    default:
      return { paths: [], read: () => null };
  }
}

/** Everything of the config the model side reads (migrations: where env.py names the migrated bases), and its cache key. */
function modelCacheKey(files: SourceFile[], config: Config, project: ProjectSources): { options: unknown; key: SourceFile[] } {
  const options = { models: config.models, migrations: config.migrations, defaultSchema: config.defaultSchema, dialect: config.dialect, schemas: config.schemas ?? null };
  return { options, key: [...files, { path: '\0project-paths', text: project.paths.join('\n') }] };
}

/**
 * The model side, from the cache when nothing it read changed. The model frontend resolves imports
 * across files and reads modules outside models.include when an import reaches them, so its facts
 * are cached as a whole: keyed by every model file, the list of the project's Python files and the
 * config it reads, and valid only while each module it read on demand still has the same content.
 */
function cachedModelSide(files: SourceFile[], config: Config, project: ProjectSources, cache: FileCache): ModelSide | null {
  const { options, key } = modelCacheKey(files, config, project);
  const cached = cache.getWhole('models', options, key) as ModelSide | undefined;
  return cached && stillReadsTheSame(cached.reads, project) ? cached : null;
}

/** Whether each module read on demand still has the content it had when `reads` was recorded. */
function stillReadsTheSame(reads: [string, string | null][], project: ProjectSources | null): boolean {
  return reads.every(([file, digest]) => digest === contentDigest(project?.read(file) ?? null));
}

async function readModelSide(frontend: ModelFrontend, files: SourceFile[], config: Config, project: ProjectSources, cache: FileCache | null, parsed: ReadonlyMap<string, unknown> | undefined): Promise<ModelSide> {
  if (!cache) return { facts: await frontend.extract(files, config, project, parsed), reads: [] };
  const { options, key } = modelCacheKey(files, config, project);
  const reads = new Map<string, string | null>();
  const recording: ProjectSources = {
    paths: project.paths,
    read(file) {
      const text = project.read(file);
      reads.set(file, contentDigest(text));
      return text;
    },
  };
  const facts = await frontend.extract(files, config, recording, parsed);
  const side: ModelSide = { facts, reads: [...reads] };
  cache.setWhole('models', options, key, side);
  return side;
}

/** The model side's facts, and what it read beyond models.include (recorded only with a cache). */
interface ModelSide {
  facts: ModelFacts;
  /** The modules read on demand, with the digest of what they held (null: unreadable). */
  reads: [string, string | null][];
}


/** The counts RunStats reports (the rest of the stats is this run's own). */
type ReportCounts = Pick<RunStats, 'files' | 'models' | 'tables' | 'migrations'>;

/**
 * A whole run's findings, for a --cache run in which nothing the run reads has changed: the
 * findings after suppressions (the baseline is applied afresh), the counts the report prints, and
 * the modules the model side read beyond models.include, which must still hold the same.
 */
interface CachedReport {
  diagnostics: Diagnostic[];
  reads: [string, string | null][];
  counts: ReportCounts;
  overview: RunOverview;
}

/**
 * What a run's findings depend on, as the cache's key: the whole config (rules, their options,
 * globs, schemas; it also names the bucket), every model and migration file, the list of the
 * project's modules an import could reach, and what discovery said of files it did not read
 * (oversized, links out of the project); with ormlint's build, which every cache file's name
 * includes. Null where that is not the whole of it: plugins are the project's own code, and
 * TypeORM and Drizzle migrations read more of the project than their files.
 */
function reportCacheKey(
  config: Config,
  models: { files: SourceFile[]; problems: FrontendProblem[] } | null,
  migrations: { files: SourceFile[]; problems: FrontendProblem[] } | null,
  project: ProjectSources | null,
): SourceFile[] | null {
  if (config.plugins.length > 0) return null;
  if (config.migrations && perFileTaskOf(config.migrations.kind) === null) return null;
  return [
    ...(models?.files ?? []).map((file) => ({ path: `models:${file.path}`, text: file.text })),
    ...(migrations?.files ?? []).map((file) => ({ path: `migrations:${file.path}`, text: file.text })),
    { path: '\0project-paths', text: (project?.paths ?? []).join('\n') },
    { path: '\0discovery', text: JSON.stringify([models?.problems ?? null, migrations?.problems ?? null]) },
  ];
}

function cachedReport(config: Config, key: SourceFile[], project: ProjectSources | null, cache: FileCache): CachedReport | null {
  const cached = cache.getWhole('report', config, key) as Partial<CachedReport> | null | undefined;
  // A cache folder is restored from elsewhere: an entry of another shape is a miss, not a crash.
  if (!cached || !Array.isArray(cached.diagnostics) || !Array.isArray(cached.reads) || !cached.counts || !cached.overview) return null;
  return stillReadsTheSame(cached.reads, project) ? (cached as CachedReport) : null;
}

function contentDigest(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text).digest('base64url');
}

/**
 * Several declarative bases and nothing that says which one the project migrates (no
 * models.bases, no env.py that names it): said once, so the user can tell ormlint.
 */
function severalBasesProblem(config: Config, facts: ModelFacts): FrontendProblem | null {
  if ((config.models?.bases.length ?? 0) > 0) return null;
  const bases = [...new Set(facts.models.flatMap((m) => (m.base && !m.abstract ? [m.base] : [])))].sort();
  if (bases.length < 2) return null;
  const source = config.migrations?.kind === 'alembic' ? 'no Alembic env.py names its target_metadata' : `${config.migrations ? `${config.migrations.kind} migrations do` : 'no migrations config does'} not say which one the database gets`;
  // Every model is still compared; ormlint only cannot tell which base is migrated: a notice
  // (unresolved), not the config error that says part of the project went unchecked.
  return { ...configProblem(config, 'models', `the models use ${bases.length} declarative bases (${bases.join(', ')}) and ${source}: set models.bases to the one(s) the app migrates, and models on any other base are reported (model-base)`), kind: 'unresolved' };
}

/** Longest problem message kept whole: frontends quote code, and code can be megabytes on one line. */
const MAX_PROBLEM_MESSAGE = 600;

function capQuotedText(message: string): string {
  if (message.length <= MAX_PROBLEM_MESSAGE) return message;
  const half = MAX_PROBLEM_MESSAGE / 2;
  return `${message.slice(0, half)} … (${message.length - MAX_PROBLEM_MESSAGE} characters left out) … ${message.slice(-half)}`;
}

/** A problem of the configuration itself (rule `config`), at the key to fix when the config file says where. */
function configProblem(config: Config, key: string, message: string): FrontendProblem {
  const position = config.keyPositions?.[key] ?? config.keyPositions?.[key.split('.')[0]!] ?? { line: 1, column: 1 };
  return { kind: 'config', message, location: { file: configFileForDisplay(config), ...position }, subject: key };
}

/** By file, position, rule and subject; text in code-point order, so no locale changes the output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.subject, b.subject);
}
