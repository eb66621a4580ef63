import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { formatText } from '../../src/report/text.js';
import { run, type RunResult } from '../../src/run.js';
import { bundledDiagnostics } from './bundleCli.js';
import { alembicRevision, IMPORT_THING, modelModule, registry } from './caseFiles.js';

/**
 * Rule cases as typescript-eslint's RuleTester writes them: per rule, a `valid` and an `invalid`
 * table of small projects, each written as its differences from one shared base project (a
 * SQLAlchemy model `Thing` in `app/models/`, its registry, the Alembic migration that creates its
 * table, and a `.ormlint.yml`). Every case runs through the real pipeline; every invalid case
 * asserts each finding's messageId, data and start and end position; the rendered text report is
 * snapshotted; and all of a rule's cases also run through the built bundle (cli.mjs), which must
 * print exactly what the source prints.
 */

export const BASE_PROJECT: Readonly<Record<string, string>> = {
  '.ormlint.yml': `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
  bases: ["app.models.base.Base"]
migrations:
  kind: alembic
  include: ["migrations/versions/*.py"]
`,
  'app/models/base.py': `"""Declarative base shared by every model of this case."""
from sqlalchemy.orm import declarative_base

Base = declarative_base()
`,
  'app/models/__init__.py': registry(IMPORT_THING),
  'app/models/things.py': modelModule('Thing', 'things'),
  'migrations/versions/001_things.py': alembicRevision(
    '001',
    null,
    `    op.create_table(
        "things",
        sa.Column("id", sa.Integer(), primary_key=True),
    )`,
  ),
};

export interface ValidCase {
  name: string;
  /** Files to add or replace in the base project; `null` removes a base file. */
  files?: Record<string, string | null>;
}

/** One finding an invalid case expects, as typescript-eslint's RuleTester states an error. */
export interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number>;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** More of what the user reads (help, related places) than the table states. */
  check?: (findings: Diagnostic[]) => void;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /**
   * Where a doc example's code block that names no file goes (`file`) and what it needs around it
   * to be a file (`wrap`: imports, a migration header). Blocks that name their files need neither.
   */
  docs?: { file: string; wrap?: (snippet: string) => string };
}

/** The files of one ❌ or ✅ example: those its code blocks name, and the block that names none. */
interface DocExample {
  files: Record<string, string>;
  loose: string | null;
}

