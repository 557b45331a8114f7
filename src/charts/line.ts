/**
 * The evolution of a table block (`TableBlock.series`): one line per report area, x labelled with
 * the reference date of each point. Provisional points: dashed segment and hollow symbol; demo
 * points: a grey band marked "demo"; a figure without a value: a gap with its short text.
 */
import type { GraphicComponentOption } from 'echarts/components';
import type { AreaRef, TableBlock } from '../report/model.js';
import { describeLine } from './describe-line.js';
import { formatTick, MISSING_CELL, type PlotKind, plotKind, plotted, plottedFigure } from './figures.js';
import { chartFrame, MARGIN } from './frame.js';
import { legendOption } from './legend.js';
import { lineNotes } from './line-notes.js';
import { AREA_SYMBOLS, type AreaLine, lineSeries } from './line-series.js';
import { niceScale } from './nice-scale.js';
import { areaColour, INK, MUTED_INK, WHITE } from './palette.js';
import { labelText, textWidth, tooltipText } from './text.js';
import type { ChartSpec } from './types.js';
import { valueAxes } from './value-axis.js';

export interface LineChartOptions {
  readonly width?: number;
  readonly plotHeight?: number;
}

export function lineChart(
  block: TableBlock,
  areas: readonly AreaRef[],
  options: LineChartOptions = {},
): ChartSpec {
  const width = options.width ?? 640;
  const plotHeight = options.plotHeight ?? 220;
  const kind = plotKind(block.unit);
  const points = block.series;
  const lines = areas.map((area, j) => areaLine(block, area, j, kind));
  const figures = lines.flatMap((l) => l.points.map((p) => p.figure));
  const numbers = figures.flatMap((f) => (f.value === null ? [] : [f.value]));
  const scale = niceScale(Math.min(0, ...numbers), Math.max(0, ...numbers), 6, kind === 'count');
  const demoPoints = points.flatMap((p, i) => (p.demo ? [i] : []));
  const frame = chartFrame(
    {
      title: block.title,
      subtitle: [subtitleRange(block), block.relativeLabel ?? block.countLabel].filter(Boolean).join('; '),
      notes: lineNotes(block, areas, lines, demoPoints.length > 0),
      source: `Bron: ${block.source.name} (${block.source.publisher})`,
      demo: block.demo || demoPoints.length > 0,
    },
    width,
  );
  const legend = legendOption(
    lines.map((l) => l.name),
    width,
    frame.top,
    { lineStyle: { type: 'solid' } },
  );
  const tickWidth = Math.max(...scale.ticks.map((t) => textWidth(formatTick(t, kind), 11)));
  const endLabelWidth = Math.max(24, ...figures.map((f) => textWidth(f.label, 11)));
  const left = MARGIN + tickWidth + 8;
  const right = width - MARGIN - endLabelWidth - 12;
  const top = frame.top + legend.height + 8;
  const band = (right - left) / Math.max(1, points.length);
  const xLabels = points.map((p) => axisLabel(p.periodLabel, band));
  const twoLines = xLabels.some((l) => l.includes('\n'));
  const bottom = top + plotHeight;
  const graphic: GraphicComponentOption[] = [
    ...demoBand(demoPoints, left, band, top, bottom),
    ...gapTexts(lines, left, band, bottom),
  ];
  const description = describeLine(block, areas);
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: frame.titles,
    legend: legend.option,
    tooltip: { trigger: 'item' as const, confine: true },
    grid: { left, top, width: right - left, height: plotHeight, outerBoundsMode: 'none' as const },
    xAxis: {
      type: 'category' as const,
      boundaryGap: true,
      data: xLabels.map(labelText),
      axisLine: { show: true, lineStyle: { color: INK } },
      axisTick: { show: true, alignWithLabel: true, lineStyle: { color: INK } },
      axisLabel: { interval: 0, color: INK, fontSize: 11, lineHeight: 13 },
    },
    yAxis: valueAxes(scale, kind, { position: 'left' }),
    series: lines.flatMap(lineSeries),
    graphic,
  };
  const height = Math.ceil(bottom + (twoLines ? 36 : 24) + frame.bottom);
  return { kind: 'line', option, width, height, title: block.title, description, maps: [] };
}

