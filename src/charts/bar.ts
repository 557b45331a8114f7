/**
 * Horizontal bars of a table block: its breakdown rows × the report areas (the subject first, then
 * the comparison areas), or one bar per area for an indicator without breakdown. The relative value
 * is plotted when the unit has one. A figure without a value gets no bar but its short text
 * (`< 5`, `n.b.`) where the bar would start, and a note saying what that text means.
 */
import type { BarSeriesOption } from 'echarts';
import type { GraphicComponentOption } from 'echarts/components';
import type { AreaRef, TableBlock } from '../report/model.js';
import { barLayout } from './bar-layout.js';
import { describeBar } from './describe-bar.js';
import { MISSING_CELL, type PlotKind, type Plotted, plotKind, plotted, plottedFigure } from './figures.js';
import { chartFrame, MARGIN } from './frame.js';
import { legendOption } from './legend.js';
import { niceScale } from './nice-scale.js';
import { stateNotes } from './notes.js';
import { areaColour, INK, WHITE } from './palette.js';
import { labelText, textWidth, tooltipText, wrapText } from './text.js';
import type { ChartSpec } from './types.js';
import { valueAxes } from './value-axis.js';

export interface BarChartOptions {
  readonly width?: number;
}

/** One bar: which series and category, its colour and its figure. */
interface Bar {
  readonly colour: string;
  readonly subject: boolean;
  readonly tooltip: string;
  readonly figure: Plotted;
}

interface Series {
  readonly name: string;
  readonly bars: readonly Bar[];
}

export function barChart(
  block: TableBlock,
  areas: readonly AreaRef[],
  options: BarChartOptions = {},
): ChartSpec {
  const width = options.width ?? 640;
  const kind = plotKind(block.unit);
  const byArea = block.rows.length === 1;
  const categories = byArea ? areas.map((a) => a.label) : block.rows.map((r) => r.label);
  const series = byArea ? [areaSeries(block, areas, kind)] : rowSeries(block, areas, kind);
  const figures = series.flatMap((s) => s.bars.map((b) => b.figure));
  const numbers = figures.flatMap((f) => (f.value === null ? [] : [f.value]));
  const scale = niceScale(Math.min(0, ...numbers), Math.max(0, ...numbers), 5, kind === 'count');
  const frame = chartFrame(
    {
      title: block.title,
      subtitle: [block.breakdownTitle, block.periodLabel].filter(Boolean).join(', '),
      notes: [
        ...stateNotes(figures),
        ...(block.provisional ? ['Voorlopige cijfers: ze kunnen nog wijzigen.'] : []),
      ],
      source: `Bron: ${block.source.name} (${block.source.publisher})`,
      demo: block.demo,
    },
    width,
  );
  const labelWidth = Math.min(
    Math.max(40, ...categories.map((c) => textWidth(c, 12))),
    Math.round(width * 0.34),
  );
  const wrapped = categories.map((c) => wrapText(c, labelWidth, 12));
  const valueLabelWidth = Math.max(24, ...figures.map((f) => textWidth(f.label, 11)));
  const legend = byArea
    ? null
    : legendOption(
        series.map((s) => s.name),
        width,
        frame.top,
      );
  const layout = barLayout({
    categories: wrapped.map((lines) => lines.length),
    seriesCount: series.length,
    // Room for the value labels of negative bars, left of them.
    left: MARGIN + labelWidth + 10 + (scale.min < 0 ? valueLabelWidth + 6 : 0),
    right: width - MARGIN - valueLabelWidth - 6,
    top: frame.top + (legend?.height ?? 0),
  });
  const zeroX = layout.left + ((0 - scale.min) / (scale.max - scale.min)) * (layout.right - layout.left);
  const gaps: GraphicComponentOption[] = [];
  const barSeries: BarSeriesOption[] = series.map((s, j) => ({
    type: 'bar',
    name: s.name,
    barWidth: layout.barWidth,
    barGap: layout.barGap,
    itemStyle: { color: s.bars[0]?.colour ?? INK },
    data: s.bars.map((bar, i) => {
      const tooltip = { formatter: bar.tooltip };
      if (bar.figure.value === null) {
        gaps.push(gapText(bar.figure.label, zeroX + 4, layout.barCentre(i, j)));
        return { value: '-', tooltip };
      }
      return {
        value: bar.figure.value,
        itemStyle: { color: bar.colour },
        label: {
          show: !layout.dense || bar.subject,
          position: bar.figure.value < 0 ? 'left' : 'right',
          formatter: labelText(bar.figure.label),
          color: INK,
          fontSize: 11,
          fontWeight: bar.subject ? 'bold' : 'normal',
        },
        tooltip,
      };
    }),
  }));
  const description = describeBar(block, areas);
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: frame.titles,
    ...(legend ? { legend: legend.option } : {}),
    tooltip: { trigger: 'item' as const, confine: true },
    grid: {
      left: layout.left,
      top: layout.top,
      width: layout.right - layout.left,
      height: layout.bottom - layout.top,
      outerBoundsMode: 'none' as const,
    },
    xAxis: valueAxes(scale, kind, { position: 'bottom' }),
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: wrapped.map((lines) => labelText(lines.join('\n'))),
      axisTick: { show: false },
      axisLine: { show: true, onZero: true, lineStyle: { color: INK } },
      axisLabel: { interval: 0, color: INK, fontSize: 12, lineHeight: 14, margin: 10 },
    },
    series: barSeries,
    graphic: gaps,
  };
  const height = Math.ceil(layout.bottom + 24 + frame.bottom);
  return { kind: 'bar', option, width, height, title: block.title, description, maps: [] };
}

/** No breakdown: one series, one bar per area in the area's colour. */
function areaSeries(block: TableBlock, areas: readonly AreaRef[], kind: PlotKind): Series {
  const row = block.rows[0];
  return {
    name: labelText(row?.label ?? block.title),
    bars: areas.map((area, i) => {
      const cell = row?.cells[i] ?? MISSING_CELL;
      const figure = plotted(plottedFigure(cell, kind), kind);
      return {
        colour: areaColour(area.level, i === 0),
        subject: i === 0,
        tooltip: tooltipText(`${area.label}: ${figure.label}${countSuffix(kind, cell.count)}`),
        figure,
      };
    }),
  };
}

/** A breakdown: one series per area, one bar per row. */
function rowSeries(block: TableBlock, areas: readonly AreaRef[], kind: PlotKind): Series[] {
  return areas.map((area, i) => ({
    name: labelText(area.label),
    bars: block.rows.map((row) => {
      const cell = row.cells[i] ?? MISSING_CELL;
      const figure = plotted(plottedFigure(cell, kind), kind);
      return {
        colour: areaColour(area.level, i === 0),
        subject: i === 0,
        tooltip: tooltipText(`${area.label} – ${row.label}: ${figure.label}${countSuffix(kind, cell.count)}`),
        figure,
      };
    }),
  }));
}

function countSuffix(kind: PlotKind, count: Parameters<typeof plotted>[0]): string {
  return kind === 'count' ? '' : ` (aantal: ${plotted(count, 'count').label})`;
}

function gapText(text: string, x: number, y: number): GraphicComponentOption {
  return {
    type: 'text',
    x: Math.round(x),
    y: Math.round(y * 2) / 2,
    silent: true,
    style: { text: labelText(text), fill: INK, fontSize: 11, fontWeight: 'bold', verticalAlign: 'middle' },
  };
}
