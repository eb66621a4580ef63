import { Language, Parser } from 'web-tree-sitter';
import { wasmPath } from '../../wasm.js';
import type { PerFileReader } from '../types.js';
import { parseFlat, type FlatTree, type TreeSitterModule } from './flatTree.js';
import { SyntaxTree, type GrammarNames } from './syntaxTree.js';

/** tree-sitter's Python grammar, ready to parse (one per thread). */
export interface PythonParser {
  /** Parses `source` into a tree of plain data (see flatTree.ts); it never fails. */
  parse(source: string): SyntaxTree;
  /** The same, as the transferable arrays a worker thread sends back. */
  parseFlat(source: string): FlatTree;
  /** Rebuilds a tree from what parseFlat returned for `source`. */
  tree(flat: FlatTree, source: string): SyntaxTree;
}

let parserPromise: Promise<PythonParser> | null = null;

/** One shared tree-sitter parser for Python, initialised on first use. */
export function pythonParser(): Promise<PythonParser> {
  parserPromise ??= (async () => {
    // web-tree-sitter builds its Emscripten module on this object: the flat walk calls the
    // module's exported cursor functions directly (see flatTree.ts).
    const module = {
      locateFile: (name: string) => wasmPath(name, `web-tree-sitter/${name}`),
    } as unknown as TreeSitterModule & { locateFile: (name: string) => string };
    await Parser.init(module);
    const language = await Language.load(
      wasmPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'),
    );
    const parser = new Parser();
    parser.setLanguage(language);
    const grammar: GrammarNames = { types: language.types, fields: language.fields };
    return {
      parse: (source) => new SyntaxTree(parseFlat(parser, module, source), source, grammar),
      parseFlat: (source) => parseFlat(parser, module, source),
      tree: (flat, source) => new SyntaxTree(flat, source, grammar),
    };
  })();
  return parserPromise;
}

/**
 * Parses Python source. tree-sitter recovers from syntax errors, so a tree always comes back;
 * ERROR / MISSING nodes mark what did not parse.
 */
export async function parsePython(source: string): Promise<SyntaxTree> {
  return (await pythonParser()).parse(source);
}

/** Parsing as a per-file task: a worker thread parses model files ahead of the model frontend. */
export const pythonSyntaxReader: PerFileReader<FlatTree> = {
  task: 'python-syntax',
  async readFile(file) {
    return (await pythonParser()).parseFlat(file.text);
  },
};
