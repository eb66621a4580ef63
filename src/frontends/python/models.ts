import type { SyntaxNode, SyntaxTree } from './syntaxTree.js';
import type { Config } from '../../config/types.js';
import type { FrontendProblem, MigratedBases, Schema } from '../../facts.js';
import { mayHoldSuppressions, pythonComments } from '../comments.js';
import { dynamicTablesOf, type DynamicTables } from './dynamicModels.js';
import type { ModelFacts, ModelFrontend, ProjectSources, SourceComment, SourceFile } from '../types.js';
import { findSchemaBootstrap } from './bootstrap.js';
import { failureProblem } from '../fileFailure.js';
import { ClassAnalyzer } from './classes.js';
import { alembicEnvFiles, migratedBasesOf } from './envPy.js';
import { type ModelDraft, SchemaBuilder } from './modelSchema.js';
import { ModuleIndex } from './modules.js';
import { type PyModule, readModule } from './namespace.js';
import { isStackOverflow, limitNesting, nestingLimitedSource } from './nesting.js';
import type { FlatTree } from './flatTree.js';
import { pythonParser, pythonSyntaxReader } from './parser.js';
import { resolveRegistry } from './registry.js';
import { Resolver } from './resolve.js';
import { calleeName, nodeLocation, syntaxErrors } from './syntax.js';
import { lastPart } from './resolve.js';
import { runtimeIndexFor } from '../../catalog/libraries.js';
import { loadSqlParser } from '../sql/translate.js';

/**
 * The SQLAlchemy model frontend: reads every model file with tree-sitter (never importing it),
 * finds the declarative bases and the classes mapped on them (Flask-SQLAlchemy and SQLModel
 * included), builds the tables they declare, and follows the registry modules' imports to tell
 * which classes SQLAlchemy actually gets to see.
 */
export const sqlalchemyFrontend: ModelFrontend = {
  preParse: { reader: pythonSyntaxReader, files: pythonSources },
  async extract(allFiles: SourceFile[], config: Config, project?: ProjectSources, parsed?: ReadonlyMap<string, unknown>): Promise<ModelFacts> {
    const files = pythonSources(allFiles);
    // Server defaults written as SQL (`text("now()")`) go through the Postgres parser.
    await loadSqlParser();
    try {
      return await extractModels(files, config, project, false, parsed as ReadonlyMap<string, FlatTree> | undefined);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
    }
    // Some expression nests deeper than the readers follow: read every file again with such
    // expressions replaced by an unknown value (nesting.ts). Only pathological input pays for this.
    const limitedFiles: SourceFile[] = [];
    const nestingProblems: FrontendProblem[] = [];
    for (const file of files) {
      const limited = await nestingLimitedSource(file.text, file.path);
      limitedFiles.push({ ...file, text: limited.text });
      nestingProblems.push(...limited.problems);
    }
    const facts = await extractModels(limitedFiles, config, project, true);
    return { ...facts, problems: [...nestingProblems, ...facts.problems] };
  },
};

/**
 * Only Python sources are modules Python can import; a broad glob (`app/models/**`) may also
 * match a `.ts` or `.md` file, which is no model and no parse error.
 */
function pythonSources(files: SourceFile[]): SourceFile[] {
  return files.filter((file) => isPythonSource(file.path));
}

function isPythonSource(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.py') || lower.endsWith('.pyi');
}

