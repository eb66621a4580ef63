import type { RunReport } from '../run.js';
import { escapeMarkdown } from './markdown.js';
import type { TableOptions } from './report.js';
import { countBySeverity, countsLine, cutNotice, groupByRule, registryOverview, renderRuleTables, statsLine } from './report.js';

/** GitHub accepts up to 1 MiB of job summary per step; leave room for multi-byte characters. */
const SUMMARY_BUDGET = 600_000;

/**
 * The hard limit on what is written, in UTF-8 bytes: the tables' budget counts characters, and
 * past 1 MiB GitHub drops the whole summary rather than cutting it.
 */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

export interface SummaryOptions extends TableOptions {
  /** The config path shown in the heading (relative to the repository). */
  configLabel: string;
  /** Lines about annotations GitHub will not show (limits, only-changed); empty when none. */
  annotationNotes: string[];
  budget?: number;
  /** Hard limit in UTF-8 bytes (tests pass a small one). */
  maxBytes?: number;
}

/**
 * The job summary: counts by severity, one table per rule with links to the checked commit and
 * the rule's docs, the registry overview and the run's stats. It always lists every finding (up to
 * GitHub's size limit), whatever `only-changed` hid from the annotations.
 */
export function buildSummary(result: RunReport, options: SummaryOptions): string {
  const counts = countBySeverity(result.diagnostics);
  const lines = [`## ormlint: ${escapeMarkdown(options.configLabel)}`, '', countsLine(counts, result.baselined), ''];
  for (const note of options.annotationNotes) lines.push(`> ${note}`, '');
  if (result.diagnostics.length === 0) lines.push('No findings. ✅', '');
  else {
    const tables = renderRuleTables(groupByRule(result.diagnostics), options, options.budget ?? SUMMARY_BUDGET);
    lines.push(tables.markdown);
    if (tables.cut) lines.push(cutNotice(tables.cut, 'Run `ormlint check` locally or use the `sarif` output for the full list.'), '');
  }
  lines.push('### Registry', '', registryOverview(result), '', `<sub>${statsLine(result)}</sub>`, '');
  return capBytes(lines.join('\n'), options.maxBytes ?? SUMMARY_MAX_BYTES);
}

/** The summary cut at a line so its UTF-8 size stays under `maxBytes`, with a note saying so. */
function capBytes(markdown: string, maxBytes: number): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const notice = "\n\n> [!NOTE]\n> Cut to fit GitHub's 1 MiB job-summary limit; the rest is not shown. Run `ormlint check` locally or use the `sarif` output for the full list.\n";
  const room = maxBytes - Buffer.byteLength(notice);
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > room) break;
    kept.push(line);
    bytes += size;
  }
  return `${kept.join('\n')}${notice}`;
}
