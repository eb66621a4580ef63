import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfinementError, readConfinedFileSync, writeConfinedFileSync } from '../../src/fsSafe.js';
import { logSafeJson, logSafeText, neutraliseWorkflowCommands } from '../../src/report/logSafe.js';
import type { FakeGithub } from '../helpers/fakeGithub.js';
import { startFakeGithub } from '../helpers/fakeGithub.js';
import {
  HEALTHY_ANNOTATIONS,
  MARKER,
  RAW_CONTROL,
  healthyFindings,
  removeSandboxes,
  runAction,
  runCli,
  sandbox,
  snapshot,
  workflowCommandsIn,
  type ActionRun,
  type ProcessRun,
  type Sandbox,
} from './security/harness.js';

/**
 * The repository under review is the attacker (issue 9, security part): a fork's pull request
 * controls every file, link and name in the checkout, and with `pull_request_target` the Action
 * holds a write token. Each case runs the bundled CLI (dist/cli.mjs) or Action (dist/action.mjs
 * against the fake GitHub API) and asserts: no crash, the fixture's two healthy findings kept,
 * nothing outside the root read (its secret never shows) or written (the outside folder unchanged).
 */

let fake: FakeGithub | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
  removeSandboxes();
});

const link = (target: string, at: string) => symlinkSync(target, at);
const config = (sb: Sandbox) => readFileSync(join(sb.root, '.ormlint.yml'), 'utf8');
const setConfig = (sb: Sandbox, extra: string) => writeFileSync(join(sb.root, '.ormlint.yml'), `${config(sb)}${extra}`);

/** Nothing of `outside` in any output, and the outside folder exactly as it was. */
function expectOutsideUntouched(sb: Sandbox, before: Record<string, string>, ...outputs: string[]): void {
  for (const output of outputs) expect(output).not.toContain(sb.secret);
  expect(snapshot(sb.outside)).toEqual(before);
}

/** The Action kept the two healthy findings: annotated, counted, in the summary. */
function expectHealthyAction(run: ActionRun): void {
  expect(run.timedOut).toBe(false);
  expect(run.stderr).toBe('');
  for (const prefix of HEALTHY_ANNOTATIONS) expect(run.stdout.split('\n').some((l) => l.startsWith(prefix))).toBe(true);
  expect(run.outputs.errors).toBe('1');
  expect(run.outputs.warnings).toBe('1');
  expect(run.summary).toContain('`missing-migration`');
  expect(run.code).toBe(1);
}

async function healthyCli(sb: Sandbox, args: string[] = []): Promise<ProcessRun> {
  const run = await runCli(['check', '--format', 'json', ...args], sb.root);
  expect(run.stderr).toBe('');
  expect(healthyFindings(run.stdout)).toEqual(['missing-migration', 'orphan-table']);
  return run;
}

