/**
 * Syntax nodes over a FlatTree: the part of web-tree-sitter's Node interface the Python frontends
 * use (type, text, fields, children, positions, error flags), answered from plain arrays.
 *
 * A SyntaxNode is a small view ({tree, index}) made each time a node is asked for, and nothing it
 * answers is cached: asked twice, the same node comes back as an equal view, not the same object
 * (compare with `equals`, as with web-tree-sitter's Node). This is for the garbage collector: the
 * model files' trees live until every model is read, and views, child lists and texts remembered
 * on them survived young-generation collections by the million (the 2,000-model project: 2.2
 * million views; the main thread spent 1.5 s collecting, twice what it spends with short-lived views).
 */
import { END, ERROR_SYMBOL, FIELD, FLAGS, HAS_CHILDREN, HAS_ERROR, MISSING, NAMED, NEXT, PARENT, START, STRIDE, TYPE, type FlatTree } from './flatTree.js';

/** Names of a grammar's symbols and fields, by id (web-tree-sitter's Language.types / fields). */
export interface GrammarNames {
  types: readonly string[];
  fields: readonly (string | null)[];
}

export interface Point {
  row: number;
  column: number;
}

export class SyntaxTree {
  readonly nodes: Int32Array;
  private readonly fieldIds = new Map<string, number>();
  private lineStarts: number[] | null = null;

  constructor(
    flat: FlatTree,
    readonly source: string,
    readonly grammar: GrammarNames,
  ) {
    this.nodes = flat.nodes;
  }

  get rootNode(): SyntaxNode {
    return this.node(0);
  }

  node(index: number): SyntaxNode {
    return new SyntaxNode(this, index);
  }

  /** A field name's id in this grammar (0: no such field, which no child carries). */
  fieldId(name: string): number {
    let id = this.fieldIds.get(name);
    if (id === undefined) {
      id = Math.max(0, this.grammar.fields.indexOf(name));
      this.fieldIds.set(name, id);
    }
    return id;
  }

  /** Row and column of a character index; rows end at "\n", as tree-sitter counts them. */
  position(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return { row: low, column: index - starts[low]! };
  }
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

export class SyntaxNode {
  constructor(
    readonly tree: SyntaxTree,
    /** The node's index in its tree (document order). */
    readonly index: number,
  ) {}

  private slot(offset: number): number {
    return this.tree.nodes[this.index * STRIDE + offset]!;
  }

  /** The same node of the same tree (views are made per request, so `===` does not tell). */
  equals(other: SyntaxNode): boolean {
    return this.index === other.index && this.tree === other.tree;
  }

  get typeId(): number {
    return this.slot(TYPE);
  }

  get type(): string {
    const id = this.slot(TYPE);
    return id === ERROR_SYMBOL ? 'ERROR' : (this.tree.grammar.types[id] ?? 'ERROR');
  }

  get isNamed(): boolean {
    return (this.slot(FLAGS) & NAMED) !== 0;
  }

  get isError(): boolean {
    return this.slot(TYPE) === ERROR_SYMBOL;
  }

  get isMissing(): boolean {
    return (this.slot(FLAGS) & MISSING) !== 0;
  }

  get hasError(): boolean {
    return (this.slot(FLAGS) & HAS_ERROR) !== 0;
  }

  get startIndex(): number {
    return this.slot(START);
  }

  get endIndex(): number {
    return this.slot(END);
  }

  get startPosition(): Point {
    return this.tree.position(this.slot(START));
  }

  get endPosition(): Point {
    return this.tree.position(this.slot(END));
  }

  get text(): string {
    return this.tree.source.slice(this.slot(START), this.slot(END));
  }

  get parent(): SyntaxNode | null {
    const parent = this.slot(PARENT);
    return parent < 0 ? null : this.tree.node(parent);
  }

  get children(): SyntaxNode[] {
    return this.childList(false);
  }

  get namedChildren(): SyntaxNode[] {
    return this.childList(true);
  }

  get childCount(): number {
    return this.countChildren(false);
  }

  get namedChildCount(): number {
    return this.countChildren(true);
  }

