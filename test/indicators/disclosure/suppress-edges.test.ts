import { describe, expect, it } from 'vitest';
import { auditSuppression, suppressCells } from '../../../src/indicators/disclosure/index.js';
import { expectProtected, recoverableIds } from './assertions.js';
import { areaTable, cellsOf, maximalSuppression, primaryOnly } from './tables.js';

describe('suppressCells: published cells, zeros, impossible and invalid input', () => {
  it('never suppresses published cells, not even small ones', () => {
    const problem = {
      cells: cellsOf({ tot: 40, a: 2, b: 6, c: 32, t2: 30, s: 2, u: 28 }),
      relations: [
        { total: 'tot', parts: ['a', 'b', 'c'] },
        { total: 't2', parts: ['s', 'u'] },
      ],
      threshold: 5,
      published: new Set(['b', 's', 'tot']),
    };
    const suppressed = expectProtected(problem, ['a']);
    expect(Object.fromEntries(suppressed)).toEqual({ a: 'primary', c: 'secondary' });
  });

  it('hides a zero as "< T" rather than a cell ≥ T where that protects as well; a zero is never sensitive', () => {
    const problem = {
      cells: cellsOf({ tot: 23, a: 3, z1: 0, z2: 0, b: 20, t2: 3, x: 3, z3: 0 }),
      relations: [
        { total: 'tot', parts: ['a', 'z1', 'z2', 'b'] },
        { total: 't2', parts: ['x', 'z3'] },
      ],
      threshold: 5,
    };
    const suppressed = expectProtected(problem, ['a']);
    // a − 1 and z1 + 1 is a second solution: z1 shown as "< 5" protects a and loses less than hiding b.
    // t2 = x is small too: both "< 5", each only known to be 0..4, so nothing more is needed there.
    expect(Object.fromEntries(suppressed)).toEqual({
      a: 'primary',
      z1: 'primary',
      t2: 'primary',
      x: 'primary',
    });
  });

  it('protects a small count next to zeros only, which used to pin it', () => {
    // t = a + z with t = a = 2 both small: shown as "< 5" they move together; hiding z is not even needed.
    const problem = {
      cells: cellsOf({ t: 2, a: 2, z: 0, g: 30, u: 28 }),
      relations: [
        { total: 't', parts: ['a', 'z'] },
        { total: 'g', parts: ['t', 'u'] },
      ],
      threshold: 5,
    };
    const suppressed = expectProtected(problem, ['t', 'a']);
    expect(Object.fromEntries(suppressed)).toEqual({ t: 'primary', a: 'primary', u: 'secondary' });
  });

  it('protects a small cell next to a published total by hiding a zero part', () => {
    const problem = {
      cells: cellsOf({ t: 3, a: 3, z: 0 }),
      relations: [{ total: 't', parts: ['a', 'z'] }],
      threshold: 5,
      published: new Set(['t']),
    };
    const suppressed = expectProtected(problem, ['a']);
    expect(Object.fromEntries(suppressed)).toEqual({ a: 'primary', z: 'primary' });
  });

  it('throws when a small cell is pinned by published cells alone', () => {
    const problem = {
      cells: cellsOf({ t: 3, a: 3, z: 0 }),
      relations: [{ total: 't', parts: ['a', 'z'] }],
      threshold: 5,
      published: new Set(['t', 'z']),
    };
    expect(() => suppressCells(problem)).toThrow(expect.objectContaining({ cellIds: ['a'] }));
    expect(recoverableIds(problem, maximalSuppression(problem))).toEqual(['a']);
  });

  it('protects a 1 under threshold 2: "< 2" covers 0 too', () => {
    const problem = {
      cells: cellsOf({ a: 1, b: 9, t: 10 }),
      relations: [{ total: 't', parts: ['a', 'b'] }],
      threshold: 2,
    };
    expect(recoverableIds(problem, primaryOnly(problem))).toEqual(['a']);
    const suppressed = expectProtected(problem, ['a']);
    expect(Object.fromEntries(suppressed)).toEqual({ a: 'primary', b: 'secondary' });
  });

  it('never hides a zero under threshold 1 ("< 1" would pin it)', () => {
    const problem = {
      cells: cellsOf({ t: 10, a: 0, b: 10 }),
      relations: [{ total: 't', parts: ['a', 'b'] }],
      threshold: 1,
    };
    expect([...suppressCells(problem).suppressed]).toEqual([]);
  });

  it('rejects relations that do not add up, unknown ids and bad values', () => {
    const cells = cellsOf({ t: 10, a: 4, b: 5 });
    expect(() =>
      suppressCells({ cells, relations: [{ total: 't', parts: ['a', 'b'] }], threshold: 3 }),
    ).toThrow(/add up/);
    expect(() =>
      suppressCells({ cells, relations: [{ total: 't', parts: ['a', 'x'] }], threshold: 3 }),
    ).toThrow(/unknown/);
    expect(() => suppressCells({ cells: cellsOf({ a: 1.5 }), relations: [], threshold: 3 })).toThrow(
      /whole number/,
    );
    expect(() =>
      auditSuppression({ cells, relations: [{ total: 't', parts: ['a', 'b'] }], threshold: 3 }, new Map()),
    ).toThrow(/add up/);
  });

  it('gives the same result for the same input', () => {
    const problem = areaTable({
      roots: [{ id: 'P', children: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }, { id: 'm4' }] }],
      categories: ['A', 'B', 'C', 'D'],
      leafValue: (area, c) => (area.charCodeAt(1) * 7 + c.charCodeAt(0) * 13) % 17,
      threshold: 6,
    });
    const first = [...suppressCells(problem).suppressed];
    expect([...suppressCells(problem).suppressed]).toEqual(first);
    expect(auditSuppression(problem, new Map(first)).recoverable).toEqual([]);
  });
});
