import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type LinearProgram,
  type LpConstraint,
  LpSolver,
  solveLp,
} from '../../../src/indicators/disclosure/lp.js';
import { bruteForceMin } from './lp-brute-force.js';

const le = (terms: [number, number][], rhs: number): LpConstraint => ({ terms, sense: '<=', rhs });
const ge = (terms: [number, number][], rhs: number): LpConstraint => ({ terms, sense: '>=', rhs });
const eq = (terms: [number, number][], rhs: number): LpConstraint => ({ terms, sense: '=', rhs });

function optimum(lp: LinearProgram, c: number[], goal: 'min' | 'max' = 'min') {
  const r = solveLp(lp, c, goal);
  if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
  return r;
}

describe('lp: textbook optima', () => {
  it('Wyndor glass (Hillier & Lieberman): max 3x + 5y = 36 at (2, 6)', () => {
    const lp = {
      variables: 2,
      constraints: [
        le([[0, 1]], 4),
        le([[1, 2]], 12),
        le(
          [
            [0, 3],
            [1, 2],
          ],
          18,
        ),
      ],
    };
    const r = optimum(lp, [3, 5], 'max');
    expect(r.objective).toBeCloseTo(36, 9);
    expect(r.x[0]).toBeCloseTo(2, 9);
    expect(r.x[1]).toBeCloseTo(6, 9);
  });

  it('diet-style minimum with ≥ rows: min 2x + 3y = 9 at (3, 1)', () => {
    const lp = {
      variables: 2,
      constraints: [
        ge(
          [
            [0, 1],
            [1, 1],
          ],
          4,
        ),
        ge(
          [
            [0, 1],
            [1, 3],
          ],
          6,
        ),
      ],
    };
    const r = optimum(lp, [2, 3]);
    expect(r.objective).toBeCloseTo(9, 9);
    expect(r.x).toEqual([expect.closeTo(3, 9), expect.closeTo(1, 9)]);
  });

  it('equality with box bounds, and negative lower bounds', () => {
    const box = {
      variables: 3,
      constraints: [
        eq(
          [
            [0, 1],
            [1, 1],
            [2, 1],
          ],
          10,
        ),
      ],
      lower: [0, 2, 0],
      upper: [3, 5, Infinity],
    };
    expect(optimum(box, [1, 2, 0], 'max').objective).toBeCloseTo(13, 9);
    expect(optimum(box, [1, 2, 0]).objective).toBeCloseTo(4, 9);
    const negative = {
      variables: 2,
      constraints: [
        ge(
          [
            [0, 1],
            [1, 1],
          ],
          -1,
        ),
      ],
      lower: [-5, -2],
      upper: [5, 2],
    };
    expect(optimum(negative, [1, 0]).objective).toBeCloseTo(-3, 9);
  });

  it('Klee–Minty cube (n = 3): max 100x1 + 10x2 + x3 = 10000', () => {
    const lp = {
      variables: 3,
      constraints: [
        le([[0, 1]], 1),
        le(
          [
            [0, 20],
            [1, 1],
          ],
          100,
        ),
        le(
          [
            [0, 200],
            [1, 20],
            [2, 1],
          ],
          10000,
        ),
      ],
    };
    const r = optimum(lp, [100, 10, 1], 'max');
    expect(r.objective).toBeCloseTo(10000, 6);
    expect(r.x).toEqual([expect.closeTo(0, 9), expect.closeTo(0, 9), expect.closeTo(10000, 6)]);
  });

  it('no constraints at all: bounds decide', () => {
    const lp = { variables: 2, constraints: [], lower: [0, 1], upper: [2, 3] };
    expect(optimum(lp, [1, 1], 'max').objective).toBe(5);
    expect(optimum(lp, [1, -1]).objective).toBe(-3);
  });
});

describe('lp: infeasible and unbounded', () => {
  it('reports contradictory rows as infeasible', () => {
    const lp = {
      variables: 2,
      constraints: [
        le(
          [
            [0, 1],
            [1, 1],
          ],
          1,
        ),
        ge(
          [
            [0, 1],
            [1, 1],
          ],
          2,
        ),
      ],
    };
    expect(solveLp(lp, [1, 1]).status).toBe('infeasible');
    expect(new LpSolver(lp).feasible).toBe(false);
  });

  it('reports rows that the bounds cannot meet, and crossed bounds, as infeasible', () => {
    expect(solveLp({ variables: 1, constraints: [eq([[0, 1]], 3)], upper: [1] }, [1]).status).toBe(
      'infeasible',
    );
    expect(solveLp({ variables: 1, constraints: [], lower: [2], upper: [1] }, [1]).status).toBe('infeasible');
  });

  it('reports an unbounded objective, yet optimises a bounded one over the same unbounded region', () => {
    const lp = {
      variables: 2,
      constraints: [
        le(
          [
            [0, 1],
            [1, -1],
          ],
          1,
        ),
      ],
    };
    expect(solveLp(lp, [1, 1], 'max').status).toBe('unbounded');
    expect(optimum(lp, [1, 1]).objective).toBe(0);
    const solver = new LpSolver(lp);
    expect(solver.maximize([1, 0]).status).toBe('unbounded');
    // The solver stays usable after an unbounded answer.
    expect(solver.minimize([1, 0])).toMatchObject({ status: 'optimal', objective: 0 });
  });

  it('rejects an infinite lower bound', () => {
    expect(() => new LpSolver({ variables: 1, constraints: [], lower: [-Infinity] })).toThrow(/bounds/);
  });
});

