/** Changes over time: wording, the about-equal / slight / plain / double / strong bands, notability. */
import { describe, expect, it } from 'vitest';
import {
  atPeriod,
  type ChangeStrength,
  describeChange,
  type SeriesPointLike,
  seriesChanges,
} from '../../../src/compare/phrases/changes.js';
import type { PhraseKind } from '../../../src/compare/phrases/kinds.js';
import { type FigureValue, suppressed, value } from '../../../src/domain/value.js';
import type { SeriesPoint } from '../../../src/report/model.js';

const NBSP = '\u00a0';
const pct = (s: string) => s.replaceAll(' %', `${NBSP}%`).replaceAll(' pp', `${NBSP}pp`);

function point(period: string, ...values: (number | FigureValue)[]): SeriesPoint {
  const cells = values.map((v) => {
    const f = typeof v === 'number' ? value(v) : v;
    return { count: f, relative: f };
  });
  return { period, periodLabel: period, demo: false, provisional: false, cells };
}

const change = (a: number, b: number, kind: PhraseKind = 'percent') =>
  describeChange(point('2015-01-01', a), point('2021-01-01', b), kind);

// [from, to, kind, strength, direction, notable]
type Row = [number, number, PhraseKind, ChangeStrength, string, boolean];
const rows: Row[] = [
  [0.094, 0.095, 'percent', 'same', 'same', false],
  [0.5, 0.5099, 'percent', 'same', 'same', false],
  [0.5, 0.51, 'percent', 'slight', 'up', false],
  [0.5, 0.5249, 'percent', 'slight', 'up', false],
  [0.5, 0.525, 'percent', 'plain', 'up', false],
  [0.5, 0.55, 'percent', 'plain', 'up', true],
  [0.05, 0.0549, 'percent', 'plain', 'up', false],
  [0.05, 0.055, 'percent', 'plain', 'up', true],
  [0.02, 0.0249, 'percent', 'plain', 'up', false],
  [0.02, 0.025, 'percent', 'plain', 'up', true],
  [0.04, 0.0699, 'percent', 'plain', 'up', true],
  [0.04, 0.07, 'percent', 'double', 'up', true],
  [0.04, 0.0999, 'percent', 'double', 'up', true],
  [0.04, 0.1, 'percent', 'strong', 'up', true],
  [0.07, 0.04, 'percent', 'double', 'down', true],
  [0, 0.0019, 'percent', 'same', 'same', false],
  [0, 0.01, 'percent', 'strong', 'up', true],
  [0.01, 0, 'percent', 'strong', 'down', true],
  [0.005, 0.0051, 'per_1000', 'same', 'same', false],
  [0.005, 0.0052, 'per_1000', 'slight', 'up', false],
  [0.005, 0.0056, 'per_1000', 'plain', 'up', true],
  [100, 104, 'count', 'same', 'same', false],
  [100, 105, 'count', 'plain', 'up', false],
  [100, 130, 'count', 'plain', 'up', false],
  [1000, 1019, 'count', 'same', 'same', false],
  [1000, 1020, 'count', 'slight', 'up', false],
  [1000, 1099, 'count', 'plain', 'up', false],
  [1000, 1100, 'count', 'plain', 'up', true],
  [40, 40, 'distinct', 'same', 'same', false],
  [40, 41, 'distinct', 'slight', 'up', false],
  [40, 42, 'distinct', 'plain', 'up', false],
  [40, 44, 'distinct', 'plain', 'up', true],
  [0.01, 0.03, 'percentage_points', 'plain', 'up', true],
  [0.01, 0.0199, 'percentage_points', 'plain', 'up', false],
  [-0.01, -0.0119, 'percentage_points', 'same', 'same', false],
  [-0.01, -0.03, 'percentage_points', 'plain', 'down', true],
];

