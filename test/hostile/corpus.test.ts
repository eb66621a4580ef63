import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGithub } from '../helpers/fakeGithub.js';
import { HOSTILE_CASES, type ExpectedFinding } from './cases.js';
import { HEALTHY_FINDING } from './projects.js';
import { ACTION, type ChildRun, inPool, newParent, prepareCase, type PreparedCase, runCliBatch, runNode, snapshot } from './runBundle.js';

/**
 * One runner for the whole hostile corpus (cases.ts): every case through the bundled CLI (in
 * batches, see runCliOnAll), the ones marked `action` also through the bundled Action against a
 * fake GitHub API, a process each. The runs happen up front, two at a time (two cores), and each
 * case's test then checks its own run.
 */

interface Diagnostic {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  subject: string;
  message: string;
}

interface CaseRun {
  prepared: PreparedCase;
  cli: ChildRun;
  after: Map<string, string>;
  action?: { run: ChildRun; summary: string; comments: string[]; after: Map<string, string> };
}

const DEFAULT_HEAP_MB = 256;
const DEFAULT_MAX_MS = 8000;
const runs = new Map<string, CaseRun>();
let parent: string;
let corpusMs = 0;

/**
 * Every case through the bundled CLI: the cases that share a heap cap in batches, one Node process
 * per batch and two batches at a time (two cores), see runCliBatch. A case's time is its own run's.
 */
async function runCliOnAll(prepared: PreparedCase[]): Promise<ChildRun[]> {
  const groups = new Map<number, number[]>();
  HOSTILE_CASES.forEach((testCase, i) => {
    const heapMb = testCase.heapMb ?? DEFAULT_HEAP_MB;
    groups.set(heapMb, [...(groups.get(heapMb) ?? []), i]);
  });
  const batches: { heapMb: number; cases: number[] }[] = [];
  for (const [heapMb, cases] of groups) for (const half of [0, 1]) batches.push({ heapMb, cases: cases.filter((_, k) => k % 2 === half) });
  const runs: ChildRun[] = new Array(HOSTILE_CASES.length);
  await inPool(batches.filter((b) => b.cases.length > 0), 2, async ({ heapMb, cases }) => {
    const jobs = cases.map((i) => ({ cwd: prepared[i]!.root, args: ['check', '--format', 'json'] }));
    const timeoutMs = cases.reduce((sum, i) => sum + (HOSTILE_CASES[i]!.expect?.maxMs ?? DEFAULT_MAX_MS), 30_000);
    const results = await runCliBatch(jobs, { heapMb, timeoutMs, perJobTimeoutMs: 60_000 });
    cases.forEach((i, k) => (runs[i] = results[k]!));
  });
  return runs;
}

/** The bundled Action on a pull_request event, its API calls answered by a fake GitHub. */
async function runAction(prepared: PreparedCase, heapMb: number): Promise<CaseRun['action']> {
  const fake = await startFakeGithub();
  const runner = path.join(prepared.caseDir, 'runner');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(runner);
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7, state: 'open', title: 't', html_url: 'https://github.com/acme/shop/pull/7', user: { login: 'c', type: 'User' },
      head: { ref: 'f', sha: '9f1c2d3e4b5a69788796a5b4c3d2e1f001122334', repo: { full_name: 'acme/shop', fork: false } },
      base: { ref: 'main', sha: '1a2b3c4d5e6f708192a3b4c5d6e7f80910111213', repo: { full_name: 'acme/shop' } },
    },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme', type: 'Organization' } },
  };
  for (const [name, text] of [['event.json', JSON.stringify(event)], ['summary.md', ''], ['output.txt', '']] as const) writeFileSync(path.join(runner, name), text);
  const before = snapshot(prepared.root);
  try {
    const run = await runNode(ACTION, [], {
      cwd: prepared.root,
      heapMb,
      timeoutMs: 60_000,
      env: {
        PATH: process.env.PATH, HOME: runner, GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(runner, 'event.json'), GITHUB_REPOSITORY: 'acme/shop', GITHUB_SHA: 'aaaabbbbccccddddeeeeffff0000111122223333',
        GITHUB_REF: 'refs/pull/7/merge', GITHUB_WORKSPACE: prepared.root, GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: fake.url,
        GITHUB_RUN_ID: '4242', GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'), GITHUB_OUTPUT: path.join(runner, 'output.txt'),
        RUNNER_TEMP: runner, ORMLINT_TEST_RETRY_BASE_MS: '1', NO_PROXY: '127.0.0.1', 'INPUT_GITHUB-TOKEN': 'ghs_fake',
      },
    });
    return { run, summary: readFileSync(path.join(runner, 'summary.md'), 'utf8'), comments: (fake.comments.get(7) ?? []).map((c) => c.body), after: snapshotChanged(before, snapshot(prepared.root)) };
  } finally {
    await fake.close();
  }
}

/** The entries of `after` that differ from `before` (new or changed). */
function snapshotChanged(before: Map<string, string>, after: Map<string, string>): Map<string, string> {
  return new Map([...after].filter(([file, stamp]) => before.get(file) !== stamp));
}

function matches(d: Diagnostic, e: ExpectedFinding): boolean {
  return d.ruleId === e.ruleId && d.file === e.file && (e.line === undefined || d.line === e.line) && (e.column === undefined || d.column === e.column) && (e.message === undefined || e.message.test(d.message));
}

