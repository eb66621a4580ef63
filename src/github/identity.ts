import type { GitHubClient } from './client.js';

/** Who writes the comments when the workflow's own GITHUB_TOKEN is used. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

/** The login the token acts as, and how that was learnt (for the log). */
export interface TokenIdentity {
  login: string;
  source: 'graphql' | 'rest' | 'assumed';
}

/**
 * The account the token writes as, so ormlint edits only comments it wrote itself. GraphQL's
 * `viewer` answers for every kind of token (a user's, the workflow's GITHUB_TOKEN as
 * `github-actions[bot]`, another GitHub App's installation token as `<app>[bot]`); `GET /user` is
 * the fallback for servers without GraphQL (it refuses installation tokens). When neither answers,
 * the workflow token is assumed: at worst ormlint then posts a new comment instead of editing its
 * old one, never edits somebody else's.
 */
export async function tokenIdentity(client: GitHubClient): Promise<TokenIdentity> {
  try {
    const data = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof data?.viewer?.login === 'string' && data.viewer.login !== '') return { login: data.viewer.login, source: 'graphql' };
  } catch {
    // fall through to REST
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data?.login === 'string' && data.login !== '') return { login: data.login, source: 'rest' };
  } catch {
    // 403 "Resource not accessible by integration" is what an installation token gets here.
  }
  return { login: WORKFLOW_TOKEN_LOGIN, source: 'assumed' };
}

/** GitHub logins are case-insensitive. */
export function sameLogin(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
}