describe('describeChange', () => {
  it.each(rows)('%s → %s (%s): %s, %s, notable %s', (a, b, kind, strength, direction, notable) => {
    expect(change(a, b, kind)).toMatchObject({ strength, direction, notable });
  });

  it.each([
    [0.081, 0.095, 'percent', 'steeg van 8,1 % op 1 januari 2015 tot 9,5 % op 1 januari 2021'],
    [0.095, 0.081, 'percent', 'daalde van 9,5 % op 1 januari 2015 tot 8,1 % op 1 januari 2021'],
    [0.094, 0.095, 'percent', 'bleef ongeveer gelijk (9,4 % op 1 januari 2015 en 9,5 % op 1 januari 2021)'],
    [0.5, 0.51, 'percent', 'steeg licht van 50,0 % op 1 januari 2015 tot 51,0 % op 1 januari 2021'],
    [0.04, 0.08, 'percent', 'verdubbelde ongeveer, van 4,0 % op 1 januari 2015 tot 8,0 % op 1 januari 2021'],
    [0.08, 0.04, 'percent', 'halveerde ongeveer, van 8,0 % op 1 januari 2015 tot 4,0 % op 1 januari 2021'],
    [0.01, 0.05, 'percent', 'steeg sterk van 1,0 % op 1 januari 2015 tot 5,0 % op 1 januari 2021'],
    [
      6_400_000,
      6_653_062,
      'count',
      'steeg licht van 6.400.000 op 1 januari 2015 tot 6.653.062 op 1 januari 2021',
    ],
    [
      0.0123,
      0.004,
      'per_1000',
      'daalde sterk van 12,3 per 1.000 op 1 januari 2015 tot 4,0 per 1.000 op 1 januari 2021',
    ],
    [-0.01, 0.02, 'percentage_points', 'steeg van −1,0 pp op 1 januari 2015 tot +2,0 pp op 1 januari 2021'],
  ] as const)('%s → %s (%s): %s', (a, b, kind, text) => {
    expect(change(a, b, kind)?.text).toBe(pct(text));
  });

  it('scores by doublings, damped for small absolute changes, 0 when about equal', () => {
    expect(change(0.1, 0.2)?.score).toBe(1);
    expect(change(0.2, 0.1)?.score).toBe(1);
    expect(change(0.002, 0.004)?.score).toBeCloseTo(0.2, 9); // 0,2 pp: a tenth of two material steps
    expect(change(0, 0.01)?.score).toBe(4);
    expect(change(0.094, 0.095)?.score).toBe(0);
    expect(change(0.01, 0.03, 'percentage_points')?.score).toBeCloseTo(0.2, 9);
    expect(change(0.1, 0.2)?.magnitude).toBe(20);
  });

  it('writes the period with its preposition', () => {
    expect(atPeriod('2021-01-01')).toBe('op 1 januari 2021');
    expect(atPeriod('2020')).toBe('in 2020');
    expect(atPeriod('2024-Q1')).toBe('in het 1e kwartaal 2024');
    expect(atPeriod('2023-2024')).toBe('in het schooljaar 2023-2024');
    const c = describeChange(point('2019', 120), point('2020', 150), 'count');
    expect(c?.text).toBe('steeg van 120 in 2019 tot 150 in 2020');
  });

  it('has nothing to say about a figure without a value, or a negative share', () => {
    const hidden = suppressed(5, 'primary');
    expect(describeChange(point('2020', hidden), point('2021', 0.1), 'percent')).toBeNull();
    expect(describeChange(point('2020', 0.1), point('2021', hidden), 'percent')).toBeNull();
    expect(describeChange(point('2020', -0.1), point('2021', 0.1), 'percent')).toBeNull();
  });

  it('reads the count for counts and the relative figure otherwise, in the column asked for', () => {
    const from: SeriesPointLike = {
      ...point('2020'),
      cells: [{ count: value(100), relative: value(0.1) }],
    };
    const to: SeriesPointLike = { ...point('2021'), cells: [{ count: value(200), relative: value(0.1) }] };
    expect(describeChange(from, to, 'count')?.direction).toBe('up');
    expect(describeChange(from, to, 'percent')?.direction).toBe('same');
    expect(describeChange(point('2020', 0.1, 0.1), point('2021', 0.1, 0.2), 'percent', 1)?.direction).toBe(
      'up',
    );
    expect(describeChange(point('2020', 0.1), point('2021', 0.2), 'percent', 1)).toBeNull();
  });

  it('carries demo and provisional marks of either end', () => {
    const c = describeChange(
      { ...point('2020', 0.1), demo: true },
      { ...point('2021', 0.2), provisional: true },
      'percent',
    );
    expect(c).toMatchObject({ demo: true, provisional: true });
  });
});

describe('seriesChanges', () => {
  const hidden = suppressed(5, 'secondary');

  it('gives the change since the previous point and over the whole series', () => {
    const s = seriesChanges(
      [point('2015-01-01', 0.081), point('2020-01-01', 0.094), point('2021-01-01', 0.095)],
      'percent',
    );
    expect(s.sincePrevious?.direction).toBe('same');
    expect(s.overall?.text).toBe(pct('steeg van 8,1 % op 1 januari 2015 tot 9,5 % op 1 januari 2021'));
    expect(s.overallIsPrevious).toBe(false);
  });

  it('starts the whole series at its first point with a value', () => {
    const s = seriesChanges(
      [point('2015', hidden), point('2016', 0.05), point('2017', hidden), point('2018', 0.1)],
      'percent',
    );
    expect(s.sincePrevious).toBeNull();
    expect(s.overall?.from.period).toBe('2016');
  });

  it('marks a whole series of two points as the same span', () => {
    const s = seriesChanges([point('2020', 0.05), point('2021', 0.1)], 'percent');
    expect(s.overall).toEqual(s.sincePrevious);
    expect(s.overallIsPrevious).toBe(true);
  });

  it('says nothing without a last value or with fewer than two points', () => {
    expect(seriesChanges([point('2020', 0.05), point('2021', hidden)], 'percent')).toEqual({
      sincePrevious: null,
      overall: null,
      overallIsPrevious: false,
    });
    expect(seriesChanges([point('2021', 0.05)], 'percent').overall).toBeNull();
    expect(seriesChanges([], 'percent').overall).toBeNull();
  });
});
