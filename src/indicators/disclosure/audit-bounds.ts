/**
 * Auditor: outer bounds on every unknown of a component by interval propagation. For an equation
 * Σ c·x = rhs, each unknown is bounded by what the others' intervals leave; tightening repeats until no
 * bound moves by more than a hair (or a visit budget runs out: the bounds found so far stay valid). Every
 * solution of the attacker's LP lies within these bounds, so bounds less than 1 apart prove a cell
 * recoverable without solving an LP.
 */
import type { LocalSystem } from './audit-local.js';

const MOVE = 1e-6;
const VISITS_PER_EQUATION = 60;

export function propagateBounds(s: LocalSystem): { lo: Float64Array; hi: Float64Array } {
  const lo = Float64Array.from(s.lower);
  const hi = Float64Array.from(s.upper);
  const m = s.equations.length;
  const pending = new Uint8Array(m).fill(1);
  const work = Array.from({ length: m }, (_, k) => k);
  const budget = VISITS_PER_EQUATION * m;
  for (let head = 0; head < work.length && head < budget; head++) {
    const k = work[head] as number;
    pending[k] = 0;
    const e = s.equations[k];
    if (!e) continue;
    // Range of Σ c·x over the current box, with infinite ends counted apart.
    let low = 0;
    let high = 0;
    let lowInf = 0;
    let highInf = 0;
    for (const [j, c] of e.terms) {
      const a = c > 0 ? c * (lo[j] as number) : c * (hi[j] as number);
      const b = c > 0 ? c * (hi[j] as number) : c * (lo[j] as number);
      if (a === Number.NEGATIVE_INFINITY) lowInf++;
      else low += a;
      if (b === Number.POSITIVE_INFINITY) highInf++;
      else high += b;
    }
    for (const [j, c] of e.terms) {
      const a = c > 0 ? c * (lo[j] as number) : c * (hi[j] as number);
      const b = c > 0 ? c * (hi[j] as number) : c * (lo[j] as number);
      // c·x_j = rhs − (others), others within [restLow, restHigh].
      const restLow =
        a === Number.NEGATIVE_INFINITY ? (lowInf > 1 ? -Infinity : low) : lowInf > 0 ? -Infinity : low - a;
      const restHigh =
        b === Number.POSITIVE_INFINITY ? (highInf > 1 ? Infinity : high) : highInf > 0 ? Infinity : high - b;
      const from = (e.rhs - restHigh) / c;
      const to = (e.rhs - restLow) / c;
      const newLo = c > 0 ? from : to;
      const newHi = c > 0 ? to : from;
      let moved = false;
      if (newLo > (lo[j] as number) + MOVE) {
        lo[j] = newLo;
        moved = true;
      }
      if (newHi < (hi[j] as number) - MOVE) {
        hi[j] = newHi;
        moved = true;
      }
      if (!moved) continue;
      for (const k2 of s.equationsOf[j] ?? []) {
        if (pending[k2] === 1) continue;
        pending[k2] = 1;
        work.push(k2);
      }
    }
  }
  return { lo, hi };
}
