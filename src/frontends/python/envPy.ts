/**
 * Alembic's `env.py` says which metadata the project migrates: `target_metadata = Base.metadata`.
 * When `models.bases` is not configured, that names the application's declarative base, and a
 * model on another base is a model that `alembic revision --autogenerate` never sees.
 *
 * Read statically like every other module (tree-sitter, imports followed through the model
 * files' resolver, nothing run). Anything this cannot follow yields null, and the caller keeps
 * today's behaviour (bases found automatically): a guess here would turn into findings.
 */
import type { SyntaxNode } from './syntaxTree.js';
import type { MigratedBases, SourceLocation } from '../../facts.js';
import type { Config } from '../../config/types.js';
import type { ProjectSources, SourceFile } from '../types.js';
import { parsePython } from './parser.js';
import type { ClassAnalyzer } from './classes.js';
import { ModuleIndex, moduleNameForPath } from './modules.js';
import { type PyModule, readModule } from './namespace.js';
import type { Resolver } from './resolve.js';
import { stringValue, unwrap } from './syntax.js';

export type { MigratedBases };
import { alembicEnvPaths } from './envPyPath.js';

export { alembicEnvPaths };

/** What one env.py's `target_metadata` is made of, before any import is followed. */
export interface TargetMetadata {
  module: PyModule;
  location: SourceLocation;
  /** The expressions whose `.metadata` is migrated: `Base` of `Base.metadata`, `db.Model`, `db`. */
  owners: SyntaxNode[];
  /** Flask-Migrate: `current_app.extensions["migrate"].db`, the db given to `Migrate(app, db)`. */
  flaskMigrate: boolean;
}

/**
 * Reads `target_metadata` from a parsed env.py: the last top-level assignment, as Python would
 * bind it; `X.metadata`, a list or tuple of those, or Flask-Migrate's
 * `current_app.extensions["migrate"].db(.metadata)`, also when only `target_db = ...` names it
 * (Flask-Migrate 3+'s template calls `get_metadata()`). Null for anything else (`None`, a bare
 * `MetaData()`, a function call we cannot see into).
 */
export function readTargetMetadata(file: string, root: SyntaxNode, index: ModuleIndex = new ModuleIndex([file])): TargetMetadata | null {
  const info = index.moduleOf(file) ?? moduleNameForPath(file);
  const module = readModule(file, info?.module ?? null, info?.isPackage ?? false, root);
  const assignments = module.timeline.filter((b): b is Extract<typeof b, { kind: 'assign' }> => b.kind === 'assign');
  // `target_metadata = None` in an `except`/`else` branch (zou's env.py: no app context, no
  // autogenerate) is the branch that does not migrate anything: the other assignment is the one.
  const target = assignments.filter((b) => b.name === 'target_metadata' && unwrap(b.value).type !== 'none').at(-1);
  const flaskDbBinding = assignments.filter((b) => isFlaskMigrateDb(b.value, module)).at(-1);
  if (target) {
    const value = unwrap(target.value);
    const elements = value.type === 'list' || value.type === 'tuple' ? value.namedChildren.filter((n): n is SyntaxNode => n !== null) : [value];
    const owners: SyntaxNode[] = [];
    for (const element of elements) {
      const owner = metadataOwner(element);
      if (!owner) return flaskDbBinding && isGetMetadataCall(value) ? flaskMigrateTarget(module, flaskDbBinding.location) : null;
      if (isFlaskMigrateDb(owner, module)) return flaskMigrateTarget(module, target.location);
      owners.push(owner);
    }
    return owners.length > 0 ? { module, location: target.location, owners, flaskMigrate: false } : null;
  }
  return flaskDbBinding ? flaskMigrateTarget(module, flaskDbBinding.location) : null;
}

function flaskMigrateTarget(module: PyModule, location: SourceLocation): TargetMetadata {
  return { module, location, owners: [], flaskMigrate: true };
}

/** `X.metadata` → `X`. */
function metadataOwner(input: SyntaxNode): SyntaxNode | null {
  const node = unwrap(input);
  if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'metadata') return null;
  return node.childForFieldName('object');
}

/** `get_metadata()`: Flask-Migrate's template wraps `target_db.metadata(s)` in it. */
function isGetMetadataCall(node: SyntaxNode): boolean {
  return node.type === 'call' && node.childForFieldName('function')?.text === 'get_metadata';
}

