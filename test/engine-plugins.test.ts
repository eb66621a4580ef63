import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS_VERSION } from '../src/facts.js';
import { applySuppressions } from '../src/engine/suppressions.js';
import { loadRules } from '../src/engine/runner.js';
import { facts, lint, model } from './helpers/ruleCases.js';
import { testConfig } from './helpers/config.js';
import { tempProject } from './helpers/project.js';
import { commentsOf } from './helpers/comments.js';

/** A plugin as a user writes it: plain ESM, no import from ormlint needed. */
const PLUGIN = `
export default {
  rules: [{
    id: 'acme/class-prefix',
    meta: { description: 'Model classes start with Acme.', defaultSeverity: 'warning' },
    messages: { prefix: 'Model class {{name}} should start with "{{prefix}}"' },
    defaultOptions: { prefix: 'Acme' },
    check(ctx, options) {
      for (const m of ctx.facts.models ?? []) {
        if (!m.className.startsWith(options.prefix)) {
          ctx.report({ messageId: 'prefix', data: { name: m.className, prefix: options.prefix }, location: m.location, subject: m.className });
        }
      }
    },
  }],
};
`;

const project = (files: Record<string, string>) => tempProject(files, 'ormlint-plugin-');

const models = [model('AcmeOrder', 'app/models/a.py', 3, 'orders'), model('Invoice', 'app/models/b.py', 5, 'invoices')];

describe('plugins', () => {
  it('loads a configured plugin and runs its rule with the built-in API', async () => {
    const root = project({ 'tools/ormlint-acme.mjs': PLUGIN });
    const config = testConfig(root, { plugins: ['tools/ormlint-acme.mjs'], rules: { 'model-base': { severity: 'off', options: {} } } });
    const out = await lint(facts({ models }), config);
    expect(out.map((d) => [d.ruleId, d.severity, d.file, d.line, d.subject, d.message])).toEqual([
      ['acme/class-prefix', 'warning', 'app/models/b.py', 5, 'Invoice', 'Model class Invoice should start with "Acme"'],
    ]);
  });

  it('uses the configured severity and options of a plugin rule, and lets suppressions name it', async () => {
    const root = project({ 'tools/acme.mjs': PLUGIN });
    const config = testConfig(root, { plugins: ['tools/acme.mjs'], rules: { 'acme/class-prefix': { severity: 'error', options: { prefix: 'Invoice' } } } });
    const out = await lint(facts({ models: [models[0]!] }), config);
    expect(out.filter((d) => d.ruleId === 'acme/class-prefix').map((d) => [d.severity, d.subject])).toEqual([['error', 'AcmeOrder']]);
    expect(out[0]!.docsUrl).toBe('');
    const text = 'from app.models.base import Base\n# ormlint-disable-next-line acme/class-prefix\nclass AcmeOrder(Base): pass\n';
    const suppressed = applySuppressions(out, await commentsOf([{ path: 'app/models/a.py', text }]), config, await loadRules(config));
    expect(suppressed.filter((d) => d.ruleId.startsWith('acme/') || d.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('tells a plugin which version of the facts it reads', async () => {
    const root = project({
      'tools/version.mjs': `export default { id: 'acme/version', meta: { description: 'v', defaultSeverity: 'notice' }, messages: { v: 'facts v{{v}}' },
        check(ctx) { ctx.report({ messageId: 'v', data: { v: String(ctx.factsVersion) }, location: { file: 'x.py', line: 1, column: 1 }, subject: 'x' }); } };`,
    });
    const out = await lint(facts({ models }), testConfig(root, { plugins: ['tools/version.mjs'] }));
    expect(out.filter((d) => d.ruleId === 'acme/version').map((d) => d.message)).toEqual([`facts v${FACTS_VERSION}`]);
    expect(FACTS_VERSION).toBe(1);
  });

  it('loads nothing unless configured', async () => {
    const root = project({ 'tools/acme.mjs': 'throw new Error("must not run")' });
    await expect(lint(facts({ models }), testConfig(root))).resolves.toBeDefined();
  });

  it('refuses plugins outside the root, missing, malformed or with un-namespaced ids', async () => {
    const root = project({
      'p/bad-id.mjs': "export default { id: 'class-prefix', meta: { description: 'x', defaultSeverity: 'warning' }, messages: {}, check() {} }",
      'p/no-check.mjs': "export default { id: 'a/b', meta: { description: 'x', defaultSeverity: 'warning' }, messages: {} }",
      'p/clash.mjs': "export default { rules: [1, 2].map(() => ({ id: 'a/b', meta: { description: 'x', defaultSeverity: 'warning' }, messages: {}, check() {} })) }",
    });
    const attempt = (plugin: string) => lint(facts(), testConfig(root, { plugins: [plugin] }));
    await expect(attempt('../outside.mjs')).rejects.toThrow(/not found|outside the project root/);
    await expect(attempt('p/missing.mjs')).rejects.toThrow(/not found/);
    await expect(attempt('p/bad-id.mjs')).rejects.toThrow(/"<plugin>\/<rule>"/);
    await expect(attempt('p/no-check.mjs')).rejects.toThrow(/needs a check\(ctx, options\) function/);
    await expect(attempt('p/clash.mjs')).rejects.toThrow(/already defines/);
    const outsideRoot = project({ 'evil.mjs': 'export default {}' });
    await expect(attempt(path.relative(root, path.join(outsideRoot, 'evil.mjs')))).rejects.toThrow(/outside the project root/);
  });
});
