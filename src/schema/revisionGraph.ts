import type { MigrationGraph } from '../facts.js';

/**
 * The shape of an Alembic revision graph, computed from each revision's id and parents alone (no
 * files, no parser), so it can be unit-tested and reused by any migration tool with parent links.
 */

export interface RevisionNode {
  id: string;
  file: string;
  /** `down_revision`: the revisions this one follows (two or more for a merge). */
  parents: string[];
  /** `depends_on`: must run after these, but they are not parents (no merge, heads unchanged). */
  dependsOn?: string[];
}

export interface RevisionGraphResult {
  graph: MigrationGraph;
  /** Replay position per input node (same index), or -1 when it cannot be ordered. */
  order: number[];
}

/**
 * Heads, roots, dangling parents, duplicate ids and cycles, plus a deterministic replay order:
 * Kahn's topological sort from the roots, ready revisions taken by id. A revision behind a cycle
 * or a missing parent never becomes ready, so it (and everything after it) gets order -1. Of
 * several files defining one id, the first by path takes part; the others get -1.
 */
export function computeRevisionGraph(nodes: RevisionNode[]): RevisionGraphResult {
  const order = nodes.map(() => -1);
  const byId = new Map<string, number>();
  const filesById = new Map<string, string[]>();
  const indices = nodes.map((_, i) => i).sort((a, b) => compareIds(nodes[a]!.file, nodes[b]!.file) || a - b);
  for (const i of indices) {
    const node = nodes[i]!;
    if (!byId.has(node.id)) byId.set(node.id, i);
    const files = filesById.get(node.id);
    if (files) files.push(node.file);
    else filesById.set(node.id, [node.file]);
  }
  const ids = [...byId.keys()].sort(compareIds);
  const duplicates = ids.filter((id) => filesById.get(id)!.length > 1).map((id) => ({ id, files: filesById.get(id)! }));

  const parentsOf = (id: string): string[] => unique(nodes[byId.get(id)!]!.parents);
  const edgesOf = (id: string): string[] => unique([...parentsOf(id), ...(nodes[byId.get(id)!]!.dependsOn ?? []).filter((d) => byId.has(d))]);

  const named = new Set<string>();
  const dangling: MigrationGraph['dangling'] = [];
  for (const id of ids) {
    for (const parent of parentsOf(id)) {
      named.add(parent);
      if (!byId.has(parent)) dangling.push({ id, missingParent: parent });
    }
  }
  const heads = ids.filter((id) => !named.has(id));
  const roots = ids.filter((id) => parentsOf(id).length === 0);

  // Kahn: a revision is ready once every edge target (parent or dependency) is placed.
  const waiting = new Map<string, number>();
  const children = new Map<string, string[]>();
  for (const id of ids) {
    const edges = edgesOf(id);
    waiting.set(id, edges.length);
    for (const target of edges) {
      const list = children.get(target);
      if (list) list.push(id);
      else children.set(target, [id]);
    }
  }
  // Ready revisions taken smallest id first, from a heap: thousands of heads stay linear-ish.
  const ready = new MinHeap(compareIds);
  for (const id of ids) if (waiting.get(id) === 0) ready.push(id);
  let position = 0;
  while (ready.size > 0) {
    const id = ready.pop()!;
    order[byId.get(id)!] = position++;
    for (const child of children.get(id) ?? []) {
      const left = waiting.get(child)! - 1;
      waiting.set(child, left);
      if (left === 0) ready.push(child);
    }
  }

  return { graph: { heads, roots, dangling, duplicates, cycles: findCycles(ids, edgesOf) }, order };
}

/**
 * Each cycle once: the strongly connected components (Tarjan) with more than one revision or a
 * self-edge, each written as the ids along one loop starting at its smallest id.
 */
function findCycles(ids: string[], edgesOf: (id: string) => string[]): string[][] {
  const known = new Set(ids);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  // Iterative Tarjan: a long linear history must not overflow the call stack.
  for (const start of ids) {
    if (index.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter); low.set(start, counter); counter++;
    stack.push(start); onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = edgesOf(frame.id).filter((e) => known.has(e));
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter); low.set(target, counter); counter++;
          stack.push(target); onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1 || edgesOf(frame.id).includes(frame.id)) components.push(component);
      }
    }
  }

  return components
    .map((component) => loopThrough(component, edgesOf))
    .sort((a, b) => compareIds(a[0]!, b[0]!));
}

/** The shortest loop from the component's smallest id back to itself (breadth-first). */
function loopThrough(component: string[], edgesOf: (id: string) => string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort(compareIds)[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of [...edgesOf(id)].sort(compareIds)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [id];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(next)) {
        previous.set(next, id);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** A binary min-heap of strings. */
class MinHeap {
  private readonly items: string[] = [];
  constructor(private readonly compare: (a: string, b: string) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: string): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i]!, items[parent]!) >= 0) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): string | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.compare(items[left]!, items[smallest]!) < 0) smallest = left;
        if (right < items.length && this.compare(items[right]!, items[smallest]!) < 0) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