/** A line that names the file the lines below it belong to: `# app/models/orders.py`, `// tools/acme.mjs`. */
const FILE_LINE = /^(?:#|\/\/) ([\w./-]+\.(?:py|sql|ya?ml|mjs|js|ts))$/u;

/**
 * The ❌ and ✅ examples of docs/rules/<id>.md: every code block under the `### ❌` (`### ✅`)
 * heading, up to the next heading. A block split by file-name lines (FILE_LINE) is those files of
 * the project, written as users write them; a block without is one snippet for the test's
 * `docs.file`. The ✅ example shows the fix: its files replace or join the ❌ example's.
 */
function docExamples(ruleId: string): { incorrect: DocExample; correct: DocExample } {
  const doc = readFileSync(path.resolve(__dirname, '../../docs/rules', `${ruleId}.md`), 'utf8');
  const example = (mark: string): DocExample => {
    const section = new RegExp(`\\n### ${mark}[^\\n]*\\n([\\s\\S]*?)(?=\\n#{2,3} |$)`).exec(doc);
    if (!section) throw new Error(`docs/rules/${ruleId}.md has no ${mark} example`);
    const out: DocExample = { files: {}, loose: null };
    for (const block of section[1]!.matchAll(/```[a-z]*\n([\s\S]*?)\n```/g)) {
      const lines = block[1]!.split('\n');
      if (!FILE_LINE.test(lines[0]!)) {
        if (out.loose !== null) throw new Error(`docs/rules/${ruleId}.md: ${mark} has two blocks that name no file`);
        out.loose = `${block[1]}\n`;
        continue;
      }
      let current = '';
      for (const line of lines) {
        const named = FILE_LINE.exec(line);
        if (named) current = named[1]!;
        else out.files[current] = `${out.files[current] ?? ''}${line}\n`;
      }
    }
    // A file-name line followed by a blank line separates files; the blank is not part of either.
    for (const [file, text] of Object.entries(out.files)) out.files[file] = `${text.replace(/\n+$/u, '')}\n`;
    if (out.loose === null && Object.keys(out.files).length === 0) throw new Error(`docs/rules/${ruleId}.md: ${mark} has no code block`);
    return out;
  };
  return { incorrect: example('❌'), correct: example('✅') };
}

/** `file:line` of each line of a doc example's files that carries a `# reported` (`// reported`, or `-- reported` as a suppression's reason) comment, sorted. */
function reportedLines(files: Record<string, string>): string[] {
  return Object.entries(files)
    .flatMap(([file, text]) => text.split('\n').flatMap((line, i) => (/(?:#|\/\/|--) reported\b/u.test(line) ? [`${file}:${i + 1}`] : [])))
    .sort();
}

/** Writes the base project with the case's changes into a fresh temporary folder. */
export function materialize(files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ormlint-case-'));
  const merged: Record<string, string | null> = { ...BASE_PROJECT, ...files };
  for (const [file, text] of Object.entries(merged)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

async function runCase(root: string): Promise<RunResult> {
  return run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
}

function asExpected(d: Diagnostic): ExpectedFinding {
  const finding: ExpectedFinding = { messageId: d.messageId ?? '', file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
  if (d.data && Object.keys(d.data).length > 0) finding.data = d.data;
  return finding;
}

/** A finding written as a row of an invalid case's `errors`. */
function tableRow(f: ExpectedFinding): string {
  const value = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  const data = f.data ? ` data: { ${Object.entries(f.data).map(([k, v]) => `${k}: ${value(v)}`).join(', ')} },` : '';
  return `{ messageId: '${f.messageId}',${data} file: '${f.file}', line: ${f.line}, column: ${f.column}, endLine: ${f.endLine}, endColumn: ${f.endColumn} }`;
}

/** What the bundle and the source must agree on, field by field. */
function printed(d: Diagnostic): Record<string, unknown> {
  const { ruleId, severity, message, file, line, column, endLine, endColumn, subject, related, fingerprint, help, docsUrl } = d;
  return { ruleId, severity, message, file, line, column, endLine, endColumn, subject, related, fingerprint, help, docsUrl };
}

/** Runs the bundle's CLI (in this process, test/helpers/bundleCli.ts) on a project and reads its JSON report. */
export async function runBundle(root: string): Promise<Record<string, unknown>[]> {
  const diagnostics = await bundledDiagnostics(path.join(root, '.ormlint.yml'));
  return diagnostics.map((d) => ({ help: undefined, docsUrl: '', ...d, related: (d.related as unknown[]) ?? [] }));
}

/** Every case of one rule: a test each, one snapshot of the text report per invalid case, and one walk through the bundle. */
export function ruleTester(ruleId: string, cases: RuleCases): void {
  const roots: string[] = [];
  const sourceResults = new Map<string, RunResult>();
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  const prepare = (c: ValidCase): string => {
    const root = materialize(c.files);
    roots.push(root);
    return root;
  };
  const all: { label: string; root: () => string; files: ValidCase['files'] }[] = [];

  describe(`${ruleId}: valid`, () => {
    for (const c of cases.valid) {
      let root = '';
      all.push({ label: `valid/${c.name}`, root: () => root, files: c.files });
      it(c.name, async () => {
        root = prepare(c);
        const result = await runCase(root);
        sourceResults.set(root, result);
        const found = result.diagnostics.filter((d) => d.ruleId === ruleId);
        expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`), `valid/${c.name}: no ${ruleId} finding expected`).toEqual([]);
      });
    }
  });

  describe(`${ruleId}: invalid`, () => {
    for (const c of cases.invalid) {
      let root = '';
      all.push({ label: `invalid/${c.name}`, root: () => root, files: c.files });
      it(c.name, async () => {
        root = prepare(c);
        const result = await runCase(root);
        sourceResults.set(root, result);
        const found = result.diagnostics.filter((d) => d.ruleId === ruleId);
        // RULE_TESTER_PRINT=1 prints what the case found as table rows, for writing a new case.
        if (process.env.RULE_TESTER_PRINT) console.log(`${ruleId} / ${c.name}:\n${found.map((d) => `        ${tableRow(asExpected(d))},`).join('\n')}`);
        expect(found.map(asExpected)).toEqual(c.errors);
        expect(c.errors.length, 'an invalid case expects findings').toBeGreaterThan(0);
        c.check?.(found);
        for (const d of found) expect(d.message, 'every placeholder filled').not.toMatch(/\{\{/);
        expect(formatText({ ...result, diagnostics: found }, { verbose: true })).toMatchSnapshot();
      });
    }
  });

  describe(`${ruleId}: the examples of docs/rules/${ruleId}.md`, () => {
    const examples = docExamples(ruleId);
    const filesOf = (example: DocExample): Record<string, string> => {
      if (example.loose === null) return example.files;
      if (!cases.docs) throw new Error(`docs/rules/${ruleId}.md has a block that names no file, and the test gives no docs.file for it`);
      return { ...example.files, [cases.docs.file]: (cases.docs.wrap ?? ((x) => x))(example.loose) };
    };
    const incorrect = filesOf(examples.incorrect);
    const correct = { ...incorrect, ...filesOf(examples.correct) };
    const findings = async (files: Record<string, string>) => {
      const root = prepare({ name: 'docs', files });
      return (await runCase(root)).diagnostics.filter((d) => d.ruleId === ruleId);
    };
    it('❌ is reported, on each line the example marks `# reported`', async () => {
      const found = await findings(incorrect);
      expect(found.length, 'a finding').toBeGreaterThan(0);
      const marked = reportedLines(incorrect);
      expect(marked.length, `docs/rules/${ruleId}.md: the ❌ example marks no line "# reported"`).toBeGreaterThan(0);
      expect([...new Set(found.map((d) => `${d.file}:${d.line}`))].sort(), found.map((d) => d.message).join('\n')).toEqual(marked);
    });
    it('✅ is not', async () => expect((await findings(correct)).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]));
  });

  it(`${ruleId}: every case prints the same through the bundle (cli.mjs)`, async () => {
    for (const next of all) {
      // The case's own test ran it from source already, unless the tests run in another order
      // (--sequence.shuffle) or alone (-t): then it runs here.
      let root = next.root();
      if (!sourceResults.has(root)) {
        root = prepare({ name: next.label, files: next.files });
        sourceResults.set(root, await runCase(root));
      }
      const expected = sourceResults.get(root)!.diagnostics.map(printed);
      expect(await runBundle(root), next.label).toEqual(expected);
    }
  });
}
