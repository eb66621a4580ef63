import type { RunReport } from '../run.js';
import type { GitHubClient } from './client.js';
import { sameLogin, tokenIdentity } from './identity.js';
import { escapeMarkdown, escapeMarkerValue } from './markdown.js';
import type { TableOptions } from './report.js';
import { countBySeverity, countsLine, cutNotice, groupByRule, renderRuleTables } from './report.js';

/** GitHub rejects issue comments longer than this many characters. */
const COMMENT_LIMIT = 65_536;

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
export function buildCommentBody(result: RunReport, options: CommentOptions): string {
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
  user?: { login?: string | null } | null;
}

/** Comments that carry the marker, split by who wrote them. */
export interface MarkedComments {
  /** The first one the token's own identity wrote: the one to edit. */
  own: IssueComment | null;
  /** Written by anybody else: never edited (whoever can comment on the PR could plant one). */
  foreign: IssueComment[];
}

/** True when the comment's first line is exactly the marker; escaped findings cannot forge it. */
function hasMarker(comment: IssueComment, marker: string): boolean {
  return (comment.body ?? '').split('\n', 1)[0].trim() === marker;
}

/** The marked comments, ours (written by `login`) apart from the rest. */
export function findOwnComment(comments: readonly IssueComment[], marker: string, login: string): MarkedComments {
  const marked = comments.filter((c) => hasMarker(c, marker));
  const own = marked.find((c) => sameLogin(c.user?.login, login)) ?? null;
  return { own, foreign: marked.filter((c) => c !== own && !sameLogin(c.user?.login, login)) };
}

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

/**
 * Lists every comment of the PR (all pages) and returns the marked ones. The token's identity is
 * asked for only when some comment carries the marker, so a first run costs no extra request.
 */
async function findExistingComment(client: GitHubClient, target: CommentTarget, marker: string): Promise<MarkedComments & { login: string | null }> {
  const comments = (await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  })) as IssueComment[];
  if (!comments.some((c) => hasMarker(c, marker))) return { own: null, foreign: [], login: null };
  const { login } = await tokenIdentity(client);
  return { ...findOwnComment(comments, marker, login), login };
}

export type CommentAction = 'created' | 'updated' | 'skipped';

/**
 * Creates or edits the one comment. `auto` posts only with findings and turns an earlier comment
 * into "all clear" once they are gone; `always` keeps a comment either way. Only a comment the
 * token itself wrote is edited: a marked comment by anybody else is left alone (and reported in
 * `ignored`), and ormlint writes its own.
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  body: string,
  marker: string,
  options: { hasFindings: boolean; mode: 'auto' | 'always' },
): Promise<{ action: CommentAction; url: string | null; ignored: IssueComment[] }> {
  const existing = await findExistingComment(client, target, marker);
  const ignored = existing.foreign;
  if (existing.own) {
    const { data } = await client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.own.id, body });
    return { action: 'updated', url: data.html_url, ignored };
  }
  if (!options.hasFindings && options.mode === 'auto') return { action: 'skipped', url: null, ignored };
  const { data } = await client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullNumber, body });
  return { action: 'created', url: data.html_url, ignored };
}
