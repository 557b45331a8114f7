/** One table block: an indicator for the report's areas, on its most recent period, with its evolution. */

import type { Division } from '../domain/division.js';
import { describePeriod, formatPeriod, periodStartDate, periodYear } from '../domain/period.js';
import { notAvailable } from '../domain/value.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import { type AreaFacts, areaKey } from '../indicators/area-facts.js';
import type { Catalog } from '../indicators/catalog.js';
import type { Category, IndicatorSpec } from '../indicators/catalog-schema.js';
import { categoriesOf } from '../indicators/categories.js';
import {
  computeIndicator,
  type IndicatorInputs,
  type IndicatorRow,
  type TableOrReason,
} from '../indicators/compute.js';
import { relativeKindOf } from '../indicators/figure-kind.js';
import { blockSummary } from './block-summary.js';
import { protectRows } from './disclosure/apply.js';
import { countrySizes, shownCountryList } from './disclosure/country-list.js';
import type { DisclosurePlan } from './disclosure/plan.js';
import { groupColumnRows, protectGroupRows } from './group-area.js';
import type { AreaRef, ReportCell, SeriesPoint, TableBlock } from './model.js';
import { sourceRef } from './source-ref.js';

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

/** The indicator's rows for one area (or group of municipalities), protected as every output shows them. */
function computeFor(
  ctx: BlockContext,
  spec: IndicatorSpec,
  period: string,
  categories: readonly Category[],
  area: AreaRef,
): IndicatorRow[] {
  if (area.level === 'group') {
    const computed = computeIndicator(
      spec,
      categories,
      inputsOf(spec, period, (d, p) => areaTable(ctx, d, p, area)),
    );
    const plan = ctx.plan(spec.numerator.dataset, period);
    const members = area.members?.length ?? 0;
    if (!plan) return groupColumnRows(computed, spec.unit, members); // nothing of this dataset and period is hidden
    // What each member's table hides, from the plan alone: protect the group's rows as if they were the member's.
    const hiddenIn = (area.members ?? []).map((nis) =>
      protectRows(plan, period, plan.areaId(ctx.division, 'municipality', nis), spec, categories, computed),
    );
    return groupColumnRows(protectGroupRows(computed, hiddenIn, plan.threshold), spec.unit, members);
  }
  const key = areaKey(area.level, area.nis);
  const rows = computeIndicator(
    spec,
    categories,
    inputsOf(spec, period, (d, p) => ctx.facts.table(d, p, key)),
  );
  const plan = ctx.plan(spec.numerator.dataset, period);
  return protectRows(plan, period, plan?.areaId(ctx.division, area.level, area.nis), spec, categories, rows);
}

function inputsOf(
  spec: IndicatorSpec,
  period: string,
  table: (dataset: string, period: string) => TableOrReason,
): IndicatorInputs {
  const numerator = table(spec.numerator.dataset, period);
  return spec.denominator
    ? { numerator, denominator: table(spec.denominator.dataset, denominatorPeriod(spec, period)) }
    : { numerator };
}

/** The fact tables of an area for a dataset and period (a group's: its members' summed). */
function areaTable(ctx: BlockContext, dataset: string, period: string, area: AreaRef): TableOrReason {
  return ctx.facts.table(dataset, period, areaKey(area.level, area.nis));
}

function isProvisional(ctx: BlockContext, spec: IndicatorSpec, period: string): boolean {
  return ctx.areas.some((a) => {
    const t = areaTable(ctx, spec.numerator.dataset, period, a);
    return !('missing' in t) && t.provisional;
  });
}

export function indicatorBlock(ctx: BlockContext, spec: IndicatorSpec): TableBlock {
  const dataset = spec.numerator.dataset;
  const source = sourceRef(ctx.catalog, dataset);
  const periods = indicatorPeriods(ctx.facts, spec, ctx.year);
  const period = periods.at(-1) ?? null;
  const subject = ctx.areas[0];
  const subjectTable = period && subject ? areaTable(ctx, dataset, period, subject) : undefined;
  const ranked = categoriesOf(
    {
      catalog: ctx.catalog,
      countries: ctx.countries,
      date: periodStartDate(period ?? `${ctx.year}`),
      ...(subjectTable && !('missing' in subjectTable) ? { subject: subjectTable } : {}),
    },
    spec,
  );
  // A country list is chosen on the subject's shown counts only (hidden cells reveal neither presence nor order).
  const plan = period ? ctx.plan(dataset, period) : null;
  const categories =
    period && subject
      ? shownCountryList(
          plan,
          period,
          plan?.areaId(ctx.division, subject.level, subject.nis),
          spec,
          ranked,
          countrySizes(spec, subjectTable),
          (c) => ctx.countries.byIso3(c)?.nameNl ?? c,
        )
      : ranked;
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
  const relative = relativeKindOf(spec.unit) !== null;
  const series: SeriesPoint[] = spec.breakdown
    ? []
    : periods
        .map((p) => ({
          period: p,
          periodLabel: formatPeriod(p),
          demo: ctx.facts.isDemo(dataset, p),
          provisional: isProvisional(ctx, spec, p),
          cells: ctx.areas.map((a) => {
            const r = computeFor(ctx, spec, p, categories, a)[0];
            return r ? { count: r.count, relative: r.relative } : { count: none, relative: none };
          }),
        }))
        // A period without the block's figure (no population yet for its rate) is not part of the evolution.
        .filter((point) =>
          point.cells.some((c) => (relative ? c.relative : c.count).state !== 'not_available'),
        );
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
    chart: spec.chart,
    summary: ctx.areas[0]
      ? blockSummary({
          subject: ctx.areas[0],
          unit: spec.unit,
          countLabel: spec.numerator.label,
          relativeLabel: spec.denominator?.label ?? null,
          hasBreakdown: spec.breakdown !== undefined,
          perCategory: spec.denominator?.perCategory === true,
          balance: spec.numerator.minus !== undefined,
          rows,
        })
      : null,
    unit: spec.unit,
    countLabel: spec.numerator.label,
    relativeLabel: spec.denominator ? spec.denominator.label : null,
    breakdownTitle,
    source,
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
