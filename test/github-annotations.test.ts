import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/engine/diagnostic.js';
import { docsUrl } from '../src/engine/rule.js';
import { annotationNotes, planAnnotations, toAnnotation } from '../src/github/annotations.js';
import { readActionContext } from '../src/github/context.js';
import { InputError, readInputs } from '../src/github/inputs.js';
import { failingCount, formatConfigError } from '../src/github/main.js';
import { ConfigError } from '../src/config/load.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function diag(ruleId: string, severity: Diagnostic['severity'], file: string, line: number): Diagnostic {
  return { ruleId, severity, message: `${ruleId} at ${file}:${line}`, file, line, column: 5, endLine: line, endColumn: 9, subject: 's', related: [], fingerprint: 'f', docsUrl: docsUrl(ruleId) };
}

const base = { projectRoot: '/ws/svc', workspace: '/ws', onlyChanged: false, perSeverity: 10 };

describe('toAnnotation', () => {
  it('maps to repository paths, keeps columns on one-line spans, adds help', () => {
    expect(toAnnotation({ ...diag('missing-migration', 'error', 'app/models/user.py', 3), help: 'Run alembic revision --autogenerate' }, '/ws/svc', '/ws')).toEqual({
      severity: 'error',
      title: 'missing-migration',
      message: 'missing-migration at app/models/user.py:3\nRun alembic revision --autogenerate',
      file: 'svc/app/models/user.py',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 9,
    });
    const multi = toAnnotation({ ...diag('schema-drift', 'error', 'a.py', 3), endLine: 6 }, '/ws', '/ws');
    expect(multi.startColumn).toBeUndefined();
    expect(multi.endLine).toBe(6);
  });
});

describe('planAnnotations', () => {
  const diagnostics = [
    ...Array.from({ length: 12 }, (_, i) => diag('orphan-table', 'warning', 'm.py', i + 1)),
    ...Array.from({ length: 14 }, (_, i) => diag('missing-migration', 'error', i < 7 ? 'a.py' : 'z.py', i + 1)),
    diag('unresolved', 'notice', 'n.py', 1),
  ];

  it('ranks errors first and changed files first, and keeps 10 per severity', () => {
    const plan = planAnnotations(diagnostics, { ...base, changedFiles: new Set(['svc/z.py']) });
    expect(plan.shown.map((a) => `${a.severity}:${a.file}:${a.startLine}`).slice(0, 11)).toEqual([
      'error:svc/z.py:8', 'error:svc/z.py:9', 'error:svc/z.py:10', 'error:svc/z.py:11', 'error:svc/z.py:12', 'error:svc/z.py:13', 'error:svc/z.py:14',
      'error:svc/a.py:1', 'error:svc/a.py:2', 'error:svc/a.py:3',
      'warning:svc/m.py:1',
    ]);
    expect(plan.shown).toHaveLength(21);
    expect(plan.overLimit).toEqual({ error: 4, warning: 2, notice: 0 });
    expect(plan.outsideChanges).toBe(0);
    expect(annotationNotes(plan)).toEqual([
      '6 annotations were not shown on the diff (4 errors, 2 warnings): GitHub shows 10 per severity per step. Every finding is listed below; `annotations: check-run` sends them all.',
    ]);
  });

  it('only-changed drops files outside the PR and says so', () => {
    const plan = planAnnotations(diagnostics, { ...base, onlyChanged: true, changedFiles: new Set(['svc/z.py', 'svc/n.py']) });
    expect(plan.shown.map((a) => a.file)).toEqual([...Array(7).fill('svc/z.py'), 'svc/n.py']);
    expect(plan.outsideChanges).toBe(19);
    expect(annotationNotes(plan)).toEqual(['19 findings are in files this PR did not change (`only-changed: true`): listed below, not annotated.']);
  });

  it('check-run mode takes every annotation', () => {
    const plan = planAnnotations(diagnostics, { ...base, changedFiles: null, perSeverity: Infinity });
    expect(plan.shown).toHaveLength(27);
    expect(annotationNotes(plan)).toEqual([]);
  });
});

describe('inputs', () => {
  const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');
  it('applies defaults', () => {
    expect(read({})).toEqual({ config: '.ormlint.yml', workingDirectory: '.', githubToken: '', comment: 'auto', annotations: 'true', failOn: 'error', onlyChanged: false, sarif: null, baseline: null, allowPlugins: false, cache: null });
  });
  it('rejects unknown values with the allowed ones', () => {
    expect(() => read({ comment: 'sometimes' })).toThrow(new InputError('Input "comment" is "sometimes"; must be one of: auto, always, never'));
    expect(read({ annotations: 'check-run', 'only-changed': 'TRUE', 'fail-on': 'warning' })).toMatchObject({ annotations: 'check-run', onlyChanged: true, failOn: 'warning' });
  });
});

describe('failingCount and config errors', () => {
  it('counts findings at or above fail-on', () => {
    const counts = { error: 1, warning: 2, notice: 3 };
    expect([failingCount(counts, 'error'), failingCount(counts, 'warning'), failingCount(counts, 'notice'), failingCount(counts, 'never')]).toEqual([1, 3, 6, 0]);
  });
  it('formats a ConfigError as one line with the repository path', () => {
    expect(formatConfigError(new ConfigError('.ormlint.yml:2:1: unknown key "modles" (did you mean "models"?)', '.ormlint.yml', 2, 1), '/ws/svc', '/ws')).toBe(
      'svc/.ormlint.yml:2:1: unknown key "modles" (did you mean "models"?)',
    );
    expect(formatConfigError(new ConfigError('unknown key', '/ws/svc/.ormlint.yml', 2, 1), '/ws/svc', '/ws')).toBe('svc/.ormlint.yml:2:1: unknown key');
    expect(formatConfigError(new ConfigError('no config'), '/ws', '/ws')).toBe('no config');
  });
});

describe('readActionContext', () => {
  it('takes the PR head commit, not the merge commit, and the base for git diff', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ormlint-ctx-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'head1' }, base: { sha: 'base1' } } }));
    const ctx = readActionContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'merge1', GITHUB_WORKSPACE: '/ws', GITHUB_API_URL: 'http://127.0.0.1:9/' });
    expect(ctx).toMatchObject({ event: 'pull_request', owner: 'acme', repo: 'shop', pullNumber: 7, headSha: 'head1', baseSha: 'base1', apiUrl: 'http://127.0.0.1:9', workspace: '/ws' });
    expect(readActionContext({ GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'basehead' })).toMatchObject({ event: 'pull_request_target', pullNumber: 7, headSha: 'head1' });
    writeFileSync(event, JSON.stringify({ merge_group: { head_sha: 'mg1', base_sha: 'mb1' } }));
    expect(readActionContext({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'mg1' })).toMatchObject({ event: 'merge_group', pullNumber: null, headSha: 'mg1', baseSha: 'mb1' });
    writeFileSync(event, JSON.stringify({ before: '0000000000000000000000000000000000000000', after: 'p2' }));
    expect(readActionContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'p2' })).toMatchObject({ event: 'push', pullNumber: null, headSha: 'p2', baseSha: null });
  });
});