/** No temp file left next to a written file. */
function expectNoTempFiles(dir: string): void {
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

describe('1. plugins listed by the pull request\'s own config', { timeout: 120_000 }, () => {
  /** A plugin that would steal the token: it writes what it can see to ORMLINT_PROBE. */
  function addEvilPlugin(sb: Sandbox): string {
    const probe = join(sb.base, 'plugin-ran.txt');
    mkdirSync(join(sb.root, 'tools'));
    writeFileSync(
      join(sb.root, 'tools', 'evil.mjs'),
      [
        "import { writeFileSync } from 'node:fs';",
        "if (process.env.ORMLINT_PROBE) writeFileSync(process.env.ORMLINT_PROBE, String(process.env['INPUT_GITHUB-TOKEN']));",
        "export default { id: 'evil/probe', meta: { description: 'probe', defaultSeverity: 'notice' }, messages: { ran: 'the plugin ran' },",
        '  check(ctx) {',
        "    ctx.report({ messageId: 'ran', location: { file: 'app/models/user.py', line: 1, column: 1 }, subject: 'probe' });",
        "    ctx.report({ messageId: 'ran', location: { file: 'app/models/base.py', line: 2, column: 1 }, subject: 'suppressed' });",
        '  } };',
        '',
      ].join('\n'),
    );
    // Its rule configured and suppressed somewhere too: without the plugin neither may break the run.
    setConfig(sb, 'plugins: ["tools/evil.mjs"]\nrules:\n  evil/probe: warning\n');
    const base = join(sb.root, 'app', 'models', 'base.py');
    writeFileSync(base, `# ormlint-disable-next-line evil/probe\n${readFileSync(base, 'utf8')}`);
    return probe;
  }

  it('the Action does not run them by default: a warning says so, the built-in findings stay', async () => {
    const sb = sandbox();
    const probe = addEvilPlugin(sb);
    fake = await startFakeGithub();
    const run = await runAction(sb, fake, { env: { ORMLINT_PROBE: probe } });
    expect(existsSync(probe)).toBe(false);
    expectHealthyAction(run);
    const warning = run.stdout.split('\n').find((l) => l.startsWith('::warning::The config lists plugins'));
    expect(warning).toBe(
      '::warning::The config lists plugins ("tools/evil.mjs"); they were not run, and their rules were not checked. Plugins run repository code, so the Action loads them only when the workflow sets `allow-plugins: true` (never on pull requests from forks; see SECURITY.md).',
    );
    expect(run.stdout).not.toContain('evil/probe');
    expect(run.outputs.notices).toBe('0');
    expect(JSON.stringify(fake.requests)).not.toContain('the plugin ran');
  });

  it('the Action runs them when the workflow sets allow-plugins: true', async () => {
    const sb = sandbox();
    const probe = addEvilPlugin(sb);
    fake = await startFakeGithub();
    const run = await runAction(sb, fake, { inputs: { 'allow-plugins': 'true' }, env: { ORMLINT_PROBE: probe } });
    expect(readFileSync(probe, 'utf8')).toBe('ghs_faketoken');
    expect(run.outputs.warnings).toBe('2');
    expect(run.stdout).toContain('::warning title=evil/probe,');
    expect(run.stdout).not.toContain('The config lists plugins');
  });

  it('allow-plugins accepts only true or false', async () => {
    const sb = sandbox();
    const run = await runAction(sb, null, { inputs: { 'allow-plugins': 'yes' } });
    expect(run.stdout).toContain('::error::Input "allow-plugins" is "yes"; must be one of: true, false');
    expect(run.code).toBe(1);
  });

  it('the CLI keeps loading them: the user runs it on their own code', async () => {
    const sb = sandbox();
    const probe = addEvilPlugin(sb);
    const run = await runCli(['check', '--format', 'json'], sb.root, { env: { ORMLINT_PROBE: probe } });
    expect(existsSync(probe)).toBe(true);
    expect(run.stdout).toContain('"ruleId": "evil/probe"');
  });
});

describe('2. writes never leave the root through a committed link or a path', { timeout: 120_000 }, () => {
  it('ormlint baseline refuses a .ormlint-baseline.json linked out of the root, existing or dangling', async () => {
    for (const target of ['victim.json', 'created-by-ormlint.json']) {
      const sb = sandbox();
      const before = snapshot(sb.outside);
      link(join(sb.outside, target), join(sb.root, '.ormlint-baseline.json'));
      const run = await runCli(['baseline'], sb.root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ormlint: baseline \.ormlint-baseline\.json: .*\.ormlint-baseline\.json leads through a symbolic link to .*, outside the project root; not written\n$/);
      expectOutsideUntouched(sb, before, run.stdout, run.stderr);
      expectNoTempFiles(sb.root);
    }
  });

  it('ormlint baseline refuses ../ and absolute paths, and a folder linked out of the root', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    link(sb.outside, join(sb.root, 'linked'));
    for (const [args, message] of [
      [['--baseline', '../outside/b.json'], 'ormlint: baseline ../outside/b.json is outside the project root; ormlint writes the baseline only under the root\n'],
      [['--baseline', join(sb.outside, 'b.json')], `ormlint: baseline ${join(sb.outside, 'b.json')} is outside the project root; ormlint writes the baseline only under the root\n`],
      [['--baseline', 'linked/b.json'], /^ormlint: baseline linked\/b\.json: .*linked\/b\.json leads through a symbolic link to .*outside\/b\.json, outside the project root; not written\n$/],
    ] as const) {
      const run = await runCli(['baseline', ...args], sb.root);
      expect(run.code).toBe(2);
      if (typeof message === 'string') expect(run.stderr).toBe(message);
      else expect(run.stderr).toMatch(message);
    }
    setConfig(sb, 'baseline: linked/from-config.json\n');
    const fromConfig = await runCli(['baseline'], sb.root);
    expect(fromConfig.code).toBe(2);
    expect(fromConfig.stderr).toContain('outside the project root; not written');
    expectOutsideUntouched(sb, before, fromConfig.stderr);
  });

  it('a baseline linked inside the root is written at the link\'s target, atomically, and read back', async () => {
    const sb = sandbox();
    mkdirSync(join(sb.root, 'baselines'));
    writeFileSync(join(sb.root, 'baselines', 'accepted.json'), '{"version": 1, "fingerprints": {}}\n');
    // A hard link elsewhere keeps the old bytes only if the write replaced the file (rename), not overwrote it.
    linkSync(join(sb.root, 'baselines', 'accepted.json'), join(sb.root, 'old-copy.json'));
    link('baselines/accepted.json', join(sb.root, '.ormlint-baseline.json'));
    setConfig(sb, 'baseline: .ormlint-baseline.json\n');
    const run = await runCli(['baseline'], sb.root);
    expect(run.stderr).toMatch(/recorded 2 finding\(s\)/);
    expect(readlinkSync(join(sb.root, '.ormlint-baseline.json'))).toBe('baselines/accepted.json');
    expect(Object.keys(JSON.parse(readFileSync(join(sb.root, 'baselines', 'accepted.json'), 'utf8')).fingerprints)).toHaveLength(2);
    expect(readFileSync(join(sb.root, 'old-copy.json'), 'utf8')).toBe('{"version": 1, "fingerprints": {}}\n');
    expectNoTempFiles(join(sb.root, 'baselines'));
    expect((await runCli(['check'], sb.root)).code).toBe(0);
  });

  it('--output refuses a link out of the root (existing, dangling, or a linked folder) and .git', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    link(join(sb.outside, 'victim.json'), join(sb.root, 'report.json'));
    link(join(sb.outside, 'new-report.json'), join(sb.root, 'dangling.json'));
    link(sb.outside, join(sb.root, 'reports'));
    mkdirSync(join(sb.root, '.git', 'hooks'), { recursive: true });
    for (const output of ['report.json', 'dangling.json', 'reports/r.json']) {
      const run = await runCli(['check', '--format', 'json', '--output', output], sb.root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^ormlint: --output: .*${output.replace('.', '\\.')} leads through a symbolic link to .*, outside the project root; not written\\n`));
    }
    const git = await runCli(['check', '--output', '.git/hooks/pre-commit'], sb.root);
    expect(git.code).toBe(2);
    expect(git.stderr).toMatch(/^ormlint: --output: .*\.git\/hooks\/pre-commit leads into a \.git folder; not written\n/);
    expect(existsSync(join(sb.root, '.git', 'hooks', 'pre-commit'))).toBe(false);
    expectOutsideUntouched(sb, before);
  });

  it('--output writes where the user said: the root, or a temp folder typed on the command line', async () => {
    const sb = sandbox();
    await runCli(['check', '--format', 'json', '--output', 'out/report.json'], sb.root);
    expect(healthyFindings(readFileSync(join(sb.root, 'out', 'report.json'), 'utf8'))).toEqual(['missing-migration', 'orphan-table']);
    const temp = join(tmpdir(), `ormlint-hostile-out-${process.pid}.json`);
    const run = await runCli(['check', '--format', 'json', '--output', temp], sb.root);
    expect(run.stderr).toBe('');
    expect(healthyFindings(readFileSync(temp, 'utf8'))).toHaveLength(2);
  });

  it('ormlint init does not write through a dangling .ormlint.yml link', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    const project = join(sb.root, 'fresh');
    mkdirSync(project);
    link(join(sb.outside, 'planted.yml'), join(project, '.ormlint.yml'));
    const run = await runCli(['init'], project);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.ormlint.yml already exists; not overwriting it');
    expect(existsSync(join(sb.outside, 'planted.yml'))).toBe(false);
    const outside = await runCli(['init', '--config', '../../outside/init.yml'], project);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^ormlint: init: .*init\.yml is outside the project root; ormlint writes only there\n/);
    expectOutsideUntouched(sb, before);
  });

  it('the Action\'s sarif: refuses committed links and paths out of the checkout; RUNNER_TEMP is fine', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    link(join(sb.outside, 'victim.json'), join(sb.root, 'ormlint.sarif'));
    link(sb.outside, join(sb.root, 'reports'));
    fake = await startFakeGithub();
    for (const [sarif, why] of [
      ['ormlint.sarif', /^::warning::SARIF not written: .*ormlint\.sarif leads through a symbolic link to .*victim\.json, outside the repository \(GITHUB_WORKSPACE\); not written$/m],
      ['reports/x.sarif', /^::warning::SARIF not written: .*reports\/x\.sarif leads through a symbolic link to .*outside\/x\.sarif, outside the repository/m],
      ['../outside/y.sarif', /^::warning::SARIF not written: .*outside\/y\.sarif is outside the repository \(GITHUB_WORKSPACE\) and RUNNER_TEMP; ormlint writes only there$/m],
    ] as const) {
      const run = await runAction(sb, fake, { inputs: { sarif } });
      expectHealthyAction(run);
      expect(run.stdout).toMatch(why);
      expect(run.outputs['sarif-file']).toBe('');
    }
    expectOutsideUntouched(sb, before);
    const temp = await runAction(sb, fake, { inputs: { sarif: join(sb.runnerTemp, 'ormlint.sarif') } });
    expectHealthyAction(temp);
    expect(temp.outputs['sarif-file']).toBe(join(sb.runnerTemp, 'ormlint.sarif'));
    expect(JSON.parse(readFileSync(join(sb.runnerTemp, 'ormlint.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
    expectNoTempFiles(sb.runnerTemp);
  });
});

describe('3. reads never leave the root through a linked config or baseline, and stay bounded', { timeout: 120_000 }, () => {
  it('a config linked to a file outside the root is refused unread (CLI and Action)', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    execFileSync('rm', [join(sb.root, '.ormlint.yml')]);
    link(join(sb.outside, 'secret.txt'), join(sb.root, '.ormlint.yml'));
    const cli = await runCli(['check'], sb.root);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe('ormlint: .ormlint.yml: the config file is a symbolic link to a path outside the project root; ormlint reads only files under the root\n');
    fake = await startFakeGithub();
    const action = await runAction(sb, fake);
    expect(action.code).toBe(1);
    expect(action.stdout).toContain('::error::.ormlint.yml: the config file is a symbolic link to a path outside the project root');
    expectOutsideUntouched(sb, before, cli.stdout, cli.stderr, action.stdout, action.summary, JSON.stringify(fake.requests));
  });

  it('a config linked to /dev/zero, a FIFO, a folder or a huge sparse file ends quickly with one line', async () => {
    const cases: [string, (at: string) => void, string][] = [
      ['/dev/zero', (at) => link('/dev/zero', at), 'the config file is a symbolic link to a path outside the project root; ormlint reads only files under the root'],
      ['a FIFO', (at) => execFileSync('mkfifo', [at]), 'the config file is not a regular file'],
      ['a folder', (at) => mkdirSync(at), 'is a folder, not a config file'],
      ['64 MB', (at) => { writeFileSync(at, ''); truncateSync(at, 64 * 1024 * 1024); }, 'the config file is over the 1 MB limit'],
    ];
    for (const [, make, message] of cases) {
      const sb = sandbox();
      execFileSync('rm', [join(sb.root, '.ormlint.yml')]);
      make(join(sb.root, '.ormlint.yml'));
      const run = await runCli(['check', '--config', '.ormlint.yml'], sb.root, { timeoutMs: 20_000 });
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`ormlint: .ormlint.yml: ${message}\n`);
    }
  });

  it('a baseline linked outside, to /dev/zero or into .git is refused unread; the Action says so in one line', async () => {
    for (const [target, message] of [
      ['OUTSIDE', 'baseline .ormlint-baseline.json is a symbolic link to a path outside the project root; ormlint reads only files under the root'],
      ['/dev/zero', 'baseline .ormlint-baseline.json is a symbolic link to a path outside the project root; ormlint reads only files under the root'],
      ['.git/config', 'baseline .ormlint-baseline.json is a symbolic link into .git; ormlint never reads the .git folder'],
    ] as const) {
      const sb = sandbox();
      const before = snapshot(sb.outside);
      mkdirSync(join(sb.root, '.git'));
      writeFileSync(join(sb.root, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${sb.secret}\n`);
      link(target === 'OUTSIDE' ? join(sb.outside, 'secret.txt') : target, join(sb.root, '.ormlint-baseline.json'));
      setConfig(sb, 'baseline: .ormlint-baseline.json\n');
      const cli = await runCli(['check'], sb.root, { timeoutMs: 20_000 });
      expect(cli.timedOut).toBe(false);
      expect(cli.code).toBe(2);
      expect(cli.stderr).toBe(`ormlint: ${message}\n`);
      const action = await runAction(sb, null, { timeoutMs: 20_000 });
      expect(action.stdout).toContain(`::error::.ormlint-baseline.json: ${message}`);
      expectOutsideUntouched(sb, before, cli.stdout, cli.stderr, action.stdout, action.summary);
    }
  });

  it('a baseline over 8 MB is refused without reading it; the Action\'s baseline input may not leave the root', async () => {
    const sb = sandbox();
    writeFileSync(join(sb.root, 'big.json'), '');
    truncateSync(join(sb.root, 'big.json'), 9 * 1024 * 1024);
    const big = await runCli(['check', '--baseline', 'big.json'], sb.root, { timeoutMs: 20_000 });
    expect(big.stderr).toBe('ormlint: baseline big.json is over the 8 MB limit\n');
    const action = await runAction(sb, null, { inputs: { baseline: '../outside/secret.txt' } });
    expect(action.stdout).toMatch(/::error::.*outside\/secret\.txt: baseline .*outside\/secret\.txt is outside the project root; ormlint reads only files under the root/);
    expect(action.stdout).not.toContain(sb.secret);
  });

  it('a working-directory linked out of the checkout is not taken for the project', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    link(sb.outside, join(sb.root, 'service'));
    fake = await startFakeGithub();
    const run = await runAction(sb, fake, { inputs: { 'working-directory': 'service' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::the project root service is a symbolic link to a folder outside .*; ormlint reads only files under it/);
    expectOutsideUntouched(sb, before, run.stdout, run.summary, JSON.stringify(fake.requests));
  });

  it('model and migration files or folders linked outside are skipped with a notice; findings stay', async () => {
    const sb = sandbox();
    const before = snapshot(sb.outside);
    link(join(sb.outside, 'models.py'), join(sb.root, 'app', 'models', 'leak.py'));
    link(sb.outside, join(sb.root, 'app', 'models', 'elsewhere'));
    link(join(sb.outside, 'secret.txt'), join(sb.root, 'migrations', 'versions', '002_leak.py'));
    link(join(sb.outside, 'models.py'), join(sb.root, 'app', 'shared.py'));
    appendFileSync(join(sb.root, 'app', 'models', '__init__.py'), 'from app.models.leak import Leak\nfrom app.shared import Leak as SharedLeak\n');
    const cli = await healthyCli(sb);
    const notices = (JSON.parse(cli.stdout).diagnostics as { file: string; message: string }[]).filter((d) => d.message.startsWith('skipped: symbolic link'));
    expect(notices.map((d) => d.file)).toEqual(['app/models/leak.py', 'migrations/versions/002_leak.py']);
    fake = await startFakeGithub();
    const action = await runAction(sb, fake, { inputs: { 'fail-on': 'never' } });
    expect(action.code).toBe(0);
    expectOutsideUntouched(sb, before, cli.stdout, action.stdout, action.summary, JSON.stringify(fake.comments.get(7)));
  });
});

