/**
 * Suppression engine: what an attacker could know of each cell even if every cell that may be hidden
 * were hidden (cells below T, zeros included, as "< T": 0..T−1; other unpublished cells as ≥ T;
 * published cells known). Hiding fewer cells only narrows what the attacker can derive, so these bounds hold for
 * every suppression the engine could choose. They come from bound propagation over the relations (each
 * relation bounds every cell in it by the bounds of the others, repeated until nothing changes much):
 * a relaxation of the attacker's LP, so every LP solution stays within them.
 *
 * A primary cell whose bounds are less than 1 apart can never be protected; a cell whose bounds forbid a
 * step of ±1 from its value never takes that step in any perturbation.
 */
import type { IndexedProblem } from './engine-index.js';

/** Changes smaller than this do not propagate further (keeps the fixpoint finite). */
const SETTLE = 1e-6;
/** Relation visits per relation before propagation stops (bounds stay valid when cut short). */
const ROUNDS = 60;

export interface MaximalBounds {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
}

export function maximalBounds(p: IndexedProblem): MaximalBounds {
  const n = p.ids.length;
  const T = p.threshold;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = p.values[i] as number;
    if (p.published[i] === 1) {
      lo[i] = v;
      hi[i] = v;
    } else if (v < T) {
      // Shown as "< T" (for T = 1 only a zero gets here, and 0..0 pins it).
      lo[i] = 0;
      hi[i] = T - 1;
    } else {
      lo[i] = T;
      hi[i] = Number.POSITIVE_INFINITY;
    }
  }
  const m = p.relCells.length;
  const queued = new Uint8Array(m).fill(1);
  const queue: number[] = Array.from({ length: m }, (_, r) => r);
  let visits = 0;
  const limit = ROUNDS * m;
  for (let k = 0; k < queue.length && visits < limit; k++, visits++) {
    const r = queue[k] as number;
    queued[r] = 0;
    const cells = p.relCells[r] as Int32Array;
    const coefs = p.relCoefs[r] as Int32Array;
    // Σ coef·x = 0: bounds of the sum with finite parts and a count of infinite ones.
    let minSum = 0;
    let maxSum = 0;
    let minInf = 0;
    let maxInf = 0;
    for (let e = 0; e < cells.length; e++) {
      const c = cells[e] as number;
      const a = coefs[e] as number;
      const l = a > 0 ? (lo[c] as number) : -(hi[c] as number);
      const h = a > 0 ? (hi[c] as number) : -(lo[c] as number);
      if (l === Number.NEGATIVE_INFINITY) minInf++;
      else minSum += l;
      if (h === Number.POSITIVE_INFINITY) maxInf++;
      else maxSum += h;
    }
    for (let e = 0; e < cells.length; e++) {
      const c = cells[e] as number;
      const a = coefs[e] as number;
      const l = a > 0 ? (lo[c] as number) : -(hi[c] as number);
      const h = a > 0 ? (hi[c] as number) : -(lo[c] as number);
      // a·x_c = −(sum of the others): within [−maxOthers, −minOthers].
      const minOthers =
        l === Number.NEGATIVE_INFINITY
          ? minInf > 1
            ? Number.NEGATIVE_INFINITY
            : minSum
          : minInf > 0
            ? Number.NEGATIVE_INFINITY
            : minSum - l;
      const maxOthers =
        h === Number.POSITIVE_INFINITY
          ? maxInf > 1
            ? Number.POSITIVE_INFINITY
            : maxSum
          : maxInf > 0
            ? Number.POSITIVE_INFINITY
            : maxSum - h;
      const newL = a > 0 ? -maxOthers : minOthers;
      const newH = a > 0 ? -minOthers : maxOthers;
      let changed = false;
      if (newL > (lo[c] as number) + SETTLE) {
        lo[c] = newL;
        changed = true;
      }
      if (newH < (hi[c] as number) - SETTLE) {
        hi[c] = newH;
        changed = true;
      }
      if (!changed) continue;
      for (const r2 of p.cellRels[c] as number[]) {
        if (queued[r2] === 1) continue;
        queued[r2] = 1;
        queue.push(r2);
      }
    }
  }
  return { lo, hi };
}
