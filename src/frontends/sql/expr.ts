/**
 * Renders libpg-query expression trees back to SQL text in the form Postgres' own deparser
 * (ruleutils.c, behind `pg_get_expr`) prints them, so a replayed default or CHECK reads exactly
 * like what `information_schema.columns.column_default` shows for the same DDL.
 *
 * Without a catalog we cannot resolve operators, so the rendering is exact for the forms
 * migrations write (literals, casts, function calls, CURRENT_TIMESTAMP & co, simple operators) and
 * the caller falls back to the source text slice when `renderExpression` returns null.
 */
import { isBuiltinType, quoteLiteral, renderTypedConstant } from '../../dialect/postgres/defaults.js';
import { typeNameToCanonical, quoteIdent } from './names.js';

/** A libpg-query node: `{ NodeType: body }`. Loosely typed on purpose (the AST is a wide union). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PgNode = Record<string, any>;

/** Splits `{ Kind: body }` into its kind and body. */
export function nodeKind(node: PgNode | undefined | null): [string, PgNode] {
  if (!node) return ['', {}];
  // The first own key (a parsed JSON object inherits none), without listing them all.
  for (const key in node) return [key, (node[key] ?? {}) as PgNode];
  return ['', {}];
}

/** `String` list (names, columns) → plain strings. */
export function stringList(nodes: PgNode[] | undefined): string[] {
  return (nodes ?? []).map((n) => nodeKind(n)[1].sval as string);
}

/** SQLValueFunction ops, printed by ruleutils in their SQL-standard spelling. */
const SQL_VALUE_FUNCTIONS: Record<string, string> = {
  SVFOP_CURRENT_DATE: 'CURRENT_DATE',
  SVFOP_CURRENT_TIME: 'CURRENT_TIME',
  SVFOP_CURRENT_TIME_N: 'CURRENT_TIME',
  SVFOP_CURRENT_TIMESTAMP: 'CURRENT_TIMESTAMP',
  SVFOP_CURRENT_TIMESTAMP_N: 'CURRENT_TIMESTAMP',
  SVFOP_LOCALTIME: 'LOCALTIME',
  SVFOP_LOCALTIME_N: 'LOCALTIME',
  SVFOP_LOCALTIMESTAMP: 'LOCALTIMESTAMP',
  SVFOP_LOCALTIMESTAMP_N: 'LOCALTIMESTAMP',
  SVFOP_CURRENT_ROLE: 'CURRENT_ROLE',
  SVFOP_CURRENT_USER: 'CURRENT_USER',
  SVFOP_USER: 'USER',
  SVFOP_SESSION_USER: 'SESSION_USER',
  SVFOP_CURRENT_CATALOG: 'CURRENT_CATALOG',
  SVFOP_CURRENT_SCHEMA: 'CURRENT_SCHEMA',
};

const SEQUENCE_FUNCTIONS = new Set(['nextval', 'currval', 'setval']);

/** An A_Const node: its literal kind and text. */
function constant(body: PgNode): { kind: 'int' | 'float' | 'string' | 'bool' | 'bitstring' | 'null'; text: string } {
  if (body.isnull) return { kind: 'null', text: 'NULL' };
  if (body.ival) return { kind: 'int', text: String(body.ival.ival ?? 0) };
  if (body.fval) return { kind: 'float', text: String(body.fval.fval) };
  if (body.boolval) return { kind: 'bool', text: body.boolval.boolval ? 'true' : 'false' };
  if (body.sval) return { kind: 'string', text: String(body.sval.sval ?? '') };
  if (body.bsval) return { kind: 'bitstring', text: String(body.bsval.bsval) };
  // `0` arrives as `{ ival: {} }`, which the checks above catch; an empty body is integer 0.
  return { kind: 'int', text: '0' };
}

/** How a numeric literal prints: integers as is, non-negative decimals as is, the rest cast. */
function renderNumber(kind: 'int' | 'float', text: string): string {
  if (kind === 'int') return text.startsWith('-') ? `'${text}'::integer` : text;
  // A float literal that fits int8 (but not int4) becomes a bigint constant.
  if (/^-?\d+$/.test(text)) return `'${text}'::bigint`;
  return /^\d/.test(text) && /[eE.]/.test(text) ? text : `'${text}'::numeric`;
}

