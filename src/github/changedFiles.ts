import { execFileSync } from 'node:child_process';
import type { GitHubClient } from './client.js';
import { describeApiError } from './client.js';
import type { ActionContext } from './context.js';

export interface ChangedFiles {
  files: Set<string>;
  source: 'api' | 'git';
}

/**
 * The files the PR (or push / merge group) changed, relative to the repository root: from the
 * API (`pulls.listFiles`, every page) on a PR, else from `git diff` against the base commit.
 * Null when neither works (no base commit in a shallow clone, no API); callers then filter nothing.
 */
export async function listChangedFiles(client: GitHubClient | null, ctx: ActionContext, log: (message: string) => void): Promise<ChangedFiles | null> {
  if (client && ctx.pullNumber !== null) {
    try {
      const files = await client.paginate(client.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: ctx.pullNumber, per_page: 100 });
      return { files: new Set(files.map((f) => f.filename)), source: 'api' };
    } catch (error) {
      log(`Could not list the PR's changed files through the API (${describeApiError(error)}); trying git diff.`);
    }
  }
  if (!ctx.baseSha) return null;
  try {
    return { files: gitDiffNames(ctx.workspace, ctx.baseSha), source: 'git' };
  } catch (error) {
    log(`Could not list changed files with git diff against ${ctx.baseSha.slice(0, 12)} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); fetch-depth: 0 on actions/checkout makes the base commit available.`);
    return null;
  }
}

/** `git diff --name-only -z base...HEAD`: NUL-separated so any file name survives. */
function gitDiffNames(cwd: string, base: string): Set<string> {
  const out = execFileSync('git', ['diff', '--name-only', '-z', '--no-renames', `${base}...HEAD`], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return new Set(out.split('\0').filter(Boolean));
}
