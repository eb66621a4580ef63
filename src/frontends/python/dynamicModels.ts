/**
 * Model classes built at run time: `type(f"{cls.__name__}Event", (Event, db.Model),
 * {"__tablename__": f"{cls.__name__.lower()}_events", ...})` in a `@declared_attr` (PyPI's
 * warehouse makes one events table per parent model so). ormlint does not run the code, so it
 * cannot know these classes, but the literal parts of their `__tablename__` say which tables they
 * may map: `*_events`. Those tables are not reported as mapped by no model (orphan-table), and
 * one notice per pattern says so; every other table is still checked.
 */
import type { SyntaxNode } from './syntaxTree.js';
import type { SourceLocation } from '../../facts.js';
import { callArguments, nodeLocation, stringGlob, stringParts, unwrap } from './syntax.js';

export interface DynamicTables {
  /** A glob of the table names such classes may map (`*_events`); `*` when nothing is known. */
  pattern: string;
  location: SourceLocation;
}

/** The `type(name, bases, {"__tablename__": ...})` calls of one module. */
export function dynamicTablesOf(root: SyntaxNode, text: string, file: string): DynamicTables[] {
  // Cheap text test first: most modules build no classes at run time.
  if (!text.includes('__tablename__') || !text.includes('type(')) return [];
  const out: DynamicTables[] = [];
  for (const call of root.descendantsOfType('call')) {
    if (!call || call.childForFieldName('function')?.text !== 'type') continue;
    const args = callArguments(call);
    const namespace = args.positional.length === 3 ? unwrap(args.positional[2]!) : null;
    if (namespace?.type !== 'dictionary') continue;
    for (const pair of namespace.namedChildren) {
      if (pair?.type !== 'pair') continue;
      const key = stringParts(pair.childForFieldName('key'));
      if (!key || key.length !== 1 || key[0] !== '__tablename__') continue;
      const value = pair.childForFieldName('value');
      // `"__tablename__": None` maps no table of its own.
      if (value && unwrap(value).type === 'none') continue;
      out.push({ pattern: stringGlob(value) ?? '*', location: nodeLocation(value ?? pair, file) });
    }
  }
  return out;
}
