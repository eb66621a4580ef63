#!/usr/bin/env node
// Scaffolds a built-in rule: `npm run new-rule <id> [-- --description "..."]` writes
// rules/<id>.ts, docs/rules/<id>.md and test/rules/<id>.test.ts (valid and invalid case tables)
// from scripts/templates/, and lists the rule in rules/index.ts. Adding a rule is then one command
// and three edits: the check, the cases, the doc. `--root DIR` targets another checkout
// (the scaffolder's own test runs it on a temporary copy).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const templates = path.join(here, 'templates');
const ID_SHAPE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function fail(message) {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { id: null, root: path.resolve(here, '..'), description: 'TODO: one sentence saying what this rule finds.' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root') args.root = path.resolve(argv[++i] ?? fail('--root needs a folder'));
    else if (arg === '--description') args.description = argv[++i] ?? fail('--description needs a sentence');
    else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else if (args.id === null) args.id = arg;
    else fail(`unexpected argument ${arg}`);
  }
  return args;
}

/** `schema-drift` -> `schemaDrift`: the identifier rules/index.ts imports the rule as. */
function identifierOf(id) {
  return id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function fill(text, values) {
  return text.replaceAll('__ID__', values.id).replaceAll('__DESCRIPTION__', values.description);
}

/** Adds the import (kept in alphabetical order) and the list entry to rules/index.ts. */
function addToIndex(indexFile, id) {
  const name = identifierOf(id);
  const lines = readFileSync(indexFile, 'utf8').split('\n');
  const importLine = `import ${name} from './${id}.js';`;
  const ruleImports = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.startsWith('import ') && line.includes("from './"));
  const before = ruleImports.find(({ line }) => line > importLine);
  const at = before ? before.i : (ruleImports.at(-1)?.i ?? 0) + 1;
  lines.splice(at, 0, importLine);
  const start = lines.findIndex((line) => line.includes('builtinRules') && line.includes('['));
  const end = lines.findIndex((line, i) => i > start && line.trim() === '];');
  if (start === -1 || end === -1) fail(`could not find the builtinRules list in ${indexFile}; add ${name} by hand`);
  lines.splice(end, 0, `  ${name},`);
  writeFileSync(indexFile, lines.join('\n'));
}

const { id, root, description } = parseArgs(process.argv.slice(2));
if (!id) fail('usage: npm run new-rule <rule-id> [-- --description "What it finds."]');
if (!ID_SHAPE.test(id)) fail(`"${id}" is not a rule id: use lower-case words joined by "-", e.g. "missing-index"`);
const ruleFile = path.join(root, 'rules', `${id}.ts`);
const docFile = path.join(root, 'docs', 'rules', `${id}.md`);
const testFile = path.join(root, 'test', 'rules', `${id}.test.ts`);
const indexFile = path.join(root, 'rules', 'index.ts');
for (const existing of [ruleFile, docFile, testFile]) {
  if (existsSync(existing)) fail(`rule "${id}" already exists (${path.relative(root, existing)})`);
}
if (!existsSync(indexFile)) fail(`${indexFile} not found; is --root an ormlint checkout?`);

const values = { id, description };
mkdirSync(path.dirname(docFile), { recursive: true });
writeFileSync(ruleFile, fill(readFileSync(path.join(templates, 'rule.ts.tmpl'), 'utf8'), values));
writeFileSync(docFile, fill(readFileSync(path.join(templates, 'doc.md.tmpl'), 'utf8'), values));
// The invalid case starts out expecting one finding at the Example class, so it fails until the
// rule reports it: edit the project and the finding to the real ones.
mkdirSync(path.dirname(testFile), { recursive: true });
writeFileSync(testFile, fill(readFileSync(path.join(templates, 'rule.test.ts.tmpl'), 'utf8'), values));
addToIndex(indexFile, id);

process.stdout.write([
  `created rules/${id}.ts, docs/rules/${id}.md, test/rules/${id}.test.ts`,
  `listed ${identifierOf(id)} in rules/index.ts`,
  'next: write the check, make the invalid case report what its errors say, fill in the doc',
  '',
].join('\n'));