function areaLine(block: TableBlock, area: AreaRef, j: number, kind: PlotKind): AreaLine {
  return {
    name: labelText(area.label),
    colour: areaColour(area.level, j === 0),
    symbol: AREA_SYMBOLS[j % AREA_SYMBOLS.length] ?? 'circle',
    subject: j === 0,
    points: block.series.map((p) => {
      const cell = p.cells[j] ?? MISSING_CELL;
      const figure = plotted(plottedFigure(cell, kind), kind);
      const marks = [p.provisional ? 'voorlopig' : null, p.demo ? 'demo' : null].filter(Boolean).join(', ');
      const count = kind === 'count' ? '' : ` (aantal: ${plotted(cell.count, 'count').label})`;
      return {
        figure,
        provisional: p.provisional,
        tooltip: tooltipText(
          `${area.label}, ${p.periodLabel}: ${figure.label}${count}${marks ? ` – ${marks}` : ''}`,
        ),
      };
    }),
  };
}

function subtitleRange(block: TableBlock): string {
  const first = block.series[0];
  const last = block.series[block.series.length - 1];
  if (!first || !last) return block.periodLabel;
  return first === last ? first.periodLabel : `${first.periodLabel} tot ${last.periodLabel}`;
}

/** A long period label on two lines: "1 januari\n2021"; a quarter as "K1\n2021", "K2". */
function axisLabel(text: string, band: number): string {
  if (textWidth(text, 11) <= band - 6) return text;
  // Quarters in a narrow band: "K1" with the year under the first quarter, "K2" … alone (Statbel's 2021K1).
  const quarter = /^(\d)e kwartaal (\d{4})$/.exec(text);
  if (quarter) return quarter[1] === '1' ? `K1\n${quarter[2]}` : `K${quarter[1]}`;
  const cut = text.lastIndexOf(' ');
  return cut > 0 ? `${text.slice(0, cut)}\n${text.slice(cut + 1)}` : text;
}

function demoBand(indices: readonly number[], left: number, band: number, top: number, bottom: number) {
  const first = indices[0];
  const last = indices[indices.length - 1];
  if (first === undefined || last === undefined) return [];
  const x = Math.round(left + first * band);
  const w = Math.round(left + (last + 1) * band) - x;
  return [
    {
      type: 'rect' as const,
      z: -10,
      silent: true,
      shape: { x, y: top, width: w, height: bottom - top },
      style: { fill: '#efefef' },
    },
    {
      type: 'text' as const,
      z: -9,
      silent: true,
      x: x + 4,
      y: top + 4,
      style: { text: 'demo', fill: MUTED_INK, fontSize: 11, fontWeight: 'bold' as const },
    },
  ];
}

/** The short text of each missing figure just above the x axis, stacked per area. */
function gapTexts(
  lines: readonly AreaLine[],
  left: number,
  band: number,
  bottom: number,
): GraphicComponentOption[] {
  const out: GraphicComponentOption[] = [];
  const stack = new Map<number, number>();
  lines.forEach((line) => {
    line.points.forEach((p, i) => {
      if (p.figure.value !== null) return;
      const level = stack.get(i) ?? 0;
      stack.set(i, level + 1);
      out.push({
        type: 'text',
        silent: true,
        x: Math.round(left + (i + 0.5) * band),
        y: bottom - 10 - level * 14,
        style: {
          text: labelText(p.figure.label),
          fill: INK,
          fontSize: 11,
          fontWeight: 'bold',
          align: 'center',
          verticalAlign: 'middle',
        },
      });
    });
  });
  return out;
}
