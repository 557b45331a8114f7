/** Every band of the comparison scale at and just below its boundaries, both directions. */
import { describe, expect, it } from 'vitest';
import { type BandId, classifyComparison } from '../../../src/compare/phrases/bands.js';
import type { PhraseKind } from '../../../src/compare/phrases/kinds.js';

const NBSP = '\u00a0';

// [subject, reference, kind, band, direction, phrase, place phrase (when different)]
type Row = [number, number, PhraseKind, BandId, string, string, string?];

const higher: Row[] = [
  [0.2, 0.2, 'percent', 'same', 'same', 'ongeveer gelijk aan', 'ongeveer even hoog als'],
  [0.2099, 0.2, 'percent', 'same', 'same', 'ongeveer gelijk aan'],
  [0.21, 0.2, 'percent', 'slightly', 'higher', 'iets hoger dan'],
  [0.2299, 0.2, 'percent', 'slightly', 'higher', 'iets hoger dan'],
  [0.23, 0.2, 'percent', 'clearly', 'higher', 'ongeveer 1,2 keer zo hoog als'],
  [0.25, 0.2, 'percent', 'clearly', 'higher', 'ongeveer 1,3 keer zo hoog als'],
  [0.2799, 0.2, 'percent', 'clearly', 'higher', 'ongeveer 1,4 keer zo hoog als'],
  [0.28, 0.2, 'percent', 'one_and_a_half', 'higher', 'ongeveer anderhalf keer zo hoog als'],
  [0.3499, 0.2, 'percent', 'one_and_a_half', 'higher', 'ongeveer anderhalf keer zo hoog als'],
  [0.35, 0.2, 'percent', 'double', 'higher', 'ongeveer dubbel zo hoog als'],
  [0.4999, 0.2, 'percent', 'double', 'higher', 'ongeveer dubbel zo hoog als'],
  [0.5, 0.2, 'percent', 'multiple', 'higher', 'ongeveer drie keer zo hoog als'],
  [0.6999, 0.2, 'percent', 'multiple', 'higher', 'ongeveer drie keer zo hoog als'],
  [0.7, 0.2, 'percent', 'multiple', 'higher', 'ongeveer vier keer zo hoog als'],
  [0.05, 0.01, 'percent', 'multiple', 'higher', 'ongeveer vijf keer zo hoog als'],
  [0.09, 0.01, 'percent', 'multiple', 'higher', 'ongeveer negen keer zo hoog als'],
  [0.10499, 0.01, 'percent', 'multiple', 'higher', 'ongeveer tien keer zo hoog als'],
  [0.105, 0.01, 'percent', 'over_ten', 'higher', 'meer dan tien keer zo hoog als'],
  [0.9, 0.01, 'percent', 'over_ten', 'higher', 'meer dan tien keer zo hoog als'],
];

const lower: Row[] = [
  [0.2, 0.21, 'percent', 'slightly', 'lower', 'iets lager dan'],
  [0.2, 0.2299, 'percent', 'slightly', 'lower', 'iets lager dan'],
  [0.2, 0.23, 'percent', 'clearly', 'lower', `ongeveer 85${NBSP}% van`, `ongeveer 85${NBSP}% van het cijfer`],
  [0.2, 0.25, 'percent', 'clearly', 'lower', `ongeveer 80${NBSP}% van`],
  [0.2, 0.2667, 'percent', 'clearly', 'lower', `ongeveer 75${NBSP}% van`],
  [0.2, 0.2799, 'percent', 'clearly', 'lower', `ongeveer 70${NBSP}% van`],
  [
    0.2,
    0.28,
    'percent',
    'one_and_a_half',
    'lower',
    'ongeveer twee derde van',
    'ongeveer twee derde van het cijfer',
  ],
  [0.2, 0.3499, 'percent', 'one_and_a_half', 'lower', 'ongeveer twee derde van'],
  [0.2, 0.35, 'percent', 'double', 'lower', 'ongeveer de helft van', 'ongeveer de helft van het cijfer'],
  [0.2, 0.4999, 'percent', 'double', 'lower', 'ongeveer de helft van'],
  [0.2, 0.5, 'percent', 'multiple', 'lower', 'ongeveer een derde van'],
  [0.2, 0.7, 'percent', 'multiple', 'lower', 'ongeveer een vierde van'],
  [0.01, 0.05, 'percent', 'multiple', 'lower', 'ongeveer een vijfde van'],
  [0.01, 0.06, 'percent', 'multiple', 'lower', 'ongeveer een zesde van'],
  [0.01, 0.07, 'percent', 'multiple', 'lower', 'ongeveer een zevende van'],
  [0.01, 0.08, 'percent', 'multiple', 'lower', 'ongeveer een achtste van'],
  [0.01, 0.09, 'percent', 'multiple', 'lower', 'ongeveer een negende van'],
  [0.01, 0.10499, 'percent', 'multiple', 'lower', 'ongeveer een tiende van'],
  [
    0.01,
    0.105,
    'percent',
    'over_ten',
    'lower',
    'minder dan een tiende van',
    'minder dan een tiende van het cijfer',
  ],
];

