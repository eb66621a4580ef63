import { parseSync } from 'libpg-query';
import type { SyntaxNode } from './syntaxTree.js';
import { isBuiltinType } from '../../dialect/postgres/defaults.js';
import { quoteIdent } from '../../dialect/postgres/names.js';
import { COMMON_EXPRESSIONS } from '../sql/commonExpressions.js';
import { nodeKind, renderDefault, type PgNode } from '../sql/expr.js';
import { NOT_STATIC, callArguments, lastSegment, staticValue, stringValue, unwrap } from './syntax.js';

/**
 * The arguments of `sa.Column(...)` / `mapped_column(...)` that mean the same thing in a model and
 * in an Alembic migration: the flags, `server_default=`, and `ForeignKey(...)`. Models
 * (columns.ts) and Alembic ops (alembicOps.ts) both read them here, so one column written the same
 * way on both sides cannot come out different (which would be a false drift finding).
 *
 * How a callee's name resolves differs per side (the model side follows imports across modules,
 * a migration only its own imports), so callers pass `qualify`, which turns a callee node into the
 * dotted name it stands for (`sqlalchemy.func.now`, `sqlalchemy.text`).
 */

/** Turns a callee node into the dotted name it stands for, as the caller's module binds it. */
export type Qualify = (callee: SyntaxNode) => string;

/**
 * A boolean keyword (`nullable=`, `primary_key=`, `unique=`, `index=`): true/false, null when it is
 * `None` (SQLAlchemy's "not set"), NOT_STATIC when it is anything else.
 */
export function readFlag(node: SyntaxNode | undefined): boolean | null | typeof NOT_STATIC {
  if (!node) return null;
  const value = staticValue(node);
  if (typeof value === 'boolean' || value === null) return value;
  return NOT_STATIC;
}

/** `autoincrement=`: true, false, or null for "auto" / anything not a literal bool. */
export function readAutoincrement(node: SyntaxNode | undefined): boolean | null {
  const value = node ? staticValue(node) : null;
  return typeof value === 'boolean' ? value : null;
}

/** What a `server_default=` says: nothing, SQL as the catalog prints it, or something not static. */
export type ServerDefault = { kind: 'none' } | { kind: 'sql'; sql: string } | { kind: 'unknown'; reason: string };

/** SQLAlchemy renders these ANSI functions without parentheses; Postgres prints them upper-case. */
const SQL_KEYWORD_FUNCTIONS = new Set(['current_timestamp', 'current_date', 'current_time', 'localtimestamp', 'localtime', 'current_user', 'session_user']);

/**
 * A `server_default=` as `pg_get_expr` prints it for a column of `type` (canonical, or null when
 * unknown): a Python string is a literal labelled with the type (`'x'::character varying`),
 * `text()` / `literal_column()` is SQL read by the Postgres parser, `func.now()` a call, `true()` a
 * boolean. `None` is no default. Anything else cannot be known without running the code.
 */
export function readServerDefault(input: SyntaxNode, type: string | null, qualify: Qualify): ServerDefault {
  const node = unwrap(input);
  const value = staticValue(node);
  if (value === null) return { kind: 'none' };
  if (typeof value === 'string') return { kind: 'sql', sql: renderStringDefault(value, type) };
  // Not valid SQLAlchemy (it wants a string or a clause), but the intent is plain.
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'sql', sql: String(value) };
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const name = fn ? qualify(fn) : '';
    const last = lastSegment(name);
    const args = callArguments(node);
    if (last === 'text' || last === 'literal_column') {
      const sql = stringValue(args.positional[0]);
      if (sql !== null) return { kind: 'sql', sql: renderSqlDefault(sql, type) };
    }
    const segments = name.split('.');
    const isFunc = segments[segments.length - 2] === 'func';
    if ((last === 'true' || last === 'false') && !isFunc && args.positional.length === 0) return { kind: 'sql', sql: last };
    // Only argument-less functions are rendered (`func.now()` → `now()`).
    if (isFunc && args.positional.length === 0 && args.keywords.size === 0 && !args.hasSplat) {
      return { kind: 'sql', sql: SQL_KEYWORD_FUNCTIONS.has(last.toLowerCase()) ? last.toUpperCase() : `${last}()` };
    }
  }
  return { kind: 'unknown', reason: `server_default=${shorten(node.text)} cannot be evaluated statically` };
}

/**
 * SQL text given as a default (`text("now()")`, `text("'x'")`), rendered through the real Postgres
 * parser as the catalog prints it; the trimmed text when the parser or the renderer cannot.
 */
function renderSqlDefault(sql: string, type: string | null): string {
  const expression = parseSqlExpression(sql);
  return (expression ? renderDefault(expression, type) : null) ?? sql.trim();
}

/** Parsed `SELECT <expr>` targets by text: migrations repeat the same few defaults (`now()`, `true`). */
const parsedExpressions = new Map<string, PgNode>();

