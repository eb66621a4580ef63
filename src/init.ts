import path from 'node:path';
import type { SyntaxNode, SyntaxTree } from './frontends/python/syntaxTree.js';
import { DEFAULT_MAX_FILE_BYTES } from './config/defaults.js';
import { compareText } from './engine/messages.js';
import { discoverFiles } from './files.js';
import { readTargetMetadata } from './frontends/python/envPy.js';
import { ModuleIndex } from './frontends/python/modules.js';
import { type PyModule, readModule } from './frontends/python/namespace.js';
import { pythonParser } from './frontends/python/parser.js';
import { Resolver, type Sym } from './frontends/python/resolve.js';
import type { SourceFile } from './frontends/types.js';

/**
 * `ormlint init`: a starter .ormlint.yml, found the way Alembic finds its own configuration:
 * `alembic.ini` → `script_location` (Flask-Migrate: `migrations/` with `env.py` beside
 * `versions/`) → `env.py` → the module its `target_metadata` comes from → the registry module and
 * the model package. File names are the fallback. Nothing under `tests/` or `test/` is ever
 * chosen. Every choice is explained, in the file and on stderr.
 */
export interface StarterPlan {
  /** The .ormlint.yml text. */
  text: string;
  /** What was chosen and why, one line each (also written as comments into `text`). */
  reasons: string[];
}

/** A folder Alembic runs from: `script_location`, holding env.py and versions/. */
interface Chain {
  dir: string;
  why: string;
  /** Folders on sys.path when alembic runs (`prepend_sys_path`, relative to the ini), best first. */
  sourceRoots: string[];
}

interface ModelChoice {
  include: string;
  exclude: string[];
  registry: string[];
  why: string[];
}

export async function planStarterConfig(root: string): Promise<StarterPlan> {
  const { files } = await discoverFiles(root, ['**/*.py', '**/alembic.ini', '**/*.sql'], [], DEFAULT_MAX_FILE_BYTES);
  const project = files.filter((f) => !isTestPath(f.path));
  const byPath = new Map(project.map((f) => [f.path, f]));
  const paths = project.map((f) => f.path);
  const reasons: string[] = [];

  const chains = alembicChains(project, byPath);
  const chain = chains[0] ?? null;
  let models: ModelChoice | null = null;
  if (chain) {
    reasons.push(`migrations: ${chain.dir || '.'}/versions (${chain.why})`);
    if (chains.length > 1) {
      reasons.push(`also found Alembic chain(s) ${chains.slice(1).map((c) => `${c.dir}/versions`).join(', ')}: each chain needs its own config (copy this one and change migrations.include)`);
    }
    models = await modelsFromEnvPy(chain, byPath, paths);
    if (models) reasons.push(...models.why);
  }
  models ??= modelsFromFileNames(paths, reasons, chain !== null);
  const sqlFile = chain ? undefined : shallowest(paths.filter((p) => p.endsWith('.sql')));
  const sqlDir = sqlFile === undefined ? null : sqlFile.includes('/') ? sqlFile.slice(0, sqlFile.lastIndexOf('/')) : '.';
  if (sqlDir !== null) reasons.push(`migrations: SQL files under ${sqlDir} (no Alembic env.py beside a versions/ folder found)`);

  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/ormlint/ormlint/main/schema/ormlint.schema.json',
    '# ormlint configuration — see README.md "Configuration". Written by `ormlint init`; edit freely.',
    '# How ormlint init chose:',
    ...reasons.map((reason) => `#   - ${commentText(reason)}`),
  ];
  if (models) {
    lines.push('models:', '  orm: sqlalchemy', `  include: [${JSON.stringify(models.include)}]`);
    if (models.exclude.length > 0) lines.push(`  exclude: [${models.exclude.map((e) => JSON.stringify(e)).join(', ')}]`);
    lines.push(`  registry: [${models.registry.map((r) => JSON.stringify(r)).join(', ')}]`);
  } else {
    lines.push('# No SQLAlchemy models package found; set models.include and models.registry.', '# models:', '#   orm: sqlalchemy');
  }
  if (chain) {
    lines.push('migrations:', '  kind: alembic', `  include: [${JSON.stringify(joinPath(chain.dir, 'versions/*.py'))}]`);
  } else if (sqlDir !== null) {
    lines.push('migrations:', '  kind: sql', `  include: [${JSON.stringify(sqlDir === '.' ? '*.sql' : `${sqlDir}/**/*.sql`)}]`);
  } else {
    lines.push('# No migrations found; set migrations.kind and migrations.include.', '# migrations:', '#   kind: alembic');
  }
  lines.push('dialect: postgres', 'defaultSchema: public', 'rules: {}', '');
  return { text: lines.join('\n'), reasons };
}

