import { describe, expect, it } from 'vitest';
import { formatTick, plotKind, plotted } from '../../src/charts/figures.js';
import { niceScale } from '../../src/charts/nice-scale.js';
import { DIVISION_BY_ZERO, NOT_APPLICABLE, notAvailable, suppressed, value } from '../../src/domain/value.js';

const NBSP = '\u00a0';

describe('plotted figures', () => {
  it('plots the relative value in display units with its nl-BE label', () => {
    expect(plotted(value(0.1234), 'percent')).toEqual({
      value: 12.34,
      label: `12,3${NBSP}%`,
      explanation: null,
    });
    expect(plotted(value(0.00812), 'per_1000')).toEqual({ value: 8.12, label: '8,1', explanation: null });
    expect(plotted(value(529417), 'count')).toEqual({ value: 529417, label: '529.417', explanation: null });
  });

  it('never plots a figure without a value as 0', () => {
    for (const v of [
      suppressed(5, 'primary'),
      suppressed(5, 'secondary'),
      notAvailable('x'),
      NOT_APPLICABLE,
      DIVISION_BY_ZERO,
    ]) {
      const p = plotted(v, 'percent');
      expect(p.value).toBeNull();
      expect(p.explanation).not.toBeNull();
    }
    expect(plotted(suppressed(5, 'primary'), 'count').label).toBe(`<${NBSP}5`);
  });

  it('plots counts for count and distinct units, relative values otherwise', () => {
    expect(plotKind('count')).toBe('count');
    expect(plotKind('distinct')).toBe('count');
    expect(plotKind('per_10000')).toBe('per_10000');
  });
});

describe('axis ticks', () => {
  it('chooses round ticks including 0', () => {
    expect(niceScale(0, 17.3, 5).ticks).toEqual([0, 5, 10, 15, 20]);
    expect(niceScale(-2.4, 3.1, 6).ticks).toEqual([-4, -2, 0, 2, 4]);
    expect(niceScale(0, 3, 6, true).interval).toBe(1);
    expect(niceScale(0, 4200, 4, true).ticks).toEqual([0, 2000, 4000, 6000]);
  });

  it('labels ticks in nl-BE', () => {
    expect(formatTick(2000, 'count')).toBe('2.000');
    expect(formatTick(20, 'percent')).toBe(`20${NBSP}%`);
    expect(formatTick(12.5, 'percent')).toBe(`12,5${NBSP}%`);
    expect(formatTick(7.5, 'per_1000')).toBe('7,5');
    expect(formatTick(2, 'percentage_points')).toBe(`+2,0${NBSP}pp`);
  });
});
