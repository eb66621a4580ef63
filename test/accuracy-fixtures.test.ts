import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';

/**
 * fixtures/accuracy/: one small project per cause of a false (or missed) finding seen on real
 * backends (issue 10), each written in the idiom of the project where it was seen. Every project's
 * expected.json lists all its findings, notices included (an empty list: ormlint must stay silent).
 * Each runs through the pipeline from source and through the committed bundle.
 */
const fixtures = path.resolve(__dirname, '../fixtures/accuracy');
const projects = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(fixtures, d.name, '.ormlint.yml')))
  .map((d) => d.name)
  .sort();

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  subject: string | undefined;
}

const pick = ({ ruleId, severity, file, line, column, subject }: Finding): Finding => ({ ruleId, severity, file, line, column, subject });
const expected = (project: string): Finding[] => JSON.parse(readFileSync(path.join(fixtures, project, 'expected.json'), 'utf8')) as Finding[];

describe('accuracy fixtures (from source)', () => {
  it.each(projects)('%s', async (project) => {
    const root = path.join(fixtures, project);
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    expect(result.diagnostics.map((d) => pick(d as unknown as Finding))).toEqual(expected(project));
  });
});

describe('accuracy fixtures (through the bundle, cli.mjs)', () => {
  const cli = path.join(inject('bundleDir'), 'cli.mjs');
  it.each(projects)('%s', (project) => {
    const root = path.join(fixtures, project);
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, 'check', '--config', path.join(root, '.ormlint.yml'), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`ormlint failed on ${project}: ${String((error as { stderr?: string }).stderr ?? error)}`);
    }
    const report = JSON.parse(out) as { diagnostics: Finding[] };
    expect(report.diagnostics.map(pick)).toEqual(expected(project));
  });
});
