import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/report/index.js';
import { VERSION } from '../src/version.js';
import { diagnostic, sampleResult } from './report-fixture.js';

describe('formatJson', () => {
  it('writes DESIGN.md "JSON output" exactly: key order, help and docsUrl after fingerprint, 2-space indent, trailing newline', () => {
    expect(formatJson(sampleResult())).toBe(`{
  "tool": "ormlint",
  "version": "${VERSION}",
  "diagnostics": [
    {
      "ruleId": "missing-migration",
      "severity": "error",
      "message": "Table \\"users\\" is created by no migration; the model User maps it",
      "file": "app/models/user.py",
      "line": 12,
      "column": 5,
      "endLine": 12,
      "endColumn": 40,
      "subject": "users",
      "related": [
        {
          "file": "migrations/versions/001 ünï #1.py",
          "line": 30,
          "column": 5,
          "message": "the latest migration, which creates \\"user\\" instead"
        }
      ],
      "fingerprint": "missing-migration|users|9f3a",
      "help": "add one: \`alembic revision --autogenerate -m \\"add users\\"\`",
      "docsUrl": "https://github.com/ormlint/ormlint/blob/main/docs/rules/missing-migration.md"
    },
    {
      "ruleId": "schema-drift",
      "severity": "warning",
      "message": "Column \\"users.na,me:x\\" is 100% | different\\nmodel: text, migrations: character varying(50)",
      "file": "app/models/user.py",
      "line": 40,
      "column": 3,
      "endLine": 42,
      "endColumn": 10,
      "subject": "users.na,me:x",
      "related": [
        {
          "file": "migrations/versions/001 ünï #1.py",
          "line": 31,
          "message": "created here\\r\\nas \\u001b[31mvarchar"
        }
      ],
      "fingerprint": "schema-drift|users.na,me:x|0c1d",
      "docsUrl": "https://github.com/ormlint/ormlint/blob/main/docs/rules/schema-drift.md"
    },
    {
      "ruleId": "unresolved",
      "severity": "notice",
      "message": "op.execute() builds its SQL at run time: table 日本 is uncertain ✨ (literal %0A stays)",
      "file": "migrations/versions/001 ünï #1.py",
      "line": 7,
      "column": 1,
      "endLine": 7,
      "endColumn": 22,
      "subject": "public.日本",
      "related": [],
      "fingerprint": "unresolved|public.日本|77aa",
      "docsUrl": "https://github.com/ormlint/ormlint/blob/main/docs/rules/unresolved.md"
    },
    {
      "ruleId": "acme/no-legacy",
      "severity": "warning",
      "message": "Legacy table \\"e\u0301vents\\": rename it",
      "file": "migrations/versions/001 ünï #1.py",
      "line": 10,
      "column": 7,
      "endLine": 9,
      "endColumn": 1,
      "subject": "events",
      "related": [],
      "fingerprint": "acme/no-legacy|events|5e5e",
      "docsUrl": "https://example.com/acme/no-legacy"
    }
  ],
  "summary": {
    "error": 1,
    "warning": 2,
    "notice": 1,
    "baselined": 2
  },
  "stats": {
    "files": 20,
    "models": 19,
    "tables": 19,
    "migrations": 4
  }
}
`);
  });

  it('round-trips every string unchanged', () => {
    const result = sampleResult();
    const parsed = JSON.parse(formatJson(result));
    expect(parsed.diagnostics.map((d: { message: string }) => d.message)).toEqual(result.diagnostics.map((d) => d.message));
    expect(parsed.diagnostics[1].related[0].message).toBe('created here\r\nas \u001b[31mvarchar');
  });

  it('leaves out help and docsUrl when a finding has none', () => {
    const result = sampleResult({ diagnostics: [diagnostic({ ruleId: 'x', severity: 'error', message: 'm', docsUrl: '' })] });
    expect(Object.keys(JSON.parse(formatJson(result)).diagnostics[0])).toEqual([
      'ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'subject', 'related', 'fingerprint',
    ]);
  });

  it('an empty run is still a complete report', () => {
    expect(formatJson(sampleResult({ diagnostics: [], baselined: 0, stats: { files: 0, models: 0, tables: 0, migrations: 0, durationMs: 3 } }))).toBe(
      `{\n  "tool": "ormlint",\n  "version": "${VERSION}",\n  "diagnostics": [],\n` +
        `  "summary": {\n    "error": 0,\n    "warning": 0,\n    "notice": 0,\n    "baselined": 0\n  },\n` +
        `  "stats": {\n    "files": 0,\n    "models": 0,\n    "tables": 0,\n    "migrations": 0\n  }\n}\n`,
    );
  });
});
