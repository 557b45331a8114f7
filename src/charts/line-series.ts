/**
 * The ECharts series of one area in an evolution: a solid line through the definitive points and a
 * dashed one from the last definitive point through the provisional ones (same name, so the legend
 * shows one entry). Provisional points have a hollow symbol; a figure without a value is a gap.
 */
import type { LineSeriesOption } from 'echarts';
import type { Plotted } from './figures.js';
import { INK } from './palette.js';
import { labelText } from './text.js';

export const AREA_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'] as const;

export interface AreaLine {
  readonly name: string;
  readonly colour: string;
  readonly symbol: (typeof AREA_SYMBOLS)[number];
  readonly subject: boolean;
  readonly points: readonly {
    readonly figure: Plotted;
    readonly provisional: boolean;
    readonly tooltip: string;
  }[];
}

export function lineSeries(line: AreaLine): LineSeriesOption[] {
  const firstProvisional = line.points.findIndex((p) => p.provisional);
  const lastIndex = lastValueIndex(line);
  const point = (i: number, hollow: boolean, symbol: boolean) => {
    const p = line.points[i];
    if (!p || p.figure.value === null) return '-';
    return {
      value: p.figure.value,
      symbol: symbol ? (hollow ? `empty${capital(line.symbol)}` : line.symbol) : 'none',
      tooltip: { formatter: p.tooltip },
      ...(i === lastIndex && symbol ? { label: endLabel(p.figure.label, line.subject) } : {}),
    };
  };
  const base = {
    type: 'line' as const,
    name: line.name,
    connectNulls: false,
    symbol: line.symbol,
    symbolSize: line.subject ? 8 : 7,
    itemStyle: { color: line.colour, borderWidth: 1.5 },
    emphasis: { focus: 'series' as const },
  };
  const solidEnd = firstProvisional < 0 ? line.points.length : firstProvisional;
  const solid: LineSeriesOption = {
    ...base,
    lineStyle: { color: line.colour, width: line.subject ? 3 : 2, type: 'solid' },
    data: line.points.map((_, i) => (i < solidEnd ? point(i, false, true) : '-')),
  };
  if (firstProvisional < 0) return [solid];
  const dashed: LineSeriesOption = {
    ...base,
    lineStyle: { color: line.colour, width: line.subject ? 3 : 2, type: 'dashed' },
    data: line.points.map((_, i) =>
      i === firstProvisional - 1
        ? point(i, false, false)
        : i >= firstProvisional
          ? point(i, true, true)
          : '-',
    ),
  };
  return [solid, dashed];
}

function lastValueIndex(line: AreaLine): number {
  for (let i = line.points.length - 1; i >= 0; i--) if (line.points[i]?.figure.value !== null) return i;
  return -1;
}

function endLabel(text: string, subject: boolean) {
  return {
    show: true,
    position: 'right' as const,
    distance: 8,
    formatter: labelText(text),
    color: INK,
    fontSize: 11,
    fontWeight: subject ? ('bold' as const) : ('normal' as const),
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
