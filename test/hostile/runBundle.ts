import { inject } from 'vitest';
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HostileCase } from './cases.js';
import { ALEMBIC_PROJECT, OUTSIDE_FILES, SQL_PROJECT, type ProjectFiles } from './projects.js';

/**
 * Runs hostile cases through the bundles as users and GitHub run them: `dist/cli.mjs` and
 * `dist/action.mjs` as child processes with a capped heap, in a project folder that has a
 * sibling folder of files ormlint must never read, and a record of every file around it so that
 * anything written outside the project shows.
 */

// The bundles built for this run (test/setup/build.ts), not the committed dist/; ORMLINT_DIST
// points elsewhere (another build), as in test/hostile/security/harness.ts.
const BUNDLE = process.env.ORMLINT_DIST ?? inject('bundleDir');
export const CLI = path.join(BUNDLE, 'cli.mjs');
export const ACTION = path.join(BUNDLE, 'action.mjs');

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface PreparedCase {
  /** The case's own folder: project/ and outside/ live in it. */
  caseDir: string;
  root: string;
  /** path → size:mtime of every file under caseDir (the project included), before the run. */
  before: Map<string, string>;
}

export function prepareCase(testCase: HostileCase, parent: string): PreparedCase {
  const caseDir = mkdtempSync(path.join(parent, 'case-'));
  const root = path.join(caseDir, 'project');
  const extra = typeof testCase.files === 'function' ? testCase.files() : (testCase.files ?? {});
  writeTree(root, { ...(testCase.base === 'sql' ? SQL_PROJECT : ALEMBIC_PROJECT), ...extra });
  writeTree(path.join(caseDir, 'outside'), OUTSIDE_FILES);
  for (const [link, target] of Object.entries(testCase.links ?? {})) {
    // A link replaces the file of that name the base project has.
    const at = path.join(root, link);
    rmSync(at, { force: true });
    symlinkSync(target, at);
  }
  return { caseDir, root, before: snapshot(caseDir) };
}

function writeTree(root: string, files: ProjectFiles): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Every file and folder under `dir` (links not followed) with its size and modification time. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack = [''];
  while (stack.length > 0) {
    const relative = stack.pop()!;
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      const stat = lstatSync(path.join(dir, child));
      out.set(child, `${stat.size}:${stat.mtimeMs}`);
      if (entry.isDirectory()) stack.push(child);
    }
  }
  return out;
}

/** A Node child process with a heap cap, its output and how long it took. */
export function runNode(script: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; heapMb: number; timeoutMs: number }): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${options.heapMb}`, script, ...args], {
    cwd: options.cwd,
    env: options.env ?? { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => stdout.push(c));
  child.stderr.on('data', (c: Buffer) => stderr.push(c));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8'), ms: performance.now() - started });
    });
  });
}

export interface CliJob {
  cwd: string;
  args: string[];
}

const BATCH = path.join(import.meta.dirname, 'batchCli.mjs');

/**
 * The bundled CLI on many projects, one Node process (heap capped) for all of them instead of one
 * each (test/hostile/batchCli.mjs): the same bundle, loaded and its wasm compiled once. A job the
 * batch does not finish (the process crashed, ran out of heap or time) runs again in a process of
 * its own, as the case would run alone, and the batch goes on with the jobs after it.
 */
export async function runCliBatch(jobs: CliJob[], options: { heapMb: number; timeoutMs: number; perJobTimeoutMs: number }): Promise<ChildRun[]> {
  const results: ChildRun[] = new Array(jobs.length);
  const dir = mkdtempSync(path.join(tmpdir(), 'ormlint-batch-'));
  try {
    let first = 0;
    while (first < jobs.length) {
      const pending = jobs.slice(first);
      const jobsFile = path.join(dir, `jobs-${first}.json`);
      writeFileSync(jobsFile, JSON.stringify(pending));
      const batch = await runNode(BATCH, [CLI, jobsFile], { cwd: dir, heapMb: options.heapMb, timeoutMs: options.timeoutMs });
      let done = 0;
      // One line per finished job; a batch killed while writing leaves a last line cut short, and
      // anything else the bundle itself wrote to stdout is not a job's line.
      for (const line of batch.stdout.split('\n')) {
        let job: { index: number; code: number; stdout: string; stderr: string; ms: number };
        try {
          job = JSON.parse(line) as typeof job;
        } catch {
          continue;
        }
        if (typeof job?.index !== 'number') continue;
        results[first + job.index] = { code: job.code, signal: null, stdout: job.stdout, stderr: job.stderr, ms: job.ms };
        done = Math.max(done, job.index + 1);
      }
      first += done;
      if (first >= jobs.length) break;
      // The job the batch died on, alone, the way a user would run it.
      const job = jobs[first]!;
      console.warn(`[hostile] a CLI batch stopped (exit ${batch.code}, signal ${batch.signal}) at ${job.cwd}; running it alone: ${batch.stderr.slice(0, 300)}`);
      results[first] = await runNode(CLI, job.args, { cwd: job.cwd, heapMb: options.heapMb, timeoutMs: options.perJobTimeoutMs });
      first += 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** Runs `work` over `items` with at most `limit` at once (two cores: two child processes). */
export async function inPool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function newParent(): string {
  return mkdtempSync(path.join(tmpdir(), 'ormlint-hostile-'));
}
