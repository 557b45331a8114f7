import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localSystem, violation } from '../../../src/indicators/disclosure/audit-local.js';
import { pushWithin } from '../../../src/indicators/disclosure/audit-sparse.js';
import { LpSolver } from '../../../src/indicators/disclosure/lp.js';

/** Random systems Σ c·x = rhs with ±1 coefficients, consistent with integer true values inside the bounds. */
const arbSystem = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    truth: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
    below: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    above: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Infinity)), {
      minLength: n,
      maxLength: n,
    }),
    rows: fc.array(fc.array(fc.constantFrom(-1, 0, 0, 1), { minLength: n, maxLength: n }), {
      minLength: 1,
      maxLength: 5,
    }),
    target: fc.nat({ max: n - 1 }),
    dir: fc.constantFrom(1, -1),
  }),
);

describe("the auditor's sparse LP", () => {
  it('moves an unknown by one exactly when the dense LP says it can, and returns a solution', () => {
    fc.assert(
      fc.property(arbSystem, ({ n, truth, below, above, rows, target, dir }) => {
        const equations = rows
          .map((r) => r.flatMap((c, j) => (c === 0 ? [] : [[j, c] as const])))
          .filter((terms) => terms.length > 0)
          .map((terms) => ({
            terms,
            sense: '=' as const,
            rhs: terms.reduce((s, [j, c]) => s + c * (truth[j] as number), 0),
          }));
        const lower = truth.map((t, j) => t - (below[j] as number));
        const upper = truth.map((t, j) => t + (above[j] as number));
        const s = localSystem(n, truth, lower, upper, equations);
        const outer = { lo: Float64Array.from(lower), hi: Float64Array.from(upper) };
        const all = Array.from({ length: n }, (_, j) => j);
        const point = pushWithin(s, all, target, dir, outer);
        // Reference: the extreme value of x_target by the dense solver.
        const solver = new LpSolver({ variables: n, constraints: equations, lower, upper });
        const goal = Array.from({ length: n }, (_, j) => (j === target ? 1 : 0));
        const best = dir > 0 ? solver.maximize(goal) : solver.minimize(goal);
        const reachable =
          best.status === 'unbounded' ||
          (best.status === 'optimal' && dir * (best.objective - (truth[target] as number)) >= 1 - 1e-9);
        expect(point !== undefined).toBe(reachable);
        if (point) {
          expect(violation(s, point)).toBeLessThan(1e-9);
          expect(dir * ((point[target] as number) - (truth[target] as number))).toBeGreaterThanOrEqual(
            1 - 1e-9,
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
