/**
 * Suppression engine: picks the extra cell that protects an exposed one. Only usable cells qualify (not
 * published, not suppressed, a zero or ≥ threshold, not a dead end). Preference: smallest value (least
 * information lost, so a zero, hidden as "< T", before any cell ≥ T), a part rather than the total of the
 * relation, helping more other open relations, then id, so the result is deterministic.
 */
import { type EngineState, NONE } from './engine-state.js';

/** Best usable cell in `relations`, or −1. `open(r)`: relation r still needs protection. */
export function bestCandidate(
  state: EngineState,
  relations: readonly number[],
  open: (r: number) => boolean,
): number {
  const { p } = state;
  const inScope = new Set(relations);
  const isPart = new Map<number, boolean>();
  for (const r of relations) {
    const cells = p.relCells[r] as Int32Array;
    const coefs = p.relCoefs[r] as Int32Array;
    cells.forEach((i, k) => {
      if (state.usable(i)) isPart.set(i, isPart.get(i) === true || (coefs[k] as number) < 0);
    });
  }
  let best = -1;
  let bestKey: [number, number, number, string] | undefined;
  for (const [i, part] of isPart) {
    let helps = 0;
    for (const r of p.cellRels[i] as number[]) if (!inScope.has(r) && open(r)) helps++;
    const key: [number, number, number, string] = [
      p.values[i] as number,
      part ? 0 : 1,
      -helps,
      p.ids[i] as string,
    ];
    if (bestKey === undefined || before(key, bestKey)) {
      best = i;
      bestKey = key;
    }
  }
  return best;
}

function before(a: [number, number, number, string], b: [number, number, number, string]): boolean {
  for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return (a[k] as number) < (b[k] as number);
  return a[3] < b[3];
}

/**
 * Candidate for a cell the LP found recoverable: first in its own relations, then outward through the
 * relations of the suppressed cells linked to it (a wider cycle), nearest level first. −1 when the whole
 * linked structure has no usable cell left.
 */
export function widerCandidate(state: EngineState, cell: number, open: (r: number) => boolean): number {
  const { p } = state;
  const seen = new Set<number>(p.cellRels[cell]);
  let level = [...seen];
  while (level.length > 0) {
    const best = bestCandidate(state, level, open);
    if (best >= 0) return best;
    const next: number[] = [];
    for (const r of level) {
      for (const i of p.relCells[r] as Int32Array) {
        if (state.kind[i] === NONE) continue;
        for (const r2 of p.cellRels[i] as number[]) {
          if (seen.has(r2)) continue;
          seen.add(r2);
          next.push(r2);
        }
      }
    }
    level = next.sort((a, b) => a - b);
  }
  return -1;
}
