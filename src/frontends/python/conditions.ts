import type { SyntaxNode } from './syntaxTree.js';
import { type NameScope, evaluateConstant, resolveName } from './constants.js';
import { NOT_STATIC, callArguments, unwrap } from './syntax.js';

/**
 * Decides the conditions of `if` statements in a migration that depend only on what ormlint
 * knows: the configured database dialect and that migrations run online. CTFd-style
 * `if url.startswith("mysql") … elif url.startswith("postgres")`, `op.get_bind().dialect.name ==
 * "postgresql"`, `context.dialect.name`, `if not context.as_sql` / `context.is_offline_mode()`,
 * and constants. Anything else is unknown (null): the caller then says so.
 */

export interface ConditionContext {
  names: NameScope;
  /** SQLAlchemy's name for the configured dialect (`postgresql`). */
  dialect: string;
}

/** The SQLAlchemy dialect name for a config `dialect:` value. */
export function sqlalchemyDialectName(configDialect: string): string {
  return configDialect === 'postgres' ? 'postgresql' : configDialect;
}

/** What an expression is known to be about the connection. */
type Known =
  /** The dialect's name, exactly (`bind.dialect.name`). */
  | { kind: 'dialectName' }
  /** The database URL as a string (`str(bind.engine.url)`): `<dialect>[+driver]://…`. */
  | { kind: 'url' }
  /** An object whose `.dialect` / `.url` / `.engine` lead to the above (a bind, a context). */
  | { kind: 'connection' }
  | { kind: 'dialect' }
  | { kind: 'urlObject' }
  /** A constant. */
  | { kind: 'value'; value: unknown };

/** Attribute chains are short; a name pointing at a name pointing at … stops here. */
const MAX_DEPTH = 16;

export function evaluateCondition(input: SyntaxNode, ctx: ConditionContext, depth = 0): boolean | null {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(input);
  switch (node.type) {
    case 'not_operator': {
      const value = evaluateCondition(node.childForFieldName('argument')!, ctx, depth + 1);
      return value === null ? null : !value;
    }
    case 'boolean_operator': {
      const left = evaluateCondition(node.childForFieldName('left')!, ctx, depth + 1);
      const right = evaluateCondition(node.childForFieldName('right')!, ctx, depth + 1);
      const and = node.childForFieldName('operator')?.text === 'and';
      if (and) return left === false || right === false ? false : left === true && right === true ? true : null;
      return left === true || right === true ? true : left === false && right === false ? false : null;
    }
    case 'comparison_operator':
      return comparison(node, ctx, depth);
    case 'call':
      return callCondition(node, ctx, depth);
    default: {
      const known = knownValue(node, ctx, depth + 1);
      if (known?.kind === 'value' && typeof known.value === 'boolean') return known.value;
      if (known?.kind === 'value' && (typeof known.value === 'string' || Array.isArray(known.value))) return known.value.length > 0;
      return null;
    }
  }
}

/** `name == "postgresql"`, `name != "mysql"`, `name in ("postgresql", "sqlite")`. */
function comparison(node: SyntaxNode, ctx: ConditionContext, depth: number): boolean | null {
  const operands = node.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
  if (operands.length !== 2) return null;
  const operator = node.children
    .filter((c) => c && !c.isNamed)
    .map((c) => c!.text)
    .join(' ');
  // `url.startswith("sqlite") is False`: a decided condition compared with a boolean constant.
  if (['is', 'is not', '==', '!='].includes(operator)) {
    for (const [condition, other] of [[operands[0]!, operands[1]!], [operands[1]!, operands[0]!]] as const) {
      const constant = evaluateConstant(other, ctx.names);
      if (typeof constant !== 'boolean') continue;
      const value = evaluateCondition(condition, ctx, depth + 1);
      if (value === null) return null;
      return operator === 'is' || operator === '==' ? value === constant : value !== constant;
    }
  }
  const left = knownValue(operands[0]!, ctx, depth + 1);
  const right = knownValue(operands[1]!, ctx, depth + 1);
  if (!left || !right) return null;
  const name = (k: Known): string | null => (k.kind === 'dialectName' ? ctx.dialect : null);
  const constant = (k: Known): unknown => (k.kind === 'value' ? k.value : NOT_STATIC);
  const [a, b] = [name(left) ?? constant(left), name(right) ?? constant(right)];
  if (a === NOT_STATIC || b === NOT_STATIC) return null;
  switch (operator) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case 'in':
      return Array.isArray(b) ? b.includes(a) : null;
    case 'not in':
      return Array.isArray(b) ? !b.includes(a) : null;
    default:
      return null;
  }
}

