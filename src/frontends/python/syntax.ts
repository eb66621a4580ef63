import type { SyntaxNode } from './syntaxTree.js';
import type { SourceLocation } from '../../facts.js';

/**
 * Small, shared readers over tree-sitter-python nodes: static values of literals, call arguments,
 * dotted names, locations. Both the SQLAlchemy and the Alembic frontends use these, so a literal
 * means the same thing in a model and in a migration.
 */

/** 1-based location of a node in `file` (tree-sitter rows/columns are 0-based). */
export function nodeLocation(node: SyntaxNode, file: string): SourceLocation {
  const start = node.startPosition;
  const end = node.endPosition;
  return { file, line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

/** Skips wrapping parentheses: `("x")` is `"x"`. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1) {
    current = current.namedChild(0)!;
  }
  return current;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\\\': '\\', "\\'": "'", '\\"': '"', '\\n': '\n', '\\t': '\t', '\\r': '\r', '\\0': '\0',
  '\\a': '\x07', '\\b': '\b', '\\f': '\f', '\\v': '\v', '\\\n': '',
};

function decodeEscape(text: string): string {
  if (text in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[text]!;
  const kind = text[1];
  if (kind === 'x' || kind === 'u' || kind === 'U') return String.fromCodePoint(parseInt(text.slice(2), 16));
  if (kind !== undefined && kind >= '0' && kind <= '7') return String.fromCodePoint(parseInt(text.slice(1), 8));
  // `\N{...}` and unknown escapes: Python keeps unknown escapes as written.
  return text;
}

/**
 * The value of a string literal (also implicit concatenation `"a" "b"`), or null when it is not
 * static: an f-string with interpolations, a bytes literal, or not a string at all.
 */
export function stringValue(input: SyntaxNode | null | undefined): string | null {
  const parts = stringParts(input);
  if (parts === null || parts.some((p) => typeof p !== 'string')) return null;
  return (parts as string[]).join('');
}

/**
 * A string literal as its decoded text pieces and the `interpolation` nodes of an f-string between
 * them, in order (implicit concatenation included); null for a bytes literal or a non-string.
 */
export function stringParts(input: SyntaxNode | null | undefined): (string | SyntaxNode)[] | null {
  if (!input) return null;
  const node = unwrap(input);
  if (node.type === 'concatenated_string') {
    const out: (string | SyntaxNode)[] = [];
    for (const part of node.namedChildren) {
      const parts = part ? stringParts(part) : null;
      if (parts === null) return null;
      out.push(...parts);
    }
    return out;
  }
  if (node.type !== 'string') return null;
  const plain = plainStringValue(node);
  if (plain !== null) return [plain];
  const start = node.namedChildren.find((c) => c?.type === 'string_start');
  const prefix = (start?.text ?? '').replace(/['"]+$/u, '').toLowerCase();
  if (prefix.includes('b')) return null;
  const raw = prefix.includes('r');
  // In an f-string `{{` and `}}` stand for one brace each.
  const braces = (piece: string): string => (prefix.includes('f') ? piece.split('{{').join('{').split('}}').join('}') : piece);
  const out: (string | SyntaxNode)[] = [];
  let text = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case 'string_start':
      case 'string_end':
        break;
      case 'string_content':
        // Escape sequences may be nested inside string_content in some grammar versions.
        text += braces(raw ? child.text : decodeContent(child));
        break;
      case 'escape_sequence':
        text += raw ? child.text : decodeEscape(child.text);
        break;
      case 'interpolation':
        out.push(text, child);
        text = '';
        break;
      default:
        text += child.text;
    }
  }
  out.push(text);
  return out;
}

/**
 * The value of a string literal with no prefix and no backslash (`"users"`, `'''a b'''`), read
 * from its text: it is its text between the quotes, so its children need not be visited (each
 * one a call into the parser's wasm; migrations are mostly such strings). Null for anything else.
 */
function plainStringValue(node: SyntaxNode): string | null {
  const text = node.text;
  const quote = text[0];
  if ((quote !== '"' && quote !== "'") || text.includes('\\')) return null;
  const delimiter = text.startsWith(quote.repeat(3)) && text.length >= 6 ? quote.repeat(3) : quote;
  if (!text.endsWith(delimiter) || text.length < 2 * delimiter.length || node.hasError) return null;
  return text.slice(delimiter.length, text.length - delimiter.length);
}

function decodeContent(node: SyntaxNode): string {
  if (node.namedChildCount === 0) return node.text;
  // Rebuild the text, replacing each escape_sequence child by its value.
  let out = '';
  let cursor = node.startIndex;
  const text = node.text;
  for (const child of node.namedChildren) {
    if (!child) continue;
    out += text.slice(cursor - node.startIndex, child.startIndex - node.startIndex);
    out += child.type === 'escape_sequence' ? decodeEscape(child.text) : child.text;
    cursor = child.endIndex;
  }
  out += text.slice(cursor - node.startIndex);
  return out;
}

/** A static Python value: str, int/float, bool, None, or a tuple/list of them. */
export type StaticValue = string | number | boolean | null | StaticValue[];

/** Sentinel for "cannot be evaluated statically" (distinct from Python's None = null). */
export const NOT_STATIC: unique symbol = Symbol('not static');

/** Evaluates a literal expression without running anything; NOT_STATIC for anything else. */
export function staticValue(input: SyntaxNode | null | undefined): StaticValue | typeof NOT_STATIC {
  if (!input) return NOT_STATIC;
  const node = unwrap(input);
  switch (node.type) {
    case 'string':
    case 'concatenated_string': {
      const value = stringValue(node);
      return value === null ? NOT_STATIC : value;
    }
    case 'integer': {
      const text = node.text.replace(/_/gu, '').toLowerCase();
      const value = text.startsWith('0x') || text.startsWith('0o') || text.startsWith('0b') ? Number(text) : parseInt(text, 10);
      return Number.isFinite(value) ? value : NOT_STATIC;
    }
    case 'float':
      return Number(node.text.replace(/_/gu, ''));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      const value = staticValue(operand);
      if (typeof value === 'number' && node.child(0)?.type === '-') return -value;
      if (typeof value === 'number' && node.child(0)?.type === '+') return value;
      return NOT_STATIC;
    }
    case 'tuple':
    case 'list': {
      return staticItems(node, staticValue);
    }
    default:
      return NOT_STATIC;
  }
}

/** The items of a tuple or list literal, each evaluated by `evaluate`; NOT_STATIC if any is not. */
export function staticItems(node: SyntaxNode, evaluate: (item: SyntaxNode) => StaticValue | typeof NOT_STATIC): StaticValue[] | typeof NOT_STATIC {
  const out: StaticValue[] = [];
  for (const child of node.namedChildren) {
    if (!child || child.type === 'comment') continue;
    const value = evaluate(child);
    if (value === NOT_STATIC) return NOT_STATIC;
    out.push(value);
  }
  return out;
}

/**
 * The dotted name of an identifier or attribute chain: `sa.Column` → "sa.Column",
 * `sqlalchemy.dialects.postgresql.JSONB` → that; null for anything else (calls, subscripts).
 */
export function dottedName(input: SyntaxNode | null | undefined): string | null {
  // A loop, not recursion: an attribute chain may be thousands of links long.
  const attributes: string[] = [];
  let current = input;
  for (;;) {
    if (!current) return null;
    const node = unwrap(current);
    // A bare name (`Column`, `Integer`) is the common case: no list to build for it.
    if (node.type === 'identifier') return attributes.length === 0 ? node.text : `${node.text}.${attributes.reverse().join('.')}`;
    if (node.type !== 'attribute') return null;
    const attribute = node.childForFieldName('attribute');
    if (!attribute) return null;
    attributes.push(attribute.text);
    current = node.childForFieldName('object');
  }
}

/** The last segment of a dotted name: `sa.Column` → "Column". */
export function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? name : name.slice(dot + 1);
}

