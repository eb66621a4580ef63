import { describe, expect, it } from 'vitest';
import { computeRevisionGraph, type RevisionNode } from '../src/schema/revisionGraph.js';

const rev = (id: string, parents: string[] = [], extra: Partial<RevisionNode> = {}): RevisionNode => ({ id, file: `versions/${id}.py`, parents, ...extra });

/** Ids in replay order, for readable assertions. */
function replayOrder(nodes: RevisionNode[]): string[] {
  const { order } = computeRevisionGraph(nodes);
  return nodes.map((n, i) => ({ id: n.id, at: order[i]! })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at).map((x) => x.id);
}

describe('computeRevisionGraph', () => {
  it('orders a linear history from its root, whatever the input order', () => {
    const nodes = [rev('c3', ['b2']), rev('a1'), rev('b2', ['a1'])];
    const { graph, order } = computeRevisionGraph(nodes);
    expect(order).toEqual([2, 0, 1]);
    expect(graph).toEqual({ heads: ['c3'], roots: ['a1'], dangling: [], duplicates: [], cycles: [] });
  });

  it('reports two heads on a branch and orders siblings by id', () => {
    const nodes = [rev('base'), rev('zz_left', ['base']), rev('aa_right', ['base'])];
    const { graph } = computeRevisionGraph(nodes);
    expect(graph.heads).toEqual(['aa_right', 'zz_left']);
    expect(replayOrder(nodes)).toEqual(['base', 'aa_right', 'zz_left']);
  });

  it('joins a branch at a merge revision: one head again', () => {
    const nodes = [rev('m', ['l', 'r']), rev('base'), rev('l', ['base']), rev('r', ['base'])];
    const { graph } = computeRevisionGraph(nodes);
    expect(graph.heads).toEqual(['m']);
    expect(replayOrder(nodes)).toEqual(['base', 'l', 'r', 'm']);
  });

  it('does not order a revision whose parent is missing, nor its descendants', () => {
    const nodes = [rev('a'), rev('b', ['ghost']), rev('c', ['b'])];
    const { graph, order } = computeRevisionGraph(nodes);
    expect(graph.dangling).toEqual([{ id: 'b', missingParent: 'ghost' }]);
    expect(graph.heads).toEqual(['a', 'c']);
    expect(order).toEqual([0, -1, -1]);
  });

  it('reports a cycle once, starting at its smallest id, and leaves it unordered', () => {
    const nodes = [rev('root'), rev('x', ['root', 'z']), rev('y', ['x']), rev('z', ['y']), rev('after', ['z'])];
    const { graph, order } = computeRevisionGraph(nodes);
    expect(graph.cycles).toEqual([['x', 'z', 'y']]);
    expect(order).toEqual([0, -1, -1, -1, -1]);
    expect(graph.heads).toEqual(['after']);
  });

  it('reports a revision that names itself as a cycle', () => {
    expect(computeRevisionGraph([rev('a', ['a'])]).graph.cycles).toEqual([['a']]);
  });

  it('reports duplicate ids with every file and orders the first file only', () => {
    const nodes = [rev('a'), { id: 'b', file: 'versions/2_b.py', parents: ['a'] }, { id: 'b', file: 'versions/1_b.py', parents: ['a'] }];
    const { graph, order } = computeRevisionGraph(nodes);
    expect(graph.duplicates).toEqual([{ id: 'b', files: ['versions/1_b.py', 'versions/2_b.py'] }]);
    expect(order).toEqual([0, -1, 1]);
  });

  it('lets depends_on order revisions without making a parent', () => {
    const nodes = [rev('a_root'), rev('b_other'), rev('a_child', ['a_root'], { dependsOn: ['b_child'] }), rev('b_child', ['b_other'])];
    const { graph } = computeRevisionGraph(nodes);
    expect(graph.heads).toEqual(['a_child', 'b_child']);
    expect(graph.roots).toEqual(['a_root', 'b_other']);
    expect(replayOrder(nodes)).toEqual(['a_root', 'b_other', 'b_child', 'a_child']);
  });

  it('handles a long linear history without recursion', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => rev(`r${String(i).padStart(5, '0')}`, i === 0 ? [] : [`r${String(i - 1).padStart(5, '0')}`]));
    const { graph, order } = computeRevisionGraph(nodes);
    expect(graph.heads).toEqual(['r04999']);
    expect(order[4999]).toBe(4999);
  });
});
