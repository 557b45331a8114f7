/** One table block: an indicator for the report's areas, on its most recent period, with its evolution. */

import type { Division } from '../domain/division.js';
import { describePeriod, formatPeriod, periodStartDate, periodYear } from '../domain/period.js';
import { notAvailable } from '../domain/value.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import { type AreaFacts, areaKey } from '../indicators/area-facts.js';
import type { Catalog } from '../indicators/catalog.js';
import type { Category, IndicatorSpec } from '../indicators/catalog-schema.js';
import { categoriesOf } from '../indicators/categories.js';
import { computeIndicator, type IndicatorRow, type TableOrReason } from '../indicators/compute.js';
import { protectRows } from './disclosure/apply.js';
import type { DisclosurePlan } from './disclosure/plan.js';
import type { AreaRef, ReportCell, SeriesPoint, TableBlock } from './model.js';

export interface BlockContext {
  readonly division: Division;
  /** The suppression plan of a dataset and period (null: nothing to protect). */
  readonly plan: (dataset: string, period: string) => DisclosurePlan | null;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly facts: AreaFacts;
  readonly areas: readonly AreaRef[];
  readonly year: number;
}

function denominatorPeriod(spec: IndicatorSpec, period: string): string {
  return spec.denominator?.period === 'start_of_year' ? `${periodYear(period)}-01-01` : period;
}

/** The periods an indicator shows up to the report's year, oldest first (the last one in the table). */
export function indicatorPeriods(facts: AreaFacts, spec: IndicatorSpec, year: number): string[] {
  return facts
    .periods(spec.numerator.dataset, spec.periodicity === 'year')
    .filter((p) => periodYear(p) <= year);
}

function computeFor(
  ctx: BlockContext,
  spec: IndicatorSpec,
  period: string,
  categories: readonly Category[],
  area: AreaRef,
): IndicatorRow[] {
  const key = areaKey(area.level, area.nis);
  const numerator = ctx.facts.table(spec.numerator.dataset, period, key);
  const denominator: TableOrReason | undefined = spec.denominator
    ? ctx.facts.table(spec.denominator.dataset, denominatorPeriod(spec, period), key)
    : undefined;
  const rows = computeIndicator(spec, categories, { numerator, ...(denominator ? { denominator } : {}) });
  const plan = ctx.plan(spec.numerator.dataset, period);
  return protectRows(plan, period, plan?.areaId(ctx.division, area.level, area.nis), spec, categories, rows);
}

function isProvisional(ctx: BlockContext, spec: IndicatorSpec, period: string): boolean {
  return ctx.areas.some((a) => {
    const t = ctx.facts.table(spec.numerator.dataset, period, areaKey(a.level, a.nis));
    return !('missing' in t) && t.provisional;
  });
}

export function indicatorBlock(ctx: BlockContext, spec: IndicatorSpec): TableBlock {
  const dataset = spec.numerator.dataset;
  const source = ctx.catalog.sources.get(dataset);
  if (!source) throw new Error(`no source for dataset ${dataset}`);
  const periods = indicatorPeriods(ctx.facts, spec, ctx.year);
  const period = periods.at(-1) ?? null;
  const subject = ctx.areas[0];
  const subjectTable =
    period && subject ? ctx.facts.table(dataset, period, areaKey(subject.level, subject.nis)) : undefined;
  const categories = categoriesOf(
    {
      catalog: ctx.catalog,
      countries: ctx.countries,
      date: periodStartDate(period ?? `${ctx.year}`),
      ...(subjectTable && !('missing' in subjectTable) ? { subject: subjectTable } : {}),
    },
    spec,
  );
  const perArea = ctx.areas.map((a) => (period ? computeFor(ctx, spec, period, categories, a) : undefined));
  const none = notAvailable(`geen cijfers voor ${ctx.year} of eerder`);
  const rows = categories.map((cat, i) => ({
    key: cat.key,
    label: cat.label,
    cells: perArea.map((r): ReportCell => {
      const row = r?.[i];
      return row ? { count: row.count, relative: row.relative } : { count: none, relative: none };
    }),
  }));
  const series: SeriesPoint[] = spec.breakdown
    ? []
    : periods.map((p) => ({
        period: p,
        periodLabel: formatPeriod(p),
        demo: ctx.facts.isDemo(dataset, p),
        provisional: isProvisional(ctx, spec, p),
        cells: ctx.areas.map((a) => {
          const r = computeFor(ctx, spec, p, categories, a)[0];
          return r ? { count: r.count, relative: r.relative } : { count: none, relative: none };
        }),
      }));
  const dim = spec.breakdown && 'dimension' in spec.breakdown ? spec.breakdown.dimension : undefined;
  const breakdownTitle =
    spec.breakdown && 'grouping' in spec.breakdown
      ? (ctx.catalog.groupings.get(spec.breakdown.grouping)?.title ?? null)
      : (ctx.catalog.datasets.get(dataset)?.dimensions.find((d) => d.name === dim)?.title ?? null);
  return {
    kind: 'table',
    id: spec.id,
    indicatorId: spec.id,
    title: spec.title,
    definition: spec.definition,
    unit: spec.unit,
    countLabel: spec.numerator.label,
    relativeLabel: spec.denominator ? spec.denominator.label : null,
    breakdownTitle,
    source: {
      id: dataset,
      name: source.name,
      publisher: source.publisher,
      url: source.url ?? null,
      licence: source.licence,
    },
    period,
    periodLabel: period ? describePeriod(period) : `geen cijfers voor ${ctx.year} of eerder`,
    demo: period
      ? ctx.facts.isDemo(dataset, period) ||
        (spec.denominator
          ? ctx.facts.isDemo(spec.denominator.dataset, denominatorPeriod(spec, period))
          : false)
      : false,
    provisional: period ? isProvisional(ctx, spec, period) : false,
    rows,
    series,
  };
}
