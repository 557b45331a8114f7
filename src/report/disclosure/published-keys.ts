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

/**
 * total = Σ categories wherever a breakdown's categories split the indicator's count exactly (each a
 * disjoint part along one dimension, together all of it): "every breakdown = its total", also for
 * categories of several codes (Belg met buitenlandse herkomst = two codes).
 */
export function breakdownRelations(
  spec: IndicatorSpec,
  categories: readonly Category[],
  keys: KeySpace,
): { total: string; parts: string[] }[] {
  if (spec.unit === 'distinct' || categories.length < 2) return [];
  const out: { total: string; parts: string[] }[] = [];
  const filters = [spec.numerator.filter, ...(spec.numerator.minus ? [spec.numerator.minus] : [])];
  for (const base of filters) {
    const total = keys.codeSets(base);
    const parts = categories.map((c) => keys.codeSets(base, c.filter));
    if (!total || parts.some((p) => p === undefined)) continue;
    const split = splitDimension(keys, total, parts as CodeSets[]);
    if (split) out.push({ total: keys.key(total), parts: split.map((p) => keys.key(p)) });
  }
  return out;
}

/** The parts that differ from the total on one dimension only and partition it there (empty parts dropped). */
function splitDimension(keys: KeySpace, total: CodeSets, parts: readonly CodeSets[]): CodeSets[] | undefined {
  const n = total.length;
  let dim = -1;
  for (const p of parts) {
    for (let i = 0; i < n; i++) {
      if (keys.key([p[i]]) === keys.key([total[i]])) continue;
      if (dim >= 0 && dim !== i) return undefined;
      dim = i;
    }
  }
  if (dim < 0) return undefined;
  const all = keys.codesOn(total, dim);
  const seen = new Set<string>();
  const kept: CodeSets[] = [];
  for (const p of parts) {
    const codes = keys.codesOn(p, dim);
    if (codes.length === 0) continue;
    for (const c of codes) {
      if (seen.has(c) || !all.includes(c)) return undefined;
      seen.add(c);
    }
    kept.push(p);
  }
  return seen.size === all.length && kept.length >= 2 ? kept : undefined;
}
