/**
 * Suppression engine: the problem indexed by number (cells 0..n−1, relations 0..r−1) and validated, so
 * the hot loops work on arrays instead of string maps.
 */
import type { DisclosureProblem } from './types.js';

export interface IndexedProblem {
  readonly ids: readonly string[];
  readonly values: readonly number[];
  readonly threshold: number;
  /** The protection level (DisclosureProblem.minWidth). */
  readonly minWidth: number;
  readonly published: Uint8Array;
  /** Per relation: cells with a nonzero net coefficient (+1 as total, −1 per part), ascending. */
  readonly relCells: readonly Int32Array[];
  readonly relCoefs: readonly Int32Array[];
  /** Per cell: the relations it takes part in, ascending. */
  readonly cellRels: readonly number[][];
}

export function indexProblem(problem: DisclosureProblem): IndexedProblem {
  const { threshold } = problem;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new Error(`disclosure: bad threshold ${threshold}`);
  const minWidth = problem.minWidth ?? 1;
  if (!Number.isInteger(minWidth) || minWidth < 1 || minWidth > 8)
    throw new Error(`disclosure: bad minimum width ${minWidth}`);
  const byId = new Map<string, number>();
  const ids: string[] = [];
  const values: number[] = [];
  for (const cell of problem.cells) {
    if (byId.has(cell.id)) throw new Error(`disclosure: duplicate cell ${cell.id}`);
    if (!Number.isSafeInteger(cell.value) || cell.value < 0) {
      throw new Error(`disclosure: ${cell.id} has value ${cell.value}, expected a whole number ≥ 0`);
    }
    byId.set(cell.id, ids.length);
    ids.push(cell.id);
    values.push(cell.value);
  }
  const published = new Uint8Array(ids.length);
  // Ids published elsewhere but not part of this problem are irrelevant here.
  for (const id of problem.published ?? []) {
    const i = byId.get(id);
    if (i !== undefined) published[i] = 1;
  }
  const cellRels: number[][] = ids.map(() => []);
  const relCells: Int32Array[] = [];
  const relCoefs: Int32Array[] = [];
  problem.relations.forEach((relation, r) => {
    const coef = new Map<number, number>();
    const add = (id: string, c: number) => {
      const i = byId.get(id);
      if (i === undefined) throw new Error(`disclosure: relation ${r} names unknown cell ${id}`);
      coef.set(i, (coef.get(i) ?? 0) + c);
    };
    add(relation.total, 1);
    for (const part of relation.parts) add(part, -1);
    const cells = [...coef.keys()].filter((i) => coef.get(i) !== 0).sort((a, b) => a - b);
    let sum = 0;
    for (const i of cells) sum += (coef.get(i) as number) * (values[i] as number);
    if (sum !== 0) throw new Error(`disclosure: relation ${r} (total ${relation.total}) does not add up`);
    relCells.push(Int32Array.from(cells));
    relCoefs.push(Int32Array.from(cells, (i) => coef.get(i) as number));
    for (const i of cells) cellRels[i]?.push(r);
  });
  return { ids, values, threshold, minWidth, published, relCells, relCoefs, cellRels };
}
