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
    // b = 10 − a with a in 0..4 ("< 5" includes 0); a ≤ 5 from b ≥ 5 adds nothing.
    expect(audit.ranges).toEqual([
      { id: 'a', min: 0, max: 4 },
      { id: 'b', min: 6, max: 10 },
    ]);
    expect(audit.recoverable).toEqual([]);
  });

  it('flags a cell that is alone in a relation, and cells pinned by the lower bounds of their marks', () => {
    expect(auditSuppression(row, marks({ a: 'primary' })).recoverable).toEqual([{ id: 'a', min: 2, max: 2 }]);
    // A zero hidden as "< 5" next to a 5: a + b = 5 with a ≥ 0 and b ≥ 5 pins both.
    const tight = { ...row, cells: cellsOf({ tot: 30, a: 0, b: 5, c: 25 }) };
    expect(auditSuppression(tight, marks({ a: 'primary', b: 'secondary' })).recoverable).toEqual([
      { id: 'a', min: 0, max: 0 },
      { id: 'b', min: 5, max: 5 },
    ]);
  });

  it('takes a 1 next to a 5 as protected: "< 5" allows 0, so a + b = 6 leaves a in 0..1', () => {
    const problem = { ...row, cells: cellsOf({ tot: 31, a: 1, b: 5, c: 25 }) };
    const audit = auditSuppression(problem, marks({ a: 'primary', b: 'secondary' }));
    expect(audit.ranges).toEqual([
      { id: 'a', min: 0, max: 1 },
      { id: 'b', min: 5, max: 6 },
    ]);
    expect(audit.recoverable).toEqual([]);
  });

  it('knows no upper bound for a secondary cell beyond the relations, and only the mark for a lone one', () => {
    const loose = { cells: cellsOf({ x: 7, y: 3 }), relations: [], threshold: 5 };
    expect(auditSuppression(loose, marks({ x: 'secondary', y: 'primary' })).ranges).toEqual([
      { id: 'x', min: 5, max: Infinity },
      { id: 'y', min: 0, max: 4 },
    ]);
  });

  it('calls a range of exactly one wide not recoverable', () => {
    // a + b = 6, a in 0..4 (threshold 5), b ≥ 5: a in 0..1, b in 5..6.
    const problem = {
      cells: cellsOf({ t: 6, a: 1, b: 5 }),
      relations: [{ total: 't', parts: ['a', 'b'] }],
      threshold: 5,
    };
    const audit = auditSuppression(problem, marks({ a: 'primary', b: 'secondary' }));
    expect(audit.ranges).toEqual([
      { id: 'a', min: 0, max: 1 },
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
    const withZero = { ...row, cells: cellsOf({ tot: 35, a: 2, z: 0, b: 8, c: 25 }) };
    expect(() => auditSuppression(withZero, marks({ z: 'secondary' }))).toThrow(/below threshold/);
    // A zero may be shown as "< 5" (primary): that is within the policy.
    expect(auditSuppression(withZero, marks({ z: 'primary' })).ranges).toEqual([{ id: 'z', min: 0, max: 4 }]);
    expect(() => auditSuppression(row, marks({ zz: 'primary' }))).toThrow(/unknown/);
  });
});