describe('lp: degenerate problems', () => {
  it("does not cycle on Beale's example (cycles under plain Dantzig pricing)", () => {
    const lp = {
      variables: 4,
      constraints: [
        le(
          [
            [0, 0.25],
            [1, -60],
            [2, -1 / 25],
            [3, 9],
          ],
          0,
        ),
        le(
          [
            [0, 0.5],
            [1, -90],
            [2, -1 / 50],
            [3, 3],
          ],
          0,
        ),
        le([[2, 1]], 1),
      ],
    };
    const r = optimum(lp, [-0.75, 150, -1 / 50, 6]);
    expect(r.objective).toBeCloseTo(-0.05, 9);
  });

  it('handles many constraints through one vertex', () => {
    const lp = {
      variables: 2,
      constraints: [
        le([[0, 1]], 1),
        le([[1, 1]], 1),
        le(
          [
            [0, 1],
            [1, 1],
          ],
          2,
        ),
        le(
          [
            [0, 2],
            [1, 1],
          ],
          3,
        ),
        le(
          [
            [0, 1],
            [1, 2],
          ],
          3,
        ),
      ],
    };
    expect(optimum(lp, [1, 1], 'max').objective).toBeCloseTo(2, 9);
  });

  it('handles redundant (duplicated and implied) equality rows', () => {
    const lp = {
      variables: 2,
      constraints: [
        eq(
          [
            [0, 1],
            [1, 1],
          ],
          5,
        ),
        eq(
          [
            [0, 2],
            [1, 2],
          ],
          10,
        ),
        eq(
          [
            [0, 1],
            [1, -1],
          ],
          1,
        ),
      ],
    };
    const r = optimum(lp, [0, 0]);
    expect(r.x).toEqual([expect.closeTo(3, 9), expect.closeTo(2, 9)]);
  });

  it('answers many objectives from one warm-started solver like fresh solvers do', () => {
    // x0 = x1 + x2, x3 = x0 + x4, x1..x4 ≥ 0 bounded: a small hierarchy like the auditor's.
    const lp = {
      variables: 5,
      constraints: [
        eq(
          [
            [0, 1],
            [1, -1],
            [2, -1],
          ],
          0,
        ),
        eq(
          [
            [3, 1],
            [0, -1],
            [4, -1],
          ],
          0,
        ),
        eq([[3, 1]], 12),
      ],
      lower: [0, 1, 5, 0, 5],
      upper: [Infinity, 4, Infinity, Infinity, Infinity],
    };
    const solver = new LpSolver(lp);
    for (let j = 0; j < 5; j++) {
      for (const goal of ['min', 'max'] as const) {
        const c = [0, 0, 0, 0, 0].map((_, i) => (i === j ? 1 : 0));
        const warm = goal === 'min' ? solver.minimize(c) : solver.maximize(c);
        expect(warm).toMatchObject({
          status: 'optimal',
          objective: expect.closeTo(optimum(lp, c, goal).objective, 9),
        });
      }
    }
  });
});

describe('lp: agrees with brute-force vertex enumeration', () => {
  const coef = fc.integer({ min: -4, max: 4 });
  const arbLp = fc.integer({ min: 2, max: 3 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      lower: fc.array(fc.integer({ min: -6, max: 2 }), { minLength: n, maxLength: n }),
      span: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: n, maxLength: n }),
      rows: fc.array(
        fc.record({
          a: fc.array(coef, { minLength: n, maxLength: n }),
          sense: fc.constantFrom<'<=' | '>=' | '='>('<=', '<=', '>=', '='),
          rhs: fc.integer({ min: -10, max: 10 }),
        }),
        { maxLength: 4 },
      ),
      c: fc.array(coef, { minLength: n, maxLength: n }),
    }),
  );

  it('on random small bounded LPs (optimum value, or infeasibility)', () => {
    fc.assert(
      fc.property(arbLp, ({ n, lower, span, rows, c }) => {
        const lp: LinearProgram = {
          variables: n,
          constraints: rows.map((r) => ({
            terms: r.a.map((v, j) => [j, v] as [number, number]),
            sense: r.sense,
            rhs: r.rhs,
          })),
          lower,
          upper: lower.map((l, j) => l + (span[j] as number)),
        };
        const expected = bruteForceMin(lp, c);
        const got = solveLp(lp, c);
        if (expected === undefined) expect(got.status).toBe('infeasible');
        else expect(got).toMatchObject({ status: 'optimal', objective: expect.closeTo(expected, 6) });
      }),
      { numRuns: 400 },
    );
  });
});
