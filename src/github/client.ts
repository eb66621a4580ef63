import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * Octokit for the REST API at `baseUrl` (GITHUB_API_URL), retrying transient 5xx answers and
 * waiting out rate limits, so a flaky API costs a few seconds rather than the PR comment.
 *
 * `ORMLINT_TEST_RETRY_BASE_MS` scales every back-off (1000 ms per step in real runs); the test
 * suite sets it to 1 so retries against the local fake API take milliseconds. It also turns off
 * the throttling of writes (at most one POST/PATCH a second, GitHub's advice for github.com),
 * which costs a test against the fake API a second per comment written and protects nothing.
 */
/**
 * Stands in for the plugin's Bottleneck groups that space writes a second apart: runs each job at
 * once. Rate-limit answers are still waited out and retried (that is the plugin's retry limiter).
 * Typed `never` because the plugin declares a whole Bottleneck.Group; it only calls key().schedule().
 */
const UNSPACED = { key: () => ({ schedule: <A extends unknown[], R>(_options: unknown, job: (...args: A) => R, ...args: A): R => job(...args) }) } as never;

export function createClient(token: string, baseUrl: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  const base = Number(env.ORMLINT_TEST_RETRY_BASE_MS);
  const testing = Number.isFinite(base) && base > 0;
  const retryAfterBaseValue = testing ? base : 1000;
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3, retryAfterBaseValue },
      throttle: {
        ...(testing ? { write: UNSPACED, notifications: UNSPACED } : {}),
        retryAfterBaseValue,
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`GitHub API rate limit on ${options.method} ${options.url}; retrying after ${retryAfter} s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.info(`GitHub API secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter} s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, or null for anything else (network, bugs). */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/** One line for a failed API call: status and GitHub's message, no stack. */
export function describeApiError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}
