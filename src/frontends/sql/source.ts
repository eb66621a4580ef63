/**
 * Positions in SQL text. libpg-query reports statement and node locations as UTF-8 byte offsets
 * and parse-error cursors as character offsets; ormlint speaks 1-based line/column in characters
 * of the file the text came from (which may start mid-file, e.g. an Alembic `op.execute` string).
 */
import type { SourceLocation } from '../../facts.js';

export interface SqlOrigin {
  file: string;
  line: number;
  column: number;
}

export class SqlText {
  readonly text: string;
  readonly origin: SqlOrigin;
  private readonly lineStarts: number[];
  /** Byte offset → character offset; null when the text is ASCII (they coincide). */
  private readonly byteToChar: Int32Array | null;

  constructor(text: string, origin: SqlOrigin) {
    this.text = text;
    this.origin = origin;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(text)) {
      this.byteToChar = null;
    } else {
      const map = new Int32Array(Buffer.byteLength(text) + 1);
      let byte = 0;
      let char = 0;
      for (const ch of text) {
        const len = Buffer.byteLength(ch);
        for (let k = 0; k < len; k++) map[byte + k] = char;
        byte += len;
        char += ch.length;
      }
      map[byte] = char;
      this.byteToChar = map;
    }
  }

  charOffset(byteOffset: number): number {
    if (!this.byteToChar) return byteOffset;
    return this.byteToChar[Math.max(0, Math.min(byteOffset, this.byteToChar.length - 1))]!;
  }

  /** Text between two byte offsets. */
  sliceBytes(start: number, end: number): string {
    return this.text.slice(this.charOffset(start), this.charOffset(end));
  }

  /** File location of a character offset into the text. */
  locationOfChar(charOffset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    const column = charOffset - this.lineStarts[lo]! + 1;
    return lo === 0
      ? { line: this.origin.line, column: this.origin.column + column - 1 }
      : { line: this.origin.line + lo, column };
  }

  /** SourceLocation for a byte range (end optional). */
  location(startByte: number, endByte?: number): SourceLocation {
    const start = this.locationOfChar(this.charOffset(startByte));
    const loc: SourceLocation = { file: this.origin.file, line: start.line, column: start.column };
    if (endByte !== undefined) {
      const end = this.locationOfChar(this.charOffset(endByte));
      loc.endLine = end.line;
      loc.endColumn = end.column;
    }
    return loc;
  }
}
