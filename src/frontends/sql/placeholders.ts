/**
 * Flyway placeholders. Flyway replaces `${name}` in a script before running it: built-ins such as
 * `${flyway:defaultSchema}`, and names set in flyway.conf / flyway.toml, which ormlint does not
 * read. `${` is never Postgres syntax outside strings, comments and `$$` bodies, so the scanner's
 * tokens find placeholders exactly and text inside literals is never touched.
 *
 * Each placeholder is replaced by text of the same length, so every location stays the file's:
 * a known value padded with spaces, an unknown one by a stand-in identifier that the caller maps
 * back (a schema named by a placeholder is taken to be the search_path's).
 */
import type { FrontendProblem } from '../../facts.js';
import type { ObjectName, SchemaOperation } from '../../operations.js';
import { quoteIdent } from '../../dialect/postgres/names.js';
import { SqlText } from './source.js';
import { scanTokens } from './translate.js';

export interface Placeholder {
  name: string;
  /** Character offsets of `${` and just after `}` in the file. */
  start: number;
  end: number;
  /** The identifier written in its place when its value is unknown. */
  standIn: string | null;
}

export interface SubstitutedSql {
  text: string;
  placeholders: Placeholder[];
}

/** Replaces the placeholders in `text`; `values` maps names (`flyway:defaultSchema`) to identifiers. */
export function substitutePlaceholders(text: string, values: Record<string, string>): SubstitutedSql {
  // A placeholder starts with `${`; without one there is nothing to scan for.
  if (!text.includes('${')) return { text, placeholders: [] };
  const tokens = scanTokens(text);
  const source = new SqlText(text, { file: '', line: 1, column: 1 });
  const placeholders: Placeholder[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '$' || tokens[i + 1]!.text !== '{' || tokens[i + 1]!.start !== tokens[i]!.end) continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j]!.text !== '}' && tokens[j]!.start === tokens[j - 1]!.end) j++;
    if (j >= tokens.length || tokens[j]!.text !== '}' || tokens[j]!.start !== tokens[j - 1]!.end) continue;
    const start = source.charOffset(tokens[i]!.start);
    const end = source.charOffset(tokens[j]!.end);
    placeholders.push({ name: text.slice(start + 2, end - 1), start, end, standIn: null });
    i = j;
  }
  if (placeholders.length === 0) return { text, placeholders };
  let out = '';
  let from = 0;
  placeholders.forEach((p, n) => {
    const width = p.end - p.start;
    const value = values[p.name] === undefined ? null : quoteIdent(values[p.name]!);
    let replacement: string;
    if (value !== null && value.length <= width) {
      replacement = value.padEnd(width, ' ');
    } else {
      // `${x}` is 4 characters: room for a letter, a counter and padding.
      const numbered = `p${n}`;
      p.standIn = (numbered.length <= width ? numbered : 'p').padEnd(width, '_');
      replacement = p.standIn;
    }
    out += text.slice(from, p.start) + replacement;
    from = p.end;
  });
  return { text: out + text.slice(from), placeholders };
}

/**
 * Maps stand-ins back after translation: a schema named by an unknown placeholder becomes the
 * search_path's (unqualified), and every table such a statement touches is marked uncertain with a
 * notice at the placeholder. An operation on an object whose NAME is a placeholder is dropped.
 */
export function resolveStandIns(
  operations: SchemaOperation[],
  placeholders: Placeholder[],
  source: SqlText,
  /** What a placeholder is, in the notice (TypeORM: a template substitution, not Flyway's). */
  describe: (name: string) => string = (name) => `\${${name}} is a Flyway placeholder whose value is configured outside the migrations`,
): { operations: SchemaOperation[]; problems: FrontendProblem[] } {
  const byStandIn = new Map(placeholders.filter((p) => p.standIn !== null).map((p) => [p.standIn!, p]));
  if (byStandIn.size === 0) return { operations, problems: [] };
  const out: SchemaOperation[] = [];
  const touched = new Map<Placeholder, Map<string, ObjectName>>();
  const touch = (p: Placeholder, table: ObjectName | null): void => {
    const tables = touched.get(p) ?? new Map<string, ObjectName>();
    if (table) tables.set(`${table.schema ?? ''}.${table.name}`, table);
    touched.set(p, tables);
  };
  for (const op of operations) {
    let unnamed = false;
    const used = new Set<Placeholder>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if ('schema' in record && 'name' in record && typeof record.name === 'string') {
        const schemaPlaceholder = typeof record.schema === 'string' ? byStandIn.get(record.schema) : undefined;
        if (schemaPlaceholder) {
          record.schema = null;
          used.add(schemaPlaceholder);
        }
        const namePlaceholder = byStandIn.get(record.name);
        if (namePlaceholder) {
          unnamed = true;
          used.add(namePlaceholder);
        }
      }
      for (const [key, v] of Object.entries(record)) {
        if (key === 'location') continue;
        if (typeof v === 'string') {
          for (const [standIn, p] of byStandIn) if (v.includes(standIn)) used.add(p);
        } else walk(v);
      }
    };
    walk(op);
    const table = (op as { table?: ObjectName }).table ?? null;
    for (const p of used) touch(p, unnamed ? null : table);
    if (!unnamed) out.push(op);
  }
  const problems: FrontendProblem[] = [];
  for (const [p, tables] of touched) {
    const at = source.locationOfChar(p.start);
    const location = { file: source.origin.file, line: at.line, column: at.column };
    const names = [...tables.values()];
    const reason = `${describe(p.name)}; ormlint takes a schema it names to be the search_path's`;
    out.push({ op: 'uncertain', tables: names, reason, location });
    problems.push({ kind: 'unresolved', message: reason, location, tables: names.map((n) => (n.schema ? `${quoteIdent(n.schema)}.${quoteIdent(n.name)}` : quoteIdent(n.name))) });
  }
  return { operations: out, problems };
}
