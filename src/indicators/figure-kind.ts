/** How an indicator's unit is shown: its relative figure (percent, per 1.000 …), or the count itself. */
import type { RelativeKind } from '../domain/format.js';
import type { Unit } from './catalog-schema.js';

/** The relative kind of a unit, or null for a plain count (and a number of distinct codes). */
export function relativeKindOf(unit: Unit): RelativeKind | null {
  return unit === 'count' || unit === 'distinct' ? null : unit;
}

/** What a unit's headline figure is: the relative kind, or `count`. */
export function figureKind(unit: Unit): 'count' | RelativeKind {
  return relativeKindOf(unit) ?? 'count';
}
