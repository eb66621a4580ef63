import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { DOCUMENTED_RULES } from '../src/config/defaults.js';
import { DOCS_BASE, docsUrl } from '../src/engine/rule.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ruleFiles = readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();
const ids = builtinRules.map((r) => r.id);

/** The rule ids DESIGN.md's table promises, when the design document ships with the repository. */
function designIds(): string[] {
  // Only files inside the repository: a test never reads beyond it.
  const candidates = ['DESIGN.md', 'docs/DESIGN.md'].map((p) => path.join(ROOT, p));
  const file = candidates.find((p) => existsSync(p));
  if (!file) return [];
  const section = readFileSync(file, 'utf8').split('## Rule ids')[1]?.split('\n## ')[0] ?? '';
  return section.split('\n').flatMap((line) => {
    const cell = line.split('|')[1]?.trim() ?? '';
    return cell.startsWith('`') && cell.endsWith('`') ? [cell.slice(1, -1)] : [];
  });
}

/** The doc's text after the `# id` title, up to the first blank line. */
function firstParagraph(doc: string): string {
  const afterTitle = doc.split('\n').slice(1).join('\n').trim();
  return afterTitle.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
}

describe('rules index', () => {
  it('lists every file in rules/, and nothing else', () => {
    expect([...ids].sort()).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')));
  });

  it('has unique ids that match their file names', async () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of ruleFiles) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, 'rules', file))) as { default: { id: string } };
      expect(mod.default.id, file).toBe(file.replace(/\.ts$/, ''));
    }
  });

  it('contains every rule id DESIGN.md documents, with its default severity', () => {
    const documented = [...DOCUMENTED_RULES.map((r) => r.id), ...designIds()];
    expect(documented.length).toBeGreaterThanOrEqual(11);
    for (const id of documented) expect(ids, id).toContain(id);
    for (const r of DOCUMENTED_RULES) expect(builtinRules.find((b) => b.id === r.id)!.meta.defaultSeverity, r.id).toBe(r.defaultSeverity);
  });

  it('gives every rule messages and, when it has options, a closed option schema with defaults', () => {
    for (const rule of builtinRules) {
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      if (rule.options) {
        expect(rule.options.additionalProperties, rule.id).toBe(false);
        expect(Object.keys(rule.defaultOptions ?? {}).sort(), rule.id).toEqual(Object.keys(rule.options.properties).sort());
      }
    }
  });
});

describe('rule messages', () => {
  const ENGINE = ['src/engine/runner.ts', 'src/engine/suppressions.ts'].map((f) => readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
  for (const rule of builtinRules) {
    it(`${rule.id}: every message is reported by the rule and met by an invalid case of test/rules/${rule.id}.test.ts`, () => {
      const source = readFileSync(path.join(ROOT, 'rules', `${rule.id}.ts`), 'utf8');
      // The rule's code after its messages block (or the engine, which reports for engine rules).
      const code = source.slice(source.indexOf('check(')) + ENGINE;
      const testFile = path.join(ROOT, 'test/rules', `${rule.id}.test.ts`);
      expect(existsSync(testFile), `${testFile} is missing`).toBe(true);
      const cases = readFileSync(testFile, 'utf8');
      for (const id of Object.keys(rule.messages)) {
        expect(code, `${rule.id}: message "${id}" is never reported`).toContain(`'${id}'`);
        expect(cases, `${rule.id}: no invalid case meets message "${id}"`).toContain(`messageId: '${id}'`);
      }
    });
  }
});

describe('rule docs', () => {
  for (const rule of builtinRules) {
    it(`docs/rules/${rule.id}.md has the required sections and matches meta.description`, () => {
      const file = path.join(ROOT, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const doc = readFileSync(file, 'utf8');
      expect(doc.split('\n')[0]).toBe(`# ${rule.id}`);
      expect(firstParagraph(doc)).toBe(rule.meta.description);
      for (const heading of ['## Problem', '## Solution', '## Options']) expect(doc, `${rule.id}: ${heading}`).toContain(`\n${heading}\n`);
      expect(doc, `${rule.id}: a ❌ example`).toMatch(/\n### ❌.*\n+```/);
      expect(doc, `${rule.id}: a ✅ example`).toMatch(/\n### ✅.*\n+```/);
      expect(doc).toContain(`Default severity: **${rule.meta.defaultSeverity}**.`);
      for (const option of Object.keys(rule.options?.properties ?? {})) expect(doc, `${rule.id}: option ${option}`).toContain(`\`${option}\``);
      expect(docsUrl(rule.id)).toBe(`${DOCS_BASE}${rule.id}.md`);
    });
  }
});
