/** Properties of the comparison and change phrases over random figures (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandRank, classifyComparison } from '../../../src/compare/phrases/bands.js';
import { describeChange, type SeriesPointLike } from '../../../src/compare/phrases/changes.js';
import { compareValues } from '../../../src/compare/phrases/compare-values.js';
import type { PhraseKind } from '../../../src/compare/phrases/kinds.js';
import { value } from '../../../src/domain/value.js';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const count = fc.integer({ min: 0, max: 1_000_000 });
const ratioKind = fc.constantFrom<PhraseKind>('percent', 'per_1000', 'per_10000');
const anyKind = fc.constantFrom<PhraseKind>('percent', 'per_1000', 'per_10000', 'count', 'distinct');
const MIRROR = { higher: 'lower', lower: 'higher', same: 'same' } as const;

const point = (period: string, v: number): SeriesPointLike => ({
  period,
  periodLabel: period,
  demo: false,
  provisional: false,
  cells: [{ count: value(v), relative: value(v) }],
});

describe('comparison phrases, for any two figures', () => {
  it('(a, b) and (b, a) are mirror images: same band and factor, opposite direction', () => {
    fc.assert(
      fc.property(fc.oneof(share, count), fc.oneof(share, count), anyKind, (a, b, kind) => {
        const ab = classifyComparison(a, b, kind);
        const ba = classifyComparison(b, a, kind);
        expect(ab?.band).toBe(ba?.band);
        expect(ab?.factor).toBe(ba?.factor);
        expect(ab?.times).toBe(ba?.times);
        expect(ba?.direction).toBe(ab ? MIRROR[ab.direction] : undefined);
      }),
    );
  });

  it('never says higher when the subject is lower, nor lower when it is higher', () => {
    fc.assert(
      fc.property(share, share, ratioKind, (a, b, kind) => {
        const phrase = compareValues(value(a), value(b), kind) ?? '';
        if (a <= b) expect(phrase).not.toMatch(/hoger|hoog als/);
        if (a >= b) expect(phrase).not.toMatch(/lager| van$/);
        if (a === b) expect(phrase).toBe('ongeveer gelijk aan');
      }),
    );
  });

  it('never calls figures that look the same (one decimal) different', () => {
    fc.assert(
      fc.property(share, ratioKind, fc.double({ min: -0.049, max: 0.049, noNaN: true }), (a, kind, delta) => {
        const scale = { percent: 100, per_1000: 1000, per_10000: 10_000 }[kind as 'percent'];
        const b = a + delta / scale;
        fc.pre(b >= 0);
        expect(classifyComparison(a, b, kind)?.band).toBe('same');
      }),
    );
  });

  it('moves up the scale (never down) as the subject grows past the reference', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        (ref, f1, f2) => {
          const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
          const a = classifyComparison(ref * lo, ref, 'percent');
          const b = classifyComparison(ref * hi, ref, 'percent');
          expect(bandRank(b?.band ?? 'same')).toBeGreaterThanOrEqual(bandRank(a?.band ?? 'same'));
        },
      ),
    );
  });
});

describe('change phrases, for any two points', () => {
  it('a change and its reverse have the same strength, score and notability, opposite direction', () => {
    fc.assert(
      fc.property(fc.oneof(share, count), fc.oneof(share, count), anyKind, (a, b, kind) => {
        const up = describeChange(point('2020-01-01', a), point('2021-01-01', b), kind);
        const down = describeChange(point('2020-01-01', b), point('2021-01-01', a), kind);
        expect(down?.strength).toBe(up?.strength);
        expect(down?.score).toBe(up?.score);
        expect(down?.notable).toBe(up?.notable);
        const flip = { up: 'down', down: 'up', same: 'same' } as const;
        expect(down?.direction).toBe(up ? flip[up.direction] : undefined);
      }),
    );
  });

  it('says "steeg" only when the figure rose and "daalde" only when it fell', () => {
    fc.assert(
      fc.property(share, share, ratioKind, (a, b, kind) => {
        const c = describeChange(point('2020-01-01', a), point('2021-01-01', b), kind);
        if (c?.text.match(/^(steeg|verdubbelde)/)) expect(b).toBeGreaterThan(a);
        if (c?.text.match(/^(daalde|halveerde)/)) expect(b).toBeLessThan(a);
        if (c && !c.notable) expect(c.score).toBeLessThanOrEqual(Math.log2(16));
        if (c?.direction === 'same') expect(c.score).toBe(0);
      }),
    );
  });
});
