/**
 * Colours of every chart. Area colours (bars, lines) come from the Okabe–Ito set, which stays
 * distinguishable with the common colour-vision deficiencies, darkened where needed so each has at
 * least 3:1 contrast against white (WCAG 2.1 SC 1.4.11); see docs/charts.md for the ratios.
 */
import type { AreaLevel } from '../domain/division.js';

export const WHITE = '#ffffff';
/** Text, axis lines, outlines. */
export const INK = '#1a1a1a';
export const MUTED_INK = '#4d4d4d';
export const GRID_LINE = '#d9d9d9';

/** The subject of the report: a strong blue (Okabe–Ito blue). */
export const SUBJECT_COLOUR = '#0072b2';

/** Comparison areas by level, so a province has the same colour in every chart. */
export const COMPARISON_COLOURS: Readonly<Record<AreaLevel | 'group', string>> = {
  province: '#c75400', // Okabe–Ito vermillion, darkened
  region: '#808080', // grey: the Flemish Region as the reference
  group: '#8a3b73', // Okabe–Ito reddish purple, darkened
  arrondissement: '#00845f', // Okabe–Ito bluish green, darkened
  municipality: '#00845f',
};

/** The two groups of the population pyramid: Belgians and non-Belgians. */
export const PYRAMID_COLOURS = { belgians: '#6b8fb3', foreigners: '#c75400' } as const;

/**
 * Sequential classes of a choropleth, light to dark (ColorBrewer YlGnBu, 5 classes: colour-blind
 * safe and still ordered when printed in grey).
 */
export const SEQUENTIAL_5 = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** "Geen cijfer" on a map: light grey, hatched with a darker grey. */
export const NO_VALUE_FILL = '#e0e0e0';
export const NO_VALUE_HATCH = '#6e6e6e';
/** Border between municipalities, and the outline of the subject. */
export const MAP_BORDER = '#7a7a7a';
export const PROVINCE_BORDER = '#262626';

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1). */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour of a report area in bar and line charts: the subject, or a comparison area by level. */
export function areaColour(level: AreaLevel | 'group', isSubject: boolean): string {
  return isSubject ? SUBJECT_COLOUR : COMPARISON_COLOURS[level];
}
