/**
 * The flat syntax tree (src/frontends/python/flatTree.ts, syntaxTree.ts) against web-tree-sitter's
 * own Node API, node by node: type, named-ness, error flags, extent, positions, text, parent,
 * children and every field. The corpus is every Python fixture, the Python files of the hostile
 * corpus (binary junk, broken syntax, odd encodings, deep nesting) and edge cases written here.
 * ORMLINT_FLAT_TREE_DIRS (colon-separated folders) adds more, e.g. checked-out real projects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { pythonParser } from '../src/frontends/python/parser.js';
import type { SyntaxNode } from '../src/frontends/python/syntaxTree.js';
import { HOSTILE_CASES } from './hostile/cases.js';

const repo = path.resolve(import.meta.dirname, '..');

function pythonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.py'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const EDGE_CASES: [string, string][] = [
  ['empty', ''],
  ['only a comment', '# nothing\n'],
  ['CRLF and a lone CR', 'class A(Base):\r\n    x = Column(Integer)\r    y = 1\r\n'],
  ['astral characters before nodes', 'name = "🦀🦀"  # 🦀\nclass Ä(Base):\n    __tablename__ = "ü🦀"\n    id = Column(Integer, comment="é")\n'],
  ['unclosed bracket', 'class A:\n    x = (\n\nclass B(Base):\n    __tablename__ = "b"\n'],
  ['missing colon', 'def f()\n    return 1\n'],
  ['stray characters', 'x = 1 $ 2\n@@@\nclass A(Base): pass\n'],
  ['comments between fields', 'x = f(  # a\n    a,  # b\n    b=2,  # c\n)\ndef g(\n    x,  # here\n) -> int:  # there\n    pass\n'],
  ['decorators and lambdas', '@declared_attr\ndef t(cls):\n    return Column(Integer, default=lambda: 1)\n'],
  ['deep nesting', `x = ${'('.repeat(300)}1${')'.repeat(300)}\n`],
  ['null byte', 'x = 1\0\ny = 2\n'],
  // Nodes that span more than their visible children (an escape inside a string, a format spec,
  // a match block's leading newline): their extents must be asked, not derived.
  ['string escapes', 'x = "test\\n%s\\n\\n" % (y,)\nz = f"{a:,.2f} \\n {b}"\n'],
  ['match statement', 'def f(x):\n    match x:\n        case 1:\n            pass\n        case _:\n            return 2\n'],
];

function corpus(): [string, string][] {
  const files: [string, string][] = [...EDGE_CASES];
  for (const file of pythonFilesUnder(path.join(repo, 'fixtures'))) files.push([path.relative(repo, file), readFileSync(file, 'utf8')]);
  for (const hostile of HOSTILE_CASES) {
    const added = typeof hostile.files === 'function' ? hostile.files() : (hostile.files ?? {});
    for (const [name, content] of Object.entries(added)) {
      if (name.endsWith('.py')) files.push([`hostile: ${hostile.name}: ${name}`, typeof content === 'string' ? content : content.toString('utf8')]);
    }
  }
  for (const dir of (process.env.ORMLINT_FLAT_TREE_DIRS ?? '').split(':').filter(Boolean)) {
    for (const file of pythonFilesUnder(dir)) files.push([file, readFileSync(file, 'utf8')]);
  }
  return files;
}

/** Every node in document order, as web-tree-sitter's cursor visits them, with its field name. */
function referenceNodes(tree: { walk(): import('web-tree-sitter').TreeCursor }): { node: Node; field: string | null }[] {
  const out: { node: Node; field: string | null }[] = [];
  const cursor = tree.walk();
  for (;;) {
    out.push({ node: cursor.currentNode, field: cursor.currentFieldName });
    if (cursor.gotoFirstChild()) continue;
    let done = false;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        done = true;
        break;
      }
    }
    if (done) break;
  }
  cursor.delete();
  return out;
}

const sameNode = (a: SyntaxNode | null, b: Node | null): string =>
  a === null || b === null ? (a === b ? 'same' : `${a === null}/${b === null}`) : `${a.type}@${a.startIndex}-${a.endIndex}` === `${b.type}@${b.startIndex}-${b.endIndex}` ? 'same' : `${a.type}@${a.startIndex}-${a.endIndex} vs ${b.type}@${b.startIndex}-${b.endIndex}`;

