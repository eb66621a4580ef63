import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { RuleDefinition } from '../engine/rule.js';
import { describeReadFailure, isInside, readConfinedFileSync } from '../fsSafe.js';
import {
  CONFIG_FILE_NAMES,
  CONFIG_MAX_BYTES,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MIGRATION_INCLUDE,
  DEFAULT_MIGRATION_KIND,
  DEFAULT_MODEL_INCLUDE,
  DEFAULT_SQLALCHEMY_REGISTRY,
} from './defaults.js';
import { ConfigError } from './error.js';
import { configSchema, isPluginRuleId, knownRules, type KnownRule } from './schema.js';
import type { Config, MigrationKind, MigrationsConfig, ModelsConfig, Orm, RuleSetting } from './types.js';
import { fail, validateConfigDocument, type RawConfig, type RuleEntry } from './validate.js';

export { ConfigError };

export interface LoadConfigOptions {
  /** --config, as given (relative to cwd or absolute). */
  configPath?: string;
  /** --root, as given (relative to cwd or absolute). */
  root?: string;
  cwd: string;
  /**
   * The folder the project must not leave through a symbolic link (default: cwd). A root that lies
   * inside it as written must resolve inside it too; the Action passes the repository checkout.
   */
  boundary?: string;
  /** The rules whose ids and options the config may name; builtinRules when left out (tests pass their own). */
  ruleDefinitions?: readonly RuleDefinition<Record<string, unknown>>[];
}

/**
 * Finds, parses and validates the config and fills in every default, so the rest of the pipeline
 * never asks "was this set?". Without a config file the defaults describe the common
 * SQLAlchemy + Alembic layout. Throws ConfigError (one line, with file:line:col) on any problem.
 */
export function loadConfig(options: LoadConfigOptions): Config {
  const cwd = path.resolve(options.cwd);
  const file = findConfigFile(options.configPath, cwd);
  const root = resolveRoot(options.root, file, cwd);
  checkRootStaysInside(root, path.resolve(cwd, options.boundary ?? cwd));
  const rules = knownRules(options.ruleDefinitions);
  if (!file) return buildConfig({ models: {}, migrations: {} }, null, root, rules);

  const displayFile = displayPath(file, cwd);
  const text = readConfigText(file, displayFile, root);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const ctx = { doc, lineCounter, displayFile, root, rules };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    const message = yamlError.message.split('\n')[0];
    throw new ConfigError(`${displayFile}:${line}:${col}: invalid YAML: ${message}`, displayFile, line, col);
  }
  if (doc.contents === null || (doc.contents as { value?: unknown }).value === null) {
    fail(ctx, null, 'the config file is empty: configure "models" and/or "migrations", or delete the file to use the defaults');
  }
  const raw = validateConfigDocument(doc.contents as Node, configSchema, ctx);
  return { ...buildConfig(raw, file, root, rules), keyPositions: keyPositions(doc, lineCounter) };
}

/** The keys later findings may point at: where their values start in the file. */
const POSITIONED_KEYS = ['models', 'models.include', 'models.registry', 'migrations', 'migrations.include'];

function keyPositions(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter): Record<string, { line: number; column: number }> {
  const out: Record<string, { line: number; column: number }> = {};
  for (const key of POSITIONED_KEYS) {
    const node = doc.getIn(key.split('.'), true) as Node | undefined;
    const offset = node?.range?.[0];
    if (offset === undefined) continue;
    const { line, col } = lineCounter.linePos(offset);
    out[key] = { line, column: col };
  }
  return out;
}

function findConfigFile(configPath: string | undefined, cwd: string): string | null {
  if (configPath !== undefined) return path.resolve(cwd, configPath);
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(cwd, name);
    if (fs.existsSync(candidate)) return candidate;
    // existsSync follows links: a dangling one would silently mean "no config, use defaults".
    if (isSymbolicLink(candidate)) {
      throw new ConfigError(`${name}: is a symbolic link to ${fs.readlinkSync(candidate)}, which does not exist; fix or remove the link`, name);
    }
  }
  return null;
}

