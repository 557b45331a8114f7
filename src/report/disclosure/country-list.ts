/**
 * Lists are outputs too: a country list (top-N or full) that were ordered by true sizes, or that listed
 * only the countries present, would reveal hidden cells (Herstappe: NLD before POL, both "< 5", with a
 * known total of 3, pins both). So a list shows only countries whose count the plan shows and that are
 * not zero, ordered by that shown count (then by code), and everything else in one remainder row
 * ("andere"): which countries are listed, and in which order, depends on shown counts only.
 */
import type { Category, IndicatorSpec } from '../../indicators/catalog-schema.js';
import type { TableOrReason } from '../../indicators/compute.js';
import type { DisclosurePlan } from './plan.js';

export const REMAINDER_KEY = 'andere';

/**
 * The list rows of a country breakdown for one area of a plan, chosen on shown counts only: `size` is the
 * area's count per code (only read for codes the plan shows), `ranked` (categories from the facts) gives
 * the labels. Other breakdowns come back unchanged.
 */
export function shownCountryList(
  plan: DisclosurePlan | null,
  period: string,
  areaId: string | undefined,
  spec: IndicatorSpec,
  ranked: readonly Category[],
  size: ReadonlyMap<string, number>,
  label: (code: string) => string,
): readonly Category[] {
  const b = spec.breakdown;
  if (!plan || !b || !('classification' in b) || b.classification !== 'countries') return ranked;
  const dim = plan.keys.dataset.dimensions.findIndex((d) => d.name === b.dimension);
  const codes = dim >= 0 ? (plan.keys.present[dim] ?? []) : [];
  const shown: [string, number][] = [];
  if (areaId) {
    for (const code of codes) {
      const sets = plan.keys.codeSets(spec.numerator.filter, { [b.dimension]: code });
      if (!sets || plan.state(period, areaId, sets) !== undefined) continue; // hidden or outside the plan
      const v = size.get(code) ?? 0;
      if (v > 0) shown.push([code, v]);
    }
  }
  shown.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const listed = (b.top ? shown.slice(0, b.top) : shown).map(([code]) => code);
  const labels = new Map(ranked.map((c) => [c.key, c.label]));
  const rows: Category[] = listed.map((code) => ({
    key: code,
    label: labels.get(code) ?? label(code),
    filter: { [b.dimension]: code },
  }));
  rows.push({
    key: REMAINDER_KEY,
    label: b.dimension === 'nationaliteit' ? 'andere nationaliteiten' : 'andere landen',
    filter: listed.length > 0 ? { [b.dimension]: { except: listed } } : {},
  });
  return rows;
}

/** An area's numerator count per code of a country breakdown (empty for other breakdowns or no table). */
export function countrySizes(
  spec: IndicatorSpec,
  table: TableOrReason | undefined,
): ReadonlyMap<string, number> {
  const b = spec.breakdown;
  if (!table || 'missing' in table || !b || !('classification' in b) || b.classification !== 'countries')
    return new Map();
  return table.sumBy(b.dimension, spec.numerator.filter);
}
