/** Computes one catalog indicator for one area from its population cube. */
import { type FigureValue, NOT_APPLICABLE, ratio, value } from '../domain/value.js';
import type { Catalog } from './catalog.js';
import type { Category, IndicatorSpec } from './catalog-schema.js';
import type { PopulationCube } from './population-cube.js';

export interface IndicatorRow {
  /** Breakdown category key, or `total` for an indicator without breakdown. */
  readonly key: string;
  readonly label: string;
  readonly count: FigureValue;
  /** count / denominator (0–1 for percent), or not applicable when the indicator has no denominator. */
  readonly relative: FigureValue;
}

const TOTAL: Category = { key: 'total', label: 'Totaal', filter: {} };

export function categoriesOf(catalog: Catalog, spec: IndicatorSpec): readonly Category[] {
  if (!spec.breakdown) return [TOTAL];
  const dim = catalog.dimensions.get(spec.breakdown);
  if (!dim) throw new Error(`unknown breakdown ${spec.breakdown}`);
  return dim.categories;
}

export function computeIndicator(
  catalog: Catalog,
  spec: IndicatorSpec,
  cube: PopulationCube,
): IndicatorRow[] {
  return categoriesOf(catalog, spec).map((cat) => {
    const count = value(cube.sum(spec.numerator.filter, cat.filter));
    let relative: FigureValue = NOT_APPLICABLE;
    if (spec.denominator) {
      const denominatorFilter = spec.denominator.perCategory ? cat.filter : undefined;
      relative = ratio(count, value(cube.sum(spec.denominator.filter, denominatorFilter)));
    }
    return { key: cat.key, label: cat.label, count, relative };
  });
}
