import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = path.join(ROOT, 'scripts/new-rule.mjs');

/** A throwaway checkout holding what the scaffolder touches and what the new rule imports. */
function tempCheckout(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ormlint-new-rule-'));
  for (const part of ['rules', 'src', 'docs/rules']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  mkdirSync(path.join(dir, 'test/rules'), { recursive: true });
  // So the copied rules resolve their packages (picomatch) when the test imports them.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function scaffold(root: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('node', [SCRIPT, ...args, '--root', root], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run new-rule', () => {
  it('writes the rule, its doc and its cases, and lists it in rules/index.ts', async () => {
    const root = tempCheckout();
    const result = scaffold(root, 'missing-index', '--description', 'A foreign key column without an index.');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const file of ['rules/missing-index.ts', 'docs/rules/missing-index.md', 'test/rules/missing-index.test.ts']) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    const cases = readFileSync(path.join(root, 'test/rules/missing-index.test.ts'), 'utf8');
    expect(cases).toContain("ruleTester('missing-index', {");
    expect(cases).toContain("{ messageId: 'found', data: { name: 'Example' }, file: 'app/models/example.py', line: 6, column: 7, endLine: 6, endColumn: 14 }");
    const doc = readFileSync(path.join(root, 'docs/rules/missing-index.md'), 'utf8');
    expect(doc.startsWith('# missing-index\n\nA foreign key column without an index.\n')).toBe(true);

    const index = readFileSync(path.join(root, 'rules/index.ts'), 'utf8');
    expect(index).toContain("import missingIndex from './missing-index.js';\nimport missingMigration from './missing-migration.js';");
    expect(index).toContain('  missingIndex,\n];');
    const { builtinRules } = (await import(/* @vite-ignore */ path.join(root, 'rules/index.ts'))) as { builtinRules: { id: string; meta: { description: string } }[] };
    expect(builtinRules.at(-1)).toMatchObject({ id: 'missing-index', meta: { description: 'A foreign key column without an index.' } });
  });

  it('refuses an existing or malformed id and writes nothing', () => {
    const root = tempCheckout();
    const before = readFileSync(path.join(root, 'rules/index.ts'), 'utf8');
    expect(scaffold(root, 'schema-drift')).toMatchObject({ status: 2, stderr: expect.stringContaining('already exists') });
    expect(scaffold(root, 'Schema_Drift')).toMatchObject({ status: 2, stderr: expect.stringContaining('is not a rule id') });
    expect(scaffold(root)).toMatchObject({ status: 2, stderr: expect.stringContaining('usage') });
    expect(readFileSync(path.join(root, 'rules/index.ts'), 'utf8')).toBe(before);
  });
});
