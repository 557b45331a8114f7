/**
 * k nearest neighbours in a feature space: the municipality itself excluded, equal distances ordered
 * by NIS code, so the group never depends on input order. O(n·k) per municipality by insertion into a
 * short sorted list.
 */
import { distanceBetween, type FeatureSpace } from './feature-space.js';

export interface Neighbour {
  /** Row in `space.municipalities`. */
  readonly index: number;
  readonly distance: number;
}

export const DEFAULT_GROUP_SIZE = 10;

function before(space: FeatureSpace, a: Neighbour, b: Neighbour): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  return (space.municipalities[a.index]?.nis ?? '') < (space.municipalities[b.index]?.nis ?? '');
}

export function nearestNeighbours(space: FeatureSpace, index: number, k = DEFAULT_GROUP_SIZE): Neighbour[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`group size must be a whole number ≥ 0: ${k}`);
  const best: Neighbour[] = [];
  const n = space.municipalities.length;
  for (let j = 0; j < n; j++) {
    if (j === index) continue;
    const candidate = { index: j, distance: distanceBetween(space, index, j) };
    const last = best.at(-1);
    if (best.length === k && (k === 0 || (last && !before(space, candidate, last)))) continue;
    let at = best.length;
    while (at > 0 && before(space, candidate, best[at - 1] as Neighbour)) at--;
    best.splice(at, 0, candidate);
    if (best.length > k) best.pop();
  }
  return best;
}
