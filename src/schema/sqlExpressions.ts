/**
 * Comparable forms of the SQL pieces an index is made of — its elements (`email`, `timestamp DESC`,
 * `lower(email)`, `(lower(email))`) and its predicate (`deleted_at IS NULL`) — so a model and a
 * migration that write the same index differently (SQLAlchemy's `literal_column("timestamp DESC")`
 * and a migration's `sa.text("timestamp DESC")`, `func.lower(Column("email"))` and
 * `sa.text("lower(email)")`) compare equal, and different ones do not.
 *
 * Both sides go through the real Postgres parser; the form compared is its parse tree without
 * source positions, with the labels Postgres' own deparser adds (`'x'::text`) taken off, and
 * with a column written qualified by the index's own table (`"user".state`, as a hand-written
 * migration may) read as the bare column, which is what Postgres stores. When the
 * parser cannot read a piece, the text itself is compared (whitespace and case of keywords folded).
 */
import { parseSync, scanSync, type ScanToken } from 'libpg-query';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PgNode = Record<string, any>;

const elementKeys = new Map<string, string>();
const predicateKeys = new Map<string, string>();

/** The table an index is on: a column qualified by it is that table's column. */
export interface IndexedTable {
  schema: string;
  name: string;
}

/** The comparable form of one index element: a column (with its order), or an expression. */
export function indexElementKey(text: string, table?: IndexedTable): string {
  return comparableKey(elementKeys, text, table, parseIndexElement);
}

/** The comparable form of an index predicate (`WHERE ...`), or of none. */
export function predicateKey(text: string | null | undefined, table?: IndexedTable): string {
  return text ? comparableKey(predicateKeys, text, table, parsePredicate) : '';
}

/**
 * The parsed form of `text` on `table`, cached; when the parser cannot read it, the folded text
 * (not cached: it is cheap, and a text key never matches a parsed one).
 */
function comparableKey(cache: Map<string, string>, text: string, table: IndexedTable | undefined, parse: (text: string, table: IndexedTable | undefined) => string | null): string {
  const cacheKey = table ? `${table.schema}\0${table.name}\0${text}` : text;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const parsed = parse(text, table);
  if (parsed === null) return `text:${foldText(text)}`;
  cache.set(cacheKey, parsed);
  return parsed;
}

function parseIndexElement(text: string, table: IndexedTable | undefined): string | null {
  const trimmed = text.trim();
  const column = plainColumnName(trimmed);
  if (column !== null) return `column:${column}`;
  const candidates = [trimmed];
  // `(timestamp DESC)`: an element some readers keep in parentheses, which SQL does not allow.
  if (trimmed.startsWith('(') && trimmed.endsWith(')')) candidates.push(trimmed.slice(1, -1));
  for (const candidate of candidates) {
    const element = indexElement(candidate);
    if (element) return elementKey(unqualified(element, table) as PgNode);
  }
  return null;
}

/**
 * A bare lower-case name that Postgres' scanner reads as one identifier or non-reserved keyword,
 * which an index element takes as a column (the grammar's ColId): the column, found without the
 * grammar. Most index elements are such names, and the scanner compiles in about 5 ms where the
 * grammar takes 40-50 ms on its first use in a process, which a run with nothing else to parse
 * then skips. Upper case (folded), quotes and names past 63 bytes (truncated) go to the parser;
 * test/sql-fast-paths.test.ts compares the two on identifiers and on every keyword.
 */
export function plainColumnName(text: string): string | null {
  if (text.length === 0 || text.length > 63 || !/^[a-z_][a-z0-9_$]*$/u.test(text)) return null;
  // The same few names (id, created_at, tenant_id) index table after table.
  let plain = plainNames.get(text);
  if (plain === undefined) plainNames.set(text, (plain = scansAsColumnName(text)));
  return plain ? text : null;
}

/** Words already scanned: whether each is a column name. */
const plainNames = new Map<string, boolean>();

function scansAsColumnName(word: string): boolean {
  let tokens: ScanToken[];
  try {
    tokens = scanSync(word).tokens;
  } catch {
    return false;
  }
  const token = tokens.length === 1 ? tokens[0]! : null;
  return token !== null && token.start === 0 && token.end === word.length && COLUMN_NAME_KINDS.has(token.keywordName);
}

/** What the scanner says of a word that ColId takes: an identifier, or a keyword not reserved for the grammar. */
const COLUMN_NAME_KINDS: ReadonlySet<string> = new Set(['NO_KEYWORD', 'UNRESERVED_KEYWORD', 'COL_NAME_KEYWORD']);

function indexElement(text: string): PgNode | null {
  try {
    const parsed = parseSync(`CREATE INDEX ormlint_index ON ormlint_table (${text})`) as { stmts?: { stmt?: PgNode }[] };
    if ((parsed.stmts ?? []).length !== 1) return null;
    const params = (parsed.stmts![0]!.stmt?.IndexStmt?.indexParams ?? []) as PgNode[];
    return params.length === 1 ? (params[0]!.IndexElem as PgNode) ?? null : null;
  } catch {
    return null;
  }
}

