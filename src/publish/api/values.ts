/**
 * Figures of one indicator for areas × periods × breakdown categories, as the public API and the bulk
 * download hand them out. They come from the same all-area tables as the indicator page and the
 * report's maps (indicator-table.ts), so every figure has passed the report's disclosure plan: a
 * hidden count stays hidden, with its state, in every form.
 */
import type { AreaLevel, Division } from '../../domain/division.js';
import { formatPeriod } from '../../domain/period.js';
import type { FigureValue } from '../../domain/value.js';
import type { IndicatorSpec } from '../../indicators/catalog-schema.js';
import { availableYears } from '../../report/build-report.js';
import type { IndicatorTable } from '../../report/indicator-table.js';
import { SHARED_TABLES } from '../../report/indicator-table-cache.js';

type TableContext = Parameters<typeof SHARED_TABLES.get>[0];

export interface ApiValue {
  readonly level: AreaLevel;
  readonly nis: string;
  readonly name: string;
  readonly period: string;
  readonly periodLabel: string;
  readonly category: string;
  readonly categoryLabel: string;
  readonly count: FigureValue;
  /** A fraction (0.217 for 21,7 %), or per inhabitant; the unit of the indicator says which. */
  readonly relative: FigureValue;
  readonly demo: boolean;
  readonly provisional: boolean;
}

export interface ValuesQuery {
  readonly division: Division;
  /** Empty: every level. */
  readonly levels: readonly AreaLevel[];
  /** Empty: every area. */
  readonly areas: readonly string[];
  /** Empty: every year the release offers. */
  readonly years: readonly number[];
  /** Empty: every category of the breakdown. */
  readonly categories: readonly string[];
}

/**
 * The tables of the years asked for, one per period (a dataset without figures for a year answers with
 * its latest earlier period, which is then listed once).
 */
export async function periodTables(
  ctx: TableContext,
  spec: IndicatorSpec,
  division: Division,
  years: readonly number[],
): Promise<IndicatorTable[]> {
  const offered = availableYears(ctx.catalog, ctx.release);
  const wanted = years.length > 0 ? offered.filter((y) => years.includes(y)) : offered;
  const tables: IndicatorTable[] = [];
  const seen = new Set<string>();
  for (const year of wanted) {
    const table = await SHARED_TABLES.get(ctx, spec, division, year);
    if (!table.period || seen.has(table.period)) continue;
    seen.add(table.period);
    tables.push(table);
  }
  return tables;
}

export function tableValues(
  table: IndicatorTable,
  query: Omit<ValuesQuery, 'division' | 'years'>,
): ApiValue[] {
  const levels = new Set(query.levels);
  const areas = new Set(query.areas);
  const categories = new Set(query.categories);
  return table.rows
    .filter(
      (r) =>
        (levels.size === 0 || levels.has(r.level)) &&
        (areas.size === 0 || areas.has(r.nis)) &&
        (categories.size === 0 || categories.has(r.categoryKey)),
    )
    .map((r) => ({
      level: r.level,
      nis: r.nis,
      name: r.name,
      period: r.period,
      periodLabel: formatPeriod(r.period),
      category: r.categoryKey,
      categoryLabel: r.categoryLabel,
      count: r.count,
      relative: r.relative,
      demo: table.demo,
      provisional: table.provisional,
    }));
}

export async function indicatorValues(
  ctx: TableContext,
  spec: IndicatorSpec,
  query: ValuesQuery,
): Promise<ApiValue[]> {
  const tables = await periodTables(ctx, spec, query.division, query.years);
  return tables.flatMap((t) => tableValues(t, query));
}
