import { Language, Parser, type Tree } from 'web-tree-sitter';
import { wasmPath } from '../../wasm.js';
import { installNodeMemo } from './nodeMemo.js';

let parserPromise: Promise<Parser> | null = null;

/** One shared tree-sitter parser for Python, initialised on first use. */
export function pythonParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    installNodeMemo();
    await Parser.init({
      locateFile: (name: string) => wasmPath(name, `web-tree-sitter/${name}`),
    });
    const language = await Language.load(
      wasmPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'),
    );
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

/**
 * Parses Python source. The caller must `tree.delete()` when done: trees live in wasm memory.
 * tree-sitter recovers from syntax errors, so a tree always comes back; ERROR / MISSING nodes
 * mark what did not parse.
 */
export async function parsePython(source: string): Promise<Tree> {
  const parser = await pythonParser();
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}