/** `current_app.extensions["migrate"].db`, or a name bound to it in env.py (`target_db`). */
function isFlaskMigrateDb(input: SyntaxNode, module: PyModule, depth = 0): boolean {
  const node = unwrap(input);
  if (node.type === 'identifier' && depth < 5) {
    const binding = module.timeline.filter((b) => b.kind !== 'star' && b.name === node.text).at(-1);
    return binding?.kind === 'assign' && isFlaskMigrateDb(binding.value, module, depth + 1);
  }
  if (node.type !== 'attribute' || node.childForFieldName('attribute')?.text !== 'db') return false;
  const subscript = unwrap(node.childForFieldName('object')!);
  if (subscript.type !== 'subscript') return false;
  const extensions = unwrap(subscript.childForFieldName('value')!);
  const key = subscript.childForFieldName('subscript');
  return extensions.type === 'attribute' && extensions.childForFieldName('attribute')?.text === 'extensions' && stringValue(key) === 'migrate';
}

/** A model class or base as the model frontend classified it. */
export interface BaseOfModel {
  base: string | null;
  flavor: 'declarative' | 'flask' | 'sqlmodel';
}

/**
 * The declarative bases `target` migrates, resolved through env.py's imports with the model
 * files' resolver; null when any part cannot be followed (an import of a module that is not a
 * model file, a `MetaData()` shared by hand) or, for Flask-Migrate, when the model files hold
 * more or fewer than one Flask-SQLAlchemy `db.Model`.
 *
 * `resolver` is the model files' resolver: env.py's imports are followed into the model files.
 */
function resolveMigratedBases(target: TargetMetadata, resolver: Resolver, analyzer: ClassAnalyzer, models: readonly BaseOfModel[]): MigratedBases | null {
  if (target.flaskMigrate) {
    const flaskBases = new Set(models.filter((m) => m.flavor === 'flask' && m.base !== null).map((m) => m.base!));
    return flaskBases.size === 1 ? { bases: [...flaskBases], locations: [target.location] } : null;
  }
  const bases: string[] = [];
  for (const owner of target.owners) {
    const base = baseOf(owner, target.module, resolver, analyzer);
    if (base === null) return null;
    if (!bases.includes(base)) bases.push(base);
  }
  return { bases, locations: [target.location] };
}

function baseOf(owner: SyntaxNode, module: PyModule, resolver: Resolver, analyzer: ClassAnalyzer): string | null {
  const sym = resolver.resolveExpr(module, owner);
  switch (sym.kind) {
    case 'base':
      return sym.qualified;
    case 'flaskDb':
      // `db.metadata` is `db.Model.metadata`.
      return `${sym.qualified}.Model`;
    case 'external':
      return sym.qualified === 'sqlmodel.SQLModel' || sym.qualified === 'sqlmodel.main.SQLModel' ? 'sqlmodel.SQLModel' : null;
    case 'class': {
      // A declarative base class, or a model (an abstract `RecordModel(Model)`) sharing its base's metadata.
      const info = analyzer.analyze(sym.cls);
      if (info.kind === 'declarative-base') return info.qualified;
      if (info.kind === 'model') return info.base;
      return null;
    }
    default:
      return null;
  }
}

/** Several env.py files (one per chain) migrate the union of their bases. */
function mergeMigratedBases(found: readonly (MigratedBases | null)[]): MigratedBases | null {
  if (found.length === 0 || found.some((f) => f === null)) return null;
  const bases = [...new Set(found.flatMap((f) => f!.bases))];
  return { bases, locations: found.flatMap((f) => f!.locations) };
}

/**
 * The entry point for the model frontend: the bases the given env.py files migrate, or null
 * (no env.py, or one that says something this cannot follow).
 */
export async function migratedBasesOf(
  envFiles: readonly SourceFile[],
  index: ModuleIndex,
  resolver: Resolver,
  analyzer: ClassAnalyzer,
  models: readonly BaseOfModel[],
): Promise<MigratedBases | null> {
  const found: (MigratedBases | null)[] = [];
  for (const file of envFiles) {
    const tree = await parsePython(file.text);
    const target = readTargetMetadata(file.path, tree.rootNode, index);
    found.push(target ? resolveMigratedBases(target, resolver, analyzer, models) : null);
  }
  return mergeMigratedBases(found);
}

/**
 * The env.py files of the configured Alembic migrations, read through the project's confined
 * sources (never outside the root); none when `models.bases` is configured, the migrations are not
 * Alembic, or the files are absent.
 */
export function alembicEnvFiles(config: Config, project: ProjectSources | undefined): SourceFile[] {
  if (!project || !config.models || config.models.bases.length > 0 || config.migrations?.kind !== 'alembic') return [];
  return alembicEnvPaths(config.migrations.include).flatMap((path) => {
    const text = project.read(path);
    return text === null ? [] : [{ path, text }];
  });
}
