/**
 * Default values as Postgres stores them: a literal gets its column's type as a label on the way
 * in (`'x'` on a varchar column reads back as `'x'::character varying`). Pure; used by the replay
 * and by the Alembic frontend, so both sides spell a default the way the catalog does.
 */
import { isKnownTypeName } from './types.js';

export function quoteLiteral(value: string): string {
  return `'${value.split("'").join("''")}'`;
}

const builtinTypes = new Map<string, boolean>();
const MAX_REMEMBERED_TYPES = 10_000;

/** Canonical spellings of built-in types (anything else is an enum, domain or extension type). */
export function isBuiltinType(type: string): boolean {
  // Asked for every column and default, of a handful of distinct types: remembered.
  let builtin = builtinTypes.get(type);
  if (builtin === undefined) {
    const base = type.replace(/\[\]$/, '').replace(/\([^)]*\)/g, '').trim();
    builtin = /^(timestamp|time)( with(out)? time zone)?$/.test(base) || base.startsWith('interval') || isKnownTypeName(base) || base === 'bit varying';
    if (builtinTypes.size >= MAX_REMEMBERED_TYPES) builtinTypes.clear();
    builtinTypes.set(type, builtin);
  }
  return builtin;
}

/** A constant as ruleutils' get_const_expr prints it, given the type it ends up with. */
export function renderTypedConstant(text: string, type: string): string | null {
  if (type === 'boolean') {
    const v = text.trim().toLowerCase();
    if (['t', 'true', 'y', 'yes', 'on', '1'].includes(v)) return 'true';
    if (['f', 'false', 'n', 'no', 'off', '0'].includes(v)) return 'false';
    return null;
  }
  if (type === 'integer') {
    const v = text.trim();
    if (!/^[+-]?\d+$/.test(v)) return null;
    const n = String(Number(v));
    // Negative int4 constants are printed quoted and cast, so they re-parse as one constant.
    return n.startsWith('-') ? `'${n}'::integer` : n;
  }
  if (type === 'numeric' && /^\d+(\.\d*)?([eE][+-]?\d+)?$/.test(text.trim()) && /[eE.]/.test(text)) return text.trim();
  // Everything else keeps its literal (we cannot run the type's output function) with a label.
  const label = type.startsWith('character varying') ? 'character varying' : type.startsWith('character(') || type === 'character' ? 'bpchar' : stripTypmod(type);
  return `${quoteLiteral(text)}::${label}`;
}

/** A Const's label carries no typmod (ruleutils prints consttypmod, which is -1 for literals). */
function stripTypmod(type: string): string {
  if (type.startsWith('numeric(')) return type.endsWith('[]') ? 'numeric[]' : 'numeric';
  if (type.startsWith('character varying(')) return type.endsWith('[]') ? 'character varying[]' : 'character varying';
  if (type.startsWith('character(')) return type.endsWith('[]') ? 'bpchar[]' : 'bpchar';
  const m = /^(timestamp|time)\(\d+\)( with(?:out)? time zone)(\[\])?$/.exec(type);
  if (m) return `${m[1]}${m[2]}${m[3] ?? ''}`;
  return type;
}

/** Labels a bare string literal default with the column's type, as Postgres does on the way in. */
export function labelUntypedDefault(text: string, columnType: string | null): string {
  if (!columnType) return text;
  const m = /^'((?:[^']|'')*)'$/.exec(text);
  if (!m) return text;
  return renderTypedConstant(m[1]!.split("''").join("'"), columnType) ?? text;
}

