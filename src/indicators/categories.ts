/** The categories (rows) of an indicator: from a named grouping, a code dimension, or a country classification. */
import type { CountryRegistry, GsmGroup } from '../geo/countries/index.js';
import { GSM_GROUP_LABELS } from '../geo/countries/index.js';
import type { Catalog } from './catalog.js';
import type { Category, IndicatorSpec } from './catalog-schema.js';
import type { FactTable } from './fact-table.js';

export const TOTAL_CATEGORY: Category = { key: 'total', label: 'Totaal', filter: {} };

export interface CategoryContext {
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  /** ISO date the classification applies to (EU membership changes over time). */
  readonly date: string;
  /** The subject area's numerator facts: orders countries by size for top-N lists. */
  readonly subject?: FactTable;
}

function byClass<K extends string>(
  codes: readonly string[],
  classify: (iso3: string) => K,
  order: readonly K[],
  label: (k: K) => string,
  dimension: string,
): Category[] {
  const members = new Map<K, string[]>(order.map((k) => [k, []]));
  for (const code of codes) members.get(classify(code))?.push(code);
  return order.map((k) => ({
    key: k,
    label: label(k),
    filter: { [dimension]: members.get(k)?.length ? (members.get(k) as string[]) : ['—'] },
  }));
}

export function categoriesOf(ctx: CategoryContext, spec: IndicatorSpec): readonly Category[] {
  const b = spec.breakdown;
  if (!b) return [TOTAL_CATEGORY];
  if ('grouping' in b) {
    const g = ctx.catalog.groupings.get(b.grouping);
    if (!g) throw new Error(`unknown grouping ${b.grouping}`);
    return g.categories;
  }
  const dataset = ctx.catalog.datasets.get(spec.numerator.dataset);
  const dim = dataset?.dimensions.find((d) => d.name === b.dimension);
  if (!dataset || !dim) throw new Error(`unknown dimension ${b.dimension}`);
  if (!('classification' in b)) {
    const wanted = b.codes ? dim.codes?.filter((c) => b.codes?.includes(c.code)) : dim.codes;
    return (wanted ?? []).map((c) => ({ key: c.code, label: c.label, filter: { [dim.name]: c.code } }));
  }
  const { countries, date } = ctx;
  const known = countries.all().filter((c) => c.iso3 !== 'BEL');
  const codes = known.map((c) => c.iso3);
  const country = (iso3: string) => countries.byIso3(iso3);
  switch (b.classification) {
    case 'gsm_group': {
      const order = Object.keys(GSM_GROUP_LABELS) as GsmGroup[];
      return byClass(
        codes,
        (c) => {
          const x = country(c);
          return x ? countries.gsmGroupAt(x, date) : 'andere';
        },
        order,
        (k) => GSM_GROUP_LABELS[k],
        dim.name,
      );
    }
    case 'eu':
      return byClass(
        codes,
        (c) => {
          const x = country(c);
          return x && countries.isEu(x, date) ? 'eu' : 'niet_eu';
        },
        ['eu', 'niet_eu'] as const,
        (k) => (k === 'eu' ? 'EU-landen' : 'landen buiten de EU'),
        dim.name,
      );
    case 'moe':
      return byClass(
        codes,
        (c) => (country(c)?.moe ? 'moe' : 'andere'),
        ['moe', 'andere'] as const,
        (k) => (k === 'moe' ? 'MOE-landen' : 'andere landen'),
        dim.name,
      );
    case 'inburgering': {
      const labels = {
        nederlanders: 'Nederlanders',
        eu_plus: 'EU+ (EU, EER en Zwitserland)',
        derdelanders: 'derdelanders',
      } as const;
      return byClass(
        codes,
        (c) => {
          const x = country(c);
          const g = x ? countries.inburgeringGroupAt(x, date) : 'derdelanders';
          return g === 'belgen' ? 'derdelanders' : g;
        },
        ['nederlanders', 'eu_plus', 'derdelanders'] as const,
        (k) => labels[k],
        dim.name,
      );
    }
    case 'countries': {
      const sizes = ctx.subject?.sumBy(dim.name, spec.numerator.filter) ?? new Map<string, number>();
      const ranked = [...sizes.entries()]
        .filter(([, n]) => n > 0)
        .sort((a, b2) => b2[1] - a[1] || a[0].localeCompare(b2[0]));
      const shown = (b.top ? ranked.slice(0, b.top) : ranked).map(([code]) => code);
      const rows: Category[] = shown.map((code) => ({
        key: code,
        label: country(code)?.nameNl ?? code,
        filter: { [dim.name]: code },
      }));
      if (b.top && ranked.length > shown.length)
        rows.push({
          key: 'andere',
          label: 'andere nationaliteiten',
          filter: { [dim.name]: { except: shown } },
        });
      return rows;
    }
  }
}