describe('4. a link into .git is skipped like .git itself', { timeout: 120_000 }, () => {
  it('no credential from .git/config reaches a finding, the summary or the PR comment', async () => {
    const sb = sandbox();
    const credential = `ghp_${sb.secret}`;
    mkdirSync(join(sb.root, '.git', 'models'), { recursive: true });
    writeFileSync(join(sb.root, '.git', 'config'), `[remote "origin"]\n\turl = https://x-access-token:${credential}@github.com/acme/shop\n`);
    writeFileSync(join(sb.root, '.git', 'models', 'cred.py'), `class Cred(Base):\n    __tablename__ = "${credential}"\n`);
    link('../../.git/config', join(sb.root, 'app', 'models', 'settings.py'));
    link('../../.git/models', join(sb.root, 'app', 'models', 'vendored'));
    link('../../.git/config', join(sb.root, 'migrations', 'versions', '002_git.py'));
    // A module outside models.include, read only because an import reaches it.
    link('../.git/models/cred.py', join(sb.root, 'app', 'helpers.py'));
    appendFileSync(join(sb.root, 'app', 'models', '__init__.py'), 'from app.models.settings import *\nfrom app.models.vendored.cred import Cred\nfrom app.helpers import Cred as HelperCred\n');

    const cli = await healthyCli(sb);
    expect(cli.stdout).not.toContain(credential);
    const skipped = (JSON.parse(cli.stdout).diagnostics as { file: string; message: string }[]).filter((d) => d.message === 'skipped: symbolic link into .git; ormlint never reads the .git folder');
    expect(skipped.map((d) => d.file)).toEqual(['app/models/settings.py', 'migrations/versions/002_git.py']);
    const text = await runCli(['check'], sb.root);
    const inspect = await runCli(['inspect'], sb.root);
    fake = await startFakeGithub();
    const action = await runAction(sb, fake);
    expectHealthyAction(action);
    for (const output of [text.stdout, inspect.stdout, action.stdout, action.summary, JSON.stringify(fake.requests)]) expect(output).not.toContain(sb.secret);
  });
});

