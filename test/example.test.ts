import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import type { Diagnostic } from '../src/engine/diagnostic.js';
import { buildCommentBody } from '../src/github/comment.js';
import { formatText } from '../src/report/text.js';
import { run } from '../src/run.js';
import { runBundle } from './helpers/ruleTester.js';

/**
 * The README's example: the field-report backend must produce exactly the findings its
 * expected.json lists — every problem the hand review found, and nothing on the negative controls.
 */
const root = path.resolve(__dirname, '../fixtures/field-report');

interface Expected {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  subject: string;
}

describe('fixtures/field-report', () => {
  it('produces exactly the expected findings', async () => {
    const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Expected[];
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    const actual = result.diagnostics.map(({ ruleId, severity, file, line, column, subject }) => ({ ruleId, severity, file, line, column, subject }));
    const key = (d: Expected) => `${d.file}:${String(d.line).padStart(5, '0')}:${String(d.column).padStart(4, '0')} ${d.ruleId} ${d.subject}`;
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    expect(actual.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('explains which WorkflowExecution the registry exposes and suggests the migrated webhook table', async () => {
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    const duplicate = result.diagnostics.find((d) => d.ruleId === 'duplicate-class-name' && d.subject === 'WorkflowExecution');
    expect(duplicate?.message).toContain('app/models/n8n_workflows.py');
    expect(duplicate?.message).toContain('app/models/workflow_monitoring.py');
    const missing = result.diagnostics.find((d) => d.ruleId === 'missing-migration' && d.subject === 'webhook_queue');
    expect(missing?.help ?? missing?.message).toContain('n8n_webhook_queue');
  });
});

describe('fixtures/field-report: what the user reads', () => {
  it('renders the text report and the PR comment as they were reviewed', async () => {
    const result = await run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
    expect(formatText(result)).toMatchSnapshot();
    const target = { serverUrl: 'https://github.com', owner: 'acme', repo: 'backend', sha: 'abcdef1234567890' };
    // The project root as the Action sees it: the repository's own folder in the workspace.
    const comment = buildCommentBody(result, { target, projectRoot: root, workspace: root, configLabel: '.ormlint.yml', summaryUrl: 'https://github.com/acme/backend/actions/runs/1' });
    expect(comment).toMatchSnapshot();
  });
});

/**
 * Every project under fixtures/ with a .ormlint.yml (the examples, the real-world layouts, the
 * Action's). fixtures/config holds config files only; fixtures/accuracy goes through the bundle in
 * test/accuracy-fixtures.test.ts.
 */
function exampleProjects(): string[] {
  const fixtures = path.resolve(__dirname, '../fixtures');
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (['config', 'accuracy'].includes(path.basename(dir))) return;
    if (existsSync(path.join(dir, '.ormlint.yml'))) found.push(dir);
    if (depth === 0) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(path.join(dir, entry.name), depth - 1);
  };
  walk(fixtures, 2);
  return found.sort();
}

describe('every example project prints the same through the bundle (cli.mjs)', () => {
  it('matches the source run, finding by finding', async () => {
    const projects = exampleProjects();
    expect(projects.length).toBeGreaterThanOrEqual(20);
    const printed = ({ ruleId, severity, message, file, line, column, endLine, endColumn, subject, related, fingerprint, help, docsUrl }: Diagnostic) =>
      ({ ruleId, severity, message, file, line, column, endLine, endColumn, subject, related, fingerprint, help, docsUrl });
    for (const dir of projects) {
      const source = await run(loadConfig({ configPath: path.join(dir, '.ormlint.yml'), cwd: dir }));
      expect(await runBundle(dir), path.relative(root, dir)).toEqual(source.diagnostics.map(printed));
    }
  }, 120_000);
});
