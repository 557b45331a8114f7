/**
 * Every output of one dashboard view from one query: the chart (the same ECharts option on the server
 * as SVG and in the browser), the CSV and Excel file of exactly the table the page shows, and their
 * file names. `dashboardDownload` is the one call a test (or the output attacker) needs.
 */

import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { choroplethChart } from '../charts/choropleth.js';
import { dashboardRankingChart } from '../charts/dashboard-ranking.js';
import { dashboardTrendChart } from '../charts/dashboard-trend.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import type { ChartSpec } from '../charts/types.js';
import { FACTS, SERIES_BREAKS } from '../dashboard/facts.js';
import {
  type DashboardContext,
  type DashboardResult,
  filtersOf,
  runDashboardQuery,
} from '../dashboard/query.js';
import type { DashboardSelection } from '../dashboard/selection.js';
import {
  type DashboardView,
  dashboardView,
  MEASURE_LABEL,
  measureFigure,
  measureKind,
  periodLabel,
  rankCells,
} from '../dashboard/view.js';
import { formatDate } from '../domain/format.js';
import { periodStartDate } from '../domain/period.js';
import type { Catalog } from '../indicators/catalog.js';
import type { Unit } from '../indicators/catalog-schema.js';

export interface DashboardOutputs {
  readonly result: DashboardResult;
  readonly view: DashboardView;
  /** Null for the table view. */
  readonly chart: ChartSpec | null;
}

export async function dashboardOutputs(
  ctx: DashboardContext,
  s: DashboardSelection,
): Promise<DashboardOutputs> {
  const result = await runDashboardQuery(ctx, s);
  const view = dashboardView(result, ctx.catalog, filtersOf(ctx.catalog, ctx.countries));
  return { result, view, chart: dashboardChart(result, view, ctx.catalog) };
}

const UNIT: Readonly<Record<ReturnType<typeof measureKind>, Unit>> = {
  count: 'count',
  per_10000: 'per_10000',
  percent: 'percent',
  per_1000: 'per_1000',
  percentage_points: 'percentage_points',
};

/** The breaks that fall between the first and last period: the index of the first period after each. */
export function breaksIn(periods: readonly string[]): { before: number; label: string }[] {
  return SERIES_BREAKS.flatMap((b) => {
    const i = periods.findIndex((p) => periodStartDate(p) >= b.date);
    return i > 0 ? [{ before: i, label: `${b.label} (${formatDate(b.date)})` }] : [];
  });
}

export function dashboardChart(
  result: DashboardResult,
  view: DashboardView,
  catalog: Catalog,
): ChartSpec | null {
  const s = result.selection;
  const kind = measureKind(s.measure);
  const notes = [
    ...(view.provisional ? ['Voorlopige cijfers: ze kunnen nog wijzigen.'] : []),
    ...result.notes,
  ];
  const subtitle = `${view.selectionText}; ${s.measure === 'trechter' ? 'aantal per stap' : MEASURE_LABEL[s.measure].toLowerCase()}`;
  if (s.view === 'tabel') return null;
  if (s.view === 'trend') {
    const funnel = s.measure === 'trechter';
    return dashboardTrendChart({
      title: view.chartTitle,
      subtitle,
      source: view.source,
      demo: view.demo,
      kind: funnel ? 'count' : kind,
      labels: result.periods.map(periodLabel),
      series: result.facts.map((fact) => ({
        name: FACTS[fact].label,
        figures: result.periods.map((p) => {
          const c = result.trend.find((x) => x.fact === fact && x.period === p);
          return c
            ? funnel
              ? c.count
              : measureFigure(c, s.measure)
            : { state: 'not_available', reason: 'geen cijfers' };
        }),
      })),
      breaks: breaksIn(result.periods),
      notes,
    });
  }
  const ranked = rankCells(result.ranking, s.measure);
  if (s.view === 'rangschikking')
    return dashboardRankingChart({
      title: view.chartTitle,
      subtitle,
      source: view.source,
      demo: view.demo,
      kind,
      bars: ranked.map((c) => ({ name: c.area.name, figure: measureFigure(c, s.measure) })),
      notes,
    });
  const province = result.province;
  const dataset = FACTS[s.measure === 'trechter' ? 'aangemeld' : s.fact].dataset;
  const src = catalog.sources.get(dataset);
  return choroplethChart({
    title: view.chartTitle,
    unit: UNIT[kind],
    scope: province ? 'province' : 'region',
    scopeArea: province
      ? { nis: province.nis, label: `provincie ${province.name}` }
      : { nis: '02000', label: 'Vlaams Gewest' },
    subjectNis: result.subject.level === 'municipality' ? result.subject.nis : null,
    division: s.division,
    source: {
      id: dataset,
      name: src?.name ?? dataset,
      publisher: src?.publisher ?? '',
      url: src?.url ?? null,
      licence: src?.licence ?? '',
    },
    periodLabel: result.rankingPeriod ? periodLabel(result.rankingPeriod) : 'geen periode',
    demo: view.demo,
    values: ranked.map((c) => ({ nis: c.area.nis, value: measureFigure(c, s.measure) })),
  });
}

