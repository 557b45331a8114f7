/** fast-check generator of small hierarchical areas × categories tables, as the product publishes them. */
import fc from 'fast-check';
import type { DisclosureProblem } from '../../../src/indicators/disclosure/index.js';
import { type AreaNode, areaTable } from './tables.js';

/** Leaf counts: many zeros and small values, some larger ones. */
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
  { arbitrary: fc.integer({ min: 10, max: 80 }), weight: 4 },
);

/** Area tree of depth 2 (root → leaves) or 3 (root → groups → leaves). */
const tree = fc.oneof(
  fc.integer({ min: 2, max: 5 }).map((k) => [k]),
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }),
);

function buildTree(shape: readonly number[]): { root: AreaNode; leaves: string[] } {
  const leaves: string[] = [];
  const leaf = (id: string): AreaNode => {
    leaves.push(id);
    return { id };
  };
  if (shape.length === 1) {
    return {
      root: { id: 'R', children: Array.from({ length: shape[0] as number }, (_, i) => leaf(`m${i}`)) },
      leaves,
    };
  }
  const children = shape.map((k, g) => ({
    id: `g${g}`,
    children: Array.from({ length: k }, (_, i) => leaf(`m${g}_${i}`)),
  }));
  return { root: { id: 'R', children }, leaves };
}

export const randomTable: fc.Arbitrary<DisclosureProblem> = fc
  .record({
    shape: tree,
    categories: fc.integer({ min: 2, max: 6 }),
    threshold: fc.integer({ min: 3, max: 10 }),
    merged: fc.boolean(),
    counts: fc.array(count, { minLength: 54, maxLength: 54 }),
    dice: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ shape, categories, threshold, merged, counts, dice }) => {
    const { root, leaves } = buildTree(shape);
    const cats = Array.from({ length: categories }, (_, i) => `c${i}`);
    const values = new Map<string, number>();
    // At most 9 leaves × 6 categories = 54 counts.
    let k = 0;
    for (const l of leaves) for (const c of cats) values.set(`${l}/${c}`, counts[k++] as number);
    const problem = areaTable({
      roots: [root],
      categories: cats,
      leafValue: (area, c) => values.get(`${area}/${c}`) ?? 0,
      // A 2025-style merged total over the first two leaves overlaps the hierarchy.
      merged: merged ? [{ id: 'M', members: leaves.slice(0, 2) }] : [],
      threshold,
    });
    // Some totals (never detail cells) are published elsewhere.
    const totals = new Set(problem.relations.map((r) => r.total));
    const open = new Set([...totals].filter((_, i) => (dice[i % dice.length] as number) < 10));
    return { ...problem, published: open };
  });
