import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { narrowVariables, type ProbeSystem } from '../../../src/indicators/disclosure/engine-probe.js';
import { LpSolver } from '../../../src/indicators/disclosure/lp.js';

/** Reference: exact range width of each variable by the auditor's LP solver. */
function widths(s: ProbeSystem): number[] {
  const solver = new LpSolver({
    variables: s.variables,
    constraints: s.rows.map((terms) => ({ terms, sense: '=', rhs: 0 })),
    lower: Array.from(s.lower),
    upper: Array.from(s.upper),
  });
  return Array.from({ length: s.variables }, (_, j) => {
    const c = Array.from({ length: s.variables }, (_, k) => (k === j ? 1 : 0));
    const max = solver.maximize(c);
    const min = solver.minimize(c);
    if (max.status === 'unbounded') return Infinity;
    if (max.status !== 'optimal' || min.status !== 'optimal') throw new Error('reference LP failed');
    return max.objective - min.objective;
  });
}

describe("the engine's range probe", () => {
  it('finds a variable pinned by a row with no other freedom', () => {
    // y0 + y1 = 0 with y1 ∈ [0, 0]: y0 is pinned; y2 is free in [−3, 2].
    const s = {
      variables: 3,
      rows: [
        [
          [0, 1],
          [1, 1],
        ] as [number, number][],
      ],
      lower: [-5, 0, -3],
      upper: [5, 0, 2],
    };
    expect(narrowVariables(s, 1)).toEqual([0, 1]);
    expect(narrowVariables(s, 1, [2])).toEqual([]);
  });

  it('sees through two rows together (4 + 4 under a total of 8)', () => {
    // a + b − t = 0 with t fixed: a, b ∈ [−3, 0] around 4 ⇒ both pinned at 0.
    const s = {
      variables: 2,
      rows: [
        [
          [0, 1],
          [1, 1],
        ] as [number, number][],
      ],
      lower: [-3, -3],
      upper: [0, 0],
    };
    expect(narrowVariables(s, 1 - 1e-7)).toEqual([0, 1]);
  });

  it('treats an unbounded direction as wide', () => {
    const s = {
      variables: 2,
      rows: [
        [
          [0, 1],
          [1, -1],
        ] as [number, number][],
      ],
      lower: [0, 0],
      upper: [Infinity, Infinity],
    };
    expect(narrowVariables(s, 1)).toEqual([]);
  });

  it("agrees with the auditor's LP on random ±1 systems", () => {
    const arb = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        rows: fc.array(fc.array(fc.constantFrom(-1, 0, 0, 1), { minLength: n, maxLength: n }), {
          minLength: 1,
          maxLength: 4,
        }),
        lower: fc.array(fc.integer({ min: -4, max: 0 }), { minLength: n, maxLength: n }),
        upper: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(Infinity)), {
          minLength: n,
          maxLength: n,
        }),
        width: fc.constantFrom(1, 2, 3),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n, rows, lower, upper, width }) => {
        const system: ProbeSystem = {
          variables: n,
          rows: rows.map((r) => r.flatMap((v, j) => (v === 0 ? [] : [[j, v] as [number, number]]))),
          lower,
          upper,
        };
        const expected = widths(system).flatMap((w, j) => (w < width - 1e-7 ? [j] : []));
        expect(narrowVariables(system, width - 1e-9)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
