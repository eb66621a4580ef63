import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { FakeGithub } from './helpers/fakeGithub.js';
import { startFakeGithub } from './helpers/fakeGithub.js';

/**
 * The bundled Action (dist/action.mjs) as GitHub runs it: a child process with INPUT_* variables,
 * a real pull_request event payload, the step summary and output files, and GITHUB_API_URL
 * pointing at a fake GitHub API on 127.0.0.1 that records every request.
 */

const REPO = resolve(import.meta.dirname, '..');
const FIXTURES = join(REPO, 'fixtures', 'action');
const HEAD_SHA = '9f1c2d3e4b5a69788796a5b4c3d2e1f001122334';
const BASE_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f80910111213';
const MERGE_SHA = 'aaaabbbbccccddddeeeeffff0000111122223333';
const MARKER = '<!-- ormlint:comment config=.ormlint.yml -->';

/**
 * The bundle under test is the real action.mjs, built from this source once before the suite by
 * test/setup/build.ts into a temporary folder (CI checks that the committed dist/ equals it).
 */
const ACTION = join(inject('bundleDir'), 'action.mjs');

let fake: FakeGithub | null = null;
const temps: string[] = [];
afterEach(async () => {
  await fake?.close();
  fake = null;
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function pullRequestEvent(number = 7) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add users',
      html_url: `https://github.com/acme/shop/pull/${number}`,
      user: { login: 'contributor', type: 'User' },
      head: { ref: 'feature/users', sha: HEAD_SHA, repo: { full_name: 'acme/shop', fork: false } },
      base: { ref: 'main', sha: BASE_SHA, repo: { full_name: 'acme/shop' } },
    },
    repository: { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme', type: 'Organization' } },
    sender: { login: 'contributor', type: 'User' },
  };
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputsFile: string;
  outputs: Record<string, string>;
  workspace: string;
}

interface RunOptions {
  fixture?: string;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  /** Edits the copied workspace before the run. */
  prepare?: (workspace: string) => void;
  /** Reuse a workspace (a later run on the same checkout). */
  workspace?: string;
}

