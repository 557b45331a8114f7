/** Which counts a dataset's indicators publish, as canonical code sets, and the sums that link them. */
import type { CountryRegistry } from '../../geo/countries/index.js';
import type { Catalog } from '../../indicators/catalog.js';
import type { Category, IndicatorSpec } from '../../indicators/catalog-schema.js';
import { categoriesOf } from '../../indicators/categories.js';
import type { CodeSets, KeySpace } from './canonical.js';

/** Categories as the suppression plan sees them: a country list always in full (top-N lists are part of it). */
export function planCategories(
  catalog: Catalog,
  countries: CountryRegistry,
  date: string,
  spec: IndicatorSpec,
  keys: KeySpace,
): readonly Category[] {
  const b = spec.breakdown;
  if (b && 'classification' in b && b.classification === 'countries') {
    const i = keys.dataset.dimensions.findIndex((d) => d.name === b.dimension);
    return (keys.present[i] ?? []).map((code) => ({
      key: code,
      label: code,
      filter: { [b.dimension]: code },
    }));
  }
  return categoriesOf({ catalog, countries, date }, spec);
}

/** Every count an indicator shows or lets a reader derive (numerators, their totals, same-dataset denominators). */
export function publishedSets(
  spec: IndicatorSpec,
  categories: readonly Category[],
  keys: KeySpace,
): CodeSets[] {
  if (spec.unit === 'distinct') return [];
  const out: (CodeSets | undefined)[] = [keys.codeSets(spec.numerator.filter)];
  if (spec.numerator.minus) out.push(keys.codeSets(spec.numerator.minus));
  const den = spec.denominator && spec.denominator.dataset === keys.dataset.id ? spec.denominator : undefined;
  if (den) out.push(keys.codeSets(den.filter));
  for (const cat of categories) {
    out.push(keys.codeSets(spec.numerator.filter, cat.filter));
    if (spec.numerator.minus) out.push(keys.codeSets(spec.numerator.minus, cat.filter));
    if (den?.perCategory) out.push(keys.codeSets(den.filter, cat.filter));
  }
  return out.filter((s): s is CodeSets => s !== undefined);
}

/** total = Σ parts wherever a published count splits exactly into published counts along one dimension. */
export function refinementRelations(
  keys: KeySpace,
  sets: readonly CodeSets[],
): { total: string; parts: string[] }[] {
  const known = new Set(sets.map((s) => keys.key(s)));
  const relations: { total: string; parts: string[] }[] = [];
  const seen = new Set<string>();
  for (const s of sets) {
    for (let i = 0; i < s.length; i++) {
      const codes = keys.codesOn(s, i);
      if (codes.length < 2) continue;
      const parts = codes.map((c) => keys.key(keys.refine(s, i, c)));
      if (!parts.every((p) => known.has(p))) continue;
      const total = keys.key(s);
      const id = `${total}=${parts.join('+')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      relations.push({ total, parts });
    }
  }
  return relations;
}
