import { Node } from 'web-tree-sitter';

/**
 * Makes web-tree-sitter's `Node` remember what it has been asked once. Each property of a Node
 * (its type, end, text, a field's child, ...) is a call into wasm: the node is written into wasm
 * memory, the C function runs, the answer is read back (and a child is a new Node object). The
 * frontends ask the same node the same question many times (`unwrap` and then a `switch` on the
 * type, `text` of a name checked and then kept), and on a big project these crossings and the
 * garbage they make cost more than the parse. A tree is never edited after it is parsed (ormlint
 * parses each file once and deletes the tree when done), so every answer stays true for the life
 * of the node: remembering it changes no result.
 *
 * Installed once per process (and per worker thread), before the first parse.
 */
const MEMO = Symbol('ormlint.nodeMemo');

interface Memo {
  typeId?: number;
  endIndex?: number;
  endPosition?: unknown;
  childCount?: number;
  namedChildCount?: number;
  isNamed?: boolean;
  isError?: boolean;
  isMissing?: boolean;
  hasError?: boolean;
  text?: string;
  parent?: unknown;
  fields?: Map<string, unknown>;
}

type Memoised = Node & { [MEMO]?: Memo };

let installed = false;

export function installNodeMemo(): void {
  if (installed) return;
  installed = true;
  const proto = Node.prototype as unknown as Record<string, unknown>;
  const getters: (keyof Memo)[] = ['typeId', 'endIndex', 'endPosition', 'childCount', 'namedChildCount', 'isNamed', 'isError', 'isMissing', 'hasError', 'parent'];
  for (const name of getters) {
    const original = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (!original) continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      get(this: Memoised) {
        const memo = (this[MEMO] ??= {});
        if (name in memo) return memo[name];
        const value = original.call(this) as never;
        memo[name] = value;
        return value;
      },
    });
  }
  // `text` reads the source between start and end: by the remembered end, once.
  const text = Object.getOwnPropertyDescriptor(proto, 'text')?.get;
  if (text) {
    Object.defineProperty(proto, 'text', {
      configurable: true,
      get(this: Memoised) {
        const memo = (this[MEMO] ??= {});
        return (memo.text ??= text.call(this) as string);
      },
    });
  }
  // The same field's child is asked for again and again (`function`, `arguments`, `name`, ...).
  const childForFieldName = proto.childForFieldName as ((this: Node, field: string) => Node | null) | undefined;
  if (childForFieldName) {
    proto.childForFieldName = function (this: Memoised, field: string): Node | null {
      const memo = (this[MEMO] ??= {});
      const fields = (memo.fields ??= new Map());
      if (fields.has(field)) return fields.get(field) as Node | null;
      const child = childForFieldName.call(this, field);
      fields.set(field, child);
      return child;
    };
  }
}
