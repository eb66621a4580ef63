import { describe, expect, it } from 'vitest';
import { defineRule } from '../src/engine/rule.js';
import { fillTemplate } from '../src/engine/messages.js';
import { facts, lint, loc } from './helpers/ruleCases.js';
import { testConfig } from './helpers/config.js';

const parseProblem = { kind: 'parse-error' as const, message: 'unexpected indent', location: loc('app/models/bad.py', 4, 3) };

describe('runRules', () => {
  it('applies the default severity, fills the template, links the doc and fills end positions', async () => {
    const [d, ...rest] = await lint(facts({ problems: [parseProblem] }), testConfig('/repo'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      ruleId: 'parse-error',
      severity: 'error',
      message: 'Could not parse app/models/bad.py: unexpected indent; what the unparsed part declares is left out of the check',
      file: 'app/models/bad.py',
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 4,
      subject: 'app/models/bad.py',
      related: [],
      docsUrl: 'https://github.com/ormlint/ormlint/blob/main/docs/rules/parse-error.md',
    });
    expect(d!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('uses the configured severity and skips rules that are off', async () => {
    const warned = await lint(facts({ problems: [parseProblem] }), testConfig('/repo', { rules: { 'parse-error': { severity: 'warning', options: {} } } }));
    expect(warned.map((d) => d.severity)).toEqual(['warning']);
    const off = await lint(facts({ problems: [parseProblem] }), testConfig('/repo', { rules: { 'parse-error': { severity: 'off', options: {} } } }));
    expect(off).toEqual([]);
  });

  it('keeps fingerprints when lines shift, and tells exact collisions apart', async () => {
    const at = (line: number) => ({ ...parseProblem, location: loc('app/models/bad.py', line, 3) });
    const [before] = await lint(facts({ problems: [at(4)] }), testConfig('/repo'));
    const [after] = await lint(facts({ problems: [at(40)] }), testConfig('/repo'));
    expect(after!.fingerprint).toBe(before!.fingerprint);
    const twice = await lint(facts({ problems: [at(4), at(9)] }), testConfig('/repo'));
    expect(new Set(twice.map((d) => d.fingerprint)).size).toBe(2);
    expect(twice[0]!.fingerprint).toBe(before!.fingerprint);
  });

  it('turns a rule that throws into one internal-error notice and runs the rest', async () => {
    const broken = defineRule({
      id: 'test/broken',
      meta: { description: 'throws', defaultSeverity: 'error' },
      messages: {},
      check() {
        throw new Error('boom');
      },
    });
    const out = await lint(facts({ problems: [parseProblem] }), testConfig('/repo'), [broken]);
    expect(out.map((d) => [d.ruleId, d.severity, d.subject, d.message])).toEqual([
      ['internal-error', 'notice', 'test/broken', 'Rule "test/broken" failed and was skipped: boom'],
      ['parse-error', 'error', 'app/models/bad.py', expect.any(String)],
    ]);
    expect(out[0]).toMatchObject({ file: '.ormlint.yml', line: 1, column: 1 });
  });

  it('passes merged default and configured options to the rule', async () => {
    let seen: unknown = null;
    const probe = defineRule({
      id: 'test/probe',
      meta: { description: 'probe', defaultSeverity: 'notice' },
      messages: {},
      defaultOptions: { a: 1, b: 'x' } as { a?: number; b?: string },
      check(_ctx, options) {
        seen = options;
      },
    });
    await lint(facts(), testConfig('/repo', { rules: { 'test/probe': { severity: 'notice', options: { b: 'y' } } } }), [probe]);
    expect(seen).toEqual({ a: 1, b: 'y' });
  });
});

describe('fillTemplate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(fillTemplate('Table "{{table}}" ({{ n }}) {{missing}}', { table: 't', n: 2 })).toBe('Table "t" (2) {{missing}}');
  });
});