/**
 * A reason as one comment line: it quotes the repository's own text (a script_location, an
 * expression from env.py), and a line break there would end the comment and write YAML.
 */
function commentText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ');
}

/** `tests/`, `test/` (any depth): fixtures and throwaway models, never the application's. */
function isTestPath(file: string): boolean {
  return file.split('/').some((segment) => segment === 'tests' || segment === 'test');
}

function joinPath(dir: string, rest: string): string {
  return dir === '' ? rest : `${dir}/${rest}`;
}

function shallowest(list: string[]): string | undefined {
  return [...list].sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b))[0];
}

/**
 * Alembic chains, best first: each `script_location` an `alembic.ini` names (shallowest ini
 * first), then every folder holding `env.py` beside a `versions/` folder of revisions (the
 * Flask-Migrate layout, `migrations/`, whose alembic.ini has no script_location).
 */
function alembicChains(files: SourceFile[], byPath: Map<string, SourceFile>): Chain[] {
  const hasVersions = (dir: string) => [...byPath.keys()].some((p) => p.startsWith(joinPath(dir, 'versions/')) && !p.endsWith('__init__.py'));
  const chains: Chain[] = [];
  const seen = new Set<string>();
  const add = (dir: string, why: string, sourceRoots: string[] = []) => {
    if (seen.has(dir) || isTestPath(`${dir}/`)) return;
    seen.add(dir);
    chains.push({ dir, why, sourceRoots: [...new Set([...sourceRoots, ''])] });
  };
  const inis = files.filter((f) => f.path === 'alembic.ini' || f.path.endsWith('/alembic.ini'));
  inis.sort((a, b) => a.path.split('/').length - b.path.split('/').length || compareText(a.path, b.path));
  for (const ini of inis) {
    const iniDir = path.posix.dirname(ini.path) === '.' ? '' : path.posix.dirname(ini.path);
    const sections = readAlembicIni(ini.text);
    for (const entry of sections) {
      if (!entry.scriptLocation) continue;
      const dir = resolveScriptLocation(entry.scriptLocation.value, iniDir, byPath);
      if (dir === null) continue;
      if (!hasVersions(dir) && !byPath.has(joinPath(dir, 'env.py'))) continue;
      // prepend_sys_path (default "." in alembic's templates) puts the ini's folder on sys.path.
      const prepend = entry.prependSysPath ?? sections.find((other) => other.prependSysPath)?.prependSysPath ?? '.';
      const sourceRoots = prepend.split(/[\s:;]+/u).filter((p) => p !== '').flatMap((p) => {
        const dir = path.posix.normalize(joinPath(iniDir, p.replaceAll('%(here)s', '.')));
        return dir === '..' || dir.startsWith('../') ? [] : [dir === '.' ? '' : dir];
      });
      add(dir, `${ini.path}:${entry.scriptLocation.line} [${entry.section}] script_location = ${entry.scriptLocation.value}`, sourceRoots);
    }
  }
  const envDirs = [...byPath.keys()].filter((p) => p === 'env.py' || p.endsWith('/env.py')).map((p) => (p === 'env.py' ? '' : p.slice(0, -'/env.py'.length)));
  envDirs.sort((a, b) => a.split('/').length - b.split('/').length || compareText(a, b));
  for (const dir of envDirs) {
    if (!hasVersions(dir)) continue;
    const flask = byPath.has(joinPath(dir, 'alembic.ini')) ? 'Flask-Migrate layout: alembic.ini, ' : '';
    add(dir, `${flask}${joinPath(dir, 'env.py')} beside ${joinPath(dir, 'versions/')}`);
  }
  if (chains.length === 0) {
    // No alembic.ini, no env.py: the shallowest versions/ folder of .py revisions, by name only.
    const revision = shallowest([...byPath.keys()].filter((p) => /(^|\/)versions\/[^/]+\.py$/u.test(p) && !p.endsWith('__init__.py')));
    if (revision) {
      const versions = path.posix.dirname(revision);
      add(versions === 'versions' ? '' : versions.slice(0, -'/versions'.length), `${versions}/ holds .py revisions; no alembic.ini or env.py found`);
    }
  }
  return chains;
}

