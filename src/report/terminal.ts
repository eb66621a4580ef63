/**
 * Terminal helpers for the text reporter: colour as a parameter (never read from the
 * environment here), control characters made visible, and display widths for alignment.
 */
import { escapeUnsafeCharacters } from './logSafe.js';

export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export function palette(color: boolean): Palette {
  const sgr = (open: number, close: number) => (s: string) => (color && s !== '' ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24),
  };
}

/**
 * Text as lines that are safe to print: CRLF/CR become line breaks, a tab one space, other
 * controls and the bidirectional overrides of "Trojan Source" `\u001b`-style escapes, so a message
 * or a file name cannot recolour, rewrite or reorder the user's terminal.
 */
export function terminalLines(text: string): string[] {
  return escapeUnsafeCharacters(text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')).split('\n');
}

/** One line: line breaks shown as `⏎` (for file names, which must stay on their line). */
export function terminalLine(text: string): string {
  return terminalLines(text).join('⏎');
}

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const EMOJI = /\p{Emoji_Presentation}/u;

/** Columns a string takes in a monospace terminal: wide East Asian and emoji count 2, combining marks 0. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += isWide(ch.codePointAt(0) ?? 0) || EMOJI.test(ch) ? 2 : 1;
  }
  return width;
}

export function padEndDisplay(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
