import type { SyntaxNode } from './syntaxTree.js';
import { NOT_STATIC, type StaticValue, callArguments, staticItems, staticValue, stringParts, unwrap } from './syntax.js';

/**
 * Evaluates the Python expressions a migration uses as constants, the way Python would, without
 * running anything: literals, names bound once to a constant (`NEW_INDEX = "ix_…"` at module level,
 * `constraint_name = "…"` in the function), f-strings and `+` of constants, tuples and lists of
 * them. Anything else — a call, a name assigned twice, a loop variable — is NOT_STATIC.
 */

/** Where names are looked up: the function's locals (each with every value assigned to it), then the module. */
export interface NameScope {
  /** Name → every value assigned to it in the function; more than one makes the name unknowable. */
  locals: Map<string, SyntaxNode[]>;
  /** Module-level `name = value` (the last one wins, as when Python runs the module). */
  module: Map<string, SyntaxNode>;
}

export type Evaluated = StaticValue | typeof NOT_STATIC;

/** Names may refer to names; a chain longer than this is a cycle or not worth following. */
const MAX_DEPTH = 16;

export function evaluateConstant(input: SyntaxNode | null | undefined, scope: NameScope, depth = 0): Evaluated {
  if (!input || depth > MAX_DEPTH) return NOT_STATIC;
  const literal = staticValue(input);
  if (literal !== NOT_STATIC) return literal;
  const node = unwrap(input);
  switch (node.type) {
    case 'identifier': {
      const bound = resolveName(node.text, scope);
      if (!bound) return NOT_STATIC;
      return evaluateConstant(bound.value, bound.scope, depth + 1);
    }
    case 'string':
    case 'concatenated_string':
      return formatString(node, scope, depth);
    case 'binary_operator': {
      if (node.childForFieldName('operator')?.text !== '+') return NOT_STATIC;
      const left = evaluateConstant(node.childForFieldName('left'), scope, depth + 1);
      const right = evaluateConstant(node.childForFieldName('right'), scope, depth + 1);
      if (typeof left === 'string' && typeof right === 'string') return left + right;
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
      return NOT_STATIC;
    }
    case 'tuple':
    case 'list':
      return staticItems(node, (item) => evaluateConstant(item, scope, depth + 1));
    case 'conditional_expression': {
      // `"CASCADE" if HAS_ONDELETE[table] else None`: decided when the condition is a constant.
      const [whenTrue, condition, whenFalse] = node.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
      const test = evaluateConstant(condition, scope, depth + 1);
      if (test === NOT_STATIC || Array.isArray(test) || (typeof test === 'object' && test !== null)) return NOT_STATIC;
      return evaluateConstant(test ? whenTrue : whenFalse, scope, depth + 1);
    }
    case 'subscript': {
      // `HAS_ONDELETE["action"]` / `HAS_ONDELETE[table]` on a constant dict literal.
      const container = node.childForFieldName('value');
      const keyNode = node.childForFieldName('subscript');
      const key = evaluateConstant(keyNode, scope, depth + 1);
      if (typeof key !== 'string' && typeof key !== 'number') return NOT_STATIC;
      const dict = container ? constantDictionary(container, scope, depth + 1) : null;
      const entry = dict?.find(([k]) => k === key);
      return entry ? evaluateConstant(entry[1], dict!.scope, depth + 1) : NOT_STATIC;
    }
    case 'call':
      return stringMethod(node, scope, depth);
    default:
      return NOT_STATIC;
  }
}

/** The str methods evaluated on a constant string, as Python computes them. */
const STRING_METHODS = new Set(['replace', 'lower', 'upper', 'strip', 'lstrip', 'rstrip']);

/**
 * `column.replace("_", ".")`, `name.lower()`: a str method called on a constant string with
 * constant arguments (CKAN's migrations build foreign key targets so, in a loop over literals).
 */
function stringMethod(call: SyntaxNode, scope: NameScope, depth: number): Evaluated {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'attribute') return NOT_STATIC;
  const method = callee.childForFieldName('attribute')?.text ?? '';
  if (!STRING_METHODS.has(method)) return NOT_STATIC;
  const subject = evaluateConstant(callee.childForFieldName('object'), scope, depth + 1);
  if (typeof subject !== 'string') return NOT_STATIC;
  const args = callArguments(call);
  if (args.keywords.size > 0 || args.hasSplat) return NOT_STATIC;
  const values = args.positional.map((a) => evaluateConstant(a, scope, depth + 1));
  const ascii = (s: string) => /^[\x00-\x7f]*$/u.test(s);
  switch (method) {
    case 'replace': {
      const [old, replacement, count] = values;
      if (typeof old !== 'string' || old === '' || typeof replacement !== 'string' || values.length > 3) return NOT_STATIC;
      if (count !== undefined && typeof count !== 'number') return NOT_STATIC;
      const parts = subject.split(old);
      // A count below zero replaces every occurrence, as none does.
      const limit = count === undefined || count < 0 ? parts.length - 1 : Math.min(count, parts.length - 1);
      return parts.slice(0, limit + 1).join(replacement) + (limit < parts.length - 1 ? old + parts.slice(limit + 1).join(old) : '');
    }
    case 'lower':
    case 'upper':
      // Python and JavaScript agree on case mapping for ASCII; beyond it, leave the value unknown.
      if (values.length > 0 || !ascii(subject)) return NOT_STATIC;
      return method === 'lower' ? subject.toLowerCase() : subject.toUpperCase();
    default: {
      const [chars] = values;
      if (values.length > 1 || (chars !== undefined && chars !== null && typeof chars !== 'string')) return NOT_STATIC;
      // Without characters Python strips what str.isspace() calls whitespace (for ASCII, these).
      if ((chars === undefined || chars === null) && !ascii(subject)) return NOT_STATIC;
      const set = typeof chars === 'string' ? new Set(chars) : new Set(' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f');
      let start = 0;
      let end = subject.length;
      if (method !== 'rstrip') while (start < end && set.has(subject[start]!)) start++;
      if (method !== 'lstrip') while (end > start && set.has(subject[end - 1]!)) end--;
      return subject.slice(start, end);
    }
  }
}

