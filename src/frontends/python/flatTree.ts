/**
 * A tree-sitter syntax tree copied out of wasm memory into one Int32Array, in a single walk.
 *
 * web-tree-sitter answers every question about a node (its type, a field's child, its end) with a
 * call into wasm: the node is written into wasm memory, the C function runs, the answer is read
 * back, and a child comes back as a new JavaScript object. The frontends ask hundreds of such
 * questions per class; on a big project those crossings, and the garbage they leave, cost more
 * than the parse itself. Walking the tree once with the C cursor and keeping what every node is
 * (type, field, extent, parent, siblings) as plain integers makes every later question a read of
 * an array; the wasm tree is freed as soon as the walk ends. The array can also be sent from a
 * worker thread to the main thread without copying (it is one ArrayBuffer), so files can be
 * parsed on every core while the main thread resolves imports across them.
 *
 * The walk calls web-tree-sitter's own exported cursor functions (the ones its TreeCursor class
 * calls), keeping the cursor where those functions keep it, in the binding's transfer buffer; a
 * test compares every node of real and broken files with what web-tree-sitter's Node API says.
 */
import type { Parser, Tree } from 'web-tree-sitter';

/** Int32 slots per node. */
export const STRIDE = 7;
export const TYPE = 0;
export const FIELD = 1;
export const START = 2;
export const END = 3;
export const PARENT = 4;
/** The next sibling's index, or -1. (The first child, when there is one, is the next node.) */
export const NEXT = 5;
export const FLAGS = 6;

export const NAMED = 1;
export const MISSING = 2;
export const HAS_ERROR = 4;
export const HAS_CHILDREN = 8;

/** tree-sitter's symbol for ERROR nodes. */
export const ERROR_SYMBOL = 65535;

/** A parsed file as plain data: what a worker thread sends back (transferable). */
export interface FlatTree {
  /** STRIDE slots per node, in document order (pre-order); node 0 is the root. */
  nodes: Int32Array;
  count: number;
}

/** The parts of the Emscripten module web-tree-sitter runs on that the walk calls. */
export interface TreeSitterModule {
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_delete_wasm(tree: number): void;
}

/** Named-ness is a property of the (alias) symbol: asked once per symbol, per process. */
const namedBySymbol = new Int8Array(65536).fill(-1);
namedBySymbol[ERROR_SYMBOL] = 1;

/** Parses `source` and copies the tree out; the wasm tree is deleted before this returns. */
export function parseFlat(parser: Parser, module: TreeSitterModule, source: string): FlatTree {
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  try {
    return flatten(tree, module, source.length);
  } finally {
    tree.delete();
  }
}

/**
 * The walk writes into one scratch array, kept for the next file, and the tree gets an exact copy:
 * a new oversized array per file would be garbage the size of the source many times over.
 */
let scratch: Int32Array = new Int32Array(STRIDE * 4096);

function flatten(tree: Tree, module: TreeSitterModule, length: number): FlatTree {
  const handle = (tree as unknown as Record<number, number>)[0]!;
  // Most Python source has a node every 3 to 4 characters; the array grows when it has more.
  if (scratch.length < STRIDE * ((length >> 1) + 16)) scratch = new Int32Array(STRIDE * ((length >> 1) + 16));
  let nodes = scratch;
  let count = 0;
  // The path from the root to the current node, and the previous sibling at each depth.
  let path: Int32Array = new Int32Array(256);
  let previous: Int32Array = new Int32Array(256);
  let depth = 0;
  previous[0] = -1;
  // tree.walk() creates the cursor in the transfer buffer; from here on the cursor functions read
  // and move it there, so its JavaScript wrapper is never consulted (nor deleted: its copy of the
  // cursor's stack pointer goes stale once the stack grows).
  tree.walk();
  try {
    for (;;) {
      if ((count + 1) * STRIDE > nodes.length) {
        nodes = scratch = grow(nodes);
      }
      const i = count++;
      const at = i * STRIDE;
      const symbol = module._ts_tree_cursor_current_node_type_id_wasm(handle);
      let named = namedBySymbol[symbol]!;
      if (named < 0) named = namedBySymbol[symbol] = module._ts_tree_cursor_current_node_is_named_wasm(handle) ? 1 : 0;
      nodes[at + TYPE] = symbol;
      nodes[at + FIELD] = module._ts_tree_cursor_current_field_id_wasm(handle);
      nodes[at + START] = module._ts_tree_cursor_start_index_wasm(handle);
      nodes[at + END] = module._ts_tree_cursor_end_index_wasm(handle);
      nodes[at + PARENT] = depth > 0 ? path[depth - 1]! : -1;
      nodes[at + NEXT] = -1;
      nodes[at + FLAGS] = named ? NAMED : 0;
      if (previous[depth]! >= 0) nodes[previous[depth]! * STRIDE + NEXT] = i;
      path[depth] = i;
      if (module._ts_tree_cursor_goto_first_child_wasm(handle)) {
        nodes[at + FLAGS] |= HAS_CHILDREN;
        depth++;
        if (depth >= path.length) {
          path = grow(path);
          previous = grow(previous);
        }
        previous[depth] = -1;
        continue;
      }
      let done = false;
      while (!module._ts_tree_cursor_goto_next_sibling_wasm(handle)) {
        if (!module._ts_tree_cursor_goto_parent_wasm(handle)) {
          done = true;
          break;
        }
        depth--;
      }
      if (done) break;
      previous[depth] = path[depth]!;
    }
  } finally {
    module._ts_tree_cursor_delete_wasm(handle);
  }
  const exact = nodes.slice(0, count * STRIDE);
  // Only a tree with a syntax error has missing nodes or nodes with errors below them: those few
  // trees are walked a second time with web-tree-sitter's own cursor, which says both exactly.
  if (tree.rootNode.hasError) markErrors(tree, exact);
  return { nodes: exact, count };
}

/** The same pre-order walk, reading isMissing and hasError of every node. */
function markErrors(tree: Tree, nodes: Int32Array): void {
  const cursor = tree.walk();
  try {
    let i = 0;
    for (;;) {
      const node = cursor.currentNode;
      if (node.isMissing) nodes[i * STRIDE + FLAGS] |= MISSING;
      if (node.hasError) nodes[i * STRIDE + FLAGS] |= HAS_ERROR;
      i++;
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
  } finally {
    cursor.delete();
  }
}

function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
