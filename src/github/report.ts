import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { SEVERITY_RANK } from '../engine/diagnostic.js';
import { compareText } from '../engine/messages.js';
import { docsUrl } from '../engine/rule.js';
import type { RunReport } from '../run.js';
import { code, encodeUrlPath, escapeMarkdown, markdownLink } from './markdown.js';

/**
 * Markdown pieces shared by the job summary and the PR comment: counts, one table per rule, and
 * the cut-to-size logic that keeps a huge report under a character limit by dropping whole rows
 * from the end of the rule order and saying so.
 */

export interface Counts {
  error: number;
  warning: number;
  notice: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, notice: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** Where links point: the repository on the server at the commit the run checked. */
export interface LinkTarget {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
}

/** A diagnostic's file relative to the repository (GITHUB_WORKSPACE), which is what GitHub wants. */
export function repoPath(file: string, projectRoot: string, workspace: string): string {
  const absolute = resolve(projectRoot, file);
  const rel = relative(workspace, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

function fileUrl(target: LinkTarget, path: string, line: number): string | null {
  if (!target.owner || !target.sha) return null;
  return `${target.serverUrl}/${target.owner}/${target.repo}/blob/${target.sha}/${encodeUrlPath(path)}#L${line}`;
}

const SEVERITY_ICON: Record<Severity, string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `**2** errors · **1** warning · **0** notices`, plus the baseline's share when there is one. */
export function countsLine(counts: Counts, baselined: number): string {
  const parts = [
    `**${counts.error}** ${counts.error === 1 ? 'error' : 'errors'}`,
    `**${counts.warning}** ${counts.warning === 1 ? 'warning' : 'warnings'}`,
    `**${counts.notice}** ${counts.notice === 1 ? 'notice' : 'notices'}`,
  ];
  const line = parts.join(' · ');
  return baselined > 0 ? `${line} (${plural(baselined, 'more finding')} accepted by the baseline)` : line;
}

export interface RuleGroup {
  ruleId: string;
  severity: Severity;
  diagnostics: Diagnostic[];
}

/** Rules ordered by severity, then by how many findings they have, then by id. */
export function groupByRule(diagnostics: readonly Diagnostic[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const d of diagnostics) {
    let group = groups.get(d.ruleId);
    if (!group) groups.set(d.ruleId, (group = { ruleId: d.ruleId, severity: d.severity, diagnostics: [] }));
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[group.severity]) group.severity = d.severity;
    group.diagnostics.push(d);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.diagnostics.length - a.diagnostics.length || compareText(a.ruleId, b.ruleId),
  );
}

export interface TableOptions {
  target: LinkTarget;
  projectRoot: string;
  workspace: string;
}

function ruleHeading(group: RuleGroup): string {
  const n = group.diagnostics.length;
  const docs = group.diagnostics[0]?.docsUrl || docsUrl(group.ruleId);
  return `### ${SEVERITY_ICON[group.severity]} ${code(group.ruleId)}: ${plural(n, group.severity)} · [docs](${docs})`;
}

const TABLE_HEADER = '| Location | Message |\n| --- | --- |';

function findingRow(d: Diagnostic, options: TableOptions): string {
  let location = '(project)';
  if (d.file) {
    const path = repoPath(d.file, options.projectRoot, options.workspace);
    const label = `${path}:${d.line}`;
    const url = fileUrl(options.target, path, d.line);
    location = url ? markdownLink(label, url) : escapeMarkdown(label);
  }
  const message = d.help ? `${escapeMarkdown(d.message)}<br><sub>${escapeMarkdown(d.help)}</sub>` : escapeMarkdown(d.message);
  return `| ${location} | ${message} |`;
}

/** What a size limit left out, so the reader knows the report is partial and where the rest is. */
export interface CutReport {
  /** Rules shown only in part: id, rows shown, rows in total. */
  partial: { ruleId: string; shown: number; total: number }[];
  /** Rules left out entirely, with their number of findings. */
  omitted: { ruleId: string; total: number }[];
}

/**
 * The per-rule tables, at most `budget` characters long. Rows are added in rule order until the
 * next one would not fit; what did not fit is returned as a CutReport.
 */
export function renderRuleTables(groups: readonly RuleGroup[], options: TableOptions, budget: number): { markdown: string; cut: CutReport | null } {
  const parts: string[] = [];
  let used = 0;
  const cut: CutReport = { partial: [], omitted: [] };
  let full = false;
  for (const group of groups) {
    if (full) {
      cut.omitted.push({ ruleId: group.ruleId, total: group.diagnostics.length });
      continue;
    }
    const head = `${ruleHeading(group)}\n\n${TABLE_HEADER}\n`;
    const firstRow = findingRow(group.diagnostics[0], options) + '\n';
    if (used + head.length + firstRow.length + 1 > budget) {
      full = true;
      cut.omitted.push({ ruleId: group.ruleId, total: group.diagnostics.length });
      continue;
    }
    let section = head;
    let shown = 0;
    for (const d of group.diagnostics) {
      const row = findingRow(d, options) + '\n';
      if (used + section.length + row.length + 1 > budget) {
        full = true;
        break;
      }
      section += row;
      shown++;
    }
    if (shown < group.diagnostics.length) cut.partial.push({ ruleId: group.ruleId, shown, total: group.diagnostics.length });
    parts.push(section);
    used += section.length + 1;
  }
  const hasCut = cut.partial.length > 0 || cut.omitted.length > 0;
  return { markdown: parts.join('\n'), cut: hasCut ? cut : null };
}

/** "Not shown here: …" for a CutReport, pointing to where the full report is. */
export function cutNotice(cut: CutReport, fullReport: string): string {
  const pieces = [
    ...cut.partial.map((p) => `${p.total - p.shown} of ${p.total} ${code(p.ruleId)} findings`),
    ...cut.omitted.map((o) => `all ${o.total} ${code(o.ruleId)} ${o.total === 1 ? 'finding' : 'findings'}`),
  ];
  return `> [!NOTE]\n> Cut to fit GitHub's size limit; not shown here: ${pieces.join(', ')}. ${fullReport}`;
}

/** The numbers a reader wants next to the findings: what ormlint saw. */
export function registryOverview(result: RunReport): string {
  const { overview } = result;
  const count = (n: number | null): string => (n === null ? '—' : String(n));
  const heads = overview.heads ? cappedList(overview.heads.map((h) => escapeMarkdown(h)), 10) || '—' : '—';
  const [models, reachable, modelTables, migratedTables, migrations] = [overview.models, overview.reachable, overview.modelTables, overview.migratedTables, overview.migrations].map(count);
  return [
    '| Models | Reachable from the registry | Tables (models) | Tables (migrations) | Migrations | Heads |',
    '| ---: | ---: | ---: | ---: | ---: | --- |',
    `| ${models} | ${reachable} | ${modelTables} | ${migratedTables} | ${migrations} | ${heads} |`,
  ].join('\n');
}

/** `a, b, c and 4,997 more`: a list that stays one table cell whatever the project. */
function cappedList(items: string[], shown: number): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} and ${(items.length - shown).toLocaleString('en-US')} more`;
}

export function statsLine(result: RunReport): string {
  const s = result.stats;
  return `${plural(s.files, 'file')} read · ${plural(s.models, 'model')} · ${plural(s.tables, 'table')} · ${plural(s.migrations, 'migration')} · ${s.durationMs} ms`;
}
