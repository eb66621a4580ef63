import type { SyntaxNode } from './syntaxTree.js';
import type { FrontendProblem, MigrationInfo } from '../../facts.js';
import type { SchemaOperation } from '../../operations.js';
import { computeRevisionGraph } from '../../schema/revisionGraph.js';
import { loadSqlParser } from '../sql/translate.js';
import { mayHoldSuppressions, pythonComments } from '../comments.js';
import type { MigrationFacts, MigrationFrontend, PerFileMigrationFrontend, SourceComment, SourceFile } from '../types.js';
import { failureProblem } from '../fileFailure.js';
import { type UnknownType, upgradeOperations } from './alembicOps.js';
import { isStackOverflow, nestingLimitedSource } from './nesting.js';
import { parsePython } from './parser.js';
import { readImports } from './sqlalchemyTypes.js';
import { NOT_STATIC, nodeLocation, staticValue, stringValue, syntaxErrors, shortenSource } from './syntax.js';

/**
 * Alembic migrations: each revision file's identifiers (`revision`, `down_revision`,
 * `branch_labels`, `depends_on`) make the revision graph; its `upgrade()` makes the operations.
 * The id always comes from the `revision` variable, never from the file name (date-named files).
 * `downgrade()` is never read. Files without a `revision` variable (env.py, __init__.py) are
 * not revisions and are skipped without a word.
 */
export const alembicFrontend: MigrationFrontend = {
  async extract(files, config) {
    await loadSqlParser();
    const reads: RevisionRead[] = [];
    for (const file of files) reads.push(await readRevisionFileIsolated(file, config.defaultSchema, config.dialect));
    return alembicPerFile.assemble(files, reads);
  },
  get perFile() {
    return alembicPerFile as PerFileMigrationFrontend;
  },
};

type RevisionRead = Awaited<ReturnType<typeof readRevisionFileIsolated>>;

/**
 * The same, file by file: each revision file is read alone into plain data (worker threads and
 * the cache do this), then the revisions are assembled into the graph on the main thread.
 */
export const alembicPerFile: PerFileMigrationFrontend<RevisionRead> = {
  task: 'alembic',
  readFile: (file, options) => readRevisionFileIsolated(file, options.defaultSchema, options.dialect),
  assemble(files, reads) {
    const revisions: RevisionFile[] = [];
    const problems: FrontendProblem[] = [];
    const unknownTypes: UnknownType[] = [];
    const comments = new Map<string, SourceComment[]>();
    const order = files.map((_, i) => i).sort((a, b) => (files[a]!.path < files[b]!.path ? -1 : files[a]!.path > files[b]!.path ? 1 : 0));
    for (const i of order) {
      const read = reads[i]!;
      problems.push(...read.problems);
      unknownTypes.push(...read.unknownTypes);
      if (read.comments) comments.set(files[i]!.path, read.comments);
      if (read.revision) revisions.push(read.revision);
    }
    problems.push(...unknownTypeNotices(unknownTypes));
    return { ...assembleMigrations(revisions, problems), comments };
  },
};

interface RevisionFile {
  info: MigrationInfo;
  operations: SchemaOperation[];
}

/** Orders the revisions through the graph and lays their operations out in replay order. */
function assembleMigrations(revisions: RevisionFile[], problems: FrontendProblem[]): MigrationFacts {
  const { graph, order } = computeRevisionGraph(
    revisions.map((r) => ({ id: r.info.id, file: r.info.file, parents: r.info.parents, dependsOn: r.info.dependsOn })),
  );
  revisions.forEach((r, i) => {
    r.info.order = order[i]!;
  });
  const ordered = revisions
    .filter((r) => r.info.order >= 0)
    .sort((a, b) => a.info.order - b.info.order);
  const unordered = revisions.filter((r) => r.info.order < 0);
  const operations: SchemaOperation[] = [];
  // Unorderable revisions (cycle, missing parent, duplicate id) are not replayed.
  for (const r of ordered) for (const operation of r.operations) operations.push({ ...operation, migrationId: r.info.id });
  return { migrations: [...ordered, ...unordered].map((r) => r.info), graph, operations, problems };
}