/** The pairs of a dict literal an expression names (directly or through a constant name). */
function constantDictionary(input: SyntaxNode, scope: NameScope, depth: number): (Array<[StaticValue, SyntaxNode]> & { scope: NameScope }) | null {
  if (depth > MAX_DEPTH) return null;
  let node = unwrap(input);
  let where = scope;
  if (node.type === 'identifier') {
    const bound = resolveName(node.text, scope);
    if (!bound) return null;
    node = unwrap(bound.value);
    where = bound.scope;
  }
  if (node.type !== 'dictionary') return null;
  const pairs = [] as unknown as Array<[StaticValue, SyntaxNode]> & { scope: NameScope };
  pairs.scope = where;
  for (const pair of node.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const key = evaluateConstant(pair.childForFieldName('key'), where, depth + 1);
    const value = pair.childForFieldName('value');
    if (key === NOT_STATIC || !value) return null;
    pairs.push([key, value]);
  }
  return pairs;
}

/** The string value of an expression, or null when it is not a constant string. */
export function evaluateString(node: SyntaxNode | null | undefined, scope: NameScope): string | null {
  const value = evaluateConstant(node, scope);
  return typeof value === 'string' ? value : null;
}

/**
 * The single value a name is bound to, and the scope to evaluate that value in: a local assigned
 * exactly once, else (when the function never assigns it) the module-level binding.
 */
export function resolveName(name: string, scope: NameScope): { value: SyntaxNode; scope: NameScope } | null {
  const local = scope.locals.get(name);
  if (local) return local.length === 1 ? { value: local[0]!, scope } : null;
  const value = scope.module.get(name);
  // A module-level value only sees module-level names.
  return value ? { value, scope: { locals: new Map(), module: scope.module } } : null;
}

/** An f-string whose interpolations are constants (no conversion, no format spec) is a constant. */
function formatString(node: SyntaxNode, scope: NameScope, depth: number): Evaluated {
  const parts = stringParts(node);
  if (parts === null) return NOT_STATIC;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const expressions = part.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment');
    if (expressions.length !== 1) return NOT_STATIC; // `!r`, `:>3` and `=` change the text
    const value = evaluateConstant(expressions[0], scope, depth + 1);
    if (typeof value === 'string') out += value;
    else if (typeof value === 'number' && Number.isInteger(value)) out += String(value);
    else return NOT_STATIC;
  }
  return out;
}

/**
 * The element nodes a `for` loop over a constant collection binds its variable to, in order: the
 * items of a list/tuple literal, the keys of a dict literal (also through a name bound once),
 * `dict.items()` as (key, value) pairs. Null when the collection is not such a literal.
 */
export function iterationItems(input: SyntaxNode, scope: NameScope, depth = 0): SyntaxNode[][] | null {
  if (depth > MAX_DEPTH) return null;
  const node = unwrap(input);
  if (node.type === 'identifier') {
    const bound = resolveName(node.text, scope);
    return bound ? iterationItems(bound.value, bound.scope, depth + 1) : null;
  }
  if (node.type === 'list' || node.type === 'tuple') {
    return node.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'comment').map((c) => [c]);
  }
  if (node.type === 'dictionary') return dictionaryPairs(node)?.map(([key]) => [key]) ?? null;
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    if (fn?.type !== 'attribute' || (args?.namedChildCount ?? 0) > 0) return null;
    const method = fn.childForFieldName('attribute')?.text;
    const object = fn.childForFieldName('object');
    const dict = object ? dictionaryOf(object, scope, depth + 1) : null;
    if (!dict) return null;
    const pairs = dictionaryPairs(dict);
    if (!pairs) return null;
    if (method === 'items') return pairs.map(([key, value]) => [key, value]);
    if (method === 'keys') return pairs.map(([key]) => [key]);
    if (method === 'values') return pairs.map(([, value]) => [value]);
  }
  return null;
}

function dictionaryOf(input: SyntaxNode, scope: NameScope, depth: number): SyntaxNode | null {
  const node = unwrap(input);
  if (node.type === 'dictionary') return node;
  if (node.type !== 'identifier' || depth > MAX_DEPTH) return null;
  const bound = resolveName(node.text, scope);
  return bound ? dictionaryOf(bound.value, bound.scope, depth + 1) : null;
}

function dictionaryPairs(dict: SyntaxNode): [SyntaxNode, SyntaxNode][] | null {
  const out: [SyntaxNode, SyntaxNode][] = [];
  for (const child of dict.namedChildren) {
    if (!child || child.type === 'comment') continue;
    if (child.type !== 'pair') return null; // `**other` splices in keys we cannot see
    const key = child.childForFieldName('key');
    const value = child.childForFieldName('value');
    if (!key || !value) return null;
    out.push([key, value]);
  }
  return out;
}
