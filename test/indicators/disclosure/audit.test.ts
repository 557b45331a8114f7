import { describe, expect, it } from 'vitest';
import { auditSuppression, type SuppressionKind } from '../../../src/indicators/disclosure/index.js';
import { cellsOf } from './tables.js';

const marks = (entries: Record<string, SuppressionKind>) => new Map(Object.entries(entries));

describe('auditSuppression', () => {
  // tot = a + b + c with c known: the attacker learns a + b = 10.
  const row = {
    cells: cellsOf({ tot: 35, a: 2, b: 8, c: 25 }),
    relations: [{ total: 'tot', parts: ['a', 'b', 'c'] }],
    threshold: 5,
  };

  it('computes exact ranges from the relations and the marks', () => {
    const audit = auditSuppression(row, marks({ a: 'primary', b: 'secondary' }));
    // b = 10 − a with a in 1..4; a ≤ 5 from b ≥ 5 adds nothing.
    expect(audit.ranges).toEqual([
      { id: 'a', min: 1, max: 4 },
      { id: 'b', min: 6, max: 9 },
    ]);
    expect(audit.recoverable).toEqual([]);
  });

  it('flags a cell that is alone in a relation, and a secondary cell pinned by its lower bound', () => {
    expect(auditSuppression(row, marks({ a: 'primary' })).recoverable).toEqual([{ id: 'a', min: 2, max: 2 }]);
    const tight = { ...row, cells: cellsOf({ tot: 31, a: 1, b: 5, c: 25 }) };
    // a + b = 6 with a ≥ 1 and b ≥ 5: both pinned.
    expect(auditSuppression(tight, marks({ a: 'primary', b: 'secondary' })).recoverable).toEqual([
      { id: 'a', min: 1, max: 1 },
      { id: 'b', min: 5, max: 5 },
    ]);
  });

  it('knows no upper bound for a secondary cell beyond the relations, and only the mark for a lone one', () => {
    const loose = { cells: cellsOf({ x: 7, y: 3 }), relations: [], threshold: 5 };
    expect(auditSuppression(loose, marks({ x: 'secondary', y: 'primary' })).ranges).toEqual([
      { id: 'x', min: 5, max: Infinity },
      { id: 'y', min: 1, max: 4 },
    ]);
  });

  it('calls a range of exactly one wide not recoverable', () => {
    // a + b = 7, a in 1..4 (threshold 5), b ≥ 5: a in 1..2, b in 5..6.
    const problem = {
      cells: cellsOf({ t: 7, a: 2, b: 5 }),
      relations: [{ total: 't', parts: ['a', 'b'] }],
      threshold: 5,
    };
    const audit = auditSuppression(problem, marks({ a: 'primary', b: 'secondary' }));
    expect(audit.ranges).toEqual([
      { id: 'a', min: 1, max: 2 },
      { id: 'b', min: 5, max: 6 },
    ]);
    expect(audit.recoverable).toEqual([]);
  });

  it('treats a suppressed cell that is published elsewhere as known', () => {
    const problem = { ...row, published: new Set(['b']) };
    expect(auditSuppression(problem, marks({ a: 'primary', b: 'secondary' })).recoverable).toEqual([
      { id: 'a', min: 2, max: 2 },
      { id: 'b', min: 8, max: 8 },
    ]);
  });

  it('rejects marks that contradict the published policy, and unknown cells', () => {
    expect(() => auditSuppression(row, marks({ b: 'primary' }))).toThrow(/marked primary/);
    expect(() => auditSuppression(row, marks({ a: 'secondary' }))).toThrow(/below threshold/);
    expect(() => auditSuppression(row, marks({ zz: 'primary' }))).toThrow(/unknown/);
  });
});
