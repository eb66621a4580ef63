import type { PythonParser } from './parser.js';
import type { SchemaBootstrap, SourceLocation } from '../../facts.js';
import type { ProjectSources } from '../types.js';
import { dottedName, nodeLocation } from './syntax.js';

/** Folders whose code never runs in production: a create_all() in a test fixture is no bootstrap. */
const NOT_APP_CODE = new Set(['tests', 'test', 'testing', 'docs', 'examples', 'scripts', 'migrations', 'alembic', 'versions']);

/**
 * The create_all + `alembic stamp` bootstrap: the app creates its tables from the models
 * (`db.create_all()`, `Base.metadata.create_all(engine)`) and then stamps Alembic's version table,
 * so those tables never get a migration. Both calls must be in the project's own code (tests and
 * docs aside). A cheap text test picks the files worth parsing.
 */
export function findSchemaBootstrap(project: ProjectSources, parser: PythonParser): SchemaBootstrap | null {
  let createAll: SourceLocation | null = null;
  let stamp: SourceLocation | null = null;
  for (const file of project.paths) {
    if (!file.endsWith('.py') || file.split('/').some((segment) => NOT_APP_CODE.has(segment))) continue;
    const text = project.read(file);
    if (text === null || (!text.includes('create_all(') && !text.includes('stamp('))) continue;
    const tree = parser.parse(text);
    if (!tree) continue;
    // Every call of the file, in document order (the first of each kind is the one reported).
    for (const node of tree.rootNode.descendantsOfType('call')) {
      const name = dottedName(node.childForFieldName('function')) ?? '';
      const last = name.slice(name.lastIndexOf('.') + 1);
      if (last === 'create_all' && name.includes('.')) createAll ??= nodeLocation(node, file);
      if (last === 'stamp') stamp ??= nodeLocation(node, file);
    }
    if (createAll && stamp) return { createAll, stamp };
  }
  return null;
}
