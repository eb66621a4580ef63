import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/engine/diagnostic.js';
import { docsUrl } from '../src/engine/rule.js';
import { buildCommentBody, commentMarker, findOwnComment } from '../src/github/comment.js';
import { encodeUrlPath, escapeMarkdown, escapeMarkerValue } from '../src/github/markdown.js';
import { buildSummary } from '../src/github/summary.js';
import { groupByRule, repoPath } from '../src/github/report.js';
import type { ProjectFacts } from '../src/facts.js';
import { overviewOf, type RunResult } from '../src/run.js';
import { testConfig } from './helpers/config.js';

function diag(ruleId: string, severity: Diagnostic['severity'], file: string, line: number, message: string, subject = 'x'): Diagnostic {
  return { ruleId, severity, message, file, line, column: 1, endLine: line, endColumn: 10, subject, related: [], fingerprint: `${ruleId}:${subject}`, docsUrl: docsUrl(ruleId) };
}

function result(diagnostics: Diagnostic[], baselined = 0): RunResult {
  const facts: ProjectFacts = {
      models: [],
      registry: { roots: [], reachableFiles: [], reachable: [{ className: 'User', file: 'app/models/user.py' }], bindings: [] },
      modelSchema: { tables: new Map([['public.users', {} as never]]), enums: new Map() },
      migrations: [],
      migrationKind: 'alembic',
      migrationGraph: { heads: ['a1b2'], roots: ['a1b2'], dangling: [], duplicates: [], cycles: [] },
      migratedSchema: { tables: new Map(), enums: new Map() },
      problems: [],
      defaultSchema: 'public',
    };
  return {
    config: testConfig('/repo'),
    facts,
    overview: overviewOf(facts),
    diagnostics,
    baselined,
    rules: [],
    stats: { files: 2, models: 1, tables: 1, migrations: 1, durationMs: 42 },
  };
}

