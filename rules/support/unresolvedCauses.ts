import type { RelatedLocation } from '../../src/engine/diagnostic.js';
import type { FrontendProblem, SourceLocation } from '../../src/facts.js';

/**
 * Notices of one cause, said once: "43 columns have types ormlint does not know: JSONType ×20, …"
 * at the first place, the others as related locations, instead of one notice per line.
 */
export interface CauseGroup {
  cause: string;
  message: string;
  location: SourceLocation;
  related: RelatedLocation[];
}

/** What each cause means for the comparison, in one sentence after the count and the items. */
const CAUSES: Record<string, { what: (n: number) => string; consequence: string }> = {
  'unknown-type': {
    what: (n) => `${n} ${n === 1 ? 'column has a type' : 'columns have types'} ormlint does not know`,
    consequence: 'their types are not compared; their nullability, keys and defaults are',
  },
  'server-default': {
    what: (n) => `${n} server ${n === 1 ? 'default is' : 'defaults are'} computed by code ormlint does not run`,
    consequence: 'only those defaults are not compared',
  },
  'computed-flag': {
    what: (n) => `${n} column ${n === 1 ? 'setting' : 'settings'} cannot be evaluated statically`,
    consequence: 'only those facts of those columns are not compared',
  },
  'computed-attribute': {
    what: (n) => `${n} model ${n === 1 ? 'attribute is' : 'attributes are'} built by code ormlint does not run`,
    consequence: 'columns they may make are not known, so columns found only in the migrations are not reported for those tables',
  },
  'unknown-base': {
    what: (n) => `${n} model ${n === 1 ? 'class derives' : 'classes derive'} from classes ormlint cannot read`,
    consequence: 'columns those may add are not known, so columns found only in the migrations are not reported for those tables',
  },
  'computed-table-args': {
    what: (n) => `${n} table ${n === 1 ? 'argument is' : 'arguments are'} not something ormlint reads`,
    consequence: 'constraints found only in the migrations are not reported for those tables',
  },
  'computed-foreign-key': {
    what: (n) => `${n} foreign ${n === 1 ? 'key names its' : 'keys name their'} target with an expression ormlint does not evaluate`,
    consequence: 'those foreign keys are not compared',
  },
  'missing-table': {
    what: (n) => `${n} ${n === 1 ? 'table is' : 'tables are'} used by migrations that no earlier migration creates`,
    consequence: 'what those statements do to them is not replayed (a misspelt name, or a chain that starts from a database made outside it: create_all, a dump)',
  },
  'undecided-condition': {
    what: (n) => `${n} \`if\` ${n === 1 ? 'condition' : 'conditions'} in upgrade() depend on the database at run time`,
    consequence: 'each body is replayed as if its condition held, and the other branches mark their tables uncertain',
  },
  'unknown-operation': {
    what: (n) => `${n} migration ${n === 1 ? 'operation is' : 'operations are'} not something ormlint understands`,
    consequence: 'what they do to the schema is not replayed',
  },
  'unevaluated-migration-code': {
    what: (n) => `${n} ${n === 1 ? 'piece' : 'pieces'} of migration code cannot be evaluated statically and name no table`,
    consequence: 'what they do to the schema is not replayed',
  },
  'dynamic-model': {
    what: (n) => `${n} model ${n === 1 ? 'class is' : 'classes are'} built at run time (type(...) with a __tablename__)`,
    consequence: 'tables with the names they may map are not reported as mapped by no model',
  },
  'splat-arguments': {
    what: (n) => `${n} ${n === 1 ? 'column takes' : 'columns take'} *args/**kwargs`,
    consequence: 'only the existence of those columns is compared',
  },
};

/** How many related places one grouped notice lists (the rest are counted). */
const MAX_RELATED = 20;
/** How many distinct items the message names. */
const MAX_ITEMS = 6;

/** Splits problems into those grouped by a known cause and the rest, reported one by one. */
export function groupByCause(problems: FrontendProblem[]): { groups: CauseGroup[]; single: FrontendProblem[] } {
  const byCause = new Map<string, FrontendProblem[]>();
  const single: FrontendProblem[] = [];
  for (const problem of problems) {
    if (!problem.cause || !CAUSES[problem.cause] || (problem.tables?.length ?? 0) > 0) {
      single.push(problem);
      continue;
    }
    const list = byCause.get(problem.cause) ?? [];
    list.push(problem);
    byCause.set(problem.cause, list);
  }
  const groups: CauseGroup[] = [];
  for (const [cause, list] of byCause) {
    // One place can report one cause twice (a mixin read for each model that uses it).
    const places = new Map<string, FrontendProblem>();
    for (const p of list) places.set(`${p.location.file}\0${p.location.line}\0${p.location.column}\0${p.item ?? p.message}`, p);
    const sorted = [...places.values()].sort(compareLocations);
    const first = sorted[0]!;
    const description = CAUSES[cause]!;
    const related = sorted.slice(1, MAX_RELATED + 1).map((p) => ({ file: p.location.file, line: p.location.line, column: p.location.column, message: p.message }));
    const unlisted = sorted.length - 1 - related.length;
    const items = itemCounts(sorted);
    groups.push({
      cause,
      message: `${description.what(sorted.length)}${items ? `: ${items}` : ''}; ${description.consequence}${unlisted > 0 ? ` (${MAX_RELATED} places listed, ${unlisted} more)` : ''}`,
      location: first.location,
      related,
    });
  }
  return { groups, single };
}

/** `JSONType ×20, Pydantic ×19, UUID ×2 and 3 more`. */
function itemCounts(problems: FrontendProblem[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.item) counts.set(p.item, (counts.get(p.item) ?? 0) + 1);
  if (counts.size === 0) return '';
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const named = ordered.slice(0, MAX_ITEMS).map(([item, n]) => (n > 1 ? `${item} ×${n}` : item));
  const rest = ordered.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

function compareLocations(a: FrontendProblem, b: FrontendProblem): number {
  const fa = a.location.file;
  const fb = b.location.file;
  return (fa < fb ? -1 : fa > fb ? 1 : 0) || a.location.line - b.location.line || a.location.column - b.location.column;
}