async function extractModels(files: SourceFile[], config: Config, project: ProjectSources | undefined, nestingLimited: boolean, parsed?: ReadonlyMap<string, FlatTree>): Promise<ModelFacts> {
  const problems: FrontendProblem[] = [];
  /**
   * Runs one unit of work (a file, a class, a module's tables) so that its failure becomes a
   * finding at its place and the others go on. A stack overflow on the first read is passed up
   * for the nesting-limited second read.
   */
  const isolated = <T>(at: { file: string; line?: number; column?: number }, what: string, work: () => T, fallback: T): T => {
    try {
      return work();
    } catch (error) {
      if (isStackOverflow(error) && !nestingLimited) throw error;
      problems.push(failureProblem(error, at, what));
      return fallback;
    }
  };
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const index = new ModuleIndex([...sorted.map((f) => f.path), ...(project?.paths ?? [])], project !== undefined);
  const modules = new Map<string, PyModule>();
  const comments = new Map<string, SourceComment[]>();
  const dynamicTables: DynamicTables[] = [];
  const parser = await pythonParser();
  for (const file of sorted) {
    const flat = parsed?.get(file.path);
    const tree = flat ? parser.tree(flat, file.text) : parser.parse(file.text);
    // Suppression directives are read from this tree's comments; the engine never parses again.
    if (mayHoldSuppressions(file.text)) comments.set(file.path, pythonComments(tree.rootNode));
    dynamicTables.push(...dynamicTablesOf(tree.rootNode, file.text, file.path));
    isolated({ file: file.path }, 'this file', () => {
      for (const error of syntaxErrors(tree.rootNode)) problems.push(parseProblem(error, file.path));
      const info = index.moduleOf(file.path);
      modules.set(file.path, readModule(file.path, info?.module ?? null, info?.isPackage ?? false, tree.rootNode));
    }, undefined);
  }
  // Modules outside models.include are read when an import first reaches them: they bring bases,
  // mixins and re-exports, never models of their own.
  const loadModule = (file: string): PyModule | null => {
    const text = project?.read(file);
    if (text === null || text === undefined) return null;
    let tree = parser.parse(text);
    if (!tree) return null;
    if (nestingLimited) {
      const limited = limitNesting(tree, text, file);
      if (limited) {
        problems.push(...limited.problems);
        tree = parser.parse(limited.text);
        if (!tree) return null;
      }
    }
    const root = tree.rootNode;
    const info = index.moduleOf(file);
    return isolated({ file }, 'this module', () => readModule(file, info?.module ?? null, info?.isPackage ?? false, root), null);
  };
  const resolver = new Resolver(index, modules, loadModule);
  const analyzer = new ClassAnalyzer(resolver, config.models?.bases ?? []);
  const builder = new SchemaBuilder(analyzer, config, problems);

  const drafts: ModelDraft[] = [];
  const appModules = [...modules.values()].filter((mod) => !isAlembicMigration(mod));
  // Migrations sometimes define throwaway models to move data; the app never maps those.
  for (const mod of appModules) {
    for (const cls of mod.classes) {
      isolated(nodeLocation(cls.nameNode, cls.file), `class ${cls.name}`, () => {
        const info = analyzer.analyze(cls);
        if (info.kind === 'model') drafts.push(builder.draftModel(info));
      }, undefined);
    }
  }
  const first = sorted[0]?.path ?? '.ormlint.yml';
  isolated({ file: first }, 'the runtime indexes', () => addRuntimeIndexes(resolver, drafts), undefined);
  isolated({ file: drafts[0]?.info.cls.file ?? first }, 'the model schema', () => builder.build(drafts), undefined);
  for (const mod of appModules) isolated({ file: mod.file }, 'the tables of this module', () => builder.addModuleTables(mod), undefined);
  for (const mod of appModules) isolated({ file: mod.file }, 'the indexes of this module', () => builder.addModuleIndexes(mod), undefined);
  isolated({ file: first }, 'the model schema', () => builder.finish(), undefined);
  markUncertainTables(builder.schema, problems);

  const modelClasses = new Set(drafts.map((d) => d.info.cls));
  const registryPaths = config.models?.registry ?? [];
  const registry = isolated({ file: registryPaths[0] ?? first }, 'the registry', () => resolveRegistry(registryPaths, resolver, (cls) => modelClasses.has(cls), problems, sorted.map((f) => f.path)), null);
  const bootstrap = project ? isolated({ file: first }, 'the schema bootstrap', () => findSchemaBootstrap(project, parser), null) : null;
  // Without models.bases, the base Alembic's env.py migrates is the application's (model-base).
  const envFiles = alembicEnvFiles(config, project);
  let migratedBases: MigratedBases | null = null;
  try {
    migratedBases = await migratedBasesOf(envFiles, index, resolver, analyzer, drafts.map((d) => d.info));
  } catch (error) {
    if (isStackOverflow(error) && !nestingLimited) throw error;
    problems.push(failureProblem(error, { file: envFiles[0]?.path ?? first }, 'the base env.py migrates'));
  }
  for (const d of dynamicTables) {
    problems.push({ kind: 'unresolved', message: `a class built at run time (type(...)) maps a table named "${d.pattern}"; ormlint does not run it, so tables of that name are not reported as mapped by no model`, location: d.location, cause: 'dynamic-model', item: d.pattern });
  }
  return { models: drafts.map((d) => d.model), registry, schema: builder.schema, problems: mergeProblems(problems), bootstrap, migratedBases, comments, dynamicTables };
}