describe('flat syntax trees say what web-tree-sitter says', async () => {
  const ours = await pythonParser();
  const reference = new Parser();
  reference.setLanguage(await Language.load(path.join(repo, 'node_modules/tree-sitter-python/tree-sitter-python.wasm')));
  const fieldNames = (reference.language!.fields.filter(Boolean) as string[]);

  it('on every file of the corpus, node by node', () => {
    let checked = 0;
    const differences: string[] = [];
    const differ = (where: string, what: string, got: unknown, want: unknown): void => {
      const a = JSON.stringify(got);
      const b = JSON.stringify(want);
      if (a !== b) differences.push(`${where}: ${what}: ${a} instead of ${b}`);
    };
    const shape = (nodes: (SyntaxNode | Node | null)[]): string => nodes.map((c) => `${c!.type}@${c!.startIndex}`).join(' ');
    for (const [name, source] of corpus()) {
      // Bigger than any models file ormlint reads (maxFileBytes): not worth the reference's time.
      if (source.length > 500_000) continue;
      const tree = reference.parse(source)!;
      const expected = referenceNodes(tree);
      const flat = ours.parse(source);
      differ(name, 'node count', flat.nodes.length / 7, expected.length);
      expected.forEach(({ node: want, field }, i) => {
        if (differences.length > 0) return;
        const got = flat.node(i);
        const where = `${name}: node ${i} (${want.type} at ${want.startIndex})`;
        differ(where, 'kind', [got.type, got.isNamed, got.isError, got.isMissing, got.hasError], [want.type, want.isNamed, want.isError, want.isMissing, want.hasError]);
        differ(where, 'extent', [got.startIndex, got.endIndex, got.startPosition, got.endPosition], [want.startIndex, want.endIndex, want.startPosition, want.endPosition]);
        if (got.text !== want.text) differences.push(`${where}: text`);
        // Structure and fields of every node on small files; of every 50th node on big ones (the
        // reference answers each question with calls into wasm, a parent in time of its depth).
        if (expected.length >= 5000 && i % 50 !== 0) return;
        differ(where, 'parent', sameNode(got.parent, want.parent), 'same');
        differ(where, 'children', shape(got.children), shape(want.children));
        differ(where, 'named children', shape(got.namedChildren), shape(want.namedChildren));
        differ(where, 'child counts', [got.childCount, got.namedChildCount], [want.childCount, want.namedChildCount]);
        differ(where, 'first children', [sameNode(got.firstChild, want.firstChild), sameNode(got.firstNamedChild, want.firstNamedChild)], ['same', 'same']);
        const last = want.childCount - 1;
        const lastNamed = want.namedChildCount - 1;
        differ(where, 'children by position', [sameNode(got.child(last), want.child(last)), sameNode(got.namedChild(lastNamed), want.namedChild(lastNamed)), got.child(last + 1), got.namedChild(-1)], ['same', 'same', null, null]);
        // Views are made per request: the same node is an equal view, and only that one.
        if (!got.equals(flat.node(i)) || (i > 0 && got.equals(flat.node(i - 1)))) differences.push(`${where}: equals`);
        if (field !== null && !want.parent!.isError && !got.parent?.childrenForFieldName(field).some((child) => child.equals(got))) differences.push(`${where}: not in field ${field}`);
        if (got.children.length > 0 && (expected.length < 2000 || i % 10 === 0)) {
          // The one documented difference (syntaxTree.ts): tree-sitter answers a match statement's
          // `alternative` from inside its block.
          for (const fieldName of fieldNames) if (!(got.type === 'match_statement' && fieldName === 'alternative')) differ(where, `childForFieldName(${fieldName})`, sameNode(got.childForFieldName(fieldName), want.childForFieldName(fieldName)), 'same');
        }
      });
      differ(name, 'comments', flat.rootNode.descendantsOfType('comment').map((c) => c.startIndex), tree.rootNode.descendantsOfType('comment').map((c) => c!.startIndex));
      tree.delete();
      checked++;
    }
    expect(differences.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  }, 120_000);
});
