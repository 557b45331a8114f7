import { describe, expect, it } from 'vitest';
import { LpSolver } from '../../../src/indicators/disclosure/lp.js';
import { lpOf, optimum } from './lp-text.js';

describe('lp: degenerate problems', () => {
  it("does not cycle on Beale's example, with default pricing or with Bland's rule throughout", () => {
    // From the slack basis, Dantzig's rule with lowest-index ties cycles here forever.
    const lp = lpOf(4, ['1/4x0 - 60x1 - 1/25x2 + 9x3 <= 0', '1/2x0 - 90x1 - 1/50x2 + 3x3 <= 0', 'x2 <= 1']);
    for (const blandAfter of [25, 0]) {
      const r = new LpSolver(lp, { blandAfter }).minimize([-0.75, 150, -1 / 50, 6]);
      expect(r).toMatchObject({ status: 'optimal', objective: expect.closeTo(-0.05, 9) });
      if (r.status === 'optimal') expect(r.x).toEqual([1 / 25, 0, 1, 0].map((v) => expect.closeTo(v, 9)));
    }
  });

  it('handles many constraints through one vertex', () => {
    const lp = lpOf(2, ['x0 <= 1', 'x1 <= 1', 'x0 + x1 <= 2', '2x0 + x1 <= 3', 'x0 + 2x1 <= 3']);
    expect(optimum(lp, [1, 1], 'max').objective).toBeCloseTo(2, 9);
  });

  it('handles redundant (duplicated and implied) equality rows', () => {
    const lp = lpOf(2, ['x0 + x1 = 5', '2x0 + 2x1 = 10', 'x0 - x1 = 1']);
    expect(optimum(lp, [0, 0]).x).toEqual([expect.closeTo(3, 9), expect.closeTo(2, 9)]);
  });

  it('handles a degenerate start: all right-hand sides zero', () => {
    // A 2 × 2 table with zero margins forces every cell to zero.
    const lp = lpOf(4, ['x0 + x1 = 0', 'x2 + x3 = 0', 'x0 + x2 = 0', 'x1 + x3 = 0']);
    expect(optimum(lp, [-1, -1, -1, -1]).objective).toBe(0);
  });

  it('answers many objectives from one warm-started solver like fresh solvers do', () => {
    // x0 = x1 + x2, x3 = x0 + x4, x3 = 12: a small hierarchy like the auditor's.
    const lp = lpOf(5, ['x0 - x1 - x2 = 0', 'x3 - x0 - x4 = 0', 'x3 = 12'], {
      lower: [0, 1, 5, 0, 5],
      upper: [Infinity, 4, Infinity, Infinity, Infinity],
    });
    const solver = new LpSolver(lp);
    for (let j = 0; j < 5; j++) {
      const c = [0, 1, 2, 3, 4].map((i) => (i === j ? 1 : 0));
      for (const goal of ['min', 'max'] as const) {
        const warm = goal === 'min' ? solver.minimize(c) : solver.maximize(c);
        const fresh = optimum(lp, c, goal).objective;
        expect(warm).toMatchObject({ status: 'optimal', objective: expect.closeTo(fresh, 9) });
      }
    }
  });
});