async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'ormlint-action-ws-'));
  if (!options.workspace) {
    temps.push(workspace);
    cpSync(join(FIXTURES, options.fixture ?? 'findings'), workspace, { recursive: true });
  }
  options.prepare?.(workspace);
  const runner = mkdtempSync(join(tmpdir(), 'ormlint-action-runner-'));
  temps.push(runner);
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? pullRequestEvent()));
  const summaryPath = join(runner, 'step_summary.md');
  const outputPath = join(runner, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs = { 'github-token': 'ghs_faketoken', ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake?.url ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    ORMLINT_TEST_RETRY_BASE_MS: '1',
    NO_PROXY: '127.0.0.1',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const outputsFile = readFileSync(outputPath, 'utf8');
  return { code, stdout, stderr, summary: readFileSync(summaryPath, 'utf8'), outputsFile, outputs: parseOutputs(outputsFile), workspace };
}

/** GITHUB_OUTPUT is `name<<ghadelimiter_<uuid>\nvalue\nghadelimiter_<uuid>\n` per output. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^([^<]+)<<(ghadelimiter_[0-9a-f-]+)$/);
    if (!m) continue;
    const value: string[] = [];
    for (i++; lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

const commentRequests = (f: FakeGithub) => f.requests.filter((r) => r.path.includes('/comments'));
const workflowCommands = (stdout: string, kind: string) => stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`));

// Each case starts one to three Node processes; on a loaded two-core machine that can take a while.
describe('the bundled Action against a fake GitHub API', { timeout: 120_000 }, () => {
  it('creates one comment, edits it on the next run, and turns it into all clear after the fix', async () => {
    fake = await startFakeGithub();

    const first = await runAction();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(commentRequests(fake).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/shop/issues/7/comments', 'POST /repos/acme/shop/issues/7/comments']);
    expect(fake.requests.every((r) => r.authorization === 'token ghs_faketoken')).toBe(true);
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(body).toContain('**1** error · **1** warning · **0** notices');
    expect(body).toContain('`missing-migration`');
    expect(body).toContain(`](https://github.com/acme/shop/blob/${HEAD_SHA}/app/models/user.py#L`);
    expect(body).toContain('`orphan-table`');
    expect(first.outputs['comment-url']).toBe(`https://github.com/acme/shop/pull/7#issuecomment-${comments[0].id}`);
    expect(first.stdout).toContain('::error::ormlint: 1 error, 1 warning, 0 notices (fail-on: error)');

    fake.requests.length = 0;
    const second = await runAction();
    expect(second.code).toBe(1);
    expect(commentRequests(fake).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/shop/issues/7/comments', `PATCH /repos/acme/shop/issues/comments/${comments[0].id}`]);
    expect(fake.comments.get(7)).toHaveLength(1);

    fake.requests.length = 0;
    const third = await runAction({ fixture: 'fixed' });
    expect(third.code).toBe(0);
    expect(commentRequests(fake).map((r) => r.method)).toEqual(['GET', 'PATCH']);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(fake.comments.get(7)![0].body).toBe(
      [MARKER, '## ormlint: .ormlint.yml', '', '✅ All clear: no findings.', '', '<sub>Checked commit 9f1c2d3 · full report in the [job summary](https://github.com/acme/shop/actions/runs/4242)</sub>', ''].join('\n'),
    );
    expect(third.outputsFile.replace(/ghadelimiter_[0-9a-f-]+/g, 'EOF')).toBe(
      ['errors<<EOF', '0', 'EOF', 'warnings<<EOF', '0', 'EOF', 'notices<<EOF', '0', 'EOF', 'sarif-file<<EOF', '', 'EOF', 'comment-url<<EOF', `https://github.com/acme/shop/pull/7#issuecomment-${comments[0].id}`, 'EOF', ''].join('\n'),
    );
  });

  it('writes the outputs file exactly, annotations with file and line, and the job summary', async () => {
    fake = await startFakeGithub();
    const run = await runAction({ inputs: { sarif: 'reports/ormlint.sarif' } });
    const sarifPath = join(run.workspace, 'reports', 'ormlint.sarif');
    const id = fake.comments.get(7)![0].id;
    expect(run.outputsFile.replace(/ghadelimiter_[0-9a-f-]+/g, 'EOF')).toBe(
      ['errors<<EOF', '1', 'EOF', 'warnings<<EOF', '1', 'EOF', 'notices<<EOF', '0', 'EOF', 'sarif-file<<EOF', sarifPath, 'EOF', 'comment-url<<EOF', `https://github.com/acme/shop/pull/7#issuecomment-${id}`, 'EOF', ''].join('\n'),
    );
    expect(existsSync(sarifPath)).toBe(true);
    JSON.parse(readFileSync(sarifPath, 'utf8'));

    expect(workflowCommands(run.stdout, 'error')).toEqual([
      '::error title=missing-migration,file=app/models/user.py,line=6,endLine=6,col=7,endColumn=11::Table "users" (model User) is not created by any migration%0AAdd a migration that creates it (alembic revision --autogenerate, then review the result).',
      '::error::ormlint: 1 error, 1 warning, 0 notices (fail-on: error)',
    ]);
    expect(workflowCommands(run.stdout, 'warning')).toEqual([
      '::warning title=orphan-table,file=migrations/versions/001_init.py,line=16,endLine=21::Table "accounts" is created by the migrations (migrations/versions/001_init.py) but no model maps it',
    ]);

    const blob = `https://github.com/acme/shop/blob/${HEAD_SHA}`;
    expect(run.summary.replace(/ · \d+ ms</, ' · N ms<')).toBe(
      [
        '## ormlint: .ormlint.yml',
        '',
        '**1** error · **1** warning · **0** notices',
        '',
        '### 🛑 `missing-migration`: 1 error · [docs](https://github.com/ormlint/ormlint/blob/main/docs/rules/missing-migration.md)',
        '',
        '| Location | Message |',
        '| --- | --- |',
        `| [app/models/user.py:6](${blob}/app/models/user.py#L6) | Table "users" (model User) is not created by any migration<br><sub>Add a migration that creates it (alembic revision --autogenerate, then review the result).</sub> |`,
        '',
        '### ⚠️ `orphan-table`: 1 warning · [docs](https://github.com/ormlint/ormlint/blob/main/docs/rules/orphan-table.md)',
        '',
        '| Location | Message |',
        '| --- | --- |',
        `| [migrations/versions/001\\_init.py:16](${blob}/migrations/versions/001_init.py#L16) | Table "accounts" is created by the migrations (migrations/versions/001\\_init.py) but no model maps it |`,
        '',
        '### Registry',
        '',
        '| Models | Reachable from the registry | Tables (models) | Tables (migrations) | Migrations | Heads |',
        '| ---: | ---: | ---: | ---: | ---: | --- |',
        '| 1 | 1 | 1 | 1 | 1 | 001 |',
        '',
        '<sub>4 files read · 1 model · 1 table · 1 migration · N ms</sub>',
        '',
      ].join('\n'),
    );
  });

  it('with the cache input, a second run on the same files reports the same from the cached findings', async () => {
    fake = await startFakeGithub();
    const first = await runAction({ inputs: { cache: '.ormlint-cache' } });
    const cacheDir = join(first.workspace, '.ormlint-cache');
    const reportFile = join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('report-'))!);
    const written = statSync(reportFile).ino;
    const second = await runAction({ inputs: { cache: '.ormlint-cache' }, workspace: first.workspace });
    // Taken from the cache, not found again: a run that finds them writes the entry anew (a new file, renamed in).
    expect(statSync(reportFile).ino).toBe(written);
    const withoutTime = (summary: string) => summary.replace(/ · \d+ ms</, ' · N ms<');
    // The summary's registry table and counts come from the cache too.
    expect(withoutTime(second.summary)).toBe(withoutTime(first.summary));
    expect(second.summary).toContain('| 1 | 1 | 1 | 1 | 1 | 001 |');
    expect(second.outputs.errors).toBe('1');
    expect(workflowCommands(second.stdout, 'error')).toEqual(workflowCommands(first.stdout, 'error'));
    expect(workflowCommands(second.stdout, 'warning')).toEqual(workflowCommands(first.stdout, 'warning'));
  });

  it('a 403 on the comment is a warning naming the permission; the step result follows the findings', async () => {
    fake = await startFakeGithub();
    fake.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, times: Infinity });
    const failing = await runAction();
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('::warning::Could not write the PR comment (HTTP 403: Resource not accessible by integration');
    expect(failing.stdout).toContain('`permissions: pull-requests: write`');
    expect(failing.summary).toContain('`missing-migration`');
    expect(failing.outputs['comment-url']).toBe('');
    // No retry on 403: it will not get better.
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

    const lenient = await runAction({ inputs: { 'fail-on': 'never' } });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).not.toContain('::error::ormlint:');
  });

  it('retries a 500 and then succeeds', async () => {
    fake = await startFakeGithub();
    fake.fail({ method: 'POST', path: /\/issues\/7\/comments$/, status: 500, times: 1 });
    const run = await runAction();
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/repos/acme/shop/issues/7/comments', '/repos/acme/shop/issues/7/comments']);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(run.stdout).not.toContain('Could not write the PR comment');
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });

  it('finds its comment behind more than 100 others (pagination) and never duplicates it', async () => {
    fake = await startFakeGithub();
    fake.seedComments(7, 150, (i) => (i === 3 ? `Quoting ormlint:\n${MARKER}` : `LGTM ${i}`));
    await runAction();
    expect(fake.comments.get(7)).toHaveLength(151);
    const ours = fake.comments.get(7)![150];
    fake.requests.length = 0;
    await runAction();
    expect(commentRequests(fake).map((r) => `${r.method} ${r.path} ${r.query.page ?? ''}`.trim())).toEqual([
      'GET /repos/acme/shop/issues/7/comments',
      'GET /repos/acme/shop/issues/7/comments 2',
      `PATCH /repos/acme/shop/issues/comments/${ours.id}`,
    ]);
    expect(fake.comments.get(7)).toHaveLength(151);
    expect(fake.comments.get(7)![3].body).toBe(`Quoting ormlint:\n${MARKER}`);
  });

  it('keeps an oversized report under 65,536 characters, cut by rule, and says what was cut', async () => {
    fake = await startFakeGithub();
    const run = await runAction({
      prepare: (ws) => {
        const classes = Array.from({ length: 1200 }, (_, i) => `class Generated${i}(Base):\n    __tablename__ = "generated_table_with_a_long_descriptive_name_${i}"\n\n    id = Column(Integer, primary_key=True)\n`);
        writeFileSync(join(ws, 'app/models/generated.py'), `from sqlalchemy import Column, Integer\n\nfrom app.models.base import Base\n\n\n${classes.join('\n\n')}`);
        writeFileSync(join(ws, 'app/models/__init__.py'), 'from app.models.base import Base\nfrom app.models.user import User\nfrom app.models.generated import *\n');
      },
    });
    const body = fake.comments.get(7)![0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/> Cut to fit GitHub's size limit; not shown here: \d+ of 1201 `missing-migration` findings, all 1 `orphan-table` finding\. The full report is in the \[job summary\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\)\./);
    expect(workflowCommands(run.stdout, 'error').filter((l) => l.includes('title=missing-migration'))).toHaveLength(10);
    expect(run.summary).toContain('1191 annotations were not shown on the diff (1191 errors)');
    expect(run.outputs.errors).toBe('1201');
  });

  it('escapes hostile table and file names: no broken table, no mention, no forged marker', async () => {
    fake = await startFakeGithub();
    await runAction({
      prepare: (ws) => {
        writeFileSync(
          join(ws, 'app/models/we|ird`name.py'),
          'from sqlalchemy import Column, Integer\n\nfrom app.models.base import Base\n\n\nclass Hostile(Base):\n    __tablename__ = "evil|t`<!-- ormlint:comment config=.ormlint.yml -->@octocat"\n\n    id = Column(Integer, primary_key=True)\n',
        );
      },
    });
    const body = fake.comments.get(7)![0].body;
    expect(body).toContain('evil');
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(body).not.toMatch(/@octocat/);
    expect(body).toContain('@&#8203;octocat');
    for (const row of body.split('\n').filter((l) => l.startsWith('| ['))) expect(row.match(/\|/g)).toHaveLength(3);
    expect(body).toContain('app/models/we%7Cird%60name.py#L');
  });

  it('only-changed annotates the files the PR changed; the summary and comment still list all', async () => {
    fake = await startFakeGithub();
    fake.files.set(7, ['app/models/user.py', ...Array.from({ length: 120 }, (_, i) => `docs/page${i}.md`)]);
    const run = await runAction({ inputs: { 'only-changed': 'true' } });
    expect(fake.requests.filter((r) => r.path.endsWith('/pulls/7/files')).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(workflowCommands(run.stdout, 'error').filter((l) => l.includes('title='))).toHaveLength(1);
    expect(workflowCommands(run.stdout, 'warning').filter((l) => l.includes('title='))).toHaveLength(0);
    expect(run.summary).toContain('1 finding is in files this PR did not change (`only-changed: true`): listed below, not annotated.');
    expect(run.summary).toContain('`orphan-table`');
    expect(fake.comments.get(7)![0].body).toContain('`orphan-table`');
  });

  it('comment: never makes no comment request at all', async () => {
    fake = await startFakeGithub();
    const run = await runAction({ inputs: { comment: 'never' } });
    expect(commentRequests(fake)).toEqual([]);
    expect(run.summary).toContain('`missing-migration`');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.code).toBe(1);
  });

  it('on push: summary and annotations, no comment and no API call for one', async () => {
    fake = await startFakeGithub();
    const run = await runAction({ eventName: 'push', event: { ref: 'refs/heads/main', before: BASE_SHA, after: HEAD_SHA, repository: pullRequestEvent().repository } });
    expect(commentRequests(fake)).toEqual([]);
    expect(run.summary).toContain('`missing-migration`');
    expect(run.summary).toContain(`/blob/${HEAD_SHA}/app/models/user.py#L`);
    expect(workflowCommands(run.stdout, 'error').some((l) => l.includes('title=missing-migration'))).toBe(true);
    expect(run.outputs['comment-url']).toBe('');
  });

  it('annotations: check-run sends every annotation through the Checks API in batches of 50', async () => {
    fake = await startFakeGithub();
    const run = await runAction({
      inputs: { annotations: 'check-run' },
      prepare: (ws) => {
        const classes = Array.from({ length: 60 }, (_, i) => `class Extra${i}(Base):\n    __tablename__ = "extra_${i}"\n    id = Column(Integer, primary_key=True)\n`);
        writeFileSync(join(ws, 'app/models/extra.py'), `from sqlalchemy import Column, Integer\nfrom app.models.base import Base\n\n${classes.join('\n')}`);
        writeFileSync(join(ws, 'app/models/__init__.py'), 'from app.models.base import Base\nfrom app.models.user import User\nfrom app.models.extra import *\n');
      },
    });
    expect(fake.checkRuns).toHaveLength(1);
    const check = fake.checkRuns[0];
    expect(check.body).toMatchObject({ name: 'ormlint (.ormlint.yml)', head_sha: HEAD_SHA, status: 'in_progress' });
    const batches = [check.body, ...check.updates].map((b) => (b.output as { annotations: unknown[] }).annotations.length);
    expect(batches).toEqual([50, 12]);
    expect(check.updates.at(-1)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(workflowCommands(run.stdout, 'error').filter((l) => l.includes('title='))).toHaveLength(0);
  });

  it('falls back to workflow commands when the token may not create check runs', async () => {
    fake = await startFakeGithub();
    fake.fail({ method: 'POST', path: /\/check-runs$/, status: 403, times: Infinity });
    const run = await runAction({ inputs: { annotations: 'check-run' } });
    expect(run.stdout).toContain('`annotations: check-run` needs `permissions: checks: write` on the job.');
    expect(workflowCommands(run.stdout, 'error').some((l) => l.includes('title=missing-migration'))).toBe(true);
  });

  it('a config mistake fails the step with one line and no stack trace', async () => {
    fake = await startFakeGithub();
    const run = await runAction({ prepare: (ws) => writeFileSync(join(ws, '.ormlint.yml'), 'modles:\n  orm: sqlalchemy\n') });
    expect(run.code).toBe(1);
    const errors = workflowCommands(run.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::\.ormlint\.yml:1:1: /);
    expect(run.stdout).not.toContain('    at ');
    expect(fake.requests).toEqual([]);
  });

  it('finds the config from working-directory and names the comment after it (monorepo)', async () => {
    fake = await startFakeGithub();
    const run = await runAction({
      inputs: { 'working-directory': 'services/api', sarif: 'ormlint.sarif' },
      prepare: (ws) => {
        mkdirSync(join(ws, 'services/api'), { recursive: true });
        for (const entry of ['app', 'migrations', '.ormlint.yml']) {
          cpSync(join(ws, entry), join(ws, 'services/api', entry), { recursive: true });
          rmSync(join(ws, entry), { recursive: true });
        }
      },
    });
    expect(fake.comments.get(7)![0].body.split('\n')[0]).toBe('<!-- ormlint:comment config=services/api/.ormlint.yml -->');
    expect(workflowCommands(run.stdout, 'error')[0]).toMatch(/^::error title=missing-migration,file=services\/api\/app\/models\/user\.py,line=6,/);
    expect(run.outputs['sarif-file']).toBe(join(run.workspace, 'services/api/ormlint.sarif'));
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}`)).toEqual([
      'missing-migration services/api/app/models/user.py',
      'orphan-table services/api/migrations/versions/001_init.py',
    ]);
  });

  it("runs the README's workflow step as written", async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## In a GitHub workflow'));
    const block = section.slice(section.indexOf('```yaml') + '```yaml'.length, section.indexOf('```', section.indexOf('```yaml') + 7));
    const workflow = parseYaml(block) as { permissions: Record<string, string>; jobs: Record<string, { steps: { uses: string; with?: Record<string, string> }[] }> };
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const step = Object.values(workflow.jobs).flatMap((job) => job.steps).find((s) => s.uses.startsWith('ormlint/ormlint@'))!;
    const actionInputs = Object.keys((parseYaml(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    expect(Object.keys(step.with ?? {}).filter((name) => !actionInputs.includes(name))).toEqual([]);

    fake = await startFakeGithub();
    const run = await runAction({ inputs: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)])) });
    expect(run.code).toBe(1);
    expect(fake.comments.get(7)).toHaveLength(1);
    expect(run.outputs.errors).toBe('1');
  });
});