describe('5. no workflow command can be injected through the CLI\'s output', { timeout: 120_000 }, () => {
  const hostileNames = ['x\\n::stop-commands::pwned', '##[error]injected', 'cr\\r::add-mask::hidden', '  ::error file=app/models/user.py::forged'];

  function addHostileModels(sb: Sandbox): void {
    const classes = hostileNames.map((name, i) => `\n\nclass Hostile${i}(Base):\n    __tablename__ = "${name}"\n\n    id = Column(Integer, primary_key=True)\n`);
    appendFileSync(join(sb.root, 'app', 'models', 'user.py'), classes.join(''));
  }

  it('text, json, sarif and inspect carry no command; github format carries only its own; JSON round-trips the names', async () => {
    const sb = sandbox();
    addHostileModels(sb);
    const outputs: Record<string, string> = {};
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const run = await runCli(['check', '--format', format], sb.root);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe('');
      outputs[format] = run.stdout;
    }
    outputs.inspect = (await runCli(['inspect'], sb.root)).stdout;
    for (const format of ['text', 'json', 'sarif', 'inspect']) expect(workflowCommandsIn(outputs[format]), format).toEqual([]);
    // Every line of the github format is one of ormlint's own annotations, nothing else.
    expect(outputs.github.split('\n').filter(Boolean).every((l) => /^::(error|warning|notice) (file|title)=/.test(l))).toBe(true);
    expect(outputs.github.split('\n').filter(Boolean)).toHaveLength(2 + hostileNames.length);

    const subjects = (JSON.parse(outputs.json).diagnostics as { subject: string }[]).map((d) => d.subject);
    expect(subjects).toEqual(expect.arrayContaining(['x\n::stop-commands::pwned', '##[error]injected', 'cr\r::add-mask::hidden', '  ::error file=app/models/user.py::forged']));
    expect(healthyFindings(outputs.json)).toEqual(['missing-migration', 'orphan-table']);
    expect(JSON.parse(outputs.sarif).runs[0].results.map((r: { message: { text: string } }) => r.message.text).join('\n')).toContain('##[error]injected');
    // Readable: the text output still names the tables, with the command characters escaped.
    expect(outputs.text).toContain('\\u003a:stop-commands::pwned');
    expect(outputs.text).toContain('#\\u0023[error]injected');
  });

  it('the Action\'s log carries only ormlint\'s own commands', async () => {
    const sb = sandbox();
    addHostileModels(sb);
    fake = await startFakeGithub();
    const run = await runAction(sb, fake);
    const lines = run.stdout.split(/\r\n|\r|\n/);
    // The runner reads `##[` only in a line that is not a valid `::` command, as ormlint's own annotations are.
    const ownCommand = /^::(error|warning|notice|debug)( [a-zA-Z]+=[^:]*)?::/;
    expect(lines.filter((l) => l.includes('##[') && !ownCommand.test(l))).toEqual([]);
    expect(lines.filter((l) => /^\s*::/.test(l) && !ownCommand.test(l))).toEqual([]);
    expect(lines.filter((l) => ownCommand.test(l) && l.includes('##['))).toHaveLength(1);
    expect(lines.filter((l) => /^::(stop-commands|add-mask|error file=app\/models\/user\.py::forged)/.test(l))).toEqual([]);
  });

  it('config errors on stderr carry no command either', async () => {
    const sb = sandbox();
    writeFileSync(join(sb.root, '.ormlint.yml'), '"##[error]key\\n::warning::forged": 1\n');
    const run = await runCli(['check'], sb.root);
    expect(run.code).toBe(2);
    expect(workflowCommandsIn(run.stderr)).toEqual([]);
    expect(run.stderr).toContain('unknown key "#\\u0023[error]key\n\\u003a:warning::forged"');
  });
});

