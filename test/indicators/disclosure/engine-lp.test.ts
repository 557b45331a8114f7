import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProbeBasis } from '../../../src/indicators/disclosure/engine-basis.js';
import { maximalBounds } from '../../../src/indicators/disclosure/engine-bounds.js';
import { EtaBasis } from '../../../src/indicators/disclosure/engine-eta.js';
import { indexProblem } from '../../../src/indicators/disclosure/engine-index.js';
import { LpCover } from '../../../src/indicators/disclosure/engine-lp-cover.js';
import { Reach } from '../../../src/indicators/disclosure/engine-reach.js';
import { BoundedSimplex, type ProbeSystem } from '../../../src/indicators/disclosure/engine-simplex.js';
import { EngineState, PRIMARY } from '../../../src/indicators/disclosure/engine-state.js';
import { auditSuppression, type SuppressionKind } from '../../../src/indicators/disclosure/index.js';
import { areaTable } from './tables.js';

const arbSystem = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    rows: fc.array(fc.array(fc.constantFrom(-1, 0, 0, 1), { minLength: n, maxLength: n }), {
      minLength: 1,
      maxLength: 5,
    }),
    lower: fc.array(fc.integer({ min: -4, max: 0 }), { minLength: n, maxLength: n }),
    upper: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(Infinity)), {
      minLength: n,
      maxLength: n,
    }),
    cost: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
    target: fc.nat({ max: n - 1 }),
  }),
);

describe("the engine's simplex", () => {
  it('reaches the same optimum with sparse pivot factors as with the dense inverse', () => {
    fc.assert(
      fc.property(arbSystem, ({ n, rows, lower, upper, cost, target }) => {
        const system: ProbeSystem = {
          variables: n,
          rows: rows.map((r) => r.flatMap((v, j) => (v === 0 ? [] : [[j, v] as [number, number]]))),
          lower,
          upper,
        };
        // Push one variable down first (the LP cover's first step), then minimise a nonnegative cost.
        const goal = Array.from({ length: n }, (_, j) => (j === target ? 1 : 0));
        const results = [ProbeBasis, EtaBasis].map((Basis) => {
          const lp = new BoundedSimplex(system, new Basis(n, system.rows.length, system.rows));
          const first = lp.minimize(goal);
          const low = lp.value(target);
          lp.bound(target, low, low);
          const second = lp.minimize(cost);
          const total = Array.from({ length: n }, (_, j) => (cost[j] as number) * lp.value(j)).reduce(
            (s, x) => s + x,
            0,
          );
          return { first, low, second, total };
        });
        const [dense, sparse] = results as [(typeof results)[0], (typeof results)[0]];
        expect(sparse.first).toBe(dense.first);
        if (dense.first !== 'optimal') return;
        expect(sparse.low).toBeCloseTo(dense.low, 9);
        expect(sparse.second).toBe(dense.second);
        if (dense.second === 'optimal') expect(sparse.total).toBeCloseTo(dense.total, 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the LP cover', () => {
  it('protects a cell with an exact least-cost perturbation that the auditor confirms', () => {
    // Three areas × three categories with margins; m1/A = 2 is small, m2/A is zero.
    const grid: Record<string, Record<string, number>> = {
      m1: { A: 2, B: 10, C: 20 },
      m2: { A: 0, B: 12, C: 30 },
      m3: { A: 25, B: 40, C: 50 },
    };
    const problem = areaTable({
      roots: [{ id: 'all', children: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }] }],
      categories: ['A', 'B', 'C'],
      leafValue: (area, c) => grid[area]?.[c] ?? 0,
      threshold: 5,
    });
    const p = indexProblem(problem);
    const state = new EngineState(p);
    const small = p.ids.indexOf('m1/A');
    state.suppress(small, PRIMARY);
    const bounds = maximalBounds(p);
    const reach = new Reach(p, bounds, 1);
    expect(new LpCover(p, state, bounds, reach).protect(small)).toBe(true);
    const suppressed = new Map<string, SuppressionKind>();
    state.kind.forEach((k, i) => {
      if (k !== 0) suppressed.set(p.ids[i] as string, k === PRIMARY ? 'primary' : 'secondary');
    });
    // The cheapest rectangle: the zero m2/A (as "< 5") with the two B cells, not the larger C cells.
    expect(Object.fromEntries(suppressed)).toEqual({
      'm1/A': 'primary',
      'm1/B': 'secondary',
      'm2/A': 'primary',
      'm2/B': 'secondary',
    });
    expect([...reach.covered].filter((c) => c === 1).length).toBe(4);
    expect(auditSuppression(problem, suppressed).recoverable).toEqual([]);
  });
});