export type DownloadFormat = 'csv' | 'xlsx' | 'svg';

export interface Download {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string | Buffer;
}

const META_COLUMNS = ['Selectie', 'Bron', 'Demodata'] as const;

/** The CSV of the view: the table's columns as shown, then the selection, the source and the demo mark. */
export function dashboardCsv(view: DashboardView): string {
  const meta = [
    view.selectionText,
    view.source,
    view.demo ? 'DEMODATA: gegenereerde, fictieve cijfers' : 'nee',
  ];
  return `\ufeff${stringify([[...view.table.columns, ...META_COLUMNS], ...view.table.rows.map((r) => [...r, ...meta])])}`;
}

export async function dashboardXlsx(view: DashboardView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'omgevingsanalyse';
  const sheet = book.addWorksheet(view.demo ? 'DEMODATA' : 'cijfers');
  const head: string[] = [view.table.caption, `Selectie: ${view.selectionText}`, view.source];
  if (view.demo) head.unshift('DEMODATA: gegenereerde, fictieve cijfers — niet gebruiken als echte cijfers.');
  for (const line of head) sheet.addRow([line]).font = { bold: line.startsWith('DEMODATA') };
  const header = sheet.addRow([...view.table.columns]);
  header.font = { bold: true };
  view.table.rows.forEach((row, i) => {
    const figures = view.table.figures[i];
    const added = sheet.addRow(
      row.map((text, j) => {
        const f = figures?.get(j);
        if (!f || f.figure.state !== 'value') return text;
        return f.kind === 'count'
          ? f.figure.value
          : f.kind === 'per_10000'
            ? f.figure.value * 10_000
            : f.figure.value;
      }),
    );
    for (const [j, f] of figures ?? []) {
      if (f.figure.state !== 'value') continue;
      added.getCell(j + 1).numFmt = f.kind === 'count' ? '#,##0' : f.kind === 'percent' ? '0.0%' : '0.0';
    }
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.columns.forEach((c, i) => {
    c.width = i === 0 ? 14 : 20;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function downloadName(out: DashboardOutputs, extension: DownloadFormat): string {
  const s = out.result.selection;
  const period = out.result.periods.length ? `${out.result.periods[0]}_${out.result.periods.at(-1)}` : 'geen';
  const area = out.result.selection.view === 'trend' ? out.result.subject.nis : out.result.scope.nis;
  return `${out.view.demo ? 'DEMO-' : ''}dashboard-inburgering-${s.measure === 'trechter' ? 'trechter' : s.fact}-${s.view}-${area}-${period}.${extension}`;
}

/** One download of a view, as the route sends it. */
export async function dashboardDownload(
  ctx: DashboardContext,
  s: DashboardSelection,
  format: DownloadFormat,
): Promise<Download> {
  const out = await dashboardOutputs(
    ctx,
    format === 'svg' && s.view === 'tabel' ? { ...s, view: 'trend' } : s,
  );
  const fileName = downloadName(out, format);
  if (format === 'csv')
    return { fileName, contentType: 'text/csv; charset=utf-8', body: dashboardCsv(out.view) };
  if (format === 'xlsx')
    return {
      fileName,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body: await dashboardXlsx(out.view),
    };
  return {
    fileName,
    contentType: 'image/svg+xml; charset=utf-8',
    body: renderSpecSvg(out.chart as ChartSpec, 'dash'),
  };
}
