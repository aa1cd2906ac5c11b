import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatTrees, treesLogit, type Tree, type TreeNode } from '../../claims/engine/trees';

const FEATURES = 6;
// Inputs and thresholds from one small set, so that ties (x equal to a threshold: goes left) happen.
const level = fc.constantFrom(-1, -0.5, 0, 0.5, 1);

/** A random tree in the stored layout: node 0 the root, children after their parent. */
const tree: fc.Arbitrary<Tree> = fc.integer({ min: 0, max: 3 }).chain((depth) => {
  const build = (d: number): fc.Arbitrary<TreeNode[]> =>
    d === 0
      ? fc.double({ min: -3, max: 3, noNaN: true }).map((v) => [[v] as TreeNode])
      : fc.tuple(fc.integer({ min: 0, max: FEATURES - 1 }), level, build(d - 1), build(d - 1)).map(([f, t, l, r]) => {
          const offset = (nodes: TreeNode[], by: number) => nodes.map((n) => (n.length === 4 ? ([n[0], n[1], n[2] + by, n[3] + by] as TreeNode) : n));
          return [[f, t, 1, 1 + l.length] as TreeNode, ...offset(l, 1), ...offset(r, 1 + l.length)];
        });
  return build(depth);
});

describe('FlatTrees (property)', () => {
  it('gives the same log-odds as the nested trees, to the last bit, for all trees and for any subset', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.array(level, { minLength: FEATURES, maxLength: FEATURES }), fc.double({ min: -1, max: 1, noNaN: true }), (trees, x, base) => {
        const flat = new FlatTrees(trees);
        expect(flat.logit(base, x)).toBe(treesLogit(trees, base, x));
        const some = trees.map((_, t) => t).filter((t) => t % 2 === 0);
        expect(flat.logit(0, x, Int32Array.from(some, (t) => flat.roots[t]!))).toBe(treesLogit(some.map((t) => trees[t]!), 0, x));
      }),
      { numRuns: 500 },
    );
  });
});
