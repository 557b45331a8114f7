import { describe, expect, it } from 'vitest';
import { LpSolver, solveLp } from '../../../src/indicators/disclosure/lp.js';
import { lpOf, optimum, row } from './lp-text.js';

describe('lp: textbook optima', () => {
  it('parses the test rows as intended', () => {
    expect(row('1/4x0 - 60x1 + x3 <= -2.5')).toEqual({
      terms: [
        [0, 0.25],
        [1, -60],
        [3, 1],
      ],
      sense: '<=',
      rhs: -2.5,
    });
  });

  it('Wyndor glass (Hillier & Lieberman): max 3x + 5y = 36 at (2, 6)', () => {
    const r = optimum(lpOf(2, ['x0 <= 4', '2x1 <= 12', '3x0 + 2x1 <= 18']), [3, 5], 'max');
    expect(r.objective).toBeCloseTo(36, 9);
    expect(r.x).toEqual([expect.closeTo(2, 9), expect.closeTo(6, 9)]);
  });

  it('diet-style minimum with ≥ rows: min 2x + 3y = 9 at (3, 1)', () => {
    const r = optimum(lpOf(2, ['x0 + x1 >= 4', 'x0 + 3x1 >= 6']), [2, 3]);
    expect(r.objective).toBeCloseTo(9, 9);
    expect(r.x).toEqual([expect.closeTo(3, 9), expect.closeTo(1, 9)]);
  });

  it('an equality with box bounds, and negative lower bounds', () => {
    const box = lpOf(3, ['x0 + x1 + x2 = 10'], { lower: [0, 2, 0], upper: [3, 5, Infinity] });
    expect(optimum(box, [1, 2, 0], 'max').objective).toBeCloseTo(13, 9);
    expect(optimum(box, [1, 2, 0]).objective).toBeCloseTo(4, 9);
    const negative = lpOf(2, ['x0 + x1 >= -1'], { lower: [-5, -2], upper: [5, 2] });
    expect(optimum(negative, [1, 0]).objective).toBeCloseTo(-3, 9);
  });

  it('Klee–Minty cube (n = 3): max 100x1 + 10x2 + x3 = 10000 at (0, 0, 10000)', () => {
    const lp = lpOf(3, ['x0 <= 1', '20x0 + x1 <= 100', '200x0 + 20x1 + x2 <= 10000']);
    const r = optimum(lp, [100, 10, 1], 'max');
    expect(r.objective).toBeCloseTo(10000, 6);
    expect(r.x).toEqual([expect.closeTo(0, 9), expect.closeTo(0, 9), expect.closeTo(10000, 6)]);
  });

  it('with no constraints at all, the bounds decide', () => {
    const lp = lpOf(2, [], { lower: [0, 1], upper: [2, 3] });
    expect(optimum(lp, [1, 1], 'max').objective).toBe(5);
    expect(optimum(lp, [1, -1]).objective).toBe(-3);
  });

  it('keeps count-sized values (10^7) exact enough', () => {
    const lp = lpOf(3, ['x0 - x1 - x2 = 0', 'x0 = 12345678'], {
      lower: [0, 1, 5],
      upper: [Infinity, 4, Infinity],
    });
    expect(optimum(lp, [0, 0, 1]).objective).toBeCloseTo(12345674, 6);
    expect(optimum(lp, [0, 0, 1], 'max').objective).toBeCloseTo(12345677, 6);
  });
});

describe('lp: infeasible and unbounded', () => {
  it('reports contradictory rows as infeasible', () => {
    const lp = lpOf(2, ['x0 + x1 <= 1', 'x0 + x1 >= 2']);
    expect(solveLp(lp, [1, 1]).status).toBe('infeasible');
    expect(new LpSolver(lp).feasible).toBe(false);
  });

  it('reports rows that the bounds cannot meet, and crossed bounds, as infeasible', () => {
    expect(solveLp(lpOf(1, ['x0 = 3'], { upper: [1] }), [1]).status).toBe('infeasible');
    expect(solveLp(lpOf(1, [], { lower: [2], upper: [1] }), [1]).status).toBe('infeasible');
  });

  it('reports an unbounded objective, yet optimises a bounded one over the same region', () => {
    const lp = lpOf(2, ['x0 - x1 <= 1']);
    expect(solveLp(lp, [1, 1], 'max').status).toBe('unbounded');
    expect(optimum(lp, [1, 1]).objective).toBe(0);
    const solver = new LpSolver(lp);
    expect(solver.maximize([1, 0]).status).toBe('unbounded');
    // The solver stays usable after an unbounded answer.
    expect(solver.minimize([1, 0])).toMatchObject({ status: 'optimal', objective: 0 });
  });

  it('rejects an infinite lower bound and unknown variables', () => {
    expect(() => new LpSolver(lpOf(1, [], { lower: [-Infinity] }))).toThrow(/bounds/);
    expect(() => new LpSolver(lpOf(1, ['x3 <= 1']))).toThrow(/out of range/);
  });
});
