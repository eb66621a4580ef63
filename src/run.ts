import path from 'node:path';
import type { Config } from './config/types.js';
import type { Diagnostic } from './engine/diagnostic.js';
import { applyBaseline, readBaseline } from './engine/baseline.js';
import { runRules } from './engine/runner.js';
import { applySuppressions } from './engine/suppressions.js';
import { discoverFiles, projectSources } from './files.js';
import { migrationFrontend, modelFrontend, warmUpParsers } from './frontends/index.js';
import type { MigrationFacts, ModelFacts, ProjectSources, SourceFile } from './frontends/types.js';
import type { FrontendProblem, ProjectFacts } from './ir.js';
import { replayMigrations } from './schema/replay.js';
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

export interface RunResult {
  config: Config;
  facts: ProjectFacts;
  /** After suppressions and the baseline, sorted by file, line, column. */
  diagnostics: Diagnostic[];
  /** Findings the baseline accepted as known debt. */
  baselined: number;
  stats: RunStats;
}

export interface RunOptions {
  /** Overrides `config.baseline` (CLI --baseline). */
  baselinePath?: string | null;
  /** `ormlint baseline` wants every finding, not only the new ones. */
  ignoreBaseline?: boolean;
}

/**
 * The whole pipeline, shared by the CLI and the Action:
 * config → discover → frontends → schemas → rules → suppressions → baseline.
 * Only reads files under config.root; never executes project code (plugins excepted, opt-in).
 */
export async function run(config: Config, options: RunOptions = {}): Promise<RunResult> {
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
  warmUpParsers(config);
  const problems: FrontendProblem[] = [];
  const sources = new Map<string, SourceFile>();

  /** Discovers one side's files and hands them to its frontend (null: not configured or unsupported). */
  const readSide = async <F extends { problems: FrontendProblem[] }>(
    side: 'models' | 'migrations',
    globs: { include: string[]; exclude: string[] },
    frontend: { extract(files: SourceFile[], config: Config, project?: ProjectSources): Promise<F> } | null,
    what: string,
    project?: () => Promise<ProjectSources>,
  ): Promise<F | null> => {
    const found = await timed('discover', () => discoverFiles(config.root, globs.include, globs.exclude, config.maxFileBytes));
    problems.push(...found.problems);
    for (const f of found.files) sources.set(f.path, f);
    if (!frontend) {
      problems.push(configProblem(config, side, `${what} is not supported yet by this version of ormlint; that side is not checked`));
      return null;
    }
    // A glob that matches nothing would otherwise pass CI forever without checking anything.
    if (found.files.length === 0) {
      problems.push(configProblem(config, `${side}.include`, `${side}.include (${globs.include.join(', ')}) matched no files under the project root: the ${side} side was not checked`));
    }
    return timed(side, async () => frontend.extract(found.files, config, project ? await project() : undefined));
  };

  const python: { project: ProjectSources | null } = { project: null };
  const modelFacts: ModelFacts | null = config.models
    ? await readSide('models', config.models, await modelFrontend(config.models.orm), `models.orm "${config.models.orm}"`, async () => {
        // Imports reach modules outside models.include (bases, mixins, re-exporting packages).
        python.project = await projectSources(config.root, ['.py', '/pyproject.toml', '/setup.cfg'], config.maxFileBytes);
        return python.project;
      })
    : null;
  const migrationFacts: MigrationFacts | null = config.migrations
    ? await readSide('migrations', config.migrations, await migrationFrontend(config.migrations.kind), `migrations.kind "${config.migrations.kind}"`)
    : null;
  if (config.models && modelFacts && sources.size > 0) {
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

  const replay = migrationFacts ? await timed('replay', () => replayMigrations(migrationFacts.operations, { defaultSchema: config.defaultSchema, schemas: config.schemas })) : null;
  if (replay) problems.push(...replay.problems);

  const facts: ProjectFacts = {
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
    problems: problems.filter((problem) => concernsOwnedTables(problem, config.schemas)),
    defaultSchema: config.defaultSchema,
    schemaBootstrap: modelFacts?.bootstrap ?? null,
    schemas: config.schemas ?? null,
    migratedBases: modelFacts?.migratedBases ?? null,
  };

  const rulesStarted = performance.now();
  const raw = await runRules(facts, config);
  const suppressed = await applySuppressions(raw, sources, config);
  let diagnostics = suppressed;
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
  timings.rules = performance.now() - rulesStarted;

  return {
    config,
    facts,
    diagnostics,
    baselined,
    stats: {
      files: sources.size,
      models: facts.models?.filter((m) => !m.abstract && m.table).length ?? 0,
      tables: facts.modelSchema?.tables.size ?? facts.migratedSchema?.tables.size ?? 0,
      migrations: facts.migrations?.length ?? 0,
      durationMs: Math.round(performance.now() - started),
      timings,
    },
  };
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
  return configProblem(config, 'models', `the models use ${bases.length} declarative bases (${bases.join(', ')}) and ${source}: set models.bases to the one(s) the app migrates, and models on any other base are reported (model-base)`);
}

/** A notice about the configuration itself, at the key to fix when the config file says where. */
function configProblem(config: Config, key: string, message: string): FrontendProblem {
  const position = config.keyPositions?.[key] ?? config.keyPositions?.[key.split('.')[0]!] ?? { line: 1, column: 1 };
  return { kind: 'unresolved', message, location: { file: configFileForDisplay(config), ...position } };
}

function configFileForDisplay(config: Config): string {
  if (!config.file) return '.ormlint.yml';
  const relative = path.relative(config.root, config.file);
  return relative.split(path.sep).join('/');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.subject.localeCompare(b.subject);
}
