import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';

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
