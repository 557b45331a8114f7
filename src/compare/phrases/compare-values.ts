/** Plain-Dutch comparison of two figures of the same unit: 'ongeveer dubbel zo hoog als', 'iets lager dan'. */
import type { FigureValue } from '../../domain/value.js';
import { type ComparisonBand, classifyComparison } from './bands.js';
import { isRatioKind, type PhraseKind } from './kinds.js';

/**
 * The band of `subject` against `reference`, or null when there is nothing to compare: either figure
 * is not a number (suppressed, not available, not applicable, division by zero), or the unit is not a
 * share or rate (counts of areas of different size and gaps in percentage points are not compared).
 */
export function compareFigures(
  subject: FigureValue,
  reference: FigureValue,
  kind: PhraseKind,
): ComparisonBand | null {
  if (!isRatioKind(kind) || subject.state !== 'value' || reference.state !== 'value') return null;
  return classifyComparison(subject.value, reference.value, kind);
}

/**
 * The phrase that goes before the reference value or noun: "16,3 % is ongeveer anderhalf keer zo
 * hoog als 9,5 %". Null when there is nothing to compare (see compareFigures).
 */
export function compareValues(subject: FigureValue, reference: FigureValue, kind: PhraseKind): string | null {
  return compareFigures(subject, reference, kind)?.phrase ?? null;
}