/** `url.startswith("mysql")`, `dialect.name.startswith(("postgres", "cockroach"))`, `context.is_offline_mode()`. */
function callCondition(node: SyntaxNode, ctx: ConditionContext, depth: number): boolean | null {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute') return null;
  const method = fn.childForFieldName('attribute')?.text;
  const object = fn.childForFieldName('object')!;
  const args = callArguments(node);
  if (method === 'is_offline_mode' && args.positional.length === 0) return isContext(object, ctx, depth) ? false : null;
  if (method !== 'startswith' || args.positional.length !== 1) return null;
  const subject = knownValue(object, ctx, depth + 1);
  const prefixes = evaluateConstant(args.positional[0], ctx.names);
  const list = typeof prefixes === 'string' ? [prefixes] : Array.isArray(prefixes) && prefixes.every((p) => typeof p === 'string') ? (prefixes as string[]) : null;
  if (!subject || !list) return null;
  const results = list.map((prefix) => startsWith(subject, prefix, ctx.dialect));
  if (results.includes(true)) return true;
  return results.every((r) => r === false) ? false : null;
}

function startsWith(subject: Known, prefix: string, dialect: string): boolean | null {
  if (subject.kind === 'dialectName') return dialect.startsWith(prefix);
  if (subject.kind === 'value') return typeof subject.value === 'string' ? subject.value.startsWith(prefix) : null;
  if (subject.kind !== 'url') return null;
  // `postgresql://…` or `postgresql+psycopg2://…`: the part after the dialect name is not known.
  if (dialect.startsWith(prefix)) return true;
  if (prefix.startsWith(dialect) && (prefix[dialect.length] === '+' || prefix[dialect.length] === ':')) return null;
  return false;
}

/** What an expression denotes, as far as conditions care; null when unknown. */
function knownValue(input: SyntaxNode, ctx: ConditionContext, depth: number): Known | null {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(input);
  const constant = evaluateConstant(node, ctx.names);
  if (constant !== NOT_STATIC) return { kind: 'value', value: constant };
  if (node.type === 'identifier') {
    if (node.text === 'context' && !ctx.names.locals.has('context') && !ctx.names.module.has('context')) return { kind: 'connection' };
    const bound = resolveName(node.text, ctx.names);
    return bound ? knownValue(bound.value, { ...ctx, names: bound.scope }, depth + 1) : null;
  }
  if (node.type === 'attribute') {
    const attribute = node.childForFieldName('attribute')?.text;
    const object = knownValue(node.childForFieldName('object')!, ctx, depth + 1);
    if (!object) return null;
    if (object.kind === 'connection') {
      if (attribute === 'dialect') return { kind: 'dialect' };
      if (attribute === 'url') return { kind: 'urlObject' };
      if (attribute === 'engine' || attribute === 'bind' || attribute === 'connection') return { kind: 'connection' };
      // Migrations are replayed as `alembic upgrade` runs them: online, not as SQL scripts.
      if (attribute === 'as_sql') return { kind: 'value', value: false };
      return null;
    }
    if (object.kind === 'dialect' && attribute === 'name') return { kind: 'dialectName' };
    if (object.kind === 'urlObject' && attribute === 'drivername') return { kind: 'url' };
    return null;
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const args = callArguments(node);
    // `op.get_bind()`, `op.get_context()`, `context.get_bind()`.
    if (fn?.type === 'attribute' && args.positional.length === 0) {
      const method = fn.childForFieldName('attribute')?.text;
      const object = fn.childForFieldName('object')!;
      if ((method === 'get_bind' || method === 'get_context') && (unwrap(object).text === 'op' || knownValue(object, ctx, depth + 1)?.kind === 'connection')) return { kind: 'connection' };
      if (method === 'get_backend_name' && knownValue(object, ctx, depth + 1)?.kind === 'urlObject') return { kind: 'dialectName' };
    }
    // `str(bind.engine.url)`.
    if (fn?.type === 'identifier' && fn.text === 'str' && args.positional.length === 1) {
      const inner = knownValue(args.positional[0]!, ctx, depth + 1);
      if (inner?.kind === 'urlObject' || inner?.kind === 'url') return { kind: 'url' };
      if (inner?.kind === 'dialectName') return inner;
    }
  }
  return null;
}

function isContext(node: SyntaxNode, ctx: ConditionContext, depth: number): boolean {
  return knownValue(node, ctx, depth + 1)?.kind === 'connection';
}
