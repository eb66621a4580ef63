/** The comments of a SQL file for suppression directives (see ../comments.ts). */
import type { SourceComment } from '../types.js';
import { scanTokens } from './translate.js';

/**
 * The `--` and `/* *\/` comments of a SQL file, from the scanner the SQL frontend reads it with
 * (the parser must be loaded). An unterminated literal stops the scanner; the comments before it
 * are kept.
 */
export function sqlComments(text: string): SourceComment[] {
  const tokens = scanTokens(text);
  // The scanner reports UTF-8 byte offsets.
  const bytes = Buffer.from(text, 'utf8');
  const position = bytePositions(bytes);
  return tokens
    .filter((t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT')
    .map((t) => {
      const start = position(t.start);
      const end = position(t.end);
      return { text: bytes.subarray(t.start, t.end).toString('utf8'), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    });
}

/** Maps a UTF-8 byte offset to a 1-based line and (character) column. */
function bytePositions(bytes: Buffer): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = bytes.subarray(lineStarts[lo]!, offset).toString('utf8').length + 1;
    return { line: lo + 1, column };
  };
}