/**
 * `script_location` and `prepend_sys_path` of every section of an alembic.ini, the way
 * configparser reads it: `[section]` headers, `key = value` or `key: value`, `#`/`;` comment
 * lines, indented continuation lines; the last occurrence in a section wins.
 */
export function readAlembicIni(text: string): IniSection[] {
  const sections = new Map<string, IniSection>();
  let section = '';
  const sectionOf = (name: string): IniSection => {
    let found = sections.get(name);
    if (!found) sections.set(name, (found = { section: name }));
    return found;
  };
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    if (line.startsWith('[') && line.endsWith(']')) {
      section = line.slice(1, -1).trim();
      return;
    }
    if (/^\s/u.test(raw)) return; // a continuation line of the previous value
    const separator = line.search(/[=:]/u);
    if (separator === -1) return;
    const key = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    if (key === 'script_location') sectionOf(section).scriptLocation = { value, line: index + 1 };
    if (key === 'prepend_sys_path') sectionOf(section).prependSysPath = value;
  });
  return [...sections.values()];
}

export interface IniSection {
  section: string;
  scriptLocation?: { value: string; line: number };
  prependSysPath?: string;
}

/**
 * A script_location as a folder relative to the root: `%(here)s` is the ini's folder, a relative
 * path is taken from the ini's folder (where alembic is run), `package:folder` is the folder inside
 * that package. Null when it leaves the root or names something not in the project.
 */
function resolveScriptLocation(value: string, iniDir: string, byPath: Map<string, SourceFile>): string | null {
  let location = value.replaceAll('%(here)s', iniDir === '' ? '.' : iniDir);
  const packageResource = /^([A-Za-z_][\w.]*):(.+)$/u.exec(location);
  if (packageResource) {
    const packageDir = packageResource[1]!.split('.').join('/');
    const candidates = [packageDir, `src/${packageDir}`, joinPath(iniDir, packageDir)];
    const found = candidates.find((dir) => byPath.has(`${dir}/__init__.py`));
    if (!found) return null;
    location = `${found}/${packageResource[2]}`;
  } else if (!location.startsWith('/') && !value.includes('%(here)s')) {
    location = joinPath(iniDir, location);
  }
  const normalized = path.posix.normalize(location).replace(/\/$/u, '');
  if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../')) return null;
  return normalized === '.' ? '' : normalized;
}

/**
 * The models env.py migrates: its `target_metadata` owner, followed through imports to the file
 * that defines the base (the model package is that file's folder), and the project modules env.py
 * imports inside that package (the registry: what Alembic autogenerate gets to see).
 */
