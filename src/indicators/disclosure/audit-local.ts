/**
 * The auditor's view of one component of the attacker's system, in flat arrays: unknowns 0..n−1 with
 * their true values and the bounds the policy tells the attacker, and the equations Σ coef·x = rhs in
 * both directions (equation → terms, unknown → equations).
 */
import type { LpConstraint } from './lp.js';

export interface LocalSystem {
  readonly n: number;
  readonly truth: Float64Array;
  /** Policy bounds: primary ("< T") 0..T−1, secondary T..∞. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly equations: readonly LpConstraint[];
  /** Per unknown: indices of the equations it appears in, and its coefficient in each. */
  readonly equationsOf: readonly (readonly number[])[];
  readonly coefficientsOf: readonly (readonly number[])[];
}

export function localSystem(
  n: number,
  truth: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  equations: readonly LpConstraint[],
): LocalSystem {
  const equationsOf: number[][] = Array.from({ length: n }, () => []);
  const coefficientsOf: number[][] = Array.from({ length: n }, () => []);
  equations.forEach((e, k) => {
    const sum = new Map<number, number>();
    for (const [j, c] of e.terms) sum.set(j, (sum.get(j) ?? 0) + c);
    for (const [j, c] of sum) {
      if (c === 0) continue;
      equationsOf[j]?.push(k);
      coefficientsOf[j]?.push(c);
    }
  });
  return {
    n,
    truth: Float64Array.from(truth),
    lower: Float64Array.from(lower),
    upper: Float64Array.from(upper),
    equations,
    equationsOf,
    coefficientsOf,
  };
}

/** Largest violation of an equation or bound by point x (0 for a solution). */
export function violation(s: LocalSystem, x: ArrayLike<number>): number {
  let worst = 0;
  for (let j = 0; j < s.n; j++) {
    const v = x[j] as number;
    worst = Math.max(worst, (s.lower[j] as number) - v, v - (s.upper[j] as number));
  }
  for (const e of s.equations) {
    let lhs = 0;
    for (const [j, c] of e.terms) lhs += c * (x[j] as number);
    worst = Math.max(worst, Math.abs(lhs - e.rhs));
  }
  return worst;
}
