/**
 * From a file's bytes to the text the frontends parse. Python and Postgres read UTF-8 source;
 * what is not (UTF-16, binary files with NUL bytes) is named in a finding instead of being fed to
 * a parser as garbage. Lone carriage returns (classic Mac line endings) are line breaks for
 * Python's tokenizer and for editors but not for tree-sitter's Python grammar, and SQL positions
 * count `\n` only: they become `\n`, which keeps every offset (same length) and makes lines and
 * columns the ones an editor shows.
 */

export type DecodedSource = { text: string } | { problem: string; line: number; column: number };

/** One decoder for every file: decoding without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8');

/** Decodes one source file, or says why it is not read (with the line and column to look at). */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return { problem: `the file is encoded as ${utf16}, not UTF-8; ormlint reads UTF-8 source only (so does Python without a coding declaration): re-save it as UTF-8`, line: 1, column: 1 };
  }
  // TextDecoder drops a UTF-8 byte-order mark and turns invalid bytes into U+FFFD.
  const text = UTF8.decode(bytes);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const { line, column } = lineAndColumn(text, nul);
    return { problem: `the file contains a NUL byte at line ${line}, column ${column} (a binary or corrupted file?); Python and Postgres reject source with NUL bytes, so it is not read`, line, column };
  }
  return { text: normalizeLoneCarriageReturns(text) };
}

/** `\r` not followed by `\n` becomes `\n`; CRLF stays as it is. Same length, so offsets map 1:1. */
export function normalizeLoneCarriageReturns(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/gu, '\n') : text;
}

/** "UTF-16 (little-endian)" etc. from a byte-order mark, or from the zero bytes of ASCII text in UTF-16. */
function utf16Encoding(bytes: Uint8Array): string | null {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'UTF-32 (little-endian)';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32 (big-endian)';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  // No mark: ASCII text in UTF-16 has a zero byte beside every character.
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    const sample = Math.min(bytes.length, 512);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i += 2) {
      if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZeros++;
      if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZeros++;
    }
    const pairs = sample / 2;
    if (oddZeros === pairs) return 'UTF-16 (little-endian, no byte-order mark)';
    if (evenZeros === pairs) return 'UTF-16 (big-endian, no byte-order mark)';
  }
  return null;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