/** DESIGN.md: `--root`, else the folder of the config file, else the current folder. */
function resolveRoot(rootOption: string | undefined, file: string | null, cwd: string): string {
  if (rootOption === undefined) return file ? path.dirname(file) : cwd;
  const root = path.resolve(cwd, rootOption);
  let isDirectory = false;
  try {
    isDirectory = fs.statSync(root).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new ConfigError(`--root ${rootOption}: no such folder`);
  return root;
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The config's text, read like any project file: a regular file whose real path stays under the
 * root (or, for a config named outside the root, under its own folder), at most CONFIG_MAX_BYTES.
 * A committed `.ormlint.yml` linked to /etc/passwd or /dev/zero is refused before a byte is read.
 */
function readConfigText(file: string, displayFile: string, root: string): string {
  const area = isInside(root, file) ? root : path.dirname(file);
  const read = readConfinedFileSync(area, file, CONFIG_MAX_BYTES);
  if (read.kind === 'ok') return read.text;
  if (read.kind === 'missing') throw new ConfigError(`${displayFile}: config file not found`, displayFile);
  if (read.kind === 'not-a-file' && isFolder(file)) throw new ConfigError(`${displayFile}: is a folder, not a config file`, displayFile);
  throw new ConfigError(`${displayFile}: ${describeReadFailure(read, 'the config file')}`, displayFile);
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A root inside the boundary as written (a `working-directory`, a config in a subfolder) must
 * resolve inside it too: a committed link `services/api -> /` would otherwise make ormlint read
 * the runner's disk as the project.
 */
function checkRootStaysInside(root: string, boundary: string): void {
  if (!isInside(boundary, root)) return;
  let rootReal: string;
  let boundaryReal: string;
  try {
    rootReal = fs.realpathSync(root);
    boundaryReal = fs.realpathSync(boundary);
  } catch {
    return; // a missing root is reported where it is used
  }
  if (!isInside(boundaryReal, rootReal)) {
    throw new ConfigError(`the project root ${displayPath(root, boundary)} is a symbolic link to a folder outside ${boundary}; ormlint reads only files under it`);
  }
}

/** Relative to the working folder when inside it (what the user typed, usually), else absolute. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? file : relative.split(path.sep).join('/');
}

function buildConfig(raw: RawConfig, file: string | null, root: string, rules: readonly KnownRule[]): Config {
  const models = raw.models ? buildModels(raw.models as RawConfig) : null;
  const migrations = raw.migrations ? buildMigrations(raw.migrations as RawConfig, models?.orm ?? 'sqlalchemy') : null;
  return {
    file,
    root,
    models,
    migrations,
    dialect: 'postgres',
    defaultSchema: (raw.defaultSchema as string | undefined) ?? 'public',
    schemas: (raw.schemas as string[] | undefined) ?? null,
    rules: buildRules((raw.rules as Map<string, RuleEntry> | undefined) ?? new Map(), rules),
    plugins: (raw.plugins as string[] | undefined) ?? [],
    baseline: (raw.baseline as string | undefined) ?? null,
    maxFileBytes: (raw.maxFileBytes as number | undefined) ?? DEFAULT_MAX_FILE_BYTES,
  };
}

function buildModels(raw: RawConfig): ModelsConfig {
  const orm = (raw.orm as Orm | undefined) ?? 'sqlalchemy';
  const include = (raw.include as string[] | undefined) ?? DEFAULT_MODEL_INCLUDE[orm];
  return {
    orm,
    include,
    exclude: (raw.exclude as string[] | undefined) ?? [],
    registry: (raw.registry as string[] | undefined) ?? defaultRegistry(orm, include),
    bases: (raw.bases as string[] | undefined) ?? [],
    tableNaming: (raw.tableNaming as ModelsConfig['tableNaming'] | undefined) ?? 'as-declared',
    ...(typeof raw.defaultSchema === 'string' ? { defaultSchema: raw.defaultSchema } : {}),
  };
}

/**
 * SQLAlchemy apps conventionally import every model in the package's `__init__.py`, so the
 * registry defaults to the `__init__.py` where the first include glob starts
 * (`src/models/**\/*.py` → `src/models/__init__.py`), or to the file itself when the include
 * names one module. Other ORMs have no registry module.
 */
function defaultRegistry(orm: Orm, include: string[]): string[] {
  if (orm !== 'sqlalchemy' || include.length === 0) return [];
  if (include === DEFAULT_MODEL_INCLUDE.sqlalchemy) return [DEFAULT_SQLALCHEMY_REGISTRY];
  const scan = picomatch.scan(include[0]);
  if (!scan.isGlob) return scan.base.endsWith('.py') ? [scan.base] : [];
  return scan.base === '' ? [] : [`${scan.base}/__init__.py`];
}

function buildMigrations(raw: RawConfig, orm: Orm): MigrationsConfig {
  const kind = (raw.kind as MigrationKind | undefined) ?? DEFAULT_MIGRATION_KIND[orm];
  return {
    kind,
    include: (raw.include as string[] | undefined) ?? DEFAULT_MIGRATION_INCLUDE[kind],
    exclude: (raw.exclude as string[] | undefined) ?? [],
  };
}

/** Every built-in rule gets an entry (configured or default); configured plugin rules are added. */
function buildRules(configured: Map<string, RuleEntry>, rules: readonly KnownRule[]): Record<string, RuleSetting> {
  const result: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const entry = configured.get(rule.id);
    result[rule.id] = {
      severity: entry?.severity ?? rule.defaultSeverity,
      options: { ...rule.defaultOptions, ...(entry?.options ?? {}) },
    };
  }
  for (const [id, entry] of configured) {
    if (!isPluginRuleId(id) || entry.severity === null) continue;
    result[id] = { severity: entry.severity, options: entry.options };
  }
  return result;
}
