import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the GitHub REST API on 127.0.0.1 (port 0), enough for the Action: issue
 * comments (paginated with Link headers), PR files (paginated), check runs, and the token's
 * identity (GraphQL `viewer`, REST `GET /user`, as `identity` says). It records every
 * request and can be scripted to fail. It only ever listens on the loopback interface; close() it
 * after each test.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface ScriptedFailure {
  method: string;
  /** Matched against the path without the query string. */
  path: RegExp;
  status: number;
  /** How many matching requests fail before the route answers normally; Infinity for always. */
  times: number;
  message?: string;
  /** Extra response headers, e.g. `x-ratelimit-remaining: 0` for a rate-limit answer. */
  headers?: Record<string, string>;
}

export interface FakeGithub {
  url: string;
  requests: RecordedRequest[];
  /** Comments per issue number. */
  comments: Map<number, StoredComment[]>;
  /** Changed files per PR number. */
  files: Map<number, string[]>;
  checkRuns: { id: number; body: Record<string, unknown>; updates: Record<string, unknown>[] }[];
  /**
   * Who the token is: the author of the comments it creates. By default the workflow's
   * GITHUB_TOKEN: `github-actions[bot]`, known to GraphQL's `viewer`, refused by `GET /user`
   * (403, as for every installation token).
   */
  identity: { login: string; graphql: boolean; rest: boolean };
  fail(failure: ScriptedFailure): void;
  /** Adds comments written by somebody else, to make listing need several pages. */
  seedComments(issue: number, count: number, body?: (i: number) => string): void;
  /** Adds one comment written by `login` (a `[bot]` suffix makes it a Bot); returns it. */
  addComment(issue: number, body: string, login: string): StoredComment;
  close(): Promise<void>;
}

const DEFAULT_MESSAGES: Record<number, string> = { 403: 'Resource not accessible by integration', 404: 'Not Found', 500: 'Server Error', 502: 'Bad Gateway' };

export async function startFakeGithub(): Promise<FakeGithub> {
  const requests: RecordedRequest[] = [];
  const comments = new Map<number, StoredComment[]>();
  const files = new Map<number, string[]>();
  const checkRuns: FakeGithub['checkRuns'] = [];
  const identity: FakeGithub['identity'] = { login: 'github-actions[bot]', graphql: true, rest: false };
  const failures: ScriptedFailure[] = [];
  let nextId = 1000;
  let base = '';

  const commentsOf = (issue: number) => {
    let list = comments.get(issue);
    if (!list) comments.set(issue, (list = []));
    return list;
  };
  const newComment = (owner: string, repo: string, issue: number, body: string, login = 'github-actions[bot]'): StoredComment => {
    const id = nextId++;
    return { id, body, html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: req.headers.authorization };
      requests.push(recorded);
      const failure = failures.find((f) => f.times > 0 && f.method === recorded.method && f.path.test(recorded.path));
      if (failure) {
        failure.times--;
        const message = failure.message ?? DEFAULT_MESSAGES[failure.status] ?? 'Server Error';
        return json(res, failure.status, { message, documentation_url: 'https://docs.github.com/rest' }, failure.headers);
      }
      route(req, res, url, recorded);
    });
  });

  function route(_req: IncomingMessage, res: ServerResponse, url: URL, r: RecordedRequest): void {
    let m: RegExpMatchArray | null;
    if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const [, owner, repo, n] = m;
      const list = commentsOf(Number(n));
      if (r.method === 'GET') return page(res, url, list);
      if (r.method === 'POST') {
        const comment = newComment(owner, repo, Number(n), (r.body as { body: string }).body, identity.login);
        list.push(comment);
        return json(res, 201, comment);
      }
    }
    if ((m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && r.method === 'PATCH') {
      const id = Number(m[1]);
      for (const list of comments.values()) {
        const found = list.find((c) => c.id === id);
        if (found) {
          found.body = (r.body as { body: string }).body;
          return json(res, 200, found);
        }
      }
      return json(res, 404, { message: 'Not Found' });
    }
    if ((m = r.path.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/)) && r.method === 'GET') {
      const list = (files.get(Number(m[1])) ?? []).map((filename) => ({ filename, status: 'modified' }));
      return page(res, url, list);
    }
    if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs$/)) && r.method === 'POST') {
      const id = nextId++;
      checkRuns.push({ id, body: r.body as Record<string, unknown>, updates: [] });
      return json(res, 201, { id, html_url: `https://github.com/${m[1]}/${m[2]}/runs/${id}` });
    }
    if ((m = r.path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/)) && r.method === 'PATCH') {
      const run = checkRuns.find((c) => c.id === Number(m![3]));
      if (!run) return json(res, 404, { message: 'Not Found' });
      run.updates.push(r.body as Record<string, unknown>);
      return json(res, 200, { id: run.id, html_url: `https://github.com/${m[1]}/${m[2]}/runs/${run.id}` });
    }
    if (r.path === '/graphql' && r.method === 'POST') {
      if (!identity.graphql) return json(res, 404, { message: 'Not Found' });
      const query = String((r.body as { query?: unknown } | null)?.query ?? '');
      if (/\bviewer\s*\{\s*login\s*\}/.test(query)) return json(res, 200, { data: { viewer: { login: identity.login } } });
      return json(res, 200, { errors: [{ message: 'unsupported query in the fake' }] });
    }
    if (r.path === '/user' && r.method === 'GET') {
      if (!identity.rest) return json(res, 403, { message: 'Resource not accessible by integration' });
      return json(res, 200, { login: identity.login, type: identity.login.endsWith('[bot]') ? 'Bot' : 'User' });
    }
    json(res, 404, { message: 'Not Found' });
  }

  /** GitHub's pagination: per_page (default 30, max 100), page (1-based), Link next/last. */
  function page(res: ServerResponse, url: URL, list: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const current = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(list.length / perPage), 1);
    const link = (n: number, rel: string) => {
      const u = new URL(url.pathname, base);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'));
    if (current > 1) links.push(link(1, 'first'), link(current - 1, 'prev'));
    json(res, 200, list.slice((current - 1) * perPage, current * perPage), links.length ? { link: links.join(', ') } : {});
  }

  function json(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    requests,
    comments,
    files,
    checkRuns,
    identity,
    fail: (failure) => failures.push({ ...failure }),
    seedComments(issue, count, body = (i) => `Looks good to me (${i})`) {
      for (let i = 0; i < count; i++) commentsOf(issue).push(newComment('acme', 'shop', issue, body(i), `reviewer${i % 3}`));
    },
    addComment(issue, body, login) {
      const comment = newComment('acme', 'shop', issue, body, login);
      commentsOf(issue).push(comment);
      return comment;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
