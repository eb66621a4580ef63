import { readFileSync } from 'node:fs';

/** The events the Action understands; anything else runs like `push` (no PR, no comment). */
export type EventKind = 'pull_request' | 'pull_request_target' | 'merge_group' | 'push' | 'other';

/**
 * What the run knows about where it runs, read once from the environment GitHub provides.
 * Read here rather than through `@actions/github`'s `context` singleton so tests can hand in an
 * environment and the same code runs against a local fake API.
 */
export interface ActionContext {
  event: EventKind;
  eventName: string;
  owner: string;
  repo: string;
  /** The PR number on pull_request / pull_request_target; null otherwise. */
  pullNumber: number | null;
  /** The commit links point at: the PR head (not the merge commit GITHUB_SHA names), else GITHUB_SHA. */
  headSha: string;
  /** The commit `git diff` compares against when the API cannot list changed files. */
  baseSha: string | null;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runId: string | null;
}

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string } };
  merge_group?: { head_sha?: string; base_sha?: string };
  before?: string;
  after?: string;
  repository?: { name?: string; owner?: { login?: string } };
}

const NULL_SHA = /^0+$/;

/** Reads GITHUB_* variables and the event payload file; never throws for a missing payload. */
export function readActionContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const event = eventKind(eventName);
  const [owner = payload.repository?.owner?.login ?? '', repo = payload.repository?.name ?? ''] = (env.GITHUB_REPOSITORY ?? '').split('/').filter(Boolean);
  const sha = env.GITHUB_SHA ?? '';

  let pullNumber: number | null = null;
  let headSha = sha;
  let baseSha: string | null = null;
  if ((event === 'pull_request' || event === 'pull_request_target') && payload.pull_request) {
    pullNumber = typeof payload.pull_request.number === 'number' ? payload.pull_request.number : null;
    headSha = payload.pull_request.head?.sha ?? sha;
    baseSha = payload.pull_request.base?.sha ?? null;
  } else if (event === 'merge_group' && payload.merge_group) {
    headSha = payload.merge_group.head_sha ?? sha;
    baseSha = payload.merge_group.base_sha ?? null;
  } else if (event === 'push') {
    headSha = payload.after ?? sha;
    baseSha = payload.before && !NULL_SHA.test(payload.before) ? payload.before : null;
  }

  return {
    event,
    eventName,
    owner,
    repo,
    pullNumber,
    headSha,
    baseSha,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: env.GITHUB_RUN_ID ?? null,
  };
}

function eventKind(name: string): EventKind {
  return name === 'pull_request' || name === 'pull_request_target' || name === 'merge_group' || name === 'push' ? name : 'other';
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload;
  } catch {
    return {};
  }
}

/** The run page, where GitHub shows the job summary. */
export function runUrl(ctx: ActionContext): string | null {
  if (!ctx.runId || !ctx.owner) return null;
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
}
