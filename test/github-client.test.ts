import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listChangedFiles } from '../src/github/changedFiles.js';
import { createClient, describeApiError } from '../src/github/client.js';
import { commentMarker, upsertComment } from '../src/github/comment.js';
import type { ActionContext } from '../src/github/context.js';
import type { FakeGithub } from './helpers/fakeGithub.js';
import { startFakeGithub } from './helpers/fakeGithub.js';

let fake: FakeGithub | null = null;
const temps: string[] = [];
afterEach(async () => {
  await fake?.close();
  fake = null;
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const env = { ORMLINT_TEST_RETRY_BASE_MS: '1' };
const target = { owner: 'acme', repo: 'shop', pullNumber: 7 };
const marker = commentMarker('.ormlint.yml');

function context(overrides: Partial<ActionContext>): ActionContext {
  return { event: 'pull_request', eventName: 'pull_request', owner: 'acme', repo: 'shop', pullNumber: 7, headSha: 'h', baseSha: null, serverUrl: 'https://github.com', apiUrl: '', workspace: '/nonexistent', runId: '1', ...overrides };
}

describe('upsertComment against the fake API', () => {
  it('auto posts nothing without findings and no earlier comment', async () => {
    fake = await startFakeGithub();
    const client = createClient('t', fake.url, env);
    expect(await upsertComment(client, target, `${marker}\nall clear`, marker, { hasFindings: false, mode: 'auto' })).toEqual({ action: 'skipped', url: null, ignored: [] });
    expect(fake.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('always posts even without findings, then edits that comment', async () => {
    fake = await startFakeGithub();
    const client = createClient('t', fake.url, env);
    const first = await upsertComment(client, target, `${marker}\nall clear`, marker, { hasFindings: false, mode: 'always' });
    expect(first.action).toBe('created');
    const second = await upsertComment(client, target, `${marker}\nstill clear`, marker, { hasFindings: false, mode: 'always' });
    expect(second).toEqual({ action: 'updated', url: first.url, ignored: [] });
    expect(fake.comments.get(7)!.map((c) => c.body)).toEqual([`${marker}\nstill clear`]);
  });

  it('keeps one comment per config in a monorepo', async () => {
    fake = await startFakeGithub();
    const client = createClient('t', fake.url, env);
    const api = commentMarker('services/api/.ormlint.yml');
    const web = commentMarker('services/web/.ormlint.yml');
    await upsertComment(client, target, `${api}\n1`, api, { hasFindings: true, mode: 'auto' });
    await upsertComment(client, target, `${web}\n1`, web, { hasFindings: true, mode: 'auto' });
    await upsertComment(client, target, `${api}\n2`, api, { hasFindings: true, mode: 'auto' });
    expect(fake.comments.get(7)!.map((c) => c.body)).toEqual([`${api}\n2`, `${web}\n1`]);
  });

  it('retries 5xx but not 403, and describes the error in one line', async () => {
    fake = await startFakeGithub();
    const client = createClient('t', fake.url, env);
    fake.fail({ method: 'GET', path: /comments$/, status: 502, times: 2 });
    await upsertComment(client, target, `${marker}\nx`, marker, { hasFindings: true, mode: 'auto' });
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
    fake.fail({ method: 'PATCH', path: /comments\/\d+$/, status: 403, times: Infinity });
    const error = await upsertComment(client, target, `${marker}\ny`, marker, { hasFindings: true, mode: 'auto' }).catch((e: unknown) => e);
    expect(describeApiError(error)).toMatch(/^HTTP 403: Resource not accessible by integration/);
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('waits out a primary rate limit (403 with x-ratelimit-remaining: 0) and a secondary one (429)', async () => {
    fake = await startFakeGithub();
    const client = createClient('t', fake.url, env);
    const reset = String(Math.floor(Date.now() / 1000));
    fake.fail({ method: 'GET', path: /comments$/, status: 403, times: 1, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    fake.fail({ method: 'POST', path: /comments$/, status: 429, times: 1, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } });
    const done = await upsertComment(client, target, `${marker}\nx`, marker, { hasFindings: true, mode: 'auto' });
    expect(done.action).toBe('created');
    expect(fake.requests.map((r) => `${r.method}`)).toEqual(['GET', 'GET', 'POST', 'POST']);
    expect(fake.comments.get(7)).toHaveLength(1);
  });
});

describe('listChangedFiles', () => {
  it('reads every page of the PR files from the API', async () => {
    fake = await startFakeGithub();
    fake.files.set(7, Array.from({ length: 230 }, (_, i) => `f${i}.py`));
    const changed = await listChangedFiles(createClient('t', fake.url, env), context({}), () => {});
    expect(changed?.source).toBe('api');
    expect(changed?.files.size).toBe(230);
    expect(fake.requests.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('falls back to git diff against the base when the API fails', async () => {
    fake = await startFakeGithub();
    fake.fail({ method: 'GET', path: /files$/, status: 404, times: Infinity });
    const repo = mkdtempSync(join(tmpdir(), 'ormlint-git-'));
    temps.push(repo);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    writeFileSync(join(repo, 'a.py'), 'a\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(repo, 'b c|d.py'), 'b\n');
    writeFileSync(join(repo, 'a.py'), 'a2\n');
    git('add', '.');
    git('commit', '-qm', 'head');
    const logs: string[] = [];
    const changed = await listChangedFiles(createClient('t', fake.url, env), context({ baseSha: base, workspace: repo }), (m) => logs.push(m));
    expect(changed).toEqual({ files: new Set(['a.py', 'b c|d.py']), source: 'git' });
    expect(logs).toEqual([expect.stringMatching(/^Could not list the PR's changed files through the API \(HTTP 404: Not Found/)]);
    expect(await listChangedFiles(null, context({ baseSha: 'f'.repeat(40), workspace: repo }), (m) => logs.push(m))).toBeNull();
    expect(logs[1]).toMatch(/^Could not list changed files with git diff against ffffffffffff .*fetch-depth: 0/);
  });
});
