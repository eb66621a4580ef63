import type { RunResult } from '../run.js';
import type { GitHubClient } from './client.js';
import { escapeMarkdown, escapeMarkerValue } from './markdown.js';
import type { TableOptions } from './report.js';
import { countBySeverity, countsLine, cutNotice, groupByRule, renderRuleTables } from './report.js';

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/**
 * The hidden first line by which ormlint finds its own comment again. It names the config so a
 * monorepo with one ormlint step per service keeps one comment per service.
 */
export function commentMarker(configLabel: string): string {
  return `<!-- ormlint:comment config=${escapeMarkerValue(configLabel)} -->`;
}

export interface CommentOptions extends TableOptions {
  configLabel: string;
  /** Where the full report is (the run page with the job summary); null when unknown. */
  summaryUrl: string | null;
  limit?: number;
}

/**
 * The PR comment: marker, counts and the per-rule tables, cut by rule to stay under GitHub's
 * limit with a line saying what was cut. With no findings it is the "all clear" note.
 */
export function buildCommentBody(result: RunResult, options: CommentOptions): string {
  const marker = commentMarker(options.configLabel);
  const heading = `## ormlint: ${escapeMarkdown(options.configLabel)}`;
  const where = options.summaryUrl ? `[job summary](${options.summaryUrl})` : 'job summary';
  const footer = `<sub>Checked ${options.target.sha ? `commit ${options.target.sha.slice(0, 7)}` : 'this commit'} · full report in the ${where}</sub>`;
  if (result.diagnostics.length === 0) {
    const baselined = result.baselined > 0 ? ` (${result.baselined} accepted by the baseline)` : '';
    return [marker, heading, '', `✅ All clear: no findings${baselined}.`, '', footer, ''].join('\n');
  }
  const head = [marker, heading, '', countsLine(countBySeverity(result.diagnostics), result.baselined), '', ''].join('\n');
  // The cut notice names rules and counts: a few hundred characters even for a report cut short.
  const reserve = head.length + footer.length + 4_000;
  const limit = options.limit ?? COMMENT_LIMIT;
  const tables = renderRuleTables(groupByRule(result.diagnostics), options, limit - reserve);
  const parts = [head + tables.markdown];
  if (tables.cut) parts.push(cutNotice(tables.cut, `The full report is in the ${where}.`), '');
  parts.push(footer, '');
  return parts.join('\n');
}

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
}

/** The first comment whose first line is exactly our marker; escaped findings cannot forge it. */
export function findOwnComment(comments: readonly IssueComment[], marker: string): IssueComment | null {
  return comments.find((c) => (c.body ?? '').split('\n', 1)[0].trim() === marker) ?? null;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** Lists every comment of the PR (all pages) and returns ours, if any. */
export async function findExistingComment(client: GitHubClient, target: CommentTarget, marker: string): Promise<IssueComment | null> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  });
  return findOwnComment(comments as IssueComment[], marker);
}

export type CommentAction = 'created' | 'updated' | 'skipped';

/**
 * Creates or edits the one comment. `auto` posts only with findings and turns an earlier comment
 * into "all clear" once they are gone; `always` keeps a comment either way.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  marker: string,
  options: { hasFindings: boolean; mode: 'auto' | 'always' },
): Promise<{ action: CommentAction; url: string | null }> {
  const existing = await findExistingComment(client, target, marker);
  if (existing) {
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
    return { action: 'updated', url: data.html_url };
  }
  if (!options.hasFindings && options.mode === 'auto') return { action: 'skipped', url: null };
  const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullNumber, body });
  return { action: 'created', url: data.html_url };
}