describe('6. the sticky comment cannot be captured', { timeout: 120_000 }, () => {
  it('a comment by somebody else carrying the marker is never edited; ormlint writes its own and then edits only that', async () => {
    const sb = sandbox();
    fake = await startFakeGithub();
    const planted = fake.addComment(7, `${MARKER}\n## ormlint: .ormlint.yml\n\n✅ All clear: no findings.`, 'mallory');
    const plantedBot = fake.addComment(7, `${MARKER}\nfrom another app`, 'renovate[bot]');
    const first = await runAction(sb, fake);
    expectHealthyAction(first);
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
    expect(planted.body).toBe(`${MARKER}\n## ormlint: .ormlint.yml\n\n✅ All clear: no findings.`);
    expect(plantedBot.body).toBe(`${MARKER}\nfrom another app`);
    const comments = fake.comments.get(7)!;
    expect(comments).toHaveLength(3);
    const ours = comments[2];
    expect(ours.user.login).toBe('github-actions[bot]');
    expect(ours.body).toContain('`missing-migration`');
    expect(first.stdout).toContain(`::warning::A comment by mallory (${planted.html_url}) carries ormlint's marker but was not written by this token; it was left alone.`);
    expect(first.outputs['comment-url']).toBe(ours.html_url);

    fake.requests.length = 0;
    await runAction(sb, fake);
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/acme/shop/issues/comments/${ours.id}`]);
    expect(fake.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
    expect(fake.comments.get(7)).toHaveLength(3);
  });

  it('learns a personal token\'s identity from GET /user when GraphQL is unavailable', async () => {
    const sb = sandbox();
    fake = await startFakeGithub();
    fake.identity.login = 'ci-user';
    fake.identity.graphql = false;
    fake.identity.rest = true;
    const workflowBot = fake.addComment(7, `${MARKER}\nwritten by the workflow token`, 'github-actions[bot]');
    const own = fake.addComment(7, `${MARKER}\nold report`, 'CI-User');
    await runAction(sb, fake);
    expect(own.body).toContain('`missing-migration`');
    expect(workflowBot.body).toBe(`${MARKER}\nwritten by the workflow token`);
    expect(fake.comments.get(7)).toHaveLength(2);
  });

  it('assumes the workflow token when the identity cannot be learnt', async () => {
    const sb = sandbox();
    fake = await startFakeGithub();
    fake.identity.graphql = false;
    const own = fake.addComment(7, `${MARKER}\nold report`, 'github-actions[bot]');
    const other = fake.addComment(7, `${MARKER}\nplanted`, 'mallory');
    await runAction(sb, fake);
    expect(own.body).toContain('`missing-migration`');
    expect(other.body).toBe(`${MARKER}\nplanted`);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(['POST /graphql', 'GET /user']));
  });

  it('names with HTML, Markdown, mentions and a forged marker render as text', async () => {
    const sb = sandbox();
    const names = ['<img src=x onerror=alert(1)>', '<details><summary>x', '**bold** [click](https://evil.example)', '@octocat', `${MARKER}`, '</td></tr></table>'];
    appendFileSync(
      join(sb.root, 'app', 'models', 'user.py'),
      names.map((name, i) => `\n\nclass Html${i}(Base):\n    __tablename__ = ${JSON.stringify(name)}\n\n    id = Column(Integer, primary_key=True)\n`).join(''),
    );
    fake = await startFakeGithub();
    const run = await runAction(sb, fake);
    const body = fake.comments.get(7)![0].body;
    for (const text of [body, run.summary]) {
      expect(text).not.toMatch(/<img|<details|<summary|<\/td>|<\/table>|[^\\]\]\(https:\/\/evil|@octocat/);
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(text).toContain('@&#8203;octocat');
      expect(text).toContain('\\*\\*bold\\*\\* \\[click\\](https://evil.example)');
    }
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(run.outputs.errors).toBe(String(1 + names.length));
  });
});

describe('7. control characters are shown escaped wherever a name goes', { timeout: 120_000 }, () => {
  const nasty = 'evil\\x1b[2J\\x1b]0;owned\\x07\\u202etxt.exe\\x00\\x9b31m';

  function addNastyModel(sb: Sandbox): void {
    appendFileSync(join(sb.root, 'app', 'models', 'user.py'), `\n\nclass Nasty(Base):\n    __tablename__ = "${nasty}"\n\n    id = Column(Integer, primary_key=True)\n`);
  }

  it('annotations, check run, summary and PR comment', async () => {
    const sb = sandbox();
    addNastyModel(sb);
    fake = await startFakeGithub();
    const run = await runAction(sb, fake);
    const body = fake.comments.get(7)![0].body;
    for (const [where, text] of [['stdout', run.stdout], ['summary', run.summary], ['comment', body]] as const) {
      expect(RAW_CONTROL.test(text), where).toBe(false);
      expect(text, where).toMatch(/evil\\{1,2}u001b\\?\[2J/);
      expect(text, where).toMatch(/\\{1,2}u202etxt\.exe\\{1,2}u0000\\{1,2}u009b31m/);
    }
    expect(run.outputs.errors).toBe('2');

    const check = await runAction(sb, fake, { inputs: { annotations: 'check-run' } });
    expect(check.code).toBe(1);
    const annotations = (fake.checkRuns[0].body.output as { annotations: { message: string; title: string }[] }).annotations;
    const sent = annotations.map((a) => `${a.title} ${a.message}`).join('\n');
    expect(RAW_CONTROL.test(sent)).toBe(false);
    expect(sent).toContain('evil\\u001b[2J');
  });

  it('CLI text, github and json output', async () => {
    const sb = sandbox();
    addNastyModel(sb);
    for (const format of ['text', 'github', 'json', 'sarif']) {
      const run = await runCli(['check', '--format', format], sb.root);
      expect(RAW_CONTROL.test(run.stdout), format).toBe(false);
      expect(run.stdout, format).toContain('evil\\u001b[2J');
    }
    const json = await runCli(['check', '--format', 'json'], sb.root);
    const subjects = (JSON.parse(json.stdout).diagnostics as { subject: string }[]).map((d) => d.subject);
    expect(subjects).toContain('evil\u001b[2J\u001b]0;owned\u0007\u202etxt.exe\u0000\u009b31m');
  });
});

describe('the building blocks, case by case', () => {
  it('neutraliseWorkflowCommands: line-leading :: after any white space or line break, ##[ anywhere', () => {
    expect(neutraliseWorkflowCommands('::error::x')).toBe('\\u003a:error::x');
    expect(neutraliseWorkflowCommands('a\n  \t::x\r::y\r\n\u0085::z')).toBe('a\n  \t\\u003a:x\r\\u003a:y\r\n\u0085\\u003a:z');
    expect(neutraliseWorkflowCommands('Table a::b and "::c"')).toBe('Table a::b and "::c"');
    expect(neutraliseWorkflowCommands('x ##[error] ###[y]')).toBe('x #\\u0023[error] ##\\u0023[y]');
    expect(logSafeText('ESC\u001b[31m\r::add-mask::x')).toBe('ESC\\u001b[31m\n\\u003a:add-mask::x');
  });

  it('logSafeJson: the same JSON to a parser, no command and no raw control character in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('::', '##[', ':::', '\r::x', '\u202e', '\u0085::'))), (strings) => {
        const value = { strings, [strings.join('')]: strings.length };
        const text = logSafeJson(JSON.stringify(value, null, 2));
        expect(JSON.parse(text)).toEqual(value);
        expect(workflowCommandsIn(text)).toEqual([]);
        expect(text).not.toContain('::');
        expect(RAW_CONTROL.test(text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('writeConfinedFileSync: link loops, dangling folder links, folders and ../ are refused', () => {
    const sb = sandbox();
    const areas = [{ dir: sb.root, label: 'the project root' }];
    link('b.json', join(sb.root, 'a.json'));
    link('a.json', join(sb.root, 'b.json'));
    expect(() => writeConfinedFileSync(join(sb.root, 'a.json'), 'x', areas)).toThrow(/too many symbolic links/);
    link(join(sb.base, 'missing-folder'), join(sb.root, 'gone'));
    expect(() => writeConfinedFileSync(join(sb.root, 'gone', 'r.json'), 'x', areas)).toThrow(/is a dangling symbolic link; not written/);
    expect(existsSync(join(sb.base, 'missing-folder'))).toBe(false);
    expect(() => writeConfinedFileSync(join(sb.root, 'app'), 'x', areas)).toThrow(/is not a regular file; not overwriting it/);
    expect(() => writeConfinedFileSync(join(sb.root, '..', 'outside', 'z.json'), 'x', areas)).toThrow(ConfinementError);
    expect(existsSync(join(sb.outside, 'z.json'))).toBe(false);
    expect(writeConfinedFileSync(join(sb.root, 'new', 'deep', 'ok.json'), 'ok', areas)).toBe(join(sb.root, 'new', 'deep', 'ok.json'));
    expect(readFileSync(join(sb.root, 'new', 'deep', 'ok.json'), 'utf8')).toBe('ok');
  });

  it('readConfinedFileSync: exactly the limit is read, one byte more is not', () => {
    const sb = sandbox();
    writeFileSync(join(sb.root, 'at-limit.txt'), 'x'.repeat(64));
    writeFileSync(join(sb.root, 'over.txt'), 'x'.repeat(65));
    expect(readConfinedFileSync(sb.root, 'at-limit.txt', 64)).toMatchObject({ kind: 'ok', text: 'x'.repeat(64) });
    expect(readConfinedFileSync(sb.root, 'over.txt', 64)).toEqual({ kind: 'too-large', size: 65, limit: 64 });
    expect(readConfinedFileSync(sb.root, 'nope.txt', 64)).toEqual({ kind: 'missing' });
    expect(readConfinedFileSync(sb.root, '../outside/secret.txt', 64)).toEqual({ kind: 'outside' });
  });
});