async function modelsFromEnvPy(chain: Chain, byPath: Map<string, SourceFile>, paths: string[]): Promise<ModelChoice | null> {
  const envPath = joinPath(chain.dir, 'env.py');
  const env = byPath.get(envPath);
  if (!env) return null;
  const parser = await pythonParser();
  const parse = (file: SourceFile): SyntaxTree => {
    const tree = parser.parse(file.text);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return tree;
  };
  for (const sourceRoot of chain.sourceRoots) {
    const choice = followTargetMetadata(chain, envPath, env, sourceRoot, byPath, paths, parse);
    if (choice) return choice;
  }
  return null;
}

/**
 * One attempt with `sourceRoot` on sys.path (`polar.models` is server/polar/models when
 * alembic runs from server/ with prepend_sys_path = .). Paths inside are relative to sourceRoot;
 * what it returns is relative to the project root again.
 */
function followTargetMetadata(
  chain: Chain,
  envPath: string,
  env: SourceFile,
  sourceRoot: string,
  byPath: Map<string, SourceFile>,
  paths: string[],
  parse: (file: SourceFile) => SyntaxTree,
): ModelChoice | null {
  const prefix = sourceRoot === '' ? '' : `${sourceRoot}/`;
  const underRoot = new Map<string, SourceFile>();
  for (const file of paths) if (file.endsWith('.py') && file.startsWith(prefix)) underRoot.set(file.slice(prefix.length), byPath.get(file)!);
  const index = new ModuleIndex(underRoot.keys());
  const envInRoot = envPath.startsWith(prefix) ? envPath.slice(prefix.length) : envPath;
  const target = readTargetMetadata(envInRoot, parse(env).rootNode, index);
  const owner = target?.owners[0];
  if (!target || !owner) return null;
  // Modules are parsed when an import first reaches them: init never parses the whole project.
  const resolver = new Resolver(index, new Map(), (file) => {
    const source = underRoot.get(file);
    if (!source) return null;
    const info = index.moduleOf(file);
    return readModule(file, info?.module ?? null, info?.isPackage ?? false, parse(source).rootNode);
  });
  const ownerSym = resolver.resolveExpr(target.module, owner);
  // SQLModel.metadata: the base is the library's; the models are in the module env.py imports for
  // its side effect, the one that declares `table=True` classes (tracecat: tracecat.db.schemas).
  const sqlmodelFile = ownerSym.kind === 'external' && ownerSym.qualified.startsWith('sqlmodel') ? sqlmodelTablesModule(target.module, index, resolver) : null;
  const baseInRoot = sqlmodelFile ?? definingFile(ownerSym, index);
  const baseFile = baseInRoot === null ? null : `${prefix}${baseInRoot}`;
  if (!baseFile || isTestPath(baseFile)) return null;
  // The model package is where env.py imports the base from (polar: `from polar.models import
  // Model`, re-exported from polar/kit/db/models/base.py: the package is polar/models), else the
  // file that defines it.
  const importedFromInRoot = importedFrom(owner, target.module, index);
  const importedFromFile = importedFromInRoot === null ? null : `${prefix}${importedFromInRoot}`;
  const packageFile = importedFromFile && !isTestPath(importedFromFile) ? importedFromFile : baseFile;
  const modelDir = path.posix.dirname(packageFile) === '.' ? '' : path.posix.dirname(packageFile);
  const imported = target.module.imports.flatMap((statement) => {
    // `from shop.db import models` imports the submodule shop.db.models when there is one.
    const modulesNamed = statement.isFrom
      ? statement.names.map((n) => (statement.module && index.fileOf(`${statement.module}.${n.name}`) ? `${statement.module}.${n.name}` : statement.module))
      : statement.names.map((n) => n.name);
    return modulesNamed.flatMap((module) => {
      const inRoot = module ? index.fileOf(module) : null;
      const file = inRoot === null ? null : `${prefix}${inRoot}`;
      return file && !isTestPath(file) && (modelDir === '' || file.startsWith(`${modelDir}/`)) ? [file] : [];
    });
  });
  const registry = [...new Set(imported.length > 0 ? imported : [packageFile])].sort();
  const include = joinPath(modelDir, '**/*.py');
  const exclude = chain.dir !== '' && (modelDir === '' || chain.dir.startsWith(`${modelDir}/`)) ? [`/${chain.dir}/`] : [];
  const ownerText = owner.text;
  return {
    include,
    exclude,
    registry,
    why: [
      `models.include: ${include} — ${envPath}:${target.location.line} target_metadata = ${ownerText}.metadata, ${sqlmodelFile ? `and the table=True classes are in ${baseFile}, which env.py imports` : packageFile === baseFile ? `and ${ownerText} is defined in ${baseFile}` : `imported from ${packageFile} (defined in ${baseFile})`}`,
      `models.registry: ${registry.join(', ')} — what ${envPath} imports from the model package, so what Alembic autogenerate sees`,
      ...(exclude.length > 0 ? [`models.exclude: ${exclude[0]} — the migrations live inside the model package`] : []),
    ],
  };
}

