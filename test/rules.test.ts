import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { run } from '../src/run.js';
import { builtinRules } from '../rules/index.js';
import { expectFindings, expectNoFindings, listRuleCases } from './helpers/ruleCases.js';

/**
 * The one driver for every rule case under fixtures/rules/<rule-id>/{valid,invalid}/<case>/: each
 * case is a small project run through the real pipeline (config loader, frontends, replay, rules,
 * suppressions), and only the findings of the case's rule are compared with its expected.json.
 */
const cases = listRuleCases();

describe('rule cases', () => {
  it('exist for every built-in rule, valid and invalid', () => {
    for (const rule of builtinRules) {
      expect(cases.some((c) => c.ruleId === rule.id && c.kind === 'valid'), `${rule.id}: no valid case`).toBe(true);
      expect(cases.some((c) => c.ruleId === rule.id && c.kind === 'invalid' && c.expected.length > 0), `${rule.id}: no invalid case with findings`).toBe(true);
    }
  });

  for (const c of cases) {
    it(`${c.ruleId} ${c.kind}/${c.name}`, async () => {
      const config = loadConfig({ configPath: path.join(c.dir, '.ormlint.yml'), cwd: c.dir });
      const { diagnostics } = await run(config);
      const label = `${c.ruleId} ${c.kind}/${c.name}`;
      if (c.kind === 'valid') {
        expect(c.expected, `${label}: a valid case expects nothing`).toEqual([]);
        expectNoFindings(diagnostics, c.ruleId, label);
      } else {
        expectFindings(diagnostics, c.ruleId, c.expected, label);
        expect(c.expected.length, `${label}: an invalid case expects findings`).toBeGreaterThan(0);
      }
    });
  }
});

describe('rule cases: what the user reads', () => {
  async function findings(ruleId: string, kind: 'valid' | 'invalid', name: string) {
    const c = cases.find((x) => x.ruleId === ruleId && x.kind === kind && x.name === name)!;
    const { diagnostics } = await run(loadConfig({ configPath: path.join(c.dir, '.ormlint.yml'), cwd: c.dir }));
    return diagnostics.filter((d) => d.ruleId === ruleId);
  }

  it('missing-migration suggests the similarly named migrated table', async () => {
    const [d] = await findings('missing-migration', 'invalid', 'renamed-in-migration');
    expect(d!.message).toBe('Table "webhook_queue" (model WebhookQueue) is not created by any migration');
    expect(d!.help).toContain('"n8n_webhook_queue"');
    expect(d!.docsUrl).toBe('https://github.com/ormlint/ormlint/blob/main/docs/rules/missing-migration.md');
  });

  it('unimported-model hints at ruff F401 when the registry import looks unused', async () => {
    const [d] = await findings('unimported-model', 'invalid', 'module-never-imported');
    expect(d!.help).toContain('ruff (F401)');
    expect(d!.help).toContain('__all__');
  });

  it('duplicate-class-name names every file and the one the registry exposes', async () => {
    const [d] = await findings('duplicate-class-name', 'invalid', 'shadowed-by-registry');
    expect(d!.message).toBe('Model class "Thing" is defined in 2 files (app/models/legacy_things.py and app/models/new_things.py); the registry exposes the one in app/models/new_things.py (last import wins), so this one is shadowed');
    expect(d!.related).toEqual([{ file: 'app/models/new_things.py', line: 6, column: 7, message: '"Thing" is also defined here (the one the registry exposes)' }]);
  });

  it('schema-drift puts the migration side in related', async () => {
    const drift = await findings('schema-drift', 'invalid', 'evolved-table');
    const type = drift.find((d) => d.message.includes('differs in type'))!;
    expect(type.related).toEqual([{ file: 'migrations/versions/001_templates.py', line: 13, column: 9, message: 'the migrations make it character varying(50)' }]);
  });
});