// Near-equality by the absolute difference (display units), whatever the ratio.
const absolute: Row[] = [
  [0.004, 0.005, 'percent', 'same', 'same', 'ongeveer gelijk aan'],
  [0.004, 0.0059, 'percent', 'same', 'same', 'ongeveer gelijk aan'],
  [0.004, 0.006, 'percent', 'one_and_a_half', 'lower', 'ongeveer twee derde van'],
  [0.006, 0.004, 'percent', 'one_and_a_half', 'higher', 'ongeveer anderhalf keer zo hoog als'],
  [0, 0.0019, 'percent', 'same', 'same', 'ongeveer gelijk aan'],
  [0, 0.002, 'percent', 'no_ratio', 'lower', 'lager dan'],
  [0.002, 0, 'percent', 'no_ratio', 'higher', 'hoger dan'],
  [0, 0, 'percent', 'same', 'same', 'ongeveer gelijk aan'],
  [0.001, 0.0011, 'per_1000', 'same', 'same', 'ongeveer gelijk aan'],
  [0.001, 0.0012, 'per_1000', 'clearly', 'lower', `ongeveer 85${NBSP}% van`],
  [0.0001, 0.00012, 'per_10000', 'clearly', 'lower', `ongeveer 85${NBSP}% van`],
  [0.0001, 0.000119, 'per_10000', 'same', 'same', 'ongeveer gelijk aan'],
  [1000, 1004, 'count', 'same', 'same', 'ongeveer gelijk aan'],
  [10, 15, 'count', 'one_and_a_half', 'lower', 'ongeveer twee derde van'],
  [3, 4, 'distinct', 'clearly', 'lower', `ongeveer 75${NBSP}% van`],
];

/** Before "in <plaats>": "gelijk aan" becomes "even hoog als", a part gets "het cijfer", the rest stays. */
function expectedPlacePhrase(band: BandId, direction: string, phrase: string): string {
  if (band === 'same') return 'ongeveer even hoog als';
  if (direction === 'lower' && band !== 'slightly' && band !== 'no_ratio') return `${phrase} het cijfer`;
  return phrase;
}

describe('comparison bands', () => {
  it.each([...higher, ...lower, ...absolute])(
    '%s against %s (%s) → %s, %s: %s',
    (subject, reference, kind, band, direction, phrase, placePhrase) => {
      const b = classifyComparison(subject, reference, kind);
      expect(b).toMatchObject({ band, direction, phrase });
      expect(b?.placePhrase).toBe(placePhrase ?? expectedPlacePhrase(band, direction, phrase));
    },
  );

  it('gives the rounded factor of the multiple band', () => {
    expect(classifyComparison(0.7, 0.2, 'percent')?.times).toBe(4);
    expect(classifyComparison(0.2, 0.7, 'percent')?.times).toBe(4);
    expect(classifyComparison(0.3, 0.2, 'percent')?.times).toBeNull();
  });

  it('reports the factor larger ÷ smaller, and none against zero', () => {
    expect(classifyComparison(0.3, 0.2, 'percent')?.factor).toBe(1.5);
    expect(classifyComparison(0.2, 0.3, 'percent')?.factor).toBe(1.5);
    expect(classifyComparison(0.01, 0, 'percent')?.factor).toBeNull();
  });

  it.each([
    [-0.1, 0.2],
    [0.2, -0.1],
    [Number.NaN, 0.2],
    [0.2, Number.POSITIVE_INFINITY],
  ])('compares no negative or non-finite numbers (%s, %s)', (a, b) => {
    expect(classifyComparison(a, b, 'percent')).toBeNull();
  });

  it('compares no gaps in percentage points', () => {
    expect(classifyComparison(0.02, 0.01, 'percentage_points')).toBeNull();
  });
});
