import { describe, expect, it } from 'vitest';
import { classColours, classLabels, classOf, mapClasses, quantileBreaks } from '../../src/charts/classes.js';
import { SEQUENTIAL_5 } from '../../src/charts/palette.js';

const NBSP = '\u00a0';

describe('quantile classes', () => {
  it('puts about as many values in each of 5 classes, with round breaks', () => {
    const values = Array.from({ length: 100 }, (_, i) => 1 + i * 0.237);
    const breaks = quantileBreaks(values, 5, 'percent');
    expect(breaks).toEqual([6, 10, 15, 20]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, breaks)] = (counts[classOf(v, breaks)] ?? 0) + 1;
    for (const n of counts) expect(Math.abs(n - 20)).toBeLessThanOrEqual(5);
  });

  it('is robust to one outlier (an equal-interval scale would put everything in class 1)', () => {
    const values = [...Array.from({ length: 40 }, (_, i) => 2 + i / 10), 95];
    const breaks = quantileBreaks(values, 5, 'percent');
    expect(breaks).toEqual([2.8, 3.6, 4.4, 5.2]);
  });

  it('drops duplicate breaks and empty classes (many equal values)', () => {
    const values = [0, 0, 0, 0, 0, 0, 0, 1, 2, 3];
    const breaks = quantileBreaks(values, 5, 'count');
    expect(breaks).toEqual([1]);
    expect(mapClasses(values, 'count').labels).toEqual(['minder dan 1', '1 of meer']);
  });

  it('has no breaks when all values are equal or there are none', () => {
    expect(quantileBreaks([3, 3, 3], 5, 'count')).toEqual([]);
    expect(quantileBreaks([], 5, 'count')).toEqual([]);
    expect(classLabels([], 'count')).toEqual(['alle gemeenten']);
  });

  it('rounds counts to whole numbers', () => {
    const breaks = quantileBreaks([12, 340, 1200, 5600, 18000, 530000], 5, 'count');
    for (const b of breaks) expect(Number.isInteger(b)).toBe(true);
  });

  it('assigns a value on a break to the class above it', () => {
    expect(classOf(4.9, [5, 10])).toBe(0);
    expect(classOf(5, [5, 10])).toBe(1);
    expect(classOf(10, [5, 10])).toBe(2);
  });
});

describe('class labels in nl-BE', () => {
  it('reads "minder dan", "tot", "of meer" with Dutch decimals and the unit once', () => {
    expect(classLabels([5, 7.5, 12.5, 1000], 'percent')).toEqual([
      `minder dan 5${NBSP}%`,
      `5 tot 7,5${NBSP}%`,
      `7,5 tot 12,5${NBSP}%`,
      `12,5 tot 1.000${NBSP}%`,
      `1.000${NBSP}% of meer`,
    ]);
    expect(classLabels([1500, 25000], 'count')).toEqual([
      'minder dan 1.500',
      '1.500 tot 25.000',
      '25.000 of meer',
    ]);
    expect(classLabels([2.5], 'per_1000')).toEqual(['minder dan 2,5', '2,5 of meer']);
  });
});

describe('class colours', () => {
  it('uses the whole light-to-dark palette for 5 classes and spreads fewer classes over it', () => {
    expect(classColours(5)).toEqual([...SEQUENTIAL_5]);
    expect(classColours(2)).toEqual([SEQUENTIAL_5[0], SEQUENTIAL_5[4]]);
    expect(classColours(1)).toHaveLength(1);
  });
});
