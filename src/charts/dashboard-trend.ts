import type { FigureValue } from '../domain/value.js';
/**
 * The dashboard's trend: one line per series (a fact, or each stage of the funnel) over years or
 * quarters, gaps where a figure is hidden or not published (never 0), and a dashed vertical line with
 * its label at every series break of the inburgering policy that falls inside the periods.
 */
import { formatTick, type PlotKind, plotted } from './figures.js';
import { chartFrame, MARGIN } from './frame.js';
import { legendOption } from './legend.js';
import { niceScale } from './nice-scale.js';
import { stateNotes } from './notes.js';
import { COMPARISON_COLOURS, INK, MUTED_INK, SUBJECT_COLOUR, WHITE } from './palette.js';
import { labelText, textWidth, tooltipText } from './text.js';
import type { ChartSpec } from './types.js';
import { valueAxes } from './value-axis.js';

export interface TrendInput {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly demo: boolean;
  readonly kind: PlotKind;
  /** Category labels of the x axis ('2021', 'K1 2021'). */
  readonly labels: readonly string[];
  readonly series: readonly { readonly name: string; readonly figures: readonly FigureValue[] }[];
  /** Breaks between categories: `before` is the index of the first category after the break. */
  readonly breaks: readonly { readonly before: number; readonly label: string }[];
  readonly notes: readonly string[];
  readonly width?: number;
}

const SERIES_COLOURS = [SUBJECT_COLOUR, COMPARISON_COLOURS.province, COMPARISON_COLOURS.region, '#009e73'];

export function dashboardTrendChart(input: TrendInput): ChartSpec {
  const width = input.width ?? 720;
  const plotHeight = 240;
  const lines = input.series.map((s) => ({
    name: s.name,
    points: s.figures.map((f) => plotted(f, input.kind)),
  }));
  const numbers = lines.flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const scale = niceScale(0, Math.max(1, ...numbers), 6, input.kind === 'count');
  const breakNotes = input.breaks.map((b) => `Breuk in de reeks vóór ${input.labels[b.before]}: ${b.label}.`);
  const frame = chartFrame(
    {
      title: input.title,
      subtitle: input.subtitle,
      notes: [...input.notes, ...breakNotes, ...stateNotes(lines.flatMap((l) => l.points))],
      source: input.source,
      demo: input.demo,
    },
    width,
  );
  const legend = legendOption(
    lines.map((l) => l.name),
    width,
    frame.top,
    { lineStyle: { type: 'solid' } },
  );
  const tickWidth = Math.max(...scale.ticks.map((t) => textWidth(formatTick(t, input.kind), 11)));
  const left = MARGIN + tickWidth + 8;
  const right = MARGIN + 16;
  const top = frame.top + legend.height + 8;
  const height = Math.ceil(top + plotHeight + 40 + frame.bottom);
  const described = lines
    .map((l) => {
      const shown = l.points.map((p, i) => ({ p, label: input.labels[i] })).filter((x) => x.p.value !== null);
      const a = shown[0];
      const b = shown.at(-1);
      return a && b
        ? `${l.name}: ${a.p.label} in ${a.label}, ${b.p.label} in ${b.label}`
        : `${l.name}: geen getoonde cijfers`;
    })
    .join('; ');
  const description = `Lijndiagram, ${input.subtitle}. ${described}.${breakNotes.length ? ` ${breakNotes.join(' ')}` : ''}`;
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: frame.titles,
    legend: legend.option,
    tooltip: { trigger: 'axis' as const, confine: true },
    grid: { left, right, top, height: plotHeight, containLabel: false },
    xAxis: {
      type: 'category' as const,
      data: input.labels.map(labelText),
      boundaryGap: true,
      axisLabel: { color: MUTED_INK, fontSize: 11, interval: 0, rotate: input.labels.length > 12 ? 45 : 0 },
      axisLine: { lineStyle: { color: MUTED_INK } },
    },
    yAxis: valueAxes(scale, input.kind, { position: 'left' }),
    series: lines.map((l, j) => ({
      type: 'line' as const,
      name: labelText(l.name),
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { color: SERIES_COLOURS[j % SERIES_COLOURS.length], width: 2 },
      itemStyle: { color: SERIES_COLOURS[j % SERIES_COLOURS.length] },
      data: l.points.map((p) => ({
        value: p.value,
        tooltip: { formatter: tooltipText(`${l.name}: ${p.label}`) },
      })),
      ...(j === 0 && input.breaks.length
        ? {
            markLine: {
              silent: true,
              symbol: ['none', 'none'],
              lineStyle: { color: INK, type: 'dashed' as const, width: 1 },
              label: { show: true, position: 'insideEndTop' as const, color: INK, fontSize: 10 },
              data: input.breaks.map((b) => ({
                xAxis: labelText(input.labels[b.before] ?? ''),
                label: { formatter: labelText(b.label) },
              })),
            },
          }
        : {}),
    })),
  };
  return { kind: 'line', option, width, height, title: input.title, description, maps: [] };
}
