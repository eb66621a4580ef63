import { describe, expect, it } from 'vitest';
import { parsePython } from '../src/frontends/python/parser.js';

describe('python parser', () => {
  it('parses a model class with tree-sitter', async () => {
    const tree = await parsePython('class A(Base):\n    __tablename__ = "x"\n');
    expect(tree.rootNode.firstChild?.type).toBe('class_definition');
  });
});
