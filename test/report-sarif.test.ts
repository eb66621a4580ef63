import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../src/report/index.js';
import { relativeUri, sourceRootUri } from '../src/report/sarif.js';
import { VERSION } from '../src/version.js';
import { diagnostic, sampleResult } from './report-fixture.js';


/**
 * The official SARIF 2.1.0 schema (rtm.5, as shipped by @microsoft/jest-sarif) compiled with ajv 8.
 * It is draft-04: its root `id` becomes `$id`, nothing else in it is draft-04-only. Formats are
 * checked by RFC 3986's character rules, which is what catches an unencoded space or `#`.
 */
function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // unicodeRegExp: false because the schema's `language` pattern has a stray `]` that the u flag rejects.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const uriChars = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriChars.test(s));
  ajv.addFormat('uri-reference', (s: string) => uriChars.test(s) && !/^[^/?#]*:/.test(s.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, '')));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
const validate = sarifValidator();

function expectValidSarif(text: string): void {
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const DOCS = 'https://github.com/ormlint/ormlint/blob/main/docs/rules/';
const MIGRATION_URI = 'migrations/versions/001%20%C3%BCn%C3%AF%20%231.py';
const descriptor = (id: string, helpUri: string, text = `ormlint rule ${id}`) => ({
  id,
  shortDescription: { text },
  fullDescription: { text },
  helpUri,
  help: { text: `Documentation: ${helpUri}`, markdown: `[${id} documentation](${helpUri})` },
});
const at = (uri: string, region: Record<string, number>) => ({ artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region });

describe('formatSarif', () => {
  it('writes one SARIF 2.1.0 run with rules, results, regions, related locations and fingerprints', () => {
    const text = formatSarif(sampleResult());
    const log = JSON.parse(text);
    expect(text).toBe(JSON.stringify(log, null, 2) + '\n');
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'ormlint',
              version: VERSION,
              semanticVersion: VERSION,
              informationUri: 'https://github.com/ormlint/ormlint',
              rules: [
                descriptor('missing-migration', `${DOCS}missing-migration.md`),
                descriptor('schema-drift', `${DOCS}schema-drift.md`),
                descriptor('unresolved', `${DOCS}unresolved.md`),
                descriptor('acme/no-legacy', 'https://example.com/acme/no-legacy'),
              ],
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///work/repo/' } },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'missing-migration',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Table "users" is created by no migration; the model User maps it\nhelp: add one: `alembic revision --autogenerate -m "add users"`' },
              locations: [{ physicalLocation: at('app/models/user.py', { startLine: 12, startColumn: 5, endLine: 12, endColumn: 40 }) }],
              relatedLocations: [
                { id: 1, physicalLocation: at(MIGRATION_URI, { startLine: 30, startColumn: 5 }), message: { text: 'the latest migration, which creates "user" instead' } },
              ],
              partialFingerprints: { 'ormlint/v1': 'missing-migration|users|9f3a' },
              properties: { subject: 'users' },
            },
            {
              ruleId: 'schema-drift',
              ruleIndex: 1,
              level: 'warning',
              message: { text: 'Column "users.na,me:x" is 100% | different\nmodel: text, migrations: character varying(50)' },
              locations: [{ physicalLocation: at('app/models/user.py', { startLine: 40, startColumn: 3, endLine: 42, endColumn: 10 }) }],
              relatedLocations: [{ id: 1, physicalLocation: at(MIGRATION_URI, { startLine: 31 }), message: { text: 'created here\r\nas \u001b[31mvarchar' } }],
              partialFingerprints: { 'ormlint/v1': 'schema-drift|users.na,me:x|0c1d' },
              properties: { subject: 'users.na,me:x' },
            },
            {
              ruleId: 'unresolved',
              ruleIndex: 2,
              level: 'note',
              message: { text: 'op.execute() builds its SQL at run time: table 日本 is uncertain ✨ (literal %0A stays)' },
              locations: [{ physicalLocation: at(MIGRATION_URI, { startLine: 7, startColumn: 1, endLine: 7, endColumn: 22 }) }],
              partialFingerprints: { 'ormlint/v1': 'unresolved|public.日本|77aa' },
              properties: { subject: 'public.日本' },
            },
            {
              ruleId: 'acme/no-legacy',
              ruleIndex: 3,
              level: 'warning',
              message: { text: 'Legacy table "e\u0301vents": rename it' },
              // The inverted end (9:1 before 10:7) is left out rather than rejected by a viewer.
              locations: [{ physicalLocation: at(MIGRATION_URI, { startLine: 10, startColumn: 7 }) }],
              partialFingerprints: { 'ormlint/v1': 'acme/no-legacy|events|5e5e' },
              properties: { subject: 'events' },
            },
          ],
        },
      ],
    });
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    expectValidSarif(formatSarif(sampleResult()));
    expectValidSarif(formatSarif(sampleResult({ diagnostics: [] })));
    expectValidSarif(formatSarif(sampleResult(), { pathPrefix: 'services/my api' }));
  });

  it('the validator is strict enough to fail: a wrong level, an unencoded URI, a zero line', () => {
    const log = JSON.parse(formatSarif(sampleResult()));
    log.runs[0].results[0].level = 'notice';
    expect(validate(log)).toBe(false);
    const unencoded = JSON.parse(formatSarif(sampleResult()));
    unencoded.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri = 'migrations/versions/001 ünï #1.py';
    expect(validate(unencoded)).toBe(false);
    const zero = JSON.parse(formatSarif(sampleResult()));
    zero.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(zero)).toBe(false);
  });

  it('lists the rules that ran with their description, docs and default level, plugin rules included; ruleIndex follows', () => {
    const text = formatSarif(sampleResult({
      rules: [
        { id: 'duplicate-class-name', description: 'A model class name defined twice', defaultSeverity: 'warning', docsUrl: `${DOCS}duplicate-class-name.md` },
        { id: 'unresolved', description: 'Code that cannot be evaluated statically', defaultSeverity: 'notice', docsUrl: `${DOCS}unresolved.md` },
        { id: 'missing-migration', description: 'A model table no migration creates', defaultSeverity: 'error', docsUrl: `${DOCS}missing-migration.md` },
        { id: 'acme/no-legacy', description: 'No legacy tables', defaultSeverity: 'warning', docsUrl: 'https://example.com/acme/no-legacy' },
      ],
    }));
    expectValidSarif(text);
    const run = JSON.parse(text).runs[0];
    expect(run.tool.driver.rules).toEqual([
      { ...descriptor('duplicate-class-name', `${DOCS}duplicate-class-name.md`, 'A model class name defined twice'), defaultConfiguration: { level: 'warning' } },
      { ...descriptor('unresolved', `${DOCS}unresolved.md`, 'Code that cannot be evaluated statically'), defaultConfiguration: { level: 'note' } },
      { ...descriptor('missing-migration', `${DOCS}missing-migration.md`, 'A model table no migration creates'), defaultConfiguration: { level: 'error' } },
      { ...descriptor('acme/no-legacy', 'https://example.com/acme/no-legacy', 'No legacy tables'), defaultConfiguration: { level: 'warning' } },
      descriptor('schema-drift', `${DOCS}schema-drift.md`),
    ]);
    expect(run.results.map((r: { ruleId: string; ruleIndex: number }) => [r.ruleId, r.ruleIndex])).toEqual([
      ['missing-migration', 2],
      ['schema-drift', 4],
      ['unresolved', 1],
      ['acme/no-legacy', 3],
    ]);
  });

  it('prefixes URIs for a project in a repository sub-folder and takes the prefix off the source root', () => {
    const result = sampleResult({ config: { ...sampleResult().config, root: '/work/repo/services/my api' }, diagnostics: [diagnostic({ ruleId: 'r', severity: 'error', message: 'm', line: 3 })] });
    const run = JSON.parse(formatSarif(result, { pathPrefix: 'services/my api/' })).runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('services/my%20api/app/models/user.py');
  });

  it('leaves the source root out when the prefix does not match the root, rather than state a wrong one', () => {
    const run = JSON.parse(formatSarif(sampleResult(), { pathPrefix: 'elsewhere' })).runs[0];
    expect(run.originalUriBaseIds).toBeUndefined();
    expectValidSarif(formatSarif(sampleResult(), { pathPrefix: 'elsewhere' }));
  });

  it('keeps region fields only when they are consistent', () => {
    const region = (over: Parameters<typeof diagnostic>[0]) =>
      JSON.parse(formatSarif(sampleResult({ diagnostics: [diagnostic(over)] }))).runs[0].results[0].locations[0].physicalLocation.region;
    const base = { ruleId: 'r', severity: 'warning' as const, message: 'm' };
    expect(region({ ...base, line: 4, column: 0, endLine: 4, endColumn: 0 })).toEqual({ startLine: 4, endLine: 4 });
    expect(region({ ...base, line: 4, column: 6, endLine: 4, endColumn: 2 })).toEqual({ startLine: 4, startColumn: 6, endLine: 4 });
    expect(region({ ...base, line: 4, column: 6, endLine: 5, endColumn: 2 })).toEqual({ startLine: 4, startColumn: 6, endLine: 5, endColumn: 2 });
    expect(region({ ...base, line: 0, column: 1, endLine: 0, endColumn: 1 })).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('encodes paths as URI references and roots as file URIs', () => {
    expect(relativeUri('a b/c#d/e%f/ü:x.py')).toBe('a%20b/c%23d/e%25f/%C3%BC%3Ax.py');
    expect(sourceRootUri('/')).toBe('file:///');
    expect(sourceRootUri('/home/me/my repo')).toBe('file:///home/me/my%20repo/');
    expect(sourceRootUri('C:\\work\\repo')).toBe('file:///C:/work/repo/');
    expect(sourceRootUri('/r/services/api', 'services/api')).toBe('file:///r/');
  });
});
