import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatFigure, formatPercent } from '../../src/domain/format.js';
import { DIVISION_BY_ZERO, NOT_APPLICABLE, notAvailable, ratio, value } from '../../src/domain/value.js';

describe('nl-BE formatting', () => {
  it('groups thousands with a dot', () => {
    expect([formatCount(78), formatCount(1234), formatCount(529_417), formatCount(6_653_062)]).toEqual([
      '78',
      '1.234',
      '529.417',
      '6.653.062',
    ]);
  });
  it('writes shares as percentages with a decimal comma and a non-breaking space', () => {
    expect(formatPercent(114_753 / 529_417)).toBe('21,7\u00a0%');
    expect(formatPercent(0.0953)).toBe('9,5\u00a0%');
    expect(formatPercent(0)).toBe('0,0\u00a0%');
  });
  it('writes reference dates in words', () => {
    expect(formatDate('2021-01-01')).toBe('1 januari 2021');
    expect(formatDate('2024-12-31')).toBe('31 december 2024');
    expect(() => formatDate('1 jan')).toThrow();
  });
  it('shows typed states the same way everywhere, never as 0', () => {
    expect(formatFigure(notAvailable('x'), 'count')).toBe('n.b.');
    expect(formatFigure(NOT_APPLICABLE, 'percent')).toBe('–');
    expect(formatFigure(DIVISION_BY_ZERO, 'percent')).toBe('–');
  });
});

describe('typed ratios', () => {
  it('divides values and passes states through', () => {
    expect(ratio(value(1), value(4))).toEqual(value(0.25));
    expect(ratio(value(1), value(0))).toEqual(DIVISION_BY_ZERO);
    expect(ratio(notAvailable('r'), value(4))).toEqual(notAvailable('r'));
    expect(ratio(value(1), NOT_APPLICABLE)).toEqual(NOT_APPLICABLE);
  });
});
