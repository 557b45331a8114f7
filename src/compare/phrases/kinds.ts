/**
 * What the comparison phrases need to know about a unit: how a stored value becomes the number a
 * reader sees (a share 0–1 is shown ×100), below which difference two figures count as "about equal",
 * and how a value is written in a sentence (nl-BE, through domain/format).
 */
import { formatCount, formatRelative } from '../../domain/format.js';
import type { Unit } from '../../indicators/catalog-schema.js';

/** The units a phrase can be about: the catalog's units (the report's `RelativeKind`s are among them). */
export type PhraseKind = Unit;

/** Units whose values are compared as ratios ("dubbel zo hoog"): shares and rates, not counts or gaps. */
export type RatioKind = 'percent' | 'per_1000' | 'per_10000';

export function isRatioKind(kind: PhraseKind): kind is RatioKind {
  return kind === 'percent' || kind === 'per_1000' || kind === 'per_10000';
}

/** Stored value × scale = the number a reader sees (21,7 for a share of 0,217). */
export const DISPLAY_SCALE: Record<PhraseKind, number> = {
  percent: 100,
  per_1000: 1000,
  per_10000: 10_000,
  percentage_points: 100,
  count: 1,
  distinct: 1,
};

/**
 * Two figures whose difference, in display units, is below this are "about equal" whatever their
 * ratio: 0,2 percentage points (or 0,2 per 1.000 / per 10.000), two steps of the one decimal shown, so
 * 0,4 % against 0,5 % is never "lower"; 5 persons for counts (the disclosure threshold of AgII's
 * data); for a number of distinct codes only an equal number.
 */
export const EQUAL_TOLERANCE: Record<PhraseKind, number> = {
  percent: 0.2,
  per_1000: 0.2,
  per_10000: 0.2,
  percentage_points: 0.2,
  count: 5,
  distinct: 1,
};

/**
 * A change over time is notable only if it is at least this large in display units (besides being
 * at least 10 % in relative terms, see changes.ts): half a percentage point, 0,5 per 1.000, 50
 * persons, 2 codes; for a gap in percentage points 1 pp (there is no ratio).
 */
export const MATERIAL_CHANGE: Record<PhraseKind, number> = {
  percent: 0.5,
  per_1000: 0.5,
  per_10000: 0.5,
  percentage_points: 1,
  count: 50,
  distinct: 2,
};

/** Rounds away floating-point noise (0,006 − 0,004 = 0,0019999…), so band boundaries are exact. */
export function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** |a − b| in display units. */
export function displayDifference(a: number, b: number, kind: PhraseKind): number {
  return clean(Math.abs(a - b) * DISPLAY_SCALE[kind]);
}

/** A value as it stands in a sentence: `16,3 %`, `12,4 per 1.000`, `529.417`, `+1,2 pp`. */
export function formatKindValue(v: number, kind: PhraseKind): string {
  switch (kind) {
    case 'count':
    case 'distinct':
      return formatCount(v);
    case 'per_1000':
      return `${formatRelative(v, kind)} per 1.000`;
    case 'per_10000':
      return `${formatRelative(v, kind)} per 10.000`;
    case 'percent':
    case 'percentage_points':
      return formatRelative(v, kind);
  }
}
