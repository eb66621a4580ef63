/**
 * Names as Postgres spells them: type names from the parser's TypeName nodes, identifier quoting
 * the way ruleutils quotes, and the generated names of unnamed constraints and indexes.
 */
import type { ObjectName } from '../../operations.js';
import { canonicalType } from '../../dialect/postgres/types.js';
export { quoteIdent } from '../../dialect/postgres/names.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PgNode = Record<string, any>;

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
