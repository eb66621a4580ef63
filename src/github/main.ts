import * as core from '@actions/core';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { SEVERITY_RANK } from '../engine/diagnostic.js';
import { ConfinementError, writeConfinedFileSync, type WriteArea } from '../fsSafe.js';
import { formatSarif } from '../report/index.js';
import { escapeUnsafeCharacters } from '../report/logSafe.js';
import type { RunReport } from '../run.js';
import { run } from '../run.js';
import { ANNOTATIONS_PER_SEVERITY, annotationNotes, emitWorkflowAnnotations, planAnnotations, sendCheckRun } from './annotations.js';
import type { ChangedFiles } from './changedFiles.js';
import { listChangedFiles } from './changedFiles.js';
import type { GitHubClient } from './client.js';
import { createClient, describeApiError, httpStatus } from './client.js';
import { buildCommentBody, commentMarker, upsertComment } from './comment.js';
import type { ActionContext } from './context.js';
import { readActionContext, runUrl } from './context.js';
import type { ActionInputs, FailOn } from './inputs.js';
import { readInputs } from './inputs.js';
import type { Counts, LinkTarget } from './report.js';
import { countBySeverity, countsLine, repoPath } from './report.js';
import { buildSummary } from './summary.js';

/**
 * The Action: inputs → run() → outputs, SARIF, annotations, job summary, PR comment → step result.
 * Only the findings and `fail-on` decide the step's result: every GitHub API failure is a warning,
 * and the job summary is written whatever the API does.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const ctx = readActionContext(env);
  const cwd = resolve(ctx.workspace, inputs.workingDirectory);

  let result: RunReport;
  try {
    // The checkout is the boundary: a committed link cannot make a folder outside it the project.
    const config = withoutPlugins(loadConfig({ configPath: inputs.config, cwd, boundary: ctx.workspace }), inputs.allowPlugins);
    result = await run(config, {
      facts: false,
      ...(inputs.baseline ? { baselinePath: resolve(cwd, inputs.baseline) } : {}),
      // The cache, like every file the Action writes, stays under the checkout or RUNNER_TEMP.
      ...(inputs.cache ? { cacheDir: resolve(cwd, inputs.cache), cacheAreas: actionWriteAreas(ctx.workspace, env) } : {}),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      core.setFailed(escapeUnsafeCharacters(formatConfigError(error, cwd, ctx.workspace)));
      return;
    }
    throw error;
  }

  const { config } = result;
  const configLabel = config.file ? repoPath(config.file, config.root, ctx.workspace) : inputs.config;
  const counts = countBySeverity(result.diagnostics);
  core.info(`ormlint (${configLabel}): ${plainCounts(counts)}${result.baselined ? `, ${result.baselined} accepted by the baseline` : ''}`);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notices', counts.notice);
  core.setOutput('sarif-file', writeSarif(result, inputs, cwd, ctx.workspace, env));

  const client = inputs.githubToken && ctx.owner ? createClient(inputs.githubToken, ctx.apiUrl, env) : null;
  const target: LinkTarget = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, sha: ctx.headSha };
  const tableOptions = { target, projectRoot: config.root, workspace: ctx.workspace };

  const needChanges = ctx.event !== 'other' && (inputs.onlyChanged || (inputs.annotations !== 'false' && result.diagnostics.length > 0));
  const changed: ChangedFiles | null = needChanges ? await listChangedFiles(client, ctx, inputs.onlyChanged ? core.warning : core.info) : null;
  if (inputs.onlyChanged && !changed) core.warning('only-changed: the changed files are unknown on this event, so every finding is annotated.');

  const notes = await annotate(result, inputs, ctx, client, changed, counts, configLabel);

  const summary = buildSummary(result, { ...tableOptions, configLabel, annotationNotes: notes });
  await writeJobSummary(summary);

  const commentUrl = await comment(result, inputs, ctx, client, { ...tableOptions, configLabel, summaryUrl: runUrl(ctx) });
  core.setOutput('comment-url', commentUrl ?? '');

  const failing = failingCount(counts, inputs.failOn);
  if (failing > 0) core.setFailed(`ormlint: ${plainCounts(counts)} (fail-on: ${inputs.failOn})`);
}

/**
 * `services/api/.ormlint.yml:4:3: message`: the one line a config mistake deserves. The loader
 * names the file relative to the working directory; the Action names it relative to the
 * repository, as the annotations do.
 */
export function formatConfigError(error: ConfigError, cwd: string, workspace: string): string {
  if (!error.file) return error.message;
  const file = repoPath(error.file, cwd, workspace);
  if (error.message.startsWith(`${error.file}:`)) return `${file}${error.message.slice(error.file.length)}`;
  const position = error.line !== null ? `:${error.line}${error.column !== null ? `:${error.column}` : ''}` : '';
  return `${file}${position}: ${error.message}`;
}

/** Findings at or above `fail-on`. */
export function failingCount(counts: Counts, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  const threshold = SEVERITY_RANK[failOn];
  return (['error', 'warning', 'notice'] as const).filter((s) => SEVERITY_RANK[s] >= threshold).reduce((n, s) => n + counts[s], 0);
}

