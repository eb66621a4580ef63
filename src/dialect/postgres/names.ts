/**
 * Postgres' naming rules, pure: identifier quoting the way ruleutils quotes, and the names Postgres
 * generates for unnamed constraints, indexes and sequences (makeObjectName / ChooseConstraintName).
 * Shared by the replay and both migration frontends, so every side generates the same names.
 */

/** Postgres truncates identifiers to NAMEDATALEN - 1 bytes. */
const MAX_IDENTIFIER_LENGTH = 63;

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
  // Most names fit: then the loop below would copy them whole, a character at a time.
  if (text.length <= max && Buffer.byteLength(text) <= max) return text;
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
function makeObjectName(name1: string, name2: string | null, label: string | null): string {
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
