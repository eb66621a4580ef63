/**
 * Names as Postgres spells them: type names from the parser's TypeName nodes, identifier quoting
 * the way ruleutils quotes, and the generated names of unnamed constraints and indexes.
 */
import type { ObjectName } from '../../ir.js';
import { canonicalType } from '../../schema/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PgNode = Record<string, any>;

/** Postgres truncates identifiers to NAMEDATALEN - 1 bytes. */
export const MAX_IDENTIFIER_LENGTH = 63;

/**
 * Canonical type of a parser TypeName (`pg_catalog.int4` → `integer`, `varchar(20)` →
 * `character varying(20)`, `timestamptz(3)`, `text[]`). Null when the node is missing.
 */
export function typeNameToCanonical(typeName: PgNode | undefined): string | null {
  if (!typeName) return null;
  const names = ((typeName.names ?? []) as PgNode[]).map((n) => n.String?.sval as string);
  if (names.length === 0) return null;
  const last = names[names.length - 1]!;
  const args = ((typeName.typmods ?? []) as PgNode[]).map((m) => {
    const c = m.A_Const;
    if (!c) return null;
    if (c.ival) return typeof c.ival.ival === 'number' ? c.ival.ival : 0;
    return null;
  });
  const arrayDims = ((typeName.arrayBounds ?? []) as PgNode[]).length;
  if (last === 'interval') return intervalType(args, arrayDims);
  const useArgs = args;
  const lower = last.toLowerCase();
  const timezone = lower === 'timestamptz' || lower === 'timetz';
  const base = canonicalType(last, { args: useArgs, timezone, arrayDims });
  // A user type written with its schema (`app.mood`) keeps only its name, like canonicalType does.
  return base;
}

/** `interval` typmods: a field mask (`day to second`) and an optional seconds precision. */
const INTERVAL_FIELDS: Record<number, string> = {
  [1 << 2]: 'year', [1 << 1]: 'month', [1 << 3]: 'day', [1 << 10]: 'hour', [1 << 11]: 'minute', [1 << 12]: 'second',
  [(1 << 2) | (1 << 1)]: 'year to month', [(1 << 3) | (1 << 10)]: 'day to hour',
  [(1 << 3) | (1 << 10) | (1 << 11)]: 'day to minute', [(1 << 3) | (1 << 10) | (1 << 11) | (1 << 12)]: 'day to second',
  [(1 << 10) | (1 << 11)]: 'hour to minute', [(1 << 10) | (1 << 11) | (1 << 12)]: 'hour to second',
  [(1 << 11) | (1 << 12)]: 'minute to second',
};

function intervalType(args: (number | null)[], arrayDims: number): string {
  const fields = typeof args[0] === 'number' ? INTERVAL_FIELDS[args[0]] : undefined;
  const precision = typeof args[1] === 'number' && args[1] >= 0 ? `(${args[1]})` : '';
  // format_type: `interval(3)` without fields, `interval second(3)` with them.
  const text = fields ? `interval ${fields}${precision}` : `interval${precision}`;
  return arrayDims > 0 ? `${text}[]` : text;
}

/** Whether a serial pseudo-type was written (`serial`, `bigserial`, ...). */
export function serialBase(typeName: PgNode | undefined): 'integer' | 'bigint' | 'smallint' | null {
  if (!typeName) return null;
  const names = ((typeName.names ?? []) as PgNode[]).map((n) => n.String?.sval as string);
  if (names.length !== 1) return null;
  const name = names[0]!.toLowerCase();
  if (name === 'serial' || name === 'serial4') return 'integer';
  if (name === 'bigserial' || name === 'serial8') return 'bigint';
  if (name === 'smallserial' || name === 'serial2') return 'smallint';
  return null;
}

/** RangeVar → ObjectName (schema null when unqualified). */
export function rangeVarName(rv: PgNode | undefined): ObjectName {
  return { schema: (rv?.schemaname as string | undefined) ?? null, name: (rv?.relname as string | undefined) ?? '' };
}

/** A dotted `String` list (`schema.type`) → ObjectName. */
export function dottedName(names: string[]): ObjectName {
  if (names.length >= 2) return { schema: names[names.length - 2]!, name: names[names.length - 1]! };
  return { schema: null, name: names[0] ?? '' };
}

/** Reserved words ruleutils quotes even when lower-case (the common ones that name columns). */
const RESERVED = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'both', 'case', 'cast', 'check',
  'collate', 'column', 'constraint', 'create', 'current_catalog', 'current_date', 'current_role', 'current_time',
  'current_timestamp', 'current_user', 'default', 'deferrable', 'desc', 'distinct', 'do', 'else', 'end', 'except',
  'false', 'fetch', 'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'initially', 'intersect', 'into',
  'lateral', 'leading', 'limit', 'localtime', 'localtimestamp', 'not', 'null', 'offset', 'on', 'only', 'or', 'order',
  'placing', 'primary', 'references', 'returning', 'select', 'session_user', 'some', 'symmetric', 'system_user',
  'table', 'then', 'to', 'trailing', 'true', 'union', 'unique', 'user', 'using', 'variadic', 'when', 'where', 'window', 'with',
]);

/** Quotes an identifier when Postgres would (upper case, odd characters, reserved words). */
export function quoteIdent(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name)) return name;
  return `"${name.split('"').join('""')}"`;
}

/** Truncates to at most 63 bytes without splitting a UTF-8 character. */
function truncateBytes(text: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const len = Buffer.byteLength(ch);
    if (bytes + len > max) break;
    out += ch;
    bytes += len;
  }
  return out;
}

/**
 * Postgres' makeObjectName: `name1_name2_label`, shortening the longer of name1/name2 until the
 * whole fits in 63 bytes (so long table names still get predictable constraint names).
 */
export function makeObjectName(name1: string, name2: string | null, label: string | null): string {
  let overhead = 0;
  if (label) overhead += Buffer.byteLength(label) + 1;
  if (name2) overhead += 1;
  const avail = MAX_IDENTIFIER_LENGTH - overhead;
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 ? Buffer.byteLength(name2) : 0;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let out = truncateBytes(name1, n1);
  if (name2) out += `_${truncateBytes(name2, n2)}`;
  if (label) out += `_${label}`;
  return out;
}

/**
 * Postgres' ChooseConstraintName / ChooseRelationName: the generated name, with 1, 2, ... appended
 * (to the label) until it collides with nothing in `taken`.
 */
export function chooseName(name1: string, name2: string | null, label: string, taken: (name: string) => boolean): string {
  let pass = 0;
  let candidate = makeObjectName(name1, name2, label);
  while (taken(candidate)) {
    pass += 1;
    candidate = makeObjectName(name1, name2, `${label}${pass}`);
  }
  return candidate;
}

/** Column part of a generated name: the columns joined with `_` (ChooseIndexColumnNames). */
export function columnsPart(columns: string[]): string {
  let out = '';
  for (const column of columns) {
    const name = column.startsWith('(') ? 'expr' : column;
    out = out ? `${out}_${name}` : name;
    if (Buffer.byteLength(out) >= MAX_IDENTIFIER_LENGTH) break;
  }
  return truncateBytes(out, MAX_IDENTIFIER_LENGTH);
}
