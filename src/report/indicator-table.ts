/**
 * One indicator for every area of a division (municipalities, arrondissements, provinces, Vlaams
 * Gewest) on one period: the table behind the indicator page's downloads, in tidy form.
 */
import type { Division } from '../domain/division.js';
import { describePeriod, periodStartDate, periodYear } from '../domain/period.js';
import type { FigureValue } from '../domain/value.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Area, Geography } from '../geo/index.js';
import { areaKey } from '../indicators/area-facts.js';
import type { Catalog } from '../indicators/catalog.js';
import type { IndicatorSpec } from '../indicators/catalog-schema.js';
import { categoriesOf } from '../indicators/categories.js';
import { computeIndicator } from '../indicators/compute.js';
import type { Dataset } from '../indicators/dataset.js';
import { FactTable } from '../indicators/fact-table.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { protectRows } from './disclosure/apply.js';
import { countrySizes, shownCountryList } from './disclosure/country-list.js';
import { disclosurePlan } from './disclosure/plans.js';

export interface TidyRow {
  readonly level: Area['level'];
  readonly nis: string;
  readonly name: string;
  readonly period: string;
  readonly categoryKey: string;
  readonly categoryLabel: string;
  readonly count: FigureValue;
  readonly relative: FigureValue;
}

export interface IndicatorTable {
  readonly spec: IndicatorSpec;
  readonly division: Division;
  readonly period: string | null;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly rows: readonly TidyRow[];
}

const LEVELS = ['region', 'province', 'arrondissement', 'municipality'] as const;

export async function buildIndicatorTable(
  ctx: { geo: Geography; catalog: Catalog; countries: CountryRegistry; release: ReleaseReader },
  spec: IndicatorSpec,
  division: Division,
  year: number,
): Promise<IndicatorTable> {
  const areas = LEVELS.flatMap((level) => ctx.geo.areas(division, level));
  const needed = new Map(
    [spec.numerator.dataset, ...(spec.denominator ? [spec.denominator.dataset] : [])].map((d) => [
      d,
      ctx.catalog.datasets.get(d) as Dataset,
    ]),
  );
  const facts = await ctx.release.loadAreaFacts(needed, division, areas);
  const dataset = spec.numerator.dataset;
  const period =
    facts
      .periods(dataset, spec.periodicity === 'year')
      .filter((p) => periodYear(p) <= year)
      .at(-1) ?? null;
  if (!period)
    return {
      spec,
      division,
      period,
      periodLabel: `geen cijfers voor ${year} of eerder`,
      demo: false,
      provisional: false,
      rows: [],
    };
  const date = periodStartDate(period);
  // One set of categories for every area, so the download can be pivoted: countries ordered by their
  // total over all municipalities with figures.
  const all = new FactTable(needed.get(dataset) as Dataset);
  for (const area of areas) {
    const t =
      area.level === 'municipality' ? facts.table(dataset, period, areaKey(area.level, area.nis)) : undefined;
    if (t && !('missing' in t)) all.addAll(t);
  }
  const plan = await disclosurePlan(ctx, needed.get(dataset) as Dataset, period);
  // A country list follows the Vlaams Gewest's shown counts only (hidden cells reveal neither presence nor order).
  const region = areas.find((a) => a.level === 'region');
  const categories = shownCountryList(
    plan,
    period,
    region ? plan?.areaId(division, region.level, region.nis) : undefined,
    spec,
    categoriesOf({ catalog: ctx.catalog, countries: ctx.countries, date, subject: all }, spec),
    countrySizes(spec, all),
    (c) => ctx.countries.byIso3(c)?.nameNl ?? c,
  );
  const denominatorPeriod =
    spec.denominator?.period === 'start_of_year' ? `${periodYear(period)}-01-01` : period;
  let provisional = false;
  const rows = areas.flatMap((area) => {
    const key = areaKey(area.level, area.nis);
    const numerator = facts.table(dataset, period, key);
    if (!('missing' in numerator) && numerator.provisional) provisional = true;
    const denominator = spec.denominator
      ? facts.table(spec.denominator.dataset, denominatorPeriod, key)
      : undefined;
    const computed = computeIndicator(spec, categories, {
      numerator,
      ...(denominator ? { denominator } : {}),
    });
    return protectRows(
      plan,
      period,
      plan?.areaId(division, area.level, area.nis),
      spec,
      categories,
      computed,
    ).map(
      (r): TidyRow => ({
        level: area.level,
        nis: area.nis,
        name: ctx.geo.displayName(area),
        period,
        categoryKey: r.key,
        categoryLabel: r.label,
        count: r.count,
        relative: r.relative,
      }),
    );
  });
  return {
    spec,
    division,
    period,
    periodLabel: describePeriod(period),
    demo: facts.isDemo(dataset, period),
    provisional,
    rows,
  };
}
