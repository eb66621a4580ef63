import type { Diagnostic, RelatedLocation, Severity } from '../engine/diagnostic.js';
import type { RunReport } from '../run.js';
import { neutraliseWorkflowCommands } from './logSafe.js';
import { countSeverities, type SeverityCounts } from './severityCounts.js';
import { displayWidth, padEndDisplay, palette, terminalLine, terminalLines, type Palette } from './terminal.js';

export interface TextOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR, --color), this module never looks. */
  color?: boolean;
  /** Every notice where it occurs; by default they are summarised in one block after the findings. */
  verbose?: boolean;
}

/** How many notices the summary block names before counting the rest. */
const SUMMARISED_NOTICES = 5;
const NOTICE_TEXT_WIDTH = 110;

const SEVERITY_WIDTH = 'warning'.length;
const INDENT = '  ';
const GAP = '  ';

/**
 * The human report, laid out like ESLint's "stylish" so it reads familiar: findings grouped under
 * their file, aligned `line:col  severity  message  rule` columns, hints and related places
 * hanging under the message, each rule's docs link once, and a one-line verdict.
 */
export function formatText(result: RunReport, options: TextOptions = {}): string {
  const paint = palette(options.color === true);
  const out: string[] = [];
  // Findings first; notices (what ormlint could not evaluate) are context, read after them.
  const listed = options.verbose ? result.diagnostics : result.diagnostics.filter((d) => d.severity !== 'notice');
  for (const [file, diagnostics] of groupByFile(listed)) {
    out.push(paint.underline(file === '' ? '(no file)' : terminalLine(file)));
    out.push(...fileBlock(diagnostics, paint), '');
  }
  if (!options.verbose) out.push(...noticeSummary(result.diagnostics.filter((d) => d.severity === 'notice'), paint));
  out.push(...docsBlock(listed, paint));
  out.push(verdict(countSeverities(result.diagnostics), result.baselined, paint));
  // CI prints this to a log, where a name starting a line with `::` would be a workflow command.
  return neutraliseWorkflowCommands(out.join('\n') + '\n');
}

/** Files in order of first appearance (run() already sorted), findings in their given order. */
function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

function fileBlock(diagnostics: readonly Diagnostic[], paint: Palette): string[] {
  const rows = diagnostics.map((d) => ({ d, position: `${d.line}:${d.column}`, message: terminalLines(d.message) }));
  const positionWidth = Math.max(...rows.map((r) => r.position.length));
  const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message[0])));
  const hang = ' '.repeat(INDENT.length + positionWidth + GAP.length + SEVERITY_WIDTH + GAP.length);
  const lines: string[] = [];
  for (const { d, position, message } of rows) {
    const severity = paintSeverity(d.severity.padEnd(SEVERITY_WIDTH), d.severity, paint);
    lines.push(
      INDENT + paint.dim(position.padEnd(positionWidth)) + GAP + severity + GAP +
        padEndDisplay(message[0], messageWidth) + GAP + paint.dim(terminalLine(d.ruleId)),
    );
    for (const more of message.slice(1)) lines.push(hang + more);
    if (d.help) lines.push(...hanging(hang, 'help: ', terminalLines(d.help)));
    for (const related of d.related) {
      const [first, ...rest] = terminalLines(related.message);
      lines.push(...hanging(hang, '↳ ', [`${relatedPlace(related, paint)} ${first}`, ...rest]));
    }
  }
  return lines.map((line) => line.trimEnd());
}

/** `prefix` then the (already terminal-safe) lines, continuation lines aligned under the first one's text. */
function hanging(hang: string, prefix: string, [first, ...rest]: string[]): string[] {
  const under = hang + ' '.repeat(displayWidth(prefix));
  return [hang + prefix + first, ...rest.map((line) => under + line)];
}

function relatedPlace(related: RelatedLocation, paint: Palette): string {
  const position = related.column ? `${related.line}:${related.column}` : `${related.line}`;
  return `${terminalLine(related.file)}${paint.dim(`:${position}`)}`;
}

function paintSeverity(text: string, severity: Severity, paint: Palette): string {
  if (severity === 'error') return paint.red(text);
  if (severity === 'warning') return paint.yellow(text);
  return paint.blue(text);
}

/** The notices in one block: how many, the first few in a line each, and how to see them all. */
function noticeSummary(notices: readonly Diagnostic[], paint: Palette): string[] {
  if (notices.length === 0) return [];
  const lines = [paint.blue(`${plural(notices.length, 'notice')} (what ormlint could not evaluate; --verbose lists each where it occurs):`)];
  for (const d of notices.slice(0, SUMMARISED_NOTICES)) {
    const message = terminalLine(d.message.replace(/\s+/gu, ' '));
    const short = message.length > NOTICE_TEXT_WIDTH ? `${message.slice(0, NOTICE_TEXT_WIDTH - 1)}…` : message;
    lines.push(`${INDENT}${paint.dim(`${terminalLine(d.file)}:${d.line}`)}${GAP}${short}`);
  }
  if (notices.length > SUMMARISED_NOTICES) lines.push(`${INDENT}… and ${notices.length - SUMMARISED_NOTICES} more`);
  return [...lines, ''];
}

/** Each rule's documentation once, sorted by rule id, instead of a URL on every line. */
function docsBlock(diagnostics: readonly Diagnostic[], paint: Palette): string[] {
  const urls = new Map<string, string>();
  for (const d of diagnostics) if (d.docsUrl && !urls.has(d.ruleId)) urls.set(d.ruleId, d.docsUrl);
  if (urls.size === 0) return [];
  const ids = [...urls.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const idWidth = Math.max(...ids.map((id) => displayWidth(terminalLine(id))));
  return [
    'Rule docs:',
    ...ids.map((id) => INDENT + padEndDisplay(terminalLine(id), idWidth) + GAP + paint.dim(terminalLine(urls.get(id) ?? ''))),
    '',
  ];
}

function verdict(counts: SeverityCounts, baselined: number, paint: Palette): string {
  const total = counts.error + counts.warning + counts.notice;
  const hidden = baselined > 0 ? `, ${plural(baselined, 'baselined finding')} not shown` : '';
  if (total === 0) return paint.green(paint.bold('✔ no problems')) + hidden;
  const line =
    `✖ ${plural(total, 'problem')} ` +
    `(${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')})`;
  const colour = counts.error > 0 ? paint.red : counts.warning > 0 ? paint.yellow : paint.blue;
  return colour(paint.bold(line)) + hidden;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
