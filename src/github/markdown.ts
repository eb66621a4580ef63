/**
 * Escaping for everything a finding carries into Markdown (table names, messages, paths).
 *
 * A finding's text comes from the repository under review, which may be a fork: it must not be
 * able to break a table row, ping someone, open an HTML comment that hides the rest of the report,
 * or forge the hidden marker by which ormlint finds its own PR comment again.
 */
import { escapeUnsafeCharacters } from '../report/logSafe.js';

/** Characters that would change the structure of a table row or open HTML: written as entities. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
};

/** Inline Markdown punctuation: backslash-escaped so `__init__.py` stays a file name, not bold. */
const INLINE_PUNCTUATION = new Set(['\\', '*', '_', '[', ']', '~', '#', '!', '$']);

/**
 * Text safe inside a Markdown paragraph or table cell: renders as the literal characters, with
 * ESC, NUL, right-to-left overrides and other invisible controls shown as `\u001b`-style escapes.
 * `@name` gets a zero-width space after the `@` so it reads the same but mentions nobody;
 * line breaks become `<br>` so a multi-line message stays in its cell.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  // Control and bidirectional characters first, as visible `\u202e` (whose backslash is then escaped).
  for (const ch of escapeUnsafeCharacters(text.replace(/\r\n?/g, '\n'))) {
    if (ch in ENTITIES) out += ENTITIES[ch];
    else if (INLINE_PUNCTUATION.has(ch)) out += `\\${ch}`;
    else if (ch === '@') out += '@&#8203;';
    else if (ch === '\n') out += '<br>';
    else out += ch;
  }
  return out;
}

/**
 * A repository path as the path part of a URL: every segment percent-encoded, and also the
 * characters `encodeURIComponent` leaves alone that end a Markdown link target (`(`, `)`).
 */
export function encodeUrlPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * A value placed inside an HTML comment (`<!-- ormlint:comment config=... -->`): percent-encoded
 * so no `<`, `>` (hence no `-->`) and no space can appear, and one marker never contains another.
 */
export function escapeMarkerValue(value: string): string {
  return encodeUrlPath(value);
}

/** A Markdown link whose text is escaped and whose URL came from encodeUrlPath or a trusted base. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url})`;
}

/** `code` for trusted identifiers (rule ids): ormlint's own names never contain a backtick. */
export function code(identifier: string): string {
  return `\`${identifier.replace(/`/g, '')}\``;
}