/**
 * readRevisionFile, with whatever goes wrong inside it kept to this file: an expression nested too
 * deep for the readers is read again with it replaced (see nesting.ts); any other failure is a
 * finding at the file, and the other revisions are still read.
 */
async function readRevisionFileIsolated(file: SourceFile, defaultSchema: string, dialect: string): Promise<{ revision: RevisionFile | null; problems: FrontendProblem[]; unknownTypes: UnknownType[]; comments?: SourceComment[] }> {
  try {
    return await readRevisionFile(file, defaultSchema, dialect);
  } catch (error) {
    if (!isStackOverflow(error)) return { revision: null, problems: [failureProblem(error, { file: file.path })], unknownTypes: [] };
  }
  try {
    const limited = await nestingLimitedSource(file.text, file.path);
    const read = await readRevisionFile({ ...file, text: limited.text }, defaultSchema, dialect, true);
    return { revision: read.revision, problems: [...limited.problems, ...read.problems], unknownTypes: read.unknownTypes, ...(read.comments ? { comments: read.comments } : {}) };
  } catch (error) {
    return { revision: null, problems: [failureProblem(error, { file: file.path })], unknownTypes: [] };
  }
}

/**
 * Reads one file: its revision identifiers and upgrade() operations, plus its problems. A failure
 * while reading upgrade() keeps the revision (without operations) and becomes a finding there;
 * a stack overflow is left to the caller for a second, nesting-limited read unless this is it.
 */
export async function readRevisionFile(
  file: SourceFile,
  defaultSchema: string,
  dialect = 'postgres',
  nestingLimited = false,
): Promise<{ revision: RevisionFile | null; problems: FrontendProblem[]; unknownTypes: UnknownType[]; comments?: SourceComment[] }> {
  // op.execute literals and sa.text() defaults go through the Postgres parser.
  await loadSqlParser();
  const tree = await parsePython(file.text);
  const root = tree.rootNode;
  const problems: FrontendProblem[] = syntaxErrors(root).map((node) => ({
    kind: 'parse-error',
    message: node.isMissing
      ? `Python syntax error: missing \`${node.type}\`; the rest of the file is read as far as it parses`
      : `Python syntax error near \`${shortenSource(node.text)}\`; the rest of the file is read as far as it parses`,
    location: nodeLocation(node, file.path),
  }));
  // Suppression directives are read from this tree's comments; the engine never parses again.
  const comments = mayHoldSuppressions(file.text) ? { comments: pythonComments(root) } : {};
  const top = topLevel(root);
  const revisionVar = top.assignments.get('revision');
  const unknownTypes: UnknownType[] = [];
  if (!revisionVar) return { revision: null, problems, unknownTypes, ...comments };
  const id = stringValue(revisionVar.value);
  if (id === null) {
    problems.push({ kind: 'unresolved', message: '`revision` is not a string literal; this file is left out of the revision graph', location: nodeLocation(revisionVar.statement, file.path) });
    return { revision: null, problems, unknownTypes, ...comments };
  }
  const info: MigrationInfo = {
    id,
    file: file.path,
    parents: [],
    order: -1,
    location: nodeLocation(revisionVar.statement, file.path),
    description: docstringTitle(root),
  };
  const down = top.assignments.get('down_revision');
  if (down) {
    info.parentsLocation = nodeLocation(down.statement, file.path);
    const parents = idList(down.value);
    if (parents === null) problems.push({ kind: 'unresolved', message: '`down_revision` is not a literal; this revision is read as a root', location: info.parentsLocation });
    info.parents = parents ?? [];
  }
  for (const [variable, key] of [['depends_on', 'dependsOn'], ['branch_labels', 'branchLabels']] as const) {
    const assigned = top.assignments.get(variable);
    if (!assigned) continue;
    const values = idList(assigned.value);
    if (values === null) problems.push({ kind: 'unresolved', message: `\`${variable}\` is not a literal and is ignored`, location: nodeLocation(assigned.statement, file.path) });
    else if (values.length > 0) info[key] = values;
  }

  const operations: SchemaOperation[] = [];
  const upgrade = top.functions.get('upgrade');
  if (upgrade) {
    try {
      const read = upgradeOperations(upgrade, {
        file: file.path,
        imports: readImports(root),
        defaultSchema,
        functions: top.functions,
        moduleValues: new Map([...top.assignments].map(([name, a]) => [name, a.value])),
        dialect,
      });
      operations.push(...read.operations);
      problems.push(...read.problems);
      unknownTypes.push(...read.unknownTypes);
    } catch (error) {
      if (isStackOverflow(error) && !nestingLimited) throw error;
      const at = nodeLocation(upgrade, file.path);
      problems.push(failureProblem(error, at, 'upgrade()'));
    }
  }
  // The notices for unknown types are made once for all files (alembicFrontend.extract).
  return { revision: { info, operations }, problems, unknownTypes, ...comments };
}