const show = (list: Diagnostic[]) => list.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message.slice(0, 160)}`).join('\n');

beforeAll(async () => {
  parent = newParent();
  const started = performance.now();
  const prepared = HOSTILE_CASES.map((testCase) => prepareCase(testCase, parent));
  const cliRuns = await runCliOnAll(prepared);
  // What is in each case's folder once its CLI run is over, before the Action adds its runner files.
  const afters = prepared.map((p) => snapshot(p.caseDir));
  const actions = await inPool(HOSTILE_CASES.map((c, i) => [c, i] as const).filter(([c]) => c.action), 2, async ([testCase, i]) =>
    [i, await runAction(prepared[i]!, testCase.heapMb ?? DEFAULT_HEAP_MB)] as const);
  corpusMs = performance.now() - started;
  HOSTILE_CASES.forEach((c, i) => runs.set(c.name, { prepared: prepared[i]!, cli: cliRuns[i]!, after: afters[i]! }));
  for (const [i, action] of actions) runs.get(HOSTILE_CASES[i]!.name)!.action = action;
}, 600_000);

afterAll(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe('hostile corpus through the bundled CLI', () => {
  it('has at least 60 cases, each named once, and runs in bounded time', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
    const slowest = [...runs].sort(([, a], [, b]) => b.cli.ms - a.cli.ms).slice(0, 5).map(([name, run]) => `${name} ${Math.round(run.cli.ms)} ms`);
    console.info(`[hostile corpus] ${HOSTILE_CASES.length} cases in ${(corpusMs / 1000).toFixed(1)} s; slowest: ${slowest.join('; ')}`);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const { cli, prepared, after } = runs.get(testCase.name)!;
    const expected = testCase.expect ?? {};
    const exit = expected.exit ?? 1;
    const context = `${testCase.name}\nexit ${cli.code} signal ${cli.signal}\nstderr: ${cli.stderr.slice(0, 2000)}`;

    // No crash: an internal error, a killed or out-of-memory process all fail here.
    expect(cli.signal, context).toBeNull();
    expect(cli.stderr, context).not.toMatch(/internal error|heap out of memory|Maximum call stack/u);
    expect(cli.code, context).toBe(exit);
    expect(cli.ms, `${context}\ntook ${Math.round(cli.ms)} ms`).toBeLessThan(expected.maxMs ?? DEFAULT_MAX_MS);

    // Nothing written anywhere in the case's folder: not in the project, not beside it.
    expect([...after].filter(([file, stamp]) => prepared.before.get(file) !== stamp), context).toEqual([]);
    expect([...prepared.before.keys()].filter((file) => !after.has(file)), context).toEqual([]);

    if (exit === 2) {
      // Only a broken config may end the run, and it says where.
      expect(cli.stderr, context).toMatch(expected.stderr ?? /./u);
      expect(cli.stdout).toBe('');
      return;
    }
    expect(Buffer.byteLength(cli.stdout), context).toBeLessThan(expected.maxOutputBytes ?? 1_000_000);
    const diagnostics = (JSON.parse(cli.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    const listing = `${context}\nfindings:\n${show(diagnostics)}`;

    if (expected.healthy !== false) expect(diagnostics.some((d) => matches(d, HEALTHY_FINDING)), `the planted finding is lost\n${listing}`).toBe(true);
    for (const finding of expected.findings ?? []) expect(diagnostics.some((d) => matches(d, finding)), `missing ${JSON.stringify({ ...finding, message: String(finding.message) })}\n${listing}`).toBe(true);
    for (const finding of expected.absent ?? []) expect(diagnostics.filter((d) => matches(d, finding)), `unexpected ${JSON.stringify(finding)}\n${listing}`).toEqual([]);

    // Problems quote code, but a 20 KB expression does not make a 20 KB message.
    for (const d of diagnostics.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'unresolved')) expect(d.message.length, listing).toBeLessThan(1500);

    // Nothing read outside the root: no finding about the files beside it, no path leaving it.
    for (const d of diagnostics) {
      expect(d.file, listing).not.toMatch(/^(\.\.|\/)|outside/u);
      expect(d.message, listing).not.toMatch(/outside_(table|migrated)|Outside\b/u);
    }
  });
});

describe('hostile corpus through the bundled Action', () => {
  const actionCases = HOSTILE_CASES.filter((c) => c.action);

  it.each(actionCases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const { action, cli } = runs.get(testCase.name)!;
    const { run, summary, comments, after } = action!;
    const context = `${testCase.name}\nexit ${run.code}\nstderr: ${run.stderr.slice(0, 2000)}\nstdout: ${run.stdout.slice(0, 2000)}`;
    expect(run.signal, context).toBeNull();
    expect(run.code, context).toBe(cli.code);
    expect(run.stdout, context).not.toMatch(/internal error/u);
    // The summary is written, fits GitHub's 1 MiB, and carries the planted finding.
    expect(summary.length, context).toBeGreaterThan(0);
    expect(Buffer.byteLength(summary), context).toBeLessThanOrEqual(1024 * 1024);
    if (testCase.expect?.healthy !== false) expect(summary, context).toContain(HEALTHY_FINDING.subject);
    // One sticky comment, under GitHub's 65,536-character limit.
    expect(comments, context).toHaveLength(1);
    expect(comments[0]!.length, context).toBeLessThanOrEqual(65_536);
    // The Action writes nothing into the checkout.
    expect([...after.keys()], context).toEqual([]);
  });
});
