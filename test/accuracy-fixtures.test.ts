import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';
import { bundledDiagnostics } from './helpers/bundleCli.js';
import { expectedFindings, fixtureProjects } from './helpers/project.js';

/**
 * fixtures/accuracy/: one small project per cause of a false (or missed) finding seen on real
 * backends (issue 10), each written in the idiom of the project where it was seen. Every project's
 * expected.json lists all its findings, notices included (an empty list: ormlint must stay silent).
 * Each runs through the pipeline from source and through the bundle built for the test run.
 */
const fixtures = path.resolve(__dirname, '../fixtures/accuracy');
const projects = fixtureProjects(fixtures);

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  subject: string | undefined;
}

const pick = ({ ruleId, severity, file, line, column, subject }: Finding): Finding => ({ ruleId, severity, file, line, column, subject });
const expected = (project: string) => expectedFindings<Finding>(fixtures, project);

describe('accuracy fixtures (from source)', () => {
  it.each(projects)('%s', async (project) => {
    const root = path.join(fixtures, project);
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    expect(result.diagnostics.map((d) => pick(d as unknown as Finding))).toEqual(expected(project));
  });
});

describe('accuracy fixtures (through the bundle, cli.mjs)', () => {
  it.each(projects)('%s', async (project) => {
    const root = path.join(fixtures, project);
    const diagnostics = (await bundledDiagnostics(path.join(root, '.ormlint.yml'))) as unknown as Finding[];
    expect(diagnostics.map(pick)).toEqual(expected(project));
  });
});
