import { describe, expect, it } from 'vitest';
import { formatText } from '../src/report/index.js';
import { displayWidth } from '../src/report/terminal.js';
import { diagnostic, MIGRATION_FILE, sampleResult } from './report-fixture.js';

const ESC = '\u001b';
const stripAnsi = (s: string) => s.split(new RegExp(`${ESC}\\[\\d+m`)).join('');

describe('formatText', () => {
  it('groups by file with aligned columns, hanging help and related lines, docs once, and a verdict', () => {
    expect(formatText(sampleResult(), { verbose: true })).toBe(
      [
        'app/models/user.py',
        '  12:5  error    Table "users" is created by no migration; the model User maps it  missing-migration',
        '                 help: add one: `alembic revision --autogenerate -m "add users"`',
        '                 ↳ migrations/versions/001 ünï #1.py:30:5 the latest migration, which creates "user" instead',
        '  40:3  warning  Column "users.na,me:x" is 100% | different                        schema-drift',
        '                 model: text, migrations: character varying(50)',
        '                 ↳ migrations/versions/001 ünï #1.py:31 created here',
        '                   as \\u001b[31mvarchar',
        '',
        'migrations/versions/001 ünï #1.py',
        '  7:1   notice   op.execute() builds its SQL at run time: table 日本 is uncertain ✨ (literal %0A stays)  unresolved',
        '  10:7  warning  Legacy table "e\u0301vents": rename it                                                         acme/no-legacy',
        '',
        'Rule docs:',
        '  acme/no-legacy     https://example.com/acme/no-legacy',
        '  missing-migration  https://github.com/ormlint/ormlint/blob/main/docs/rules/missing-migration.md',
        '  schema-drift       https://github.com/ormlint/ormlint/blob/main/docs/rules/schema-drift.md',
        '  unresolved         https://github.com/ormlint/ormlint/blob/main/docs/rules/unresolved.md',
        '',
        '✖ 4 problems (1 error, 2 warnings, 1 notice), 2 baselined findings not shown',
        '',
      ].join('\n'),
    );
  });

  it('aligns the rule column by display width: wide CJK and emoji count 2, a combining accent 0', () => {
    const lines = formatText(sampleResult(), { verbose: true }).split('\n');
    const wide = lines.find((l) => l.endsWith('unresolved')) ?? '';
    const combining = lines.find((l) => l.endsWith('acme/no-legacy')) ?? '';
    expect(displayWidth('日本 ✨ e\u0301')).toBe(2 + 2 + 1 + 2 + 1 + 1 + 0);
    expect(displayWidth(wide) - 'unresolved'.length).toBe(displayWidth(combining) - 'acme/no-legacy'.length);
  });

  it('prints no escape sequence without colour, and never passes one through from a message', () => {
    const plain = formatText(sampleResult(), { color: false, verbose: true });
    expect(plain).not.toContain(ESC);
    expect(formatText(sampleResult(), { verbose: true })).toBe(plain);
  });

  it('with colour: the same text once the SGR codes are removed', () => {
    const coloured = formatText(sampleResult(), { color: true, verbose: true });
    expect(coloured).toContain(ESC);
    expect(stripAnsi(coloured)).toBe(formatText(sampleResult(), { verbose: true }));
  });

  it('colours severities red, yellow and blue, dims positions and rule ids, underlines the file', () => {
    const result = sampleResult({
      baselined: 0,
      diagnostics: [
        diagnostic({ ruleId: 'a', severity: 'error', message: 'E', line: 1, column: 2, docsUrl: '' }),
        diagnostic({ ruleId: 'b', severity: 'warning', message: 'W', line: 3, column: 4, docsUrl: '' }),
        diagnostic({ ruleId: 'c', severity: 'notice', message: 'N', line: 5, column: 6, docsUrl: '' }),
      ],
    });
    expect(formatText(result, { color: true, verbose: true })).toBe(
      [
        `${ESC}[4mapp/models/user.py${ESC}[24m`,
        `  ${ESC}[2m1:2${ESC}[22m  ${ESC}[31merror  ${ESC}[39m  E  ${ESC}[2ma${ESC}[22m`,
        `  ${ESC}[2m3:4${ESC}[22m  ${ESC}[33mwarning${ESC}[39m  W  ${ESC}[2mb${ESC}[22m`,
        `  ${ESC}[2m5:6${ESC}[22m  ${ESC}[34mnotice ${ESC}[39m  N  ${ESC}[2mc${ESC}[22m`,
        '',
        `${ESC}[31m${ESC}[1m✖ 3 problems (1 error, 1 warning, 1 notice)${ESC}[22m${ESC}[39m`,
        '',
      ].join('\n'),
    );
  });

  it('colours the verdict by the worst severity', () => {
    const notices = sampleResult({ baselined: 0, diagnostics: [diagnostic({ ruleId: 'c', severity: 'notice', message: 'N', docsUrl: '' })] });
    expect(formatText(notices, { color: true, verbose: true }).split('\n').at(-2)).toBe(`${ESC}[34m${ESC}[1m✖ 1 problem (0 errors, 0 warnings, 1 notice)${ESC}[22m${ESC}[39m`);
  });

  it('lists findings first and, unless --verbose, sums notices up in one block after them', () => {
    const notice = (line: number, message: string) => diagnostic({ ruleId: 'unresolved', severity: 'notice', message, file: 'a.py', line, docsUrl: '' });
    const finding = diagnostic({ ruleId: 'schema-drift', severity: 'error', message: 'Drift', file: 'b.py', line: 3, column: 1, docsUrl: '' });
    const many = Array.from({ length: 7 }, (_, i) => notice(i + 1, `notice ${i + 1}`));
    const text = formatText(sampleResult({ baselined: 0, diagnostics: [...many, finding] }));
    expect(text.split('\n')).toEqual([
      'b.py',
      '  3:1  error    Drift  schema-drift',
      '',
      '7 notices (what ormlint could not evaluate; --verbose lists each where it occurs):',
      '  a.py:1  notice 1',
      '  a.py:2  notice 2',
      '  a.py:3  notice 3',
      '  a.py:4  notice 4',
      '  a.py:5  notice 5',
      '  … and 2 more',
      '',
      '✖ 8 problems (1 error, 0 warnings, 7 notices)',
      '',
    ]);
    expect(formatText(sampleResult({ baselined: 0, diagnostics: [...many, finding] }), { verbose: true })).toContain('a.py\n  1:1  notice');
  });

  it('says so when there is nothing to report, with and without baselined findings', () => {
    expect(formatText(sampleResult({ diagnostics: [], baselined: 0 }))).toBe('✔ no problems\n');
    expect(formatText(sampleResult({ diagnostics: [], baselined: 1 }))).toBe('✔ no problems, 1 baselined finding not shown\n');
    expect(formatText(sampleResult({ diagnostics: [], baselined: 0 }), { color: true })).toBe(`${ESC}[32m${ESC}[1m✔ no problems${ESC}[22m${ESC}[39m\n`);
  });

  it('keeps a hostile file name on its line and makes control characters visible', () => {
    const result = sampleResult({
      baselined: 0,
      diagnostics: [
        diagnostic({
          ruleId: 'parse-error',
          severity: 'error',
          message: 'bad\tbyte \u0007 and \u202eevil',
          file: 'a\nb\u001b[2J.py',
          line: 2,
          column: 1,
          docsUrl: '',
          related: [{ file: MIGRATION_FILE, line: 1, column: 9, message: 'see' }],
        }),
      ],
    });
    expect(formatText(result)).toBe(
      [
        'a⏎b\\u001b[2J.py',
        '  2:1  error    bad byte \\u0007 and \\u202eevil  parse-error',
        '                ↳ migrations/versions/001 ünï #1.py:1:9 see',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices)',
        '',
      ].join('\n'),
    );
  });

  it('is deterministic: the same result gives byte-identical output', () => {
    expect(formatText(sampleResult(), { color: true, verbose: true })).toBe(formatText(sampleResult(), { color: true, verbose: true }));
  });
});