function elementKey(element: PgNode): string {
  let subject: string;
  const fields = element.expr?.ColumnRef?.fields as PgNode[] | undefined;
  if (typeof element.name === 'string') subject = `column:${element.name}`;
  // `(email)` is the column email, as Postgres reads it.
  else if (fields && fields.length === 1 && fields[0]!.String) subject = `column:${fields[0]!.String.sval}`;
  else subject = `expr:${canonical(element.expr)}`;
  const descending = element.ordering === 'SORTBY_DESC';
  // NULLS LAST is the default ascending, NULLS FIRST descending: only the other one says something.
  const nulls = element.nulls_ordering === 'SORTBY_NULLS_FIRST' ? (descending ? '' : ' nulls first') : element.nulls_ordering === 'SORTBY_NULLS_LAST' ? (descending ? ' nulls last' : '') : '';
  const opclass = element.opclass ? ` ${canonical(element.opclass)}` : '';
  const collation = element.collation ? ` collate ${canonical(element.collation)}` : '';
  return `${subject}${collation}${opclass}${descending ? ' desc' : ''}${nulls}`;
}

function parsePredicate(text: string, table: IndexedTable | undefined): string | null {
  try {
    const parsed = parseSync(`SELECT 1 FROM ormlint_table WHERE ${text}`) as { stmts?: { stmt?: PgNode }[] };
    if ((parsed.stmts ?? []).length !== 1) return null;
    const where = parsed.stmts![0]!.stmt?.SelectStmt?.whereClause as PgNode | undefined;
    return where ? `pred:${canonical(unqualified(where, table))}` : null;
  } catch {
    return null;
  }
}

/** The tree with every column reference qualified by `table` (`t.col`, `s.t.col`) made bare. */
function unqualified(node: unknown, table: IndexedTable | undefined): unknown {
  if (!table) return node;
  if (Array.isArray(node)) return node.map((n) => unqualified(n, table));
  if (!node || typeof node !== 'object') return node;
  const record = node as PgNode;
  const fields = record.ColumnRef?.fields as PgNode[] | undefined;
  if (fields && fields.every((f) => typeof f.String?.sval === 'string')) {
    const names = fields.map((f) => f.String.sval as string);
    const byTable = names.length === 2 && names[0] === table.name;
    const bySchema = names.length === 3 && names[0] === table.schema && names[1] === table.name;
    if (byTable || bySchema) return { ...record, ColumnRef: { ...record.ColumnRef, fields: fields.slice(names.length - 1) } };
  }
  const out: PgNode = {};
  for (const key of Object.keys(record)) out[key] = unqualified(record[key], table);
  return out;
}

/** Types ruleutils labels a string literal with when it prints a stored expression. */
const LITERAL_LABELS = new Set(['text', 'varchar', 'bpchar']);

/** A parse tree as text, without source positions and without the labels a deparser adds. */
function canonical(node: unknown): string {
  return JSON.stringify(strip(node));
}

function strip(node: unknown, top = true): unknown {
  if (Array.isArray(node)) return node.map((n) => strip(n, false));
  if (!node || typeof node !== 'object') return node;
  const record = node as PgNode;
  const cast = record.TypeCast as PgNode | undefined;
  if (cast?.arg?.A_Const?.sval && isLiteralLabel(cast.typeName)) return strip(cast.arg, false);
  // `lower(name::text)`: Postgres stores the implicit cast of a varchar column passed to a text
  // function or operator; a migration that wrote `lower(name)` made the same index (were the
  // column not castable so, it could not have). A cast standing alone as an element is kept.
  if (!top && cast?.arg?.ColumnRef && isLiteralLabel(cast.typeName)) return strip(cast.arg, false);
  const out: PgNode = {};
  for (const key of Object.keys(record).sort()) {
    if (key === 'location' || key === 'stmt_location' || key === 'stmt_len') continue;
    out[key] = strip(record[key], false);
  }
  return out;
}

function isLiteralLabel(typeName: PgNode | undefined): boolean {
  const names = ((typeName?.names ?? []) as PgNode[]).map((n) => n.String?.sval as string);
  const last = names[names.length - 1];
  return last !== undefined && LITERAL_LABELS.has(last) && (names.length === 1 || names[0] === 'pg_catalog') && !typeName?.typmods;
}

/** Last resort: the text with whitespace runs folded and outer parentheses dropped. */
function foldText(text: string): string {
  let folded = text.trim().split(/\s+/u).join(' ');
  while (folded.startsWith('(') && folded.endsWith(')')) folded = folded.slice(1, -1).trim();
  return folded;
}