  get firstChild(): SyntaxNode | null {
    return this.nthChild(0, false);
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.nthChild(0, true);
  }

  child(index: number): SyntaxNode | null {
    return this.nthChild(index, false);
  }

  namedChild(index: number): SyntaxNode | null {
    return this.nthChild(index, true);
  }

  /** Index of the first child (-1: none); the others follow through NEXT. */
  private firstChildIndex(): number {
    return this.slot(FLAGS) & HAS_CHILDREN ? this.index + 1 : -1;
  }

  private childList(namedOnly: boolean): SyntaxNode[] {
    const list: SyntaxNode[] = [];
    const nodes = this.tree.nodes;
    for (let child = this.firstChildIndex(); child >= 0; child = nodes[child * STRIDE + NEXT]!) {
      if (!namedOnly || nodes[child * STRIDE + FLAGS]! & NAMED) list.push(new SyntaxNode(this.tree, child));
    }
    return list;
  }

  private countChildren(namedOnly: boolean): number {
    let count = 0;
    const nodes = this.tree.nodes;
    for (let child = this.firstChildIndex(); child >= 0; child = nodes[child * STRIDE + NEXT]!) {
      if (!namedOnly || nodes[child * STRIDE + FLAGS]! & NAMED) count++;
    }
    return count;
  }

  private nthChild(wanted: number, namedOnly: boolean): SyntaxNode | null {
    if (wanted < 0) return null;
    let seen = 0;
    const nodes = this.tree.nodes;
    for (let child = this.firstChildIndex(); child >= 0; child = nodes[child * STRIDE + NEXT]!) {
      if (namedOnly && !(nodes[child * STRIDE + FLAGS]! & NAMED)) continue;
      if (seen++ === wanted) return new SyntaxNode(this.tree, child);
    }
    return null;
  }

  /**
   * The first child the grammar labels `field` (`function`, `arguments`, `name`, ...). The
   * children of an ERROR node keep the labels of the rule they were parsed in, but, as in
   * tree-sitter's own ts_node_child_by_field_id, no field of an ERROR node is answered. Only the
   * node's own children are looked at, as childrenForFieldName does; tree-sitter's also looks into
   * a child that is an aliased hidden rule (a match statement's `alternative` case clauses sit in
   * its `block`), which no reader here asks for.
   */
  childForFieldName(field: string): SyntaxNode | null {
    const id = this.tree.fieldId(field);
    if (id === 0 || !(this.slot(FLAGS) & HAS_CHILDREN) || this.isError) return null;
    const nodes = this.tree.nodes;
    for (let child = this.index + 1; child >= 0; child = nodes[child * STRIDE + NEXT]!) {
      if (nodes[child * STRIDE + FIELD] === id) return this.tree.node(child);
    }
    return null;
  }

  childrenForFieldName(field: string): SyntaxNode[] {
    const id = this.tree.fieldId(field);
    if (id === 0 || this.isError) return [];
    const found: SyntaxNode[] = [];
    const nodes = this.tree.nodes;
    for (let child = this.firstChildIndex(); child >= 0; child = nodes[child * STRIDE + NEXT]!) {
      if (nodes[child * STRIDE + FIELD] === id) found.push(new SyntaxNode(this.tree, child));
    }
    return found;
  }

  /** This node and every node below it of the given type, in document order. */
  descendantsOfType(type: string): SyntaxNode[] {
    const found: SyntaxNode[] = [];
    const nodes = this.tree.nodes;
    const end = this.subtreeEnd();
    for (let i = this.index; i < end; i++) {
      const id = nodes[i * STRIDE + TYPE]!;
      const name = id === ERROR_SYMBOL ? 'ERROR' : this.tree.grammar.types[id];
      if (name === type) found.push(this.tree.node(i));
    }
    return found;
  }

  /** One past the last node of this subtree (nodes are in pre-order). */
  private subtreeEnd(): number {
    const nodes = this.tree.nodes;
    for (let at: number = this.index; at >= 0; at = nodes[at * STRIDE + PARENT]!) {
      const next = nodes[at * STRIDE + NEXT]!;
      if (next >= 0) return next;
    }
    return nodes.length / STRIDE;
  }
}