interface TopLevel {
  /** Last assignment wins, as when Python runs the module. */
  assignments: Map<string, { statement: SyntaxNode; value: SyntaxNode }>;
  functions: Map<string, SyntaxNode>;
}

/** Module-level `name = value` / `name: T = value` assignments and `def`s. */
function topLevel(root: SyntaxNode): TopLevel {
  const out: TopLevel = { assignments: new Map(), functions: new Map() };
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    if (statement.type === 'function_definition') {
      const name = statement.childForFieldName('name')?.text;
      if (name) out.functions.set(name, statement);
    } else if (statement.type === 'decorated_definition') {
      const definition = statement.childForFieldName('definition');
      const name = definition?.childForFieldName('name')?.text;
      if (definition?.type === 'function_definition' && name) out.functions.set(name, definition);
    } else if (statement.type === 'expression_statement') {
      const assignment = statement.namedChildren[0];
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type === 'identifier' && right) out.assignments.set(left.text, { statement, value: right });
      else if (left && right) for (const [name, value] of unpackedPairs(left, right)) out.assignments.set(name, { statement, value });
    }
  }
  return out;
}

/**
 * `revision, down_revision = "a", "b"`: the names and values of a tuple assignment, paired when
 * both sides are plain lists of the same length (no starred target).
 */
function unpackedPairs(left: SyntaxNode, right: SyntaxNode): [string, SyntaxNode][] {
  const targets = ['pattern_list', 'tuple_pattern', 'list_pattern'].includes(left.type) ? left.namedChildren : null;
  const values = ['expression_list', 'tuple', 'list'].includes(right.type) ? right.namedChildren : null;
  if (!targets || !values) return [];
  const names = targets.filter((t) => t?.type !== 'comment');
  const items = values.filter((v) => v?.type !== 'comment');
  if (names.length !== items.length || names.some((t) => t?.type !== 'identifier')) return [];
  return names.map((t, i) => [t!.text, items[i]!]);
}

/** A revision id list: a string, a tuple/list of strings, or None (empty); null if not static. */
function idList(node: SyntaxNode): string[] | null {
  const value = staticValue(node);
  if (value === NOT_STATIC) return null;
  if (value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/** The first line of the module docstring: the message given to `alembic revision -m`. */
function docstringTitle(root: SyntaxNode): string | null {
  const first = root.namedChildren.find((c) => c?.type !== 'comment');
  if (first?.type !== 'expression_statement') return null;
  const text = stringValue(first.namedChildren[0]);
  const line = text?.split('\n').find((l) => l.trim() !== '')?.trim();
  return line ?? null;
}

/**
 * The problems for columns of types ormlint does not know: one per column, under the cause
 * `unknown-type` with the type as its item, so the unresolved rule says it once per cause
 * (a project's `UUID()` TypeDecorator on a hundred columns is one notice, not a hundred).
 */
export function unknownTypeNotices(unknown: UnknownType[]): FrontendProblem[] {
  return unknown.map((use) => ({
    kind: 'unresolved',
    message: `The type of column "${use.column}" is unknown: ${use.reason}`,
    location: use.location,
    cause: 'unknown-type',
    // Counted by the type's own name, as the model side counts it (`UUID`, not `app.db.UUID`).
    item: use.type.slice(use.type.lastIndexOf('.') + 1),
  }));
}


