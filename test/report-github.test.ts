import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Severity } from '../src/engine/diagnostic.js';
import { escapeCommandData, escapeCommandProperty, formatGithub } from '../src/report/index.js';
import { diagnostic, sampleDiagnostics, sampleResult } from './report-fixture.js';

/** What @actions/core itself prints for an annotation (it writes to stdout; we catch the line). */
function coreAnnotation(severity: Severity, message: string, properties: core.AnnotationProperties): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    core[severity](message, properties);
  } finally {
    spy.mockRestore();
  }
  return written.join('');
}

/** `::cmd k=v,k=v::data` split into its parts; properties as a map since core orders them differently. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((kv) => kv.split('=', 2) as [string, string]));
  return { command: match[1], properties, data: match[3] };
}

afterEach(() => vi.restoreAllMocks());

const HOSTILE = ['100%', 'a,b', 'c:d', 'line\nbreak', 'cr\rlf\r\n', '%0A literal', '`tick` | pipe', '日本 ✨ é', '::error::injected', '%25,%3A'];

describe('formatGithub', () => {
  it('writes one workflow command per finding with exact escaping', () => {
    expect(formatGithub(sampleResult())).toBe(
      [
        '::error file=app/models/user.py,line=12,endLine=12,col=5,endColumn=40,title=missing-migration::' +
          'Table "users" is created by no migration; the model User maps it%0Ahelp: add one: `alembic revision --autogenerate -m "add users"`',
        '::warning file=app/models/user.py,line=40,endLine=42,title=schema-drift::' +
          'Column "users.na,me:x" is 100%25 | different%0Amodel: text, migrations: character varying(50)',
        '::notice file=migrations/versions/001 ünï #1.py,line=7,endLine=7,col=1,endColumn=22,title=unresolved::' +
          'op.execute() builds its SQL at run time: table 日本 is uncertain ✨ (literal %250A stays)',
        '::warning file=migrations/versions/001 ünï #1.py,line=10,col=7,title=acme/no-legacy::Legacy table "e\u0301vents": rename it',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(formatGithub(sampleResult({ diagnostics: [] }))).toBe('');
  });

  it('escapes data and property values exactly as @actions/core does', () => {
    for (const s of HOSTILE) {
      expect(`::error title=${escapeCommandProperty(s)}::${escapeCommandData(s)}\n`).toBe(coreAnnotation('error', s, { title: s }));
    }
    expect(escapeCommandProperty('a:b,c%d\re\nf')).toBe('a%3Ab%2Cc%25d%0De%0Af');
    expect(escapeCommandData('a:b,c%d\re\nf')).toBe('a:b,c%25d%0De%0Af');
  });

  it('matches @actions/core annotation for annotation, hostile file and title included', () => {
    const expected: core.AnnotationProperties[] = [
      { file: 'app/models/user.py', startLine: 12, endLine: 12, startColumn: 5, endColumn: 40, title: 'missing-migration' },
      { file: 'app/models/user.py', startLine: 40, endLine: 42, title: 'schema-drift' },
      { file: 'migrations/versions/001 ünï #1.py', startLine: 7, endLine: 7, startColumn: 1, endColumn: 22, title: 'unresolved' },
      { file: 'migrations/versions/001 ünï #1.py', startLine: 10, startColumn: 7, title: 'acme/no-legacy' },
    ];
    const ours = formatGithub(sampleResult()).trimEnd().split('\n');
    sampleDiagnostics().forEach((d, i) => {
      const message = d.help ? `${d.message}\nhelp: ${d.help}` : d.message;
      const theirs = parseCommand(coreAnnotation(d.severity, message, expected[i]).trimEnd());
      expect(parseCommand(ours[i])).toEqual(theirs);
    });
    const weird = diagnostic({ ruleId: 'r,1:x', severity: 'warning', message: 'x', file: 'we,ird:na%me\n.py', line: 3, column: 2, endLine: 3, endColumn: 5 });
    const line = formatGithub(sampleResult({ diagnostics: [weird] })).trimEnd();
    expect(line).toBe('::warning file=we%2Cird%3Ana%25me%0A.py,line=3,endLine=3,col=2,endColumn=5,title=r%2C1%3Ax::x');
    expect(parseCommand(line)).toEqual(
      parseCommand(coreAnnotation('warning', 'x', { file: weird.file, startLine: 3, endLine: 3, startColumn: 2, endColumn: 5, title: 'r,1:x' }).trimEnd()),
    );
  });

  it('keeps only the line/column combinations the Actions runner accepts', () => {
    const line = (over: Parameters<typeof diagnostic>[0]) => formatGithub(sampleResult({ diagnostics: [diagnostic(over)] })).trimEnd();
    const base = { ruleId: 'r', severity: 'error' as const, message: 'm' };
    // Columns on a multi-line range are dropped by the runner: leave them out.
    expect(line({ ...base, line: 2, column: 3, endLine: 4, endColumn: 1 })).toBe('::error file=app/models/user.py,line=2,endLine=4,title=r::m');
    // A descending range: keep the start, drop the end.
    expect(line({ ...base, line: 5, column: 3, endLine: 4, endColumn: 9 })).toBe('::error file=app/models/user.py,line=5,col=3,title=r::m');
    // endColumn before col on one line.
    expect(line({ ...base, line: 5, column: 8, endLine: 5, endColumn: 2 })).toBe('::error file=app/models/user.py,line=5,endLine=5,col=8,title=r::m');
    // No usable line: no positions at all.
    expect(line({ ...base, line: 0, column: 3, endLine: 0, endColumn: 4 })).toBe('::error file=app/models/user.py,title=r::m');
    // No file: the property is left out, as @actions/core leaves out empty values.
    expect(line({ ...base, file: '', line: 1, column: 1, endLine: 1, endColumn: 2 })).toBe('::error line=1,endLine=1,col=1,endColumn=2,title=r::m');
  });

  it('prefixes paths with the project folder inside the repository', () => {
    const d = diagnostic({ ruleId: 'r', severity: 'notice', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 });
    expect(formatGithub(sampleResult({ diagnostics: [d] }), { pathPrefix: './services/api/' })).toBe(
      '::notice file=services/api/app/models/user.py,line=1,endLine=1,col=1,endColumn=2,title=r::m\n',
    );
  });
});
