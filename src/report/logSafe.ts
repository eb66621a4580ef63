/**
 * Output that may end up in a CI log, made safe to print there. Table, class and file names come
 * from the repository under review, which may be hostile:
 *
 * - The GitHub Actions runner obeys workflow commands in a step's output: a line that starts with
 *   `::` after leading white space (`::stop-commands::`, `::add-mask::`, `::error::`), and the
 *   legacy `##[command]` anywhere in a line. A name that reaches the log must not be one.
 * - Control characters (ANSI escapes, NUL) and the bidirectional overrides of "Trojan Source"
 *   must not recolour, rewrite or reorder what the reader sees.
 *
 * Both are escaped visibly, in the `\u001b` style JSON uses, so what is shown is still readable and
 * a JSON consumer gets the original text back.
 */

/**
 * C0 controls except tab, LF and CR (each context treats those), DEL and the C1 controls, the
 * line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\uXXXX` for one UTF-16 code unit. */
function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Control and bidirectional characters written as `\u001b`-style escapes; tab, LF and CR kept. */
export function escapeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE, unicodeEscape);
}

/**
 * Text (several lines) that no runner reads as a workflow command: `::` at the start of a line
 * (after white space, as the runner trims it) becomes `\u003a:`, and `##[` becomes `#\u0023[`.
 * Leaves every other character alone; apply escapeUnsafeCharacters first when needed.
 */
export function neutraliseWorkflowCommands(text: string): string {
  // The runner splits lines at CR too, and trims white space as .NET does (U+0085 included).
  return text.replace(/##\[/g, '#\\u0023[').replace(/(^|[\r\n])([\s\u0085]*):(?=:)/g, '$1$2\\u003a');
}

/** A message for stderr or a log: CR made a line break, controls escaped, workflow commands neutralised. */
export function logSafeText(text: string): string {
  return neutraliseWorkflowCommands(escapeUnsafeCharacters(text.replace(/\r\n?/g, '\n')));
}

/**
 * JSON text (from JSON.stringify) that is still the same JSON to a parser but carries no
 * workflow command and no raw control or bidirectional character: inside strings, `::` becomes
 * `:\u003a`, `##[` becomes `#\u0023[`, and unsafe characters their `\u` escapes. None of these
 * characters can occur outside a string in JSON text (JSON.stringify never puts `::` there), so
 * replacing them anywhere is exact.
 */
export function logSafeJson(json: string): string {
  return json.replace(UNSAFE, unicodeEscape).replace(/::/g, ':\\u003a').replace(/##\[/g, '#\\u0023[');
}
