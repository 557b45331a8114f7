import { describe, expect, it } from 'vitest';
import {
  auditSuppression,
  DisclosureInfeasibleError,
  type SuppressionKind,
  suppressCells,
} from '../../../src/indicators/disclosure/index.js';
import { expectProtected, recoverableIds } from './assertions.js';
import { areaTable, cellsOf, maximalSuppression, primaryOnly } from './tables.js';

describe('suppressCells: hand-made cases', () => {
  it('a single small cell in a row gets the smallest other part as partner', () => {
    const problem = {
      cells: cellsOf({ tot: 35, a: 2, b: 8, c: 25 }),
      relations: [{ total: 'tot', parts: ['a', 'b', 'c'] }],
      threshold: 5,
    };
    const suppressed = expectProtected(problem, ['a']);
    expect([...suppressed]).toEqual([
      ['a', 'primary'],
      ['b', 'secondary'],
    ]);
  });

  it('two small cells 4 + 4 under a shown total of 8 are both pinned; the total gets hidden', () => {
    // 8 = a + b with a, b ≤ 4 forces a = b = 4, although no relation has a single suppressed cell.
    const problem = {
      cells: cellsOf({ t: 8, a: 4, b: 4, g: 38, u: 30 }),
      relations: [
        { total: 't', parts: ['a', 'b'] },
        { total: 'g', parts: ['t', 'u'] },
      ],
      threshold: 5,
    };
    expect(auditSuppression(problem, primaryOnly(problem)).recoverable).toEqual([
      { id: 'a', min: 4, max: 4 },
      { id: 'b', min: 4, max: 4 },
    ]);
    const suppressed = expectProtected(problem, ['a', 'b']);
    expect(Object.fromEntries(suppressed)).toEqual({
      a: 'primary',
      b: 'primary',
      t: 'secondary',
      u: 'secondary',
    });
  });

  it('the same 4 + 4 under a total published elsewhere cannot be protected, and says so', () => {
    const problem = {
      cells: cellsOf({ t: 8, a: 4, b: 4, g: 38, u: 30 }),
      relations: [
        { total: 't', parts: ['a', 'b'] },
        { total: 'g', parts: ['t', 'u'] },
      ],
      threshold: 5,
      published: new Set(['t']),
    };
    expect(() => suppressCells(problem)).toThrow(DisclosureInfeasibleError);
    expect(recoverableIds(problem, maximalSuppression(problem))).toEqual(['a', 'b']);
  });

  it('a municipality hidden within its row is still recoverable from the province total, until protected', () => {
    const values: Record<string, Record<string, number>> = {
      m1: { X: 3, Y: 40 },
      m2: { X: 20, Y: 30 },
      m3: { X: 25, Y: 35 },
    };
    const problem = areaTable({
      roots: [{ id: 'P', children: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }] }],
      categories: ['X', 'Y'],
      leafValue: (area, c) => values[area]?.[c] ?? 0,
      threshold: 5,
    });
    const rowOnly = new Map<string, SuppressionKind>([
      ['m1/X', 'primary'],
      ['m1/Y', 'secondary'],
    ]);
    expect(recoverableIds(problem, rowOnly)).toEqual(['m1/X', 'm1/Y']);
    const suppressed = expectProtected(problem, ['m1/X']);
    expect([...suppressed.keys()].filter((id) => id.endsWith('/X')).length).toBeGreaterThanOrEqual(2);
  });

  it('a 2-D table with both margins is protected by the classic rectangle of four cells', () => {
    const grid: Record<string, Record<string, number>> = {
      r1: { A: 2, B: 10, C: 20 },
      r2: { A: 11, B: 12, C: 30 },
      r3: { A: 25, B: 40, C: 50 },
    };
    const problem = areaTable({
      roots: [{ id: 'all', children: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }] }],
      categories: ['A', 'B', 'C'],
      leafValue: (area, c) => grid[area]?.[c] ?? 0,
      threshold: 5,
    });
    const suppressed = expectProtected(problem, ['r1/A']);
    expect(Object.fromEntries(suppressed)).toEqual({
      'r1/A': 'primary',
      'r1/B': 'secondary',
      'r2/A': 'secondary',
      'r2/B': 'secondary',
    });
    expect(auditSuppression(problem, suppressed).ranges).toEqual([
      { id: 'r1/A', min: 0, max: 4 },
      { id: 'r1/B', min: 8, max: 12 },
      { id: 'r2/A', min: 9, max: 13 },
      { id: 'r2/B', min: 10, max: 14 },
    ]);
  });

  it('a cell that is a part in two relations is protected in both', () => {
    // a is part of a merged municipality M = a + b and of a province P = a + c + d.
    const problem = {
      cells: cellsOf({ M: 8, P: 29, a: 2, b: 6, c: 7, d: 20 }),
      relations: [
        { total: 'M', parts: ['a', 'b'] },
        { total: 'P', parts: ['a', 'c', 'd'] },
      ],
      threshold: 5,
    };
    const suppressed = expectProtected(problem, ['a']);
    expect(Object.fromEntries(suppressed)).toEqual({ a: 'primary', b: 'secondary', c: 'secondary' });
    // b = 8 − a ≥ 5 caps a at 3; "< 5" allows 0: 0..3.
    expect(auditSuppression(problem, suppressed).ranges[0]).toEqual({ id: 'a', min: 0, max: 3 });
  });
});