const target = { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop', sha: 'abcdef1234567890' };
const tableOptions = { target, projectRoot: '/repo', workspace: '/repo' };

describe('markdown escaping', () => {
  it('keeps table structure, mentions, HTML and inline markup inert', () => {
    expect(escapeMarkdown('a|b')).toBe('a&#124;b');
    expect(escapeMarkdown('`x`')).toBe('&#96;x&#96;');
    expect(escapeMarkdown('<!-- ormlint:comment config=x -->')).toBe('&lt;\\!-- ormlint:comment config=x --&gt;');
    expect(escapeMarkdown('ping @octocat')).toBe('ping @&#8203;octocat');
    expect(escapeMarkdown('app/models/__init__.py')).toBe('app/models/\\_\\_init\\_\\_.py');
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
    expect(escapeMarkdown('one\r\ntwo')).toBe('one<br>two');
    expect(escapeMarkdown('[x](javascript:1)')).toBe('\\[x\\](javascript:1)');
  });

  it('encodes URL paths so a link target cannot end early', () => {
    expect(encodeUrlPath('app/we ird)(x/a|b.py')).toBe('app/we%20ird%29%28x/a%7Cb.py');
  });

  it('makes the marker value unable to close the HTML comment', () => {
    expect(escapeMarkerValue('svc/a-->b <x>.yml')).toBe('svc/a--%3Eb%20%3Cx%3E.yml');
    expect(commentMarker('services/api/.ormlint.yml')).toBe('<!-- ormlint:comment config=services/api/.ormlint.yml -->');
  });
});

describe('repoPath', () => {
  it('makes project paths repository-relative', () => {
    expect(repoPath('app/models/user.py', '/ws/services/api', '/ws')).toBe('services/api/app/models/user.py');
    expect(repoPath('x.py', '/elsewhere', '/ws')).toBe('x.py');
  });
});

describe('groupByRule', () => {
  it('orders rules by severity, then count, then id', () => {
    const groups = groupByRule([
      diag('orphan-table', 'warning', 'm/1.py', 1, 'o'),
      diag('unresolved', 'notice', 'm/1.py', 2, 'u'),
      diag('schema-drift', 'error', 'a.py', 1, 's'),
      diag('missing-migration', 'error', 'a.py', 2, 'm'),
      diag('missing-migration', 'error', 'b.py', 2, 'm'),
    ]);
    expect(groups.map((g) => g.ruleId)).toEqual(['missing-migration', 'schema-drift', 'orphan-table', 'unresolved']);
  });
});

describe('buildSummary', () => {
  it('renders counts, one table per rule with links, the registry and the stats', () => {
    const md = buildSummary(
      result([
        diag('missing-migration', 'error', 'app/models/user.py', 3, 'Table "users" (model User) is created by no migration', 'users'),
        diag('orphan-table', 'warning', 'migrations/versions/001_init.py', 12, 'Table "accounts" is created by a migration but mapped by no model', 'accounts'),
      ], 1),
      { ...tableOptions, configLabel: '.ormlint.yml', annotationNotes: ['2 annotations were not shown.'] },
    );
    expect(md).toBe(
      [
        '## ormlint: .ormlint.yml',
        '',
        '**1** error · **1** warning · **0** notices (1 more finding accepted by the baseline)',
        '',
        '> 2 annotations were not shown.',
        '',
        `### 🛑 \`missing-migration\`: 1 error · [docs](${docsUrl('missing-migration')})`,
        '',
        '| Location | Message |',
        '| --- | --- |',
        '| [app/models/user.py:3](https://github.com/acme/shop/blob/abcdef1234567890/app/models/user.py#L3) | Table "users" (model User) is created by no migration |',
        '',
        `### ⚠️ \`orphan-table\`: 1 warning · [docs](${docsUrl('orphan-table')})`,
        '',
        '| Location | Message |',
        '| --- | --- |',
        '| [migrations/versions/001\\_init.py:12](https://github.com/acme/shop/blob/abcdef1234567890/migrations/versions/001_init.py#L12) | Table "accounts" is created by a migration but mapped by no model |',
        '',
        '### Registry',
        '',
        '| Models | Reachable from the registry | Tables (models) | Tables (migrations) | Migrations | Heads |',
        '| ---: | ---: | ---: | ---: | ---: | --- |',
        '| 0 | 1 | 1 | 0 | 0 | a1b2 |',
        '',
        '<sub>2 files read · 1 model · 1 table · 1 migration · 42 ms</sub>',
        '',
      ].join('\n'),
    );
  });

  it('shows a finding without a file as about the project', () => {
    const md = buildSummary(result([diag('migration-graph', 'error', '', 1, 'Two heads')]), { ...tableOptions, configLabel: '.ormlint.yml', annotationNotes: [] });
    expect(md).toContain('\n| (project) | Two heads |\n');
  });

  it('says "No findings" when clean', () => {
    const md = buildSummary(result([]), { ...tableOptions, configLabel: '.ormlint.yml', annotationNotes: [] });
    expect(md.split('\n').slice(0, 5)).toEqual(['## ormlint: .ormlint.yml', '', '**0** errors · **0** warnings · **0** notices', '', 'No findings. ✅']);
  });
});

describe('buildCommentBody', () => {
  const options = { ...tableOptions, configLabel: '.ormlint.yml', summaryUrl: 'https://github.com/acme/shop/actions/runs/7' };

  it('starts with the marker and ends with a pointer to the job summary', () => {
    const body = buildCommentBody(result([diag('missing-migration', 'error', 'app/models/user.py', 3, 'Table "users" is created by no migration')]), options);
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- ormlint:comment config=.ormlint.yml -->');
    expect(lines[1]).toBe('## ormlint: .ormlint.yml');
    expect(lines[3]).toBe('**1** error · **0** warnings · **0** notices');
    expect(lines.at(-2)).toBe('<sub>Checked commit abcdef1 · full report in the [job summary](https://github.com/acme/shop/actions/runs/7)</sub>');
  });

  it('is an all-clear note without findings', () => {
    expect(buildCommentBody(result([]), options)).toBe(
      [
        '<!-- ormlint:comment config=.ormlint.yml -->',
        '## ormlint: .ormlint.yml',
        '',
        '✅ All clear: no findings.',
        '',
        '<sub>Checked commit abcdef1 · full report in the [job summary](https://github.com/acme/shop/actions/runs/7)</sub>',
        '',
      ].join('\n'),
    );
  });

  it('cannot be broken, made to ping, or made to carry a second marker by hostile names', () => {
    const hostile = 'evil|table`<!-- ormlint:comment config=.ormlint.yml -->@octocat';
    const body = buildCommentBody(result([diag('missing-migration', 'error', 'app/models/we|ird`.py', 3, `Table "${hostile}" is created by no migration`, hostile)]), options);
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(body).not.toMatch(/@octocat/);
    const row = body.split('\n').find((l) => l.startsWith('| [app'))!;
    // Exactly three unescaped pipes: the row has two cells.
    expect(row.match(/\|/g)).toHaveLength(3);
    expect(row).toContain('(https://github.com/acme/shop/blob/abcdef1234567890/app/models/we%7Cird%60.py#L3)');
    const bot = { login: 'github-actions[bot]' };
    expect(findOwnComment([{ id: 1, body: `x\n${body}`, html_url: 'u', user: bot }], commentMarker('.ormlint.yml'), bot.login).own).toBeNull();
    expect(findOwnComment([{ id: 2, body, html_url: 'u', user: bot }], commentMarker('.ormlint.yml'), bot.login).own?.id).toBe(2);
  });

  it('cuts by rule under the limit and says what was cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) => diag('missing-migration', 'error', `app/models/m${i}.py`, 1, `Table "t${i}" is created by no migration; ${'x'.repeat(40)}`));
    const warnings = Array.from({ length: 30 }, (_, i) => diag('orphan-table', 'warning', 'migrations/versions/001.py', i + 1, `Table "o${i}" is mapped by no model`));
    const body = buildCommentBody(result([...many, ...warnings]), options);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(55_000);
    const rows = body.split('\n').filter((l) => l.startsWith('| [app/models/m')).length;
    expect(rows).toBeGreaterThan(300);
    expect(rows).toBeLessThan(2000);
    expect(body).toContain(`> Cut to fit GitHub's size limit; not shown here: ${2000 - rows} of 2000 \`missing-migration\` findings, all 30 \`orphan-table\` findings. The full report is in the [job summary](https://github.com/acme/shop/actions/runs/7).`);
    expect(body).not.toContain('orphan-table`: 30');
  });
});
