/**
 * TypeScript syntax for the TypeScript ORM frontends: typescript-estree parses (never type-checks,
 * never runs) a file, and these helpers read the shapes ORMs are declared in — call chains,
 * object literals, string literals — as written.
 */
import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { FrontendProblem, SourceLocation } from '../../facts.js';
import { estreeComments, mayHoldSuppressions } from '../comments.js';
import type { SourceComment } from '../types.js';

export type Node = TSESTree.Node;
export type Program = TSESTree.Program;

/**
 * Parses one module; a syntax error is a parse-error problem and the file reads as empty. With `comments`, a file that may hold suppression directives also gets its
 * comments recorded there (the engine reads suppressions from them; it never parses again).
 */
export function parseModule(path: string, text: string, problems: FrontendProblem[], comments?: Map<string, SourceComment[]>): Program | null {
  try {
    const withComments = comments !== undefined && mayHoldSuppressions(text);
    const program = parse(text, { loc: true, range: true, comment: withComments, jsx: path.endsWith('x') });
    if (withComments) comments.set(path, estreeComments(program));
    return program;
  } catch (error) {
    const e = error as { lineNumber?: number; column?: number; message?: string };
    problems.push({
      kind: 'parse-error',
      message: `TypeScript syntax error: ${String(e.message ?? error).split('\n')[0]}; the file's models are not read`,
      location: { file: path, line: e.lineNumber ?? 1, column: (e.column ?? 0) + 1 },
    });
    return null;
  }
}

export function nodeLocation(node: Node, file: string): SourceLocation {
  return { file, line: node.loc.start.line, column: node.loc.start.column + 1, endLine: node.loc.end.line, endColumn: node.loc.end.column + 1 };
}

/** A string literal or a template literal without substitutions; null otherwise. */
export function stringOf(node: Node | undefined | null): string | null {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') return stringOf(node.expression);
  return null;
}

export function numberOf(node: Node | undefined | null): number | null {
  if (node?.type === 'Literal' && typeof node.value === 'number') return node.value;
  if (node?.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
  return null;
}

/** Strips `as const`, `satisfies X`, parentheses-free wrappers. */
export function unwrap(node: Node): Node {
  let n = node;
  while (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSNonNullExpression') n = n.expression;
  return n;
}

/** A property of an object literal by its key (identifier or string key). */
export function property(object: Node | undefined, key: string): Node | undefined {
  if (!object || object.type !== 'ObjectExpression') return undefined;
  for (const p of object.properties) {
    if (p.type !== 'Property') continue;
    const name = p.key.type === 'Identifier' && !p.computed ? p.key.name : stringOf(p.key);
    if (name === key) return p.value as Node;
  }
  return undefined;
}

/** One step of a call chain: `index("x")`, `.on(t.a)`, `.notNull()`. */
export interface ChainCall {
  name: string;
  args: Node[];
  node: Node;
}

/**
 * A call chain from its start: `integer("id").primaryKey().notNull()` is
 * `[integer("id"), primaryKey(), notNull()]`; the head's `name` is the callee as written
 * (`pgTable`, `mySchema.table`). Null for anything else.
 */
export function callChain(node: Node): ChainCall[] | null {
  const out: ChainCall[] = [];
  let n: Node = unwrap(node);
  while (n.type === 'CallExpression') {
    const callee = n.callee;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') {
      const inner = unwrap(callee.object);
      if (inner.type === 'CallExpression') {
        out.unshift({ name: callee.property.name, args: n.arguments as Node[], node: n });
        n = inner;
        continue;
      }
      const head = dotted(callee);
      if (!head) return null;
      out.unshift({ name: head, args: n.arguments as Node[], node: n });
      return out;
    }
    if (callee.type === 'Identifier') {
      out.unshift({ name: callee.name, args: n.arguments as Node[], node: n });
      return out;
    }
    return null;
  }
  return null;
}

/** `a.b.c` as text; null for anything computed. */
export function dotted(node: Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const left = dotted(node.object);
    return left ? `${left}.${node.property.name}` : null;
  }
  return null;
}

/** Local name → [module, imported name] for every named import of the file. */
export function namedImports(program: Program): Map<string, { source: string; imported: string }> {
  const out = new Map<string, { source: string; imported: string }>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const spec of statement.specifiers) {
      if (spec.type === 'ImportSpecifier') {
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
        out.set(spec.local.name, { source: statement.source.value, imported });
      } else if (spec.type === 'ImportNamespaceSpecifier') {
        out.set(spec.local.name, { source: statement.source.value, imported: '*' });
      }
    }
  }
  return out;
}

/** Top-level `const name = init` declarations, exported or not, in order. */
export function topLevelConsts(program: Program): { name: string; init: Node; exported: boolean; node: Node }[] {
  const out: { name: string; init: Node; exported: boolean; node: Node }[] = [];
  const exportedNames = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration) {
      for (const spec of statement.specifiers) if (spec.local.type === 'Identifier') exportedNames.add(spec.local.name);
    }
  }
  for (const statement of program.body) {
    const exported = statement.type === 'ExportNamedDeclaration';
    const declaration = exported ? statement.declaration : statement;
    if (!declaration || declaration.type !== 'VariableDeclaration') continue;
    for (const d of declaration.declarations) {
      if (d.id.type === 'Identifier' && d.init) out.push({ name: d.id.name, init: d.init as Node, exported: exported || exportedNames.has(d.id.name), node: d as Node });
    }
  }
  return out;
}

/** A JSON-able literal (objects, arrays, strings, numbers, booleans, null); undefined otherwise. */
export function jsonLiteral(node: Node): unknown {
  const n = unwrap(node);
  if (n.type === 'Literal' && (n.value === null || ['string', 'number', 'boolean'].includes(typeof n.value))) return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return stringOf(n);
  if (n.type === 'ArrayExpression') {
    const items = n.elements.map((e) => (e && e.type !== 'SpreadElement' ? jsonLiteral(e as Node) : undefined));
    return items.some((i) => i === undefined) ? undefined : items;
  }
  if (n.type === 'ObjectExpression') {
    const out: Record<string, unknown> = {};
    for (const p of n.properties) {
      if (p.type !== 'Property' || p.computed) return undefined;
      const key = p.key.type === 'Identifier' ? p.key.name : stringOf(p.key as Node);
      const value = jsonLiteral(p.value as Node);
      if (key === null || value === undefined) return undefined;
      out[key] = value;
    }
    return out;
  }
  return undefined;
}
