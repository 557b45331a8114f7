/** compareValues on typed figures: only two values of a share or rate are compared. */
import { describe, expect, it } from 'vitest';
import { compareFigures, compareValues } from '../../../src/compare/phrases/compare-values.js';
import {
  DIVISION_BY_ZERO,
  type FigureValue,
  NOT_APPLICABLE,
  notAvailable,
  suppressed,
  value,
} from '../../../src/domain/value.js';

const NOT_VALUES: [string, FigureValue][] = [
  ['suppressed (primary)', suppressed(5, 'primary')],
  ['suppressed (secondary)', suppressed(5, 'secondary')],
  ['not available', notAvailable('geen cijfers')],
  ['not applicable', NOT_APPLICABLE],
  ['division by zero', DIVISION_BY_ZERO],
];

describe('compareValues', () => {
  it.each([
    [0.163, 0.095, 'ongeveer anderhalf keer zo hoog als'],
    [0.2, 0.1, 'ongeveer dubbel zo hoog als'],
    [0.3, 0.1, 'ongeveer drie keer zo hoog als'],
    [0.105, 0.1, 'iets hoger dan'],
    [0.1, 0.101, 'ongeveer gelijk aan'],
    [0.09, 0.1, 'iets lager dan'],
    [0.08, 0.1, 'ongeveer 80\u00a0% van'],
    [0.05, 0.1, 'ongeveer de helft van'],
    [0.033, 0.1, 'ongeveer een derde van'],
    [0.004, 0.005, 'ongeveer gelijk aan'],
  ])('%s against %s: %s', (a, b, phrase) => {
    expect(compareValues(value(a), value(b), 'percent')).toBe(phrase);
  });

  it.each(NOT_VALUES)('says nothing when the subject is %s', (_, v) => {
    expect(compareValues(v, value(0.1), 'percent')).toBeNull();
    expect(compareFigures(v, value(0.1), 'percent')).toBeNull();
  });

  it.each(NOT_VALUES)('says nothing when the reference is %s', (_, v) => {
    expect(compareValues(value(0.1), v, 'percent')).toBeNull();
  });

  it.each(['count', 'distinct', 'percentage_points'] as const)(
    'does not compare figures in unit %s',
    (kind) => {
      expect(compareValues(value(200), value(100), kind)).toBeNull();
    },
  );

  it.each(['percent', 'per_1000', 'per_10000'] as const)('compares shares and rates in unit %s', (kind) => {
    expect(compareValues(value(0.02), value(0.01), kind)).toBe('ongeveer dubbel zo hoog als');
  });

  it('handles a zero reference and a zero subject', () => {
    expect(compareValues(value(0.05), value(0), 'percent')).toBe('hoger dan');
    expect(compareValues(value(0), value(0.05), 'percent')).toBe('lager dan');
    expect(compareValues(value(0), value(0), 'percent')).toBe('ongeveer gelijk aan');
  });
});