/** One SQL expression parsed by the Postgres parser (as `SELECT <text>`); null when it is not one. */
function parseSqlExpression(text: string): PgNode | null {
  const common = COMMON_EXPRESSIONS.get(text);
  if (common) return common;
  const cached = parsedExpressions.get(text);
  if (cached) return cached;
  // Failures are not kept: a parser that was not loaded yet fails the same way as bad SQL.
  const expression = parseUncached(text);
  if (expression) parsedExpressions.set(text, expression);
  return expression;
}

function parseUncached(text: string): PgNode | null {
  try {
    const parsed = parseSync(`SELECT ${text}`) as { stmts?: PgNode[] };
    if ((parsed.stmts ?? []).length !== 1) return null;
    const select = nodeKind(parsed.stmts?.[0]?.stmt)[1];
    const target = nodeKind(select?.targetList?.[0])[1];
    if (!target?.val || (select.targetList as unknown[]).length !== 1 || select.fromClause) return null;
    return target.val as PgNode;
  } catch {
    return null;
  }
}

/** A plain string server default: SQLAlchemy renders `DEFAULT 'x'`; Postgres stores it typed. */
export function renderStringDefault(value: string, type: string | null): string {
  const quoted = `'${value.replace(/'/gu, "''")}'`;
  if (type === null) return quoted;
  if (isTextLike(type)) return `${quoted}::${castName(type)}`;
  if (type === 'boolean' && ['true', 'false'].includes(value.toLowerCase())) return value.toLowerCase();
  // Postgres folds a non-negative numeric literal to the bare number; a negative one keeps the cast.
  if (['integer', 'bigint', 'smallint'].includes(type) && /^\d+$/u.test(value)) return value;
  if ((type.startsWith('numeric') || type === 'double precision' || type === 'real') && /^\d+(\.\d+)?$/u.test(value)) return value;
  return `${quoted}::${castName(type)}`;
}

/** Types whose string defaults Postgres stores as a quoted literal cast to the type. */
function isTextLike(type: string): boolean {
  return type.startsWith('character') || type === 'text';
}

/**
 * The type as Postgres prints it in a stored default's cast: no typmod, `bpchar` for character,
 * and a user type (an enum) quoted as ruleutils quotes it (`::"Role"`, but `::role`).
 */
function castName(type: string): string {
  const bare = type.replace(/\(\d+(,\d+)?\)/u, '');
  if (bare === 'character') return 'bpchar';
  if (isBuiltinType(bare)) return bare;
  const element = bare.endsWith('[]') ? bare.slice(0, -2) : bare;
  // `crm.priority`: an enum outside the search path prints schema-qualified, each part quoted apart.
  return `${element.split('.').map(quoteIdent).join('.')}${bare.slice(element.length)}`;
}

/** What `ForeignKey(...)` says, before the target is resolved against a schema. */
export interface ForeignKeyArguments {
  /** The first argument (`"users.id"`, or `User.id` on the model side). */
  targetNode: SyntaxNode | undefined;
  /** `table.column` / `schema.table.column` when the target is a string literal. */
  target: string | null;
  name: string | null;
  onDelete: string | null;
  onUpdate: string | null;
}

export function readForeignKeyArguments(call: SyntaxNode): ForeignKeyArguments {
  const args = callArguments(call);
  const targetNode = args.positional[0] ?? args.keywords.get('column');
  return {
    targetNode,
    target: stringValue(targetNode),
    name: stringValue(args.keywords.get('name')),
    onDelete: referentialAction(args.keywords.get('ondelete')),
    onUpdate: referentialAction(args.keywords.get('onupdate')),
  };
}

/** `ondelete="cascade"` → `CASCADE`; NO ACTION is Postgres' default and reads as none. */
export function referentialAction(node: SyntaxNode | undefined): string | null {
  const value = node ? stringValue(node) : null;
  if (!value) return null;
  const upper = value.trim().toUpperCase().split(/\s+/u).join(' ');
  return upper === 'NO ACTION' ? null : upper;
}

/**
 * What one positional argument of a Column is, by its callee's last name: a ForeignKey, an
 * Identity, a construct that does not shape the column (Sequence, Computed, CheckConstraint,
 * FetchedValue, DefaultClause), or null (then it is the type, if no type came before).
 */
export function columnArgumentKind(calleeLastName: string): 'foreignKey' | 'identity' | 'other' | null {
  if (calleeLastName === 'ForeignKey') return 'foreignKey';
  if (calleeLastName === 'Identity') return 'identity';
  if (['Sequence', 'Computed', 'CheckConstraint', 'FetchedValue', 'DefaultClause'].includes(calleeLastName)) return 'other';
  return null;
}

function shorten(text: string): string {
  const flat = text.split(/\s+/u).join(' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
