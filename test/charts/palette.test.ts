import { describe, expect, it } from 'vitest';
import {
  COMPARISON_COLOURS,
  contrastRatio,
  MAP_BORDER,
  NO_VALUE_HATCH,
  PROVINCE_BORDER,
  PYRAMID_COLOURS,
  SUBJECT_COLOUR,
  WHITE,
} from '../../src/charts/palette.js';

describe('colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('gives every bar and line colour at least 3:1 against white (WCAG 2.1 SC 1.4.11)', () => {
    const colours = [SUBJECT_COLOUR, ...Object.values(COMPARISON_COLOURS), ...Object.values(PYRAMID_COLOURS)];
    for (const c of colours) expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(3);
  });

  it('draws map lines with at least 3:1 against white', () => {
    for (const c of [MAP_BORDER, NO_VALUE_HATCH, PROVINCE_BORDER])
      expect(contrastRatio(c, WHITE), c).toBeGreaterThanOrEqual(3);
  });
});
