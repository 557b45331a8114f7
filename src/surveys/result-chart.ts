/** One closed question's counts as a horizontal bar chart (ECharts SVG, the report's colours), with n. */
import { GRID_LINE, INK, MUTED_INK, SUBJECT_COLOUR, WHITE } from '../charts/palette.js';
import { renderChartSvg } from '../charts/render-svg.js';
import { formatCount } from '../domain/format.js';
import type { OptionCount } from './results.js';

export function resultChartSvg(
  title: string,
  options: readonly OptionCount[],
  n: number,
  idPrefix: string,
): string {
  const rows = [...options].reverse();
  const description = `Staafdiagram, ${formatCount(n)} antwoorden: ${options.map((o) => `${o.label} ${formatCount(o.count)}`).join(', ')}. De tabel eronder geeft elk aantal.`;
  const height = 70 + rows.length * 28;
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: {
      text: title.length > 90 ? `${title.slice(0, 87)}…` : title,
      subtext: `n = ${formatCount(n)}`,
      left: 16,
      top: 8,
      textStyle: { color: INK, fontSize: 14, fontWeight: 'bold' as const },
      subtextStyle: { color: MUTED_INK, fontSize: 12 },
    },
    grid: { left: 220, right: 48, top: 56, bottom: 16 },
    yAxis: {
      type: 'category' as const,
      data: rows.map((o) => (o.label.length > 34 ? `${o.label.slice(0, 33)}…` : o.label)),
      axisLabel: { color: INK, fontSize: 12 },
      axisLine: { lineStyle: { color: MUTED_INK } },
    },
    xAxis: {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { color: MUTED_INK, fontSize: 11 },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'bar' as const,
        data: rows.map((o) => o.count),
        itemStyle: { color: SUBJECT_COLOUR },
        label: { show: true, position: 'right' as const, color: INK, fontSize: 11 },
      },
    ],
  };
  return renderChartSvg(option, { width: 680, height, title, description, idPrefix });
}