export interface CallArguments {
  positional: SyntaxNode[];
  keywords: Map<string, SyntaxNode>;
  /** `*args` / `**kwargs` present: the argument list is not fully known statically. */
  hasSplat: boolean;
}

/** Splits a call's arguments into positional ones and keyword ones (by name). */
export function callArguments(call: SyntaxNode): CallArguments {
  const result: CallArguments = { positional: [], keywords: new Map(), hasSplat: false };
  const args = call.childForFieldName('arguments');
  if (!args) return result;
  for (const child of args.namedChildren) {
    if (!child || child.type === 'comment') continue;
    if (child.type === 'keyword_argument') {
      const name = child.childForFieldName('name')?.text;
      const value = child.childForFieldName('value');
      if (name && value) result.keywords.set(name, value);
    } else if (child.type === 'list_splat' || child.type === 'dictionary_splat') {
      result.hasSplat = true;
    } else {
      result.positional.push(child);
    }
  }
  return result;
}

/** The callee's dotted name of a `call` node (`op.create_table`), or null. */
export function calleeName(call: SyntaxNode): string | null {
  return call.type === 'call' ? dottedName(call.childForFieldName('function')) : null;
}

/** Every ERROR/MISSING node that is not inside another one, in source order. */
export function syntaxErrors(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  // An explicit stack, not recursion: a broken file may nest thousands of levels deep.
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) {
      out.push(node);
      continue;
    }
    if (!node.hasError) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}

/** Source text on one line, cut to `max` characters with an ellipsis, for messages. */
export function shortenSource(text: string, max = 40): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/**
 * A glob of the values a string expression may take: an f-string's literal parts kept, each
 * interpolation a `*` (`f"{prefix}users"` → `*users`); null when it is no string literal.
 */
export function stringGlob(node: SyntaxNode | null | undefined): string | null {
  const parts = stringParts(node);
  if (!parts) return null;
  const glob = parts.map((p) => (typeof p === 'string' ? p.replace(/[*?[\]{}()!+@\\]/gu, (c) => `\\${c}`) : '*')).join('');
  return glob.replace(/\*+/gu, '*');
}