function plainCounts(counts: Counts): string {
  const word = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${word(counts.error, 'error')}, ${word(counts.warning, 'warning')}, ${word(counts.notice, 'notice')}`;
}

/**
 * Plugins are repository code, and the config comes with the pull request: the Action runs them
 * only when the workflow says `allow-plugins: true`. Otherwise the run goes on with the built-in
 * rules, and a warning says what was not run.
 */
function withoutPlugins(config: Config, allowPlugins: boolean): Config {
  if (allowPlugins || config.plugins.length === 0) return config;
  const listed = config.plugins.map((p) => `"${escapeUnsafeCharacters(p)}"`).join(', ');
  core.warning(
    `The config lists plugins (${listed}); they were not run, and their rules were not checked. ` +
      'Plugins run repository code, so the Action loads them only when the workflow sets `allow-plugins: true` ' +
      '(never on pull requests from forks; see SECURITY.md).',
  );
  return { ...config, plugins: [], pluginsNotRun: config.plugins };
}

/**
 * SARIF paths must be relative to the repository root: code scanning ignores `uriBaseId`. The
 * file goes under the checkout or RUNNER_TEMP, never through a committed link out of them; a
 * refused or failed write is a warning (the findings still decide the step).
 */
function writeSarif(result: RunReport, inputs: ActionInputs, cwd: string, workspace: string, env: NodeJS.ProcessEnv): string {
  if (!inputs.sarif) return '';
  const path = resolve(cwd, inputs.sarif);
  const pathPrefix = repoPath('.', result.config.root, workspace);
  try {
    writeConfinedFileSync(path, formatSarif(result, { pathPrefix: pathPrefix === '.' ? '' : pathPrefix }), actionWriteAreas(workspace, env));
  } catch (error) {
    if (!(error instanceof ConfinementError)) throw error;
    core.warning(`SARIF not written: ${escapeUnsafeCharacters(error.message)}`);
    return '';
  }
  return path;
}

/** Where the Action writes (SARIF, the cache): the checkout or RUNNER_TEMP. */
function actionWriteAreas(workspace: string, env: NodeJS.ProcessEnv): WriteArea[] {
  const areas: WriteArea[] = [{ dir: workspace, label: 'the repository (GITHUB_WORKSPACE)' }];
  if (env.RUNNER_TEMP) areas.push({ dir: env.RUNNER_TEMP, label: 'RUNNER_TEMP' });
  return areas;
}

async function annotate(
  result: RunReport,
  inputs: ActionInputs,
  ctx: ActionContext,
  client: GitHubClient | null,
  changed: ChangedFiles | null,
  counts: Counts,
  configLabel: string,
): Promise<string[]> {
  if (inputs.annotations === 'false') return [];
  const planOptions = { projectRoot: result.config.root, workspace: ctx.workspace, changedFiles: changed?.files ?? null, onlyChanged: inputs.onlyChanged };
  if (inputs.annotations === 'check-run' && client && ctx.headSha) {
    const plan = planAnnotations(result.diagnostics, { ...planOptions, perSeverity: Infinity });
    try {
      const sent = await sendCheckRun(
        client,
        {
          owner: ctx.owner,
          repo: ctx.repo,
          headSha: ctx.headSha,
          name: `ormlint (${configLabel})`,
          title: plainCounts(counts),
          summary: countsLine(counts, result.baselined),
          conclusion: failingCount(counts, inputs.failOn) > 0 ? 'failure' : result.diagnostics.length > 0 ? 'neutral' : 'success',
        },
        plan.shown,
      );
      core.info(`ormlint: check run ${sent.url || sent.id} carries ${sent.sent} annotations`);
      return annotationNotes({ ...plan, overLimit: { error: 0, warning: 0, notice: 0 } });
    } catch (error) {
      core.warning(
        `Could not create the check run (${describeApiError(error)}); annotating through workflow commands instead.` +
          (httpStatus(error) === 403 || httpStatus(error) === 404 ? ' `annotations: check-run` needs `permissions: checks: write` on the job.' : ''),
      );
    }
  } else if (inputs.annotations === 'check-run') {
    core.warning('annotations: check-run needs a github-token and a commit; annotating through workflow commands instead.');
  }
  const plan = planAnnotations(result.diagnostics, { ...planOptions, perSeverity: ANNOTATIONS_PER_SEVERITY });
  emitWorkflowAnnotations(plan.shown);
  return annotationNotes(plan);
}

/** The report must survive: if the summary file cannot be written, the log gets it. */
async function writeJobSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (error) {
    core.warning(`Could not write the job summary (${error instanceof Error ? error.message : String(error)}); the report follows in the log.`);
    core.info(markdown);
  }
}

async function comment(
  result: RunReport,
  inputs: ActionInputs,
  ctx: ActionContext,
  client: GitHubClient | null,
  options: Parameters<typeof buildCommentBody>[1],
): Promise<string | null> {
  if (inputs.comment === 'never') return null;
  if (ctx.pullNumber === null) {
    core.info(`ormlint: no PR comment on a ${ctx.eventName || 'non-PR'} event; the job summary has the report.`);
    return null;
  }
  if (!client) {
    core.warning('ormlint: no github-token, so no PR comment; the job summary has the report.');
    return null;
  }
  const marker = commentMarker(options.configLabel);
  const body = buildCommentBody(result, options);
  try {
    const done = await upsertComment(client, { owner: ctx.owner, repo: ctx.repo, pullNumber: ctx.pullNumber }, body, marker, {
      hasFindings: result.diagnostics.length > 0,
      mode: inputs.comment,
    });
    for (const foreign of done.ignored) {
      const author = escapeUnsafeCharacters(foreign.user?.login ?? 'unknown');
      core.warning(`A comment by ${author} (${foreign.html_url}) carries ormlint's marker but was not written by this token; it was left alone.`);
    }
    if (done.action !== 'skipped') core.info(`ormlint: PR comment ${done.action}: ${done.url}`);
    return done.url;
  } catch (error) {
    const status = httpStatus(error);
    const why =
      status === 403 || status === 404
        ? ' The token may not write to this PR: a pull request from a fork gets a read-only GITHUB_TOKEN. For PRs from this repository, give the job `permissions: pull-requests: write`. The job summary has the full report.'
        : ' The job summary has the full report.';
    core.warning(`Could not write the PR comment (${describeApiError(error)}).${why}`);
    return null;
  }
}
