/** Splitting a whole total over categories so the parts are whole numbers that add up exactly. */
import { poisson, type Rng } from './random.js';

/**
 * Largest-remainder (Hamilton) apportionment of `total` in proportion to `weights`. Ties go to the
 * earlier index, so the result is deterministic. All-zero weights give all zeros (total must then be 0).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const out = new Array<number>(weights.length).fill(0);
  let sum = 0;
  for (const w of weights) sum += Math.max(w, 0);
  if (total <= 0 || sum <= 0) return out;
  const remainders: { i: number; r: number }[] = [];
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    const exact = w > 0 ? (total * w) / sum : 0;
    const whole = Math.floor(exact);
    out[i] = whole;
    given += whole;
    remainders.push({ i, r: exact - whole });
  }
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < total - given; k++) {
    const slot = remainders[k % remainders.length];
    if (slot) out[slot.i] = (out[slot.i] ?? 0) + 1;
  }
  return out;
}

/**
 * A random split with an exact total: Poisson draws around the expected parts give realistic sampling
 * noise (large relative noise for small counts, little for large ones), then largest remainder rescales
 * the draws to the exact total.
 */
export function multinomialExact(rng: Rng, total: number, weights: readonly number[]): number[] {
  if (total <= 0) return new Array<number>(weights.length).fill(0);
  let sum = 0;
  for (const w of weights) sum += Math.max(w, 0);
  if (sum <= 0) return new Array<number>(weights.length).fill(0);
  const draws = weights.map((w) => (w > 0 ? poisson(rng, (total * w) / sum) : 0));
  const drawn = draws.reduce((a, b) => a + b, 0);
  return largestRemainder(total, drawn > 0 ? draws : weights);
}