/**
 * Renders a default expression the way `pg_get_expr(adbin)` prints it for a column of the given
 * canonical type: `'pending'::character varying`, `0`, `'-1'::integer`, `now()`, `false`.
 * Returns null for forms it cannot reproduce exactly (the caller then uses the source text).
 */
export function renderDefault(node: PgNode, columnType: string | null): string | null {
  const [kind, body] = nodeKind(node);
  if (kind === 'A_Const') {
    const c = constant(body);
    if (c.kind === 'null') return null;
    if (c.kind === 'string') {
      // An untyped literal takes the column's type, and prints with it.
      return columnType ? renderTypedConstant(c.text, columnType) : quoteLiteral(c.text);
    }
    if (c.kind === 'bool') return c.text;
    if (c.kind === 'int' || c.kind === 'float') return renderNumber(c.kind, c.text);
    return null;
  }
  return renderExpression(node);
}

/**
 * Renders an expression (CHECK body, index predicate, default) in ruleutils' style: operators
 * parenthesised, literals labelled with their type. Null when a node kind is not covered.
 */
export function renderExpression(node: PgNode): string | null {
  const [kind, body] = nodeKind(node);
  const inner = renderExpression;
  switch (kind) {
    case 'A_Const': {
      const c = constant(body);
      if (c.kind === 'null') return 'NULL';
      if (c.kind === 'string') return `${quoteLiteral(c.text)}::text`;
      if (c.kind === 'bool') return c.text;
      if (c.kind === 'int' || c.kind === 'float') return renderNumber(c.kind, c.text);
      return null;
    }
    case 'TypeCast': {
      let type = typeNameToCanonical(body.typeName);
      if (!type) return null;
      const typeNames = stringList(body.typeName?.names);
      // A user type keeps the schema it was written with; the replay drops the default schema.
      if (typeNames.length >= 2 && typeNames[0] !== 'pg_catalog' && !isBuiltinType(type)) type = `${quoteIdent(typeNames[0]!)}.${type}`;
      const [argKind, argBody] = nodeKind(body.arg);
      if (argKind === 'A_Const') {
        const c = constant(argBody);
        if (c.kind === 'string') {
          // 'x'::type folds into a constant of that type at parse time.
          if (type === 'boolean' || type === 'integer') return renderTypedConstant(c.text, type);
          return `${quoteLiteral(c.text)}::${type}`;
        }
        if (c.kind === 'null') return `NULL::${type}`;
        if (c.kind === 'int' && type === 'integer') return renderNumber('int', c.text);
      }
      if (argKind === 'A_ArrayExpr' && (argBody.elements ?? []).length === 0) return `ARRAY[]::${type}`;
      const arg = inner(body.arg);
      if (arg === null) return null;
      return `(${arg})::${type}`;
    }
    case 'FuncCall': {
      // SQL-syntax calls (AT TIME ZONE, EXTRACT, SUBSTRING ... FROM) print in their own syntax.
      const names = stringList(body.funcname);
      if (body.funcformat === 'COERCE_SQL_SYNTAX' && names[names.length - 1] === 'timezone' && (body.args ?? []).length === 2) {
        // `x AT TIME ZONE z` parses as timezone(z, x).
        const [zone, value] = (body.args as PgNode[]).map(inner);
        return zone && value ? `(${value} AT TIME ZONE ${zone})` : null;
      }
      if (body.funcformat === 'COERCE_SQL_SYNTAX' || body.agg_order || body.over || body.agg_filter) return null;
      const name = names.filter((n) => n !== 'pg_catalog').join('.');
      if (body.agg_star) return `${name}(*)`;
      const args = (body.args ?? []).map((arg: PgNode, i: number) => {
        // The sequence functions take a regclass: their literal argument prints with that label.
        if (i === 0 && SEQUENCE_FUNCTIONS.has(name) && nodeKind(arg)[0] === 'A_Const' && constant(nodeKind(arg)[1]).kind === 'string') {
          return `${quoteLiteral(constant(nodeKind(arg)[1]).text)}::regclass`;
        }
        return inner(arg);
      });
      if (args.some((a: string | null) => a === null)) return null;
      return `${name}(${args.join(', ')})`;
    }
    case 'SQLValueFunction': {
      const base = SQL_VALUE_FUNCTIONS[body.op as string];
      if (!base) return null;
      return body.typmod !== undefined && body.typmod >= 0 ? `${base}(${body.typmod})` : base;
    }
    case 'ColumnRef': {
      const fields = (body.fields ?? []).map((f: PgNode) => {
        const [k, b] = nodeKind(f);
        return k === 'A_Star' ? '*' : quoteIdent(b.sval as string);
      });
      return fields.join('.');
    }
    case 'A_Expr': {
      const op = stringList(body.name).join('.');
      if (body.kind === 'AEXPR_OP') {
        if (!body.lexpr) {
          const r = inner(body.rexpr);
          return r === null ? null : `(${op} ${r})`;
        }
        const l = inner(body.lexpr);
        const r = inner(body.rexpr);
        if (l === null || r === null) return null;
        return `(${l} ${op} ${r})`;
      }
      if (body.kind === 'AEXPR_IN') {
        const l = inner(body.lexpr);
        const items = (body.rexpr?.List?.items ?? []).map(inner);
        if (l === null || items.some((i: string | null) => i === null)) return null;
        const negate = op === '<>';
        return `(${l} ${negate ? '<> ALL' : '= ANY'} (ARRAY[${items.join(', ')}]))`;
      }
      if (body.kind === 'AEXPR_BETWEEN' || body.kind === 'AEXPR_NOT_BETWEEN') {
        const l = inner(body.lexpr);
        const [lo, hi] = (body.rexpr?.List?.items ?? []).map(inner);
        if (l === null || !lo || !hi) return null;
        return body.kind === 'AEXPR_BETWEEN' ? `((${l} >= ${lo}) AND (${l} <= ${hi}))` : `((${l} < ${lo}) OR (${l} > ${hi}))`;
      }
      return null;
    }
    case 'BoolExpr': {
      const args = (body.args ?? []).map(inner);
      if (args.some((a: string | null) => a === null)) return null;
      if (body.boolop === 'NOT_EXPR') return `(NOT ${args[0]})`;
      const joiner = body.boolop === 'AND_EXPR' ? ' AND ' : ' OR ';
      return `(${args.join(joiner)})`;
    }
    case 'NullTest': {
      const arg = inner(body.arg);
      if (arg === null) return null;
      return `(${arg} ${body.nulltesttype === 'IS_NULL' ? 'IS NULL' : 'IS NOT NULL'})`;
    }
    case 'BooleanTest': {
      const arg = inner(body.arg);
      if (arg === null) return null;
      const tests: Record<string, string> = {
        IS_TRUE: 'IS TRUE', IS_NOT_TRUE: 'IS NOT TRUE', IS_FALSE: 'IS FALSE',
        IS_NOT_FALSE: 'IS NOT FALSE', IS_UNKNOWN: 'IS UNKNOWN', IS_NOT_UNKNOWN: 'IS NOT UNKNOWN',
      };
      return `(${arg} ${tests[body.booltesttype as string] ?? 'IS TRUE'})`;
    }
    case 'A_ArrayExpr': {
      const items = (body.elements ?? []).map(inner);
      if (items.some((i: string | null) => i === null)) return null;
      return `ARRAY[${items.join(', ')}]`;
    }
    case 'CoalesceExpr': {
      const args = (body.args ?? []).map(inner);
      if (args.some((a: string | null) => a === null)) return null;
      return `COALESCE(${args.join(', ')})`;
    }
    default:
      return null;
  }
}

/** Column names an expression references (for Postgres' CHECK constraint naming). */
export function referencedColumns(node: PgNode | undefined): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as PgNode;
    if (obj.ColumnRef) {
      const fields = stringList((obj.ColumnRef.fields ?? []).filter((f: PgNode) => f.String));
      const col = fields[fields.length - 1];
      if (col && !found.includes(col)) found.push(col);
      return;
    }
    for (const v of Object.values(obj)) walk(v);
  };
  walk(node);
  return found;
}