/**
 * An `unresolved` notice says the tables it names are treated as uncertain; this makes it true on
 * the model side (the replay does the same for migrations), so drift rules stay quiet on a table
 * one of whose columns, keys or names could not be read, instead of comparing half of it.
 */
function markUncertainTables(schema: Schema, problems: FrontendProblem[]): void {
  for (const problem of problems) {
    if (problem.kind !== 'unresolved') continue;
    for (const key of problem.tables ?? []) {
      const table = schema.tables.get(key);
      if (!table) continue;
      table.uncertain = true;
      if (!(table.uncertainReasons ?? []).includes(problem.message)) table.uncertainReasons = [...(table.uncertainReasons ?? []), problem.message];
    }
  }
}

/**
 * A mixin read for each model that uses it reports the same thing once per model: keep one
 * problem per place and message, with the tables of all of them.
 */
function mergeProblems(problems: FrontendProblem[]): FrontendProblem[] {
  const byKey = new Map<string, FrontendProblem>();
  for (const problem of problems) {
    const { file, line, column } = problem.location;
    const key = `${problem.kind}\0${file}\0${line}\0${column}\0${problem.message}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, problem.tables ? { ...problem, tables: [...problem.tables] } : problem);
      continue;
    }
    for (const table of problem.tables ?? []) {
      const tables = (known.tables ??= []);
      if (!tables.includes(table)) tables.push(table);
    }
  }
  return [...byKey.values()];
}

/**
 * Indexes a library adds at run time when the project calls it (the catalog's runtimeIndexes):
 * `make_searchable(Base.metadata)` puts a GIN index on every TSVectorType column.
 */
function addRuntimeIndexes(resolver: Resolver, drafts: ModelDraft[]): void {
  const types = new Set<string>();
  for (const mod of resolver.modules.values()) {
    for (const call of mod.calls) {
      const name = calleeName(call);
      const runtime = name ? runtimeIndexFor(lastPart(name)) : undefined;
      if (runtime) types.add(runtime.onColumnType);
    }
  }
  if (types.size === 0) return;
  for (const draft of drafts) {
    for (const column of draft.drafts) if (column.column.type && types.has(column.column.type) && !column.unique) column.index = true;
  }
}

/** An Alembic revision file: it binds `revision` and `down_revision` at the top level. */
function isAlembicMigration(mod: PyModule): boolean {
  const names = new Set(mod.timeline.map((b) => (b.kind === 'star' ? '' : b.name)));
  return names.has('revision') && names.has('down_revision');
}

function parseProblem(node: SyntaxNode, file: string): FrontendProblem {
  const flat = node.text.replace(/\s+/gu, ' ').trim();
  const saw = node.isMissing ? `a missing \`${node.type}\`` : `\`${flat.length > 40 ? `${flat.slice(0, 37)}...` : flat}\``;
  return { kind: 'parse-error', message: `Python syntax error: tree-sitter could not parse ${saw}; the rest of the file is still read`, location: nodeLocation(node, file) };
}


