import { inject } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FakeGithub } from '../../helpers/fakeGithub.js';

/**
 * The attacker's playground for the security tests: a project root (a copy of the Action's
 * `findings` fixture, whose two healthy findings every run must keep) next to an `outside` folder
 * the project must never read or write. Both bundles run as child processes, the way users and
 * GitHub run them.
 */

const REPO = resolve(import.meta.dirname, '..', '..', '..');
/**
 * The bundle under test: the one built from this source for the test run (test/setup/build.ts);
 * ORMLINT_DIST points elsewhere to run these cases against another build (the committed dist/).
 */
export const DIST = process.env.ORMLINT_DIST ?? inject('bundleDir');
const FIXTURE = join(REPO, 'fixtures', 'action', 'findings');

export const HEAD_SHA = '9f1c2d3e4b5a69788796a5b4c3d2e1f001122334';
export const MARKER = '<!-- ormlint:comment config=.ormlint.yml -->';

export interface Sandbox {
  base: string;
  /** The project (and, for the Action, the repository checkout). */
  root: string;
  /** Files the project must never read or write. */
  outside: string;
  /** A unique string in outside/secret.txt: it must never appear in any output. */
  secret: string;
  /** The runner's temp folder (RUNNER_TEMP) for Action runs. */
  runnerTemp: string;
}

const sandboxes: string[] = [];

export function sandbox(): Sandbox {
  const base = mkdtempSync(join(tmpdir(), 'ormlint-hostile-'));
  sandboxes.push(base);
  const root = join(base, 'repo');
  cpSync(FIXTURE, root, { recursive: true });
  const outside = join(base, 'outside');
  mkdirSync(outside);
  const secret = `OUTSIDE-SECRET-${randomBytes(8).toString('hex')}`;
  writeFileSync(join(outside, 'secret.txt'), `root:x:0:0:${secret}:/root:/bin/bash\n`);
  writeFileSync(join(outside, 'victim.json'), `{"keep": "${secret}"}\n`);
  // Something that would parse, so a read through a link would show up as findings too.
  writeFileSync(join(outside, 'models.py'), `from app.models.base import Base\n\nclass Leak(Base):\n    __tablename__ = "${secret}"\n`);
  writeFileSync(join(outside, '.ormlint.yml'), `models:\n  include: ["**/*.py"]\n  registry: ["models.py"]\n# ${secret}\n`);
  const runnerTemp = join(base, 'runner-temp');
  mkdirSync(runnerTemp);
  return { base, root, outside, secret, runnerTemp };
}

export function removeSandboxes(): void {
  for (const dir of sandboxes.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` with its content (links as `-> target`), to prove nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const key = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(path, `${key}/`);
      else if (entry.isSymbolicLink()) out[key] = '-> link';
      else out[key] = `${readFileSync(path, 'utf8')} @${lstatSync(path).mtimeMs}`;
    }
  };
  walk(dir, '');
  return out;
}

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function runProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ProcessRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // A bounded capture: a run that reads /dev/zero must fail the test, not fill the memory.
    const cap = 4 * 1024 * 1024;
    child.stdout.on('data', (c: Buffer) => (stdout = (stdout + c.toString()).slice(0, cap)));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(0, cap)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

/** `node dist/cli.mjs ...args` in `cwd` (the project root unless told). */
export function runCli(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ProcessRun> {
  const env = { PATH: process.env.PATH, HOME: cwd, NO_COLOR: '1', ...options.env };
  return runProcess([join(DIST, 'cli.mjs'), ...args], cwd, env, options.timeoutMs ?? 60_000);
}

export interface ActionRun extends ProcessRun {
  summary: string;
  outputs: Record<string, string>;
}

export function pullRequestEvent(number = 7) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { ref: 'feature', sha: HEAD_SHA, repo: { full_name: 'mallory/shop', fork: true } },
      base: { ref: 'main', sha: '1a2b3c4d5e6f708192a3b4c5d6e7f80910111213', repo: { full_name: 'acme/shop' } },
    },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' } },
  };
}

/** dist/action.mjs on a pull_request_target event, the workspace being the sandbox's root. */
export async function runAction(sb: Sandbox, fake: FakeGithub | null, options: { inputs?: Record<string, string>; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ActionRun> {
  const runner = mkdtempSync(join(sb.base, 'runner-'));
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent()));
  const summaryPath = join(runner, 'step_summary.md');
  const outputPath = join(runner, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: HEAD_SHA,
    GITHUB_WORKSPACE: sb.root,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake?.url ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: sb.runnerTemp,
    ORMLINT_TEST_RETRY_BASE_MS: '1',
    NO_PROXY: '127.0.0.1',
    ...options.env,
  };
  for (const [name, value] of Object.entries({ 'github-token': 'ghs_faketoken', ...options.inputs })) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await runProcess([join(DIST, 'action.mjs')], sb.root, env, options.timeoutMs ?? 60_000);
  return { ...run, summary: readFileSync(summaryPath, 'utf8'), outputs: parseOutputs(readFileSync(outputPath, 'utf8')) };
}

/** GITHUB_OUTPUT is `name<<ghadelimiter_<uuid>\nvalue\nghadelimiter_<uuid>\n` per output. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

/** The workflow commands the runner would obey in this output: `::` lines (after white space, split at CR and LF) and `##[` anywhere. */
export function workflowCommandsIn(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  return [...lines.filter((l) => /^[\s\u0085]*::/.test(l)), ...lines.filter((l) => l.includes('##['))];
}

/** Raw control and bidirectional characters (tab, LF, CR aside). */
export const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The two findings of the fixture, as the bundled Action annotates them. */
export const HEALTHY_ANNOTATIONS = [
  '::error title=missing-migration,file=app/models/user.py,line=6,',
  '::warning title=orphan-table,file=migrations/versions/001_init.py,line=16,',
];

/** The two findings of the fixture in JSON output (`ormlint check -f json`). */
export function healthyFindings(json: string): string[] {
  const report = JSON.parse(json) as { diagnostics: { ruleId: string; file: string; line: number }[] };
  return report.diagnostics.filter((d) => (d.ruleId === 'missing-migration' && d.file === 'app/models/user.py' && d.line === 6) || (d.ruleId === 'orphan-table' && d.file === 'migrations/versions/001_init.py' && d.line === 16)).map((d) => d.ruleId);
}
