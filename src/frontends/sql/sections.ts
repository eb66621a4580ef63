/**
 * Which text of a migration file is SQL that the tool runs going forward.
 *
 * Migration tools that keep both directions in ONE file mark them with comments: dbmate
 * (`-- migrate:up` / `-- migrate:down`), goose (`-- +goose Up` / `-- +goose Down`) and sql-migrate
 * (`-- +migrate Up` / `-- +migrate Down`). Only the up sections are what the tool applies going
 * forward; replaying the down section would undo the migration in ormlint's eyes.
 *
 * Markers are found among the scanner's comment tokens, so a marker-like line inside a string or a
 * `$$` function body is not one. Each marker's comment text is matched with a regex (a comment is
 * not code).
 */
import { SqlText } from './source.js';
import { scanTokens } from './translate.js';

type Direction = 'up' | 'down';

/** The direction a directive comment opens, or null when the comment is no directive. */
function directive(comment: string): Direction | null {
  const m = /^--\s*(?:migrate:(up|down)\b|\+(?:goose|migrate)\s+(up|down)\b)/i.exec(comment);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  return word === 'up' || word === 'down' ? word : null;
}

/**
 * The text the tool applies going forward: unchanged when the file has no up/down directives,
 * otherwise with everything outside the up sections (the down sections, and anything before the
 * first directive, which dbmate ignores) replaced by spaces. Line breaks and the length of the
 * text are kept, so every location in the result is a location in the file.
 */
export function forwardSection(text: string): string {
  // Most files have no directive: then there is nothing to scan for.
  if (!/migrate:|\+goose|\+migrate/i.test(text)) return text;
  const source = new SqlText(text, { file: '', line: 1, column: 1 });
  const markers: { at: number; direction: Direction }[] = [];
  for (const token of scanTokens(text)) {
    if (token.tokenName !== 'SQL_COMMENT') continue;
    const direction = directive(token.text);
    if (!direction) continue;
    const at = source.charOffset(token.start);
    // A directive is a line of its own (dbmate's `^--` in multi-line mode).
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text.slice(lineStart, at).trim() !== '') continue;
    markers.push({ at, direction });
  }
  if (markers.length === 0) return text;
  let out = '';
  let from = 0;
  let keep = false;
  for (const marker of [...markers, { at: text.length, direction: 'down' as Direction }]) {
    const piece = text.slice(from, marker.at);
    out += keep ? piece : piece.replace(/[^\n]/g, ' ');
    from = marker.at;
    keep = marker.direction === 'up';
  }
  return out;
}

/**
 * A UTF-8 byte order mark, which Windows editors write and Flyway and psql skip. Dropped rather
 * than blanked: editors do not count it as a column.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * `COPY t (a, b) FROM stdin;` is followed by rows of data up to a line `\.` (pg_dump output, seed
 * migrations; Flyway runs them). The rows are no SQL, so they are blanked (line breaks kept). The
 * statement is found among the scanner's tokens; the scanner may give up inside the rows, which
 * come after it, so the file is rescanned after each block.
 */
export function withoutCopyData(text: string): string {
  // No `stdin` anywhere, no COPY ... FROM STDIN: nothing to scan for.
  if (!/stdin/i.test(text)) return text;
  let out = text;
  let from = 0;
  for (;;) {
    const block = nextCopyFromStdin(out, from);
    if (!block) return out;
    const dataStart = out.indexOf('\n', block.statementEnd);
    if (dataStart < 0) return out;
    let end = out.length;
    for (let line = dataStart + 1; line < out.length; ) {
      const next = out.indexOf('\n', line);
      const lineEnd = next < 0 ? out.length : next;
      if (out.slice(line, lineEnd).replace(/\r$/, '') === '\\.') {
        end = lineEnd;
        break;
      }
      line = lineEnd + 1;
    }
    out = out.slice(0, dataStart + 1) + out.slice(dataStart + 1, end).replace(/[^\r\n]/g, ' ') + out.slice(end);
    from = end;
  }
}

/** The next `COPY ... FROM STDIN ...;` statement starting at or after character `from`. */
function nextCopyFromStdin(text: string, from: number): { statementEnd: number } | null {
  const source = new SqlText(text, { file: '', line: 1, column: 1 });
  const tokens = scanTokens(text).filter((t) => !t.tokenName.endsWith('COMMENT'));
  for (let i = 0; i < tokens.length; i++) {
    const statementStart = i === 0 || tokens[i - 1]!.text === ';';
    if (!statementStart || tokens[i]!.text.toLowerCase() !== 'copy' || source.charOffset(tokens[i]!.start) < from) continue;
    let fromStdin = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const word = tokens[j]!.text.toLowerCase();
      if (word === 'stdin' && tokens[j - 1]!.text.toLowerCase() === 'from') fromStdin = true;
      if (word === ';') {
        if (fromStdin) return { statementEnd: source.charOffset(tokens[j]!.end) };
        break;
      }
    }
  }
  return null;
}
