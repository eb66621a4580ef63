/**
 * Comments for suppression directives, taken from the syntax trees and token streams the
 * frontends already build for their files (tree-sitter for Python, libpg-query's scanner for SQL,
 * typescript-estree for TypeScript, the Prisma schema parser), so a `#` inside a string never
 * counts and the engine never parses a file a second time. Only files whose text holds the
 * directive marker keep their comments: most files have none, and collecting costs nothing there.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { SyntaxNode as PyNode } from './python/syntaxTree.js';
import type { SourceComment } from './types.js';

/** What every suppression directive starts with (`ormlint-disable-next-line`, `-line`, `-file`). */
const SUPPRESSION_MARKER = 'ormlint-disable';

export function mayHoldSuppressions(text: string): boolean {
  return text.includes(SUPPRESSION_MARKER);
}

/** The comment nodes of a tree-sitter Python tree (the caller checked mayHoldSuppressions). */
export function pythonComments(root: PyNode): SourceComment[] {
  return root.descendantsOfType('comment').map((node) => {
    const start = node.startPosition;
    const end = node.endPosition;
    return { text: node.text, line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
  });
}

/** The comments typescript-estree attached to a program parsed with `comment: true`. */
export function estreeComments(program: TSESTree.Program): SourceComment[] {
  return (program.comments ?? []).map((c) => ({
    text: c.type === 'Line' ? `//${c.value}` : `/*${c.value}*/`,
    line: c.loc.start.line,
    column: c.loc.start.column + 1,
    endLine: c.loc.end.line,
    endColumn: c.loc.end.column + 1,
  }));
}

/** Merges per-frontend comment maps (a file is read by one frontend; the first one wins). */
export function mergeComments(...maps: (Map<string, SourceComment[]> | undefined)[]): Map<string, SourceComment[]> {
  const merged = new Map<string, SourceComment[]>();
  for (const map of maps) for (const [file, comments] of map ?? []) if (!merged.has(file)) merged.set(file, comments);
  return merged;
}
