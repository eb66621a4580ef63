import type { SyntaxNode, SyntaxTree } from './syntaxTree.js';
import type { FrontendProblem } from '../../facts.js';
import { PARENT, START, STRIDE } from './flatTree.js';
import { parsePython } from './parser.js';

/**
 * A bound on how deep ormlint's readers descend into a Python syntax tree.
 *
 * tree-sitter parses 10,000 nested brackets or a 10,000-long attribute chain without trouble, but
 * the frontends read expressions recursively, and JavaScript's call stack ends long before that.
 * Real code nests a few dozen levels; so the frontends run as they are, and only when one of them
 * overflows the stack is the file read again with every expression deeper than MAX_TREE_DEPTH
 * replaced by a placeholder name of the same length (newlines kept, so every later line and column
 * is unchanged). The placeholder is a name nothing defines, so what it stood for becomes one value
 * ormlint "cannot evaluate statically": the narrowest unknown, with a finding at its line.
 */
const MAX_TREE_DEPTH = 200;

/** The name a too-deep expression is replaced with. */
const NESTING_PLACEHOLDER = '__ormlint_nesting_limit__';

/** True for the RangeError V8 throws when the call stack is exhausted. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/iu.test(error.message);
}

/**
 * Expression nodes that may stand anywhere an expression may, so `(placeholder)` can take their
 * place without changing what surrounds them. (Identifiers are left out: in `a.b` the `b` is not
 * an expression position.)
 */
const REPLACEABLE = new Set([
  'attribute', 'call', 'subscript', 'list', 'tuple', 'dictionary', 'set', 'parenthesized_expression',
  'binary_operator', 'boolean_operator', 'comparison_operator', 'unary_operator', 'not_operator',
  'conditional_expression', 'lambda', 'await', 'list_comprehension', 'dictionary_comprehension',
  'set_comprehension', 'generator_expression', 'concatenated_string',
]);

export interface NestingLimited {
  /** The text with each too-deep expression replaced (same length, same line breaks). */
  text: string;
  /** One `unresolved` notice per replaced expression. */
  problems: FrontendProblem[];
}

/**
 * The text with every expression deeper than `maxDepth` replaced, or null when nothing is that
 * deep. The walk goes over the tree's nodes in document order, so it is itself safe on any depth.
 */
export function limitNesting(tree: SyntaxTree, text: string, file: string, maxDepth = MAX_TREE_DEPTH): NestingLimited | null {
  const cuts: { start: number; end: number; line: number; column: number }[] = [];
  const count = tree.nodes.length / STRIDE;
  // depth[i]: how far node i is below the root (its parent comes before it).
  const depth = new Int32Array(count);
  for (let i = 1; i < count; i++) {
    const node = tree.nodes.subarray(i * STRIDE, (i + 1) * STRIDE);
    depth[i] = depth[node[PARENT]!]! + 1;
    // Only nodes exactly this deep: what is below one of them is inside its cut, or left (below a
    // statement no expression encloses) to the per-file guard.
    if (depth[i] !== maxDepth) continue;
    const start = node[START]!;
    if (cuts.length > 0 && start < cuts[cuts.length - 1]!.end) continue;
    // Replace the innermost enclosing expression that may stand anywhere.
    // (Statements nested this deep have none: they are left to the per-file guard.)
    let at: SyntaxNode | null = tree.node(i);
    while (at && !REPLACEABLE.has(at.type)) at = at.parent;
    if (!at) continue;
    // A cut around earlier ones (the sibling of a cut node is deep too) replaces them.
    while (cuts.length > 0 && cuts[cuts.length - 1]!.start >= at.startIndex) cuts.pop();
    cuts.push({ start: at.startIndex, end: at.endIndex, line: at.startPosition.row + 1, column: at.startPosition.column + 1 });
  }
  if (cuts.length === 0) return null;
  return {
    text: replaceRanges(text, cuts),
    problems: cuts.map((cut) => ({
      kind: 'unresolved',
      message: `this expression nests deeper than ${maxDepth} syntax levels; ormlint does not analyse it and treats its value as unknown`,
      location: { file, line: cut.line, column: cut.column },
    })),
  };
}

/** Parses `text`, and if some expression is too deep, the text with it replaced (see limitNesting). */
export async function nestingLimitedSource(text: string, file: string): Promise<NestingLimited> {
  return limitNesting(await parsePython(text), text, file) ?? { text, problems: [] };
}

function replaceRanges(text: string, cuts: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < at) continue; // nested in an earlier cut
    out += text.slice(at, cut.start) + placeholder(text.slice(cut.start, cut.end));
    at = cut.end;
  }
  return out + text.slice(at);
}

/**
 * `(name    )` the length of `original`, its line breaks where they were. The name goes in the
 * first stretch without a line break long enough for it (a bare `_` when none is).
 */
function placeholder(original: string): string {
  const chars = [...original].flatMap((ch) => (ch === '\n' || ch === '\r' ? [ch] : ch.length === 2 ? [' ', ' '] : [' ']));
  if (chars.length < 3) return original;
  chars[0] = '(';
  chars[chars.length - 1] = ')';
  const inner = chars.slice(1, -1).join('');
  const name = [NESTING_PLACEHOLDER, '_'].find((candidate) => inner.split(/[\r\n]/u).some((run) => run.length >= candidate.length)) ?? '';
  let runStart = 1;
  for (let i = 1; i <= chars.length - 1; i++) {
    if (i === chars.length - 1 || chars[i] === '\n' || chars[i] === '\r') {
      if (i - runStart >= name.length) {
        for (let k = 0; k < name.length; k++) chars[runStart + k] = name[k]!;
        break;
      }
      runStart = i + 1;
    }
  }
  return chars.join('');
}