/** The first project module env.py imports that declares SQLModel `table=True` classes. */
function sqlmodelTablesModule(env: PyModule, index: ModuleIndex, resolver: Resolver): string | null {
  for (const statement of env.imports) {
    const modules = statement.isFrom ? statement.names.map((n) => (statement.module ? `${statement.module}.${n.name}` : null)).concat(statement.module) : statement.names.map((n) => n.name);
    for (const module of modules) {
      const file = module ? index.fileOf(module) : null;
      const mod = file ? resolver.moduleForFile(file) : null;
      if (mod?.classes.some((cls) => cls.keywords.get('table')?.type === 'true')) return file;
    }
  }
  return null;
}

/** The project file env.py imports the owner of target_metadata from (`from m import Base` → m). */
function importedFrom(owner: SyntaxNode, module: PyModule, index: ModuleIndex): string | null {
  let root = owner;
  while (root.type === 'attribute') root = root.childForFieldName('object')!;
  if (root.type !== 'identifier') return null;
  const binding = module.timeline.filter((b) => b.kind !== 'star' && b.name === root.text).at(-1);
  if (binding?.kind === 'from' && binding.module) return index.fileOf(`${binding.module}.${binding.imported}`) ?? index.fileOf(binding.module);
  if (binding?.kind === 'import') {
    const parts = owner.text.split('.');
    for (let end = parts.length - 1; end > 0; end--) {
      const file = index.fileOf(parts.slice(0, end).join('.'));
      if (file) return file;
    }
  }
  return null;
}

/** The project file a resolved base (class, declarative_base() variable, Flask-SQLAlchemy db) is defined in. */
function definingFile(sym: Sym, index: ModuleIndex): string | null {
  switch (sym.kind) {
    case 'class':
      return sym.cls.file;
    case 'base':
    case 'flaskDb':
      return sym.module?.file ?? index.fileOf(sym.qualified.slice(0, sym.qualified.lastIndexOf('.')));
    case 'value':
      return sym.module.file;
    default:
      return null;
  }
}

/** Without an env.py that names the models: the shallowest `models/` package or `models.py`. */
function modelsFromFileNames(paths: string[], reasons: string[], hasEnvPy: boolean): ModelChoice | null {
  const registry = shallowest(paths.filter((p) => p === 'models/__init__.py' || p.endsWith('/models/__init__.py')));
  const modelsModule = shallowest(paths.filter((p) => p.endsWith('/models.py') || p === 'models.py'));
  if (!registry && !modelsModule) return null;
  const chosen = registry ?? modelsModule!;
  const include = registry ? `${registry.slice(0, -'__init__.py'.length)}**/*.py` : modelsModule!;
  const because = hasEnvPy ? 'env.py names no target_metadata ormlint can follow to a model file' : 'no Alembic env.py to follow';
  reasons.push(`models: ${chosen} — the shallowest ${registry ? 'models/ package' : 'models.py'} outside tests/ (${because}); check that models.registry imports every model`);
  return { include, exclude: [], registry: [chosen], why: [] };
}
