/**
 * Comparison bands in the manner of Census Reporter ("about double", "a little higher than", "about 90
 * percent of"): two non-negative numbers → a direction and a band of the ratio larger ÷ smaller.
 * The bands depend only on that ratio and on the absolute difference, both symmetric, so comparing
 * (a, b) and (b, a) gives the same band with the opposite direction. Thresholds: docs/comparisons.md.
 */
import { clean, displayDifference, EQUAL_TOLERANCE, type PhraseKind } from './kinds.js';

export type Direction = 'higher' | 'lower' | 'same';

export const BAND_IDS = [
  'same',
  'slightly',
  'clearly',
  'one_and_a_half',
  'double',
  'multiple',
  'over_ten',
  'no_ratio',
] as const;
export type BandId = (typeof BAND_IDS)[number];

/** Lower bounds (inclusive) of the ratio larger ÷ smaller for each band; below 1,05 is "about equal". */
export const BAND_LOWER_BOUNDS = {
  slightly: 1.05,
  clearly: 1.15,
  one_and_a_half: 1.4,
  double: 1.75,
  multiple: 2.5,
  over_ten: 10.5,
} as const;

export interface ComparisonBand {
  readonly direction: Direction;
  readonly band: BandId;
  /** larger ÷ smaller (≥ 1, rounded to 9 decimals); null when the smaller one is 0. */
  readonly factor: number | null;
  /** For the 'multiple' band: the rounded factor, 3 … 10. */
  readonly times: number | null;
  /** Before a value or noun: 'ongeveer de helft van', 'iets hoger dan', 'ongeveer gelijk aan'. */
  readonly phrase: string;
  /** Before 'in <plaats>': 'ongeveer de helft van het cijfer', 'iets hoger dan', 'ongeveer even hoog als'. */
  readonly placePhrase: string;
}

const TIMES = ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];
const PARTS = ['', '', 'de helft', 'een derde', 'een vierde', 'een vijfde', 'een zesde', 'een zevende'];
const MORE_PARTS = ['een achtste', 'een negende', 'een tiende'];
/** 1,2 / 1,3 / 1,4 (nl-BE decimal comma). */
const oneDecimal = (q: number): string => (Math.round(q * 10) / 10).toFixed(1).replace('.', ',');
const part = (n: number): string => PARTS[n] ?? MORE_PARTS[n - 8] ?? `een ${n}de`;

function band(
  direction: Direction,
  id: BandId,
  factor: number | null,
  phrase: string,
  placePhrase = phrase,
  times: number | null = null,
): ComparisonBand {
  return { direction, band: id, factor, times, phrase, placePhrase };
}

/** A lower figure as a part of the higher one: 'ongeveer de helft van' (+ ' het cijfer' before a place). */
function lowerPart(id: BandId, factor: number, text: string, times: number | null = null): ComparisonBand {
  return band('lower', id, factor, `${text} van`, `${text} van het cijfer`, times);
}

function ratioBand(direction: 'higher' | 'lower', q: number): ComparisonBand {
  const up = direction === 'higher';
  if (q < BAND_LOWER_BOUNDS.clearly)
    return band(direction, 'slightly', q, up ? 'iets hoger dan' : 'iets lager dan');
  if (q < BAND_LOWER_BOUNDS.one_and_a_half) {
    if (up) return band(direction, 'clearly', q, `ongeveer ${oneDecimal(q)} keer zo hoog als`);
    return lowerPart('clearly', q, `ongeveer ${Math.round(100 / q / 5) * 5}\u00a0%`);
  }
  if (q < BAND_LOWER_BOUNDS.double)
    return up
      ? band(direction, 'one_and_a_half', q, 'ongeveer anderhalf keer zo hoog als')
      : lowerPart('one_and_a_half', q, 'ongeveer twee derde');
  if (q < BAND_LOWER_BOUNDS.multiple)
    return up
      ? band(direction, 'double', q, 'ongeveer dubbel zo hoog als')
      : lowerPart('double', q, 'ongeveer de helft');
  if (q < BAND_LOWER_BOUNDS.over_ten) {
    const n = Math.round(q);
    return up
      ? band(direction, 'multiple', q, `ongeveer ${TIMES[n]} keer zo hoog als`, undefined, n)
      : lowerPart('multiple', q, `ongeveer ${part(n)}`, n);
  }
  return up
    ? band(direction, 'over_ten', q, 'meer dan tien keer zo hoog als')
    : lowerPart('over_ten', q, 'minder dan een tiende');
}

const SAME = band('same', 'same', 1, 'ongeveer gelijk aan', 'ongeveer even hoog als');

/**
 * The band of `subject` against `reference` (both in stored units, e.g. shares 0–1). Null for
 * negative or non-finite numbers, and for gaps in percentage points (a ratio of gaps means nothing).
 */
export function classifyComparison(
  subject: number,
  reference: number,
  kind: PhraseKind,
): ComparisonBand | null {
  if (kind === 'percentage_points') return null;
  if (!Number.isFinite(subject) || !Number.isFinite(reference) || subject < 0 || reference < 0) return null;
  if (displayDifference(subject, reference, kind) < EQUAL_TOLERANCE[kind])
    return { ...SAME, factor: ratioOf(subject, reference) };
  const direction = subject > reference ? 'higher' : 'lower';
  const q = ratioOf(subject, reference);
  if (q === null)
    return band(direction, 'no_ratio', null, direction === 'higher' ? 'hoger dan' : 'lager dan');
  if (q < BAND_LOWER_BOUNDS.slightly) return { ...SAME, factor: q };
  return ratioBand(direction, q);
}

/** larger ÷ smaller, cleaned of floating-point noise; null if the smaller is 0 (1 if both are). */
function ratioOf(a: number, b: number): number | null {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (hi === 0) return 1;
  if (lo === 0) return null;
  return clean(hi / lo);
}

/** Position of a band on the scale same → over ten (no_ratio last): for tests and ranking. */
export function bandRank(id: BandId): number {
  return BAND_IDS.indexOf(id);
}
