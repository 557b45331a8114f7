import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LinearProgram, LpSolver } from '../../../src/indicators/disclosure/lp.js';
import { bruteForceMin } from './lp-brute-force.js';

const coef = fc.integer({ min: -4, max: 4 });
const arbLp = fc.integer({ min: 2, max: 3 }).chain((n) => {
  const vector = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: n, maxLength: n });
  return fc.record({
    n: fc.constant(n),
    lower: vector(fc.integer({ min: -6, max: 2 })),
    span: vector(fc.integer({ min: 0, max: 8 })),
    rows: fc.array(
      fc.record({
        a: vector(coef),
        sense: fc.constantFrom<'<=' | '>=' | '='>('<=', '<=', '>=', '='),
        rhs: fc.integer({ min: -10, max: 10 }),
      }),
      { maxLength: 4 },
    ),
    c: vector(coef),
    bland: fc.boolean(),
  });
});

describe('lp: agrees with brute-force vertex enumeration', () => {
  it('on random small bounded LPs (optimum value, or infeasibility)', () => {
    fc.assert(
      fc.property(arbLp, ({ n, lower, span, rows, c, bland }) => {
        const lp: LinearProgram = {
          variables: n,
          constraints: rows.map((r) => ({
            terms: r.a.map((v, j) => [j, v] as const),
            sense: r.sense,
            rhs: r.rhs,
          })),
          lower,
          upper: lower.map((l, j) => l + (span[j] as number)),
        };
        const expected = bruteForceMin(lp, c);
        // Half the runs price by Bland's rule throughout, so that path is checked too.
        const got = new LpSolver(lp, bland ? { blandAfter: 0 } : {}).minimize(c);
        if (expected === undefined) expect(got.status).toBe('infeasible');
        else expect(got).toMatchObject({ status: 'optimal', objective: expect.closeTo(expected, 6) });
      }),
      { numRuns: 500 },
    );
  });
});
