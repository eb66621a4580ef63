import { describe, expect, it } from 'vitest';
import type { SyntaxNode } from '../src/frontends/python/syntaxTree.js';
import { parsePython } from '../src/frontends/python/parser.js';
import { NOT_STATIC, callArguments, calleeName, dottedName, nodeLocation, staticValue, stringValue, syntaxErrors } from '../src/frontends/python/syntax.js';

async function firstExpression(source: string): Promise<SyntaxNode> {
  const tree = await parsePython(source);
  return tree.rootNode.firstNamedChild!.firstNamedChild!;
}

describe('python syntax readers', () => {
  it.each([
    [`"plain"`, 'plain'],
    [`'it\\'s'`, "it's"],
    [`"a\\nb"`, 'a\nb'],
    [`r"a\\nb"`, 'a\\nb'],
    [`"a" 'b'`, 'ab'],
    [`("wrapped")`, 'wrapped'],
    [`"""triple"""`, 'triple'],
    [`"\\x41\\u00e9"`, 'Aé'],
  ])('reads the string %s', async (source, expected) => {
    expect(stringValue(await firstExpression(source))).toBe(expected);
  });

  it('refuses f-strings with interpolation and bytes', async () => {
    expect(stringValue(await firstExpression('f"x{y}"'))).toBeNull();
    expect(stringValue(await firstExpression('b"x"'))).toBeNull();
  });

  it('evaluates literals and refuses names', async () => {
    expect(staticValue(await firstExpression('("a", 1, -2.5, True, None, ["b"])'))).toEqual(['a', 1, -2.5, true, null, ['b']]);
    expect(staticValue(await firstExpression('1_000'))).toBe(1000);
    expect(staticValue(await firstExpression('name'))).toBe(NOT_STATIC);
    expect(staticValue(await firstExpression('("a", name)'))).toBe(NOT_STATIC);
  });

  it('reads calls, dotted names and locations', async () => {
    const call = await firstExpression(`sa.Column('id', sa.Integer(), primary_key=True, *rest)`);
    expect(calleeName(call)).toBe('sa.Column');
    const args = callArguments(call);
    expect(args.positional.map((n) => n.text)).toEqual([`'id'`, 'sa.Integer()']);
    expect([...args.keywords.keys()]).toEqual(['primary_key']);
    expect(args.hasSplat).toBe(true);
    expect(dottedName(args.positional[1]!.childForFieldName('function'))).toBe('sa.Integer');
    expect(nodeLocation(args.positional[1]!, 'm.py')).toEqual({ file: 'm.py', line: 1, column: 17, endLine: 1, endColumn: 29 });
  });

  it('finds syntax errors and keeps the rest of the tree', async () => {
    const tree = await parsePython('class A:\n    x = (\n\nclass B(Base):\n    __tablename__ = "b"\n');
    expect(syntaxErrors(tree.rootNode).length).toBeGreaterThan(0);
  });
});
