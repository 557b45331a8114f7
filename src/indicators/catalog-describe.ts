/**
 * A reader-facing description of each indicator: what AgII and users see on the indicator page and in
 * `catalog --format json|md`. Derived from the catalog and the datasets; no figures.
 */
import type { Catalog } from './catalog.js';
import type { IndicatorSpec, Unit } from './catalog-schema.js';
import type { Dataset } from './dataset.js';

export interface IndicatorDescription {
  readonly id: string;
  readonly theme: { readonly id: string; readonly title: string };
  readonly title: string;
  readonly definition: string;
  readonly numerator: string;
  readonly denominator: string | null;
  readonly unit: Unit;
  readonly unitLabel: string;
  readonly breakdown: string | null;
  readonly dataset: string;
  readonly source: {
    readonly name: string;
    readonly publisher: string;
    readonly url: string | null;
    readonly licence: string;
  };
  readonly openData: boolean;
  readonly referenceDateRule: string;
  readonly updateFrequency: string;
  readonly disclosureRule: string;
  readonly chart: string;
  readonly areaLevels: readonly string[];
  readonly divisions: readonly string[];
}

const UNIT_LABELS: Record<Unit, string> = {
  count: 'aantal',
  percent: 'aantal en procent',
  per_1000: 'aantal en per 1.000 inwoners',
  per_10000: 'aantal en per 10.000 inwoners',
  distinct: 'aantal verschillende',
  percentage_points: 'verschil in procentpunten',
};

export function referenceDateRule(d: Dataset, contractDay?: string): string {
  switch (d.periodType) {
    case 'date':
      return contractDay === '12-31' ? 'toestand op 31 december' : 'toestand op 1 januari';
    case 'year':
      return 'in de loop van het kalenderjaar';
    case 'quarter':
      return 'per kwartaal (jaarcijfers: som van de vier kwartalen)';
    case 'school_year':
      return 'per schooljaar';
  }
}

function breakdownText(catalog: Catalog, spec: IndicatorSpec): string | null {
  const b = spec.breakdown;
  if (!b) return null;
  if ('grouping' in b) return catalog.groupings.get(b.grouping)?.title ?? b.grouping;
  const dim = catalog.datasets.get(spec.numerator.dataset)?.dimensions.find((d) => d.name === b.dimension);
  const title = dim?.title ?? b.dimension;
  if (!('classification' in b)) return title;
  const what = {
    countries: b.top ? `de ${b.top} grootste en de rest` : 'elk land',
    gsm_group: 'landengroepen van de Gemeente-Stadsmonitor',
    eu: 'EU en niet-EU',
    moe: 'MOE-landen en andere',
    inburgering: 'Nederlanders, EU+ en derdelanders',
  }[b.classification];
  return `${title}: ${what}`;
}

export function describeIndicator(
  catalog: Catalog,
  spec: IndicatorSpec,
  days: ReadonlyMap<string, string> = new Map(),
): IndicatorDescription {
  const dataset = catalog.datasets.get(spec.numerator.dataset);
  const source = catalog.sources.get(spec.numerator.dataset);
  const theme = catalog.themeOf(spec.id);
  if (!dataset || !source || !theme) throw new Error(`indicator ${spec.id} is not fully defined`);
  const threshold = dataset.disclosureThreshold;
  return {
    id: spec.id,
    theme: { id: theme.id, title: theme.title },
    title: spec.title,
    definition: spec.definition,
    numerator: spec.numerator.label,
    denominator: spec.denominator?.label ?? null,
    unit: spec.unit,
    unitLabel: UNIT_LABELS[spec.unit],
    breakdown: breakdownText(catalog, spec),
    dataset: dataset.id,
    source: {
      name: source.name,
      publisher: source.publisher,
      url: source.url ?? null,
      licence: source.licence,
    },
    openData: dataset.openData,
    referenceDateRule: referenceDateRule(dataset, days.get(dataset.id)),
    updateFrequency: source.updateFrequency,
    disclosureRule:
      threshold <= 1
        ? 'volgt de bron: Statbel publiceert deze open data tot op één persoon'
        : `aantallen kleiner dan ${threshold} (en wat ze zou verraden) worden niet getoond`,
    chart: spec.chart,
    areaLevels: ['gemeente', 'arrondissement', 'provincie', 'Vlaams Gewest'],
    divisions: ['2019-2024', '2025'],
  };
}

export function describeCatalog(
  catalog: Catalog,
  days?: ReadonlyMap<string, string>,
): IndicatorDescription[] {
  return catalog.indicators.map((i) => describeIndicator(catalog, i, days));
}
