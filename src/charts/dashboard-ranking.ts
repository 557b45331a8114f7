/**
 * The dashboard's ranking: one horizontal bar per municipality, highest first, at most `limit` bars
 * (the table has them all); a municipality without a shown figure gets no bar.
 */
import type { FigureValue } from '../domain/value.js';
import { type PlotKind, plotted } from './figures.js';
import { chartFrame, MARGIN } from './frame.js';
import { niceScale } from './nice-scale.js';
import { INK, SUBJECT_COLOUR, WHITE } from './palette.js';
import { labelText, textWidth, tooltipText } from './text.js';
import type { ChartSpec } from './types.js';
import { valueAxes } from './value-axis.js';

export interface RankingInput {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly demo: boolean;
  readonly kind: PlotKind;
  /** In rank order. */
  readonly bars: readonly { readonly name: string; readonly figure: FigureValue }[];
  readonly notes: readonly string[];
  readonly limit?: number;
  readonly width?: number;
}

const BAR_ROW = 20;

export function dashboardRankingChart(input: RankingInput): ChartSpec {
  const width = input.width ?? 720;
  const limit = input.limit ?? 25;
  const shown = input.bars
    .map((b) => ({ name: b.name, p: plotted(b.figure, input.kind) }))
    .filter((b) => b.p.value !== null)
    .slice(0, limit);
  const rest = input.bars.length - shown.length;
  const numbers = shown.map((b) => b.p.value as number);
  const scale = niceScale(0, Math.max(1, ...numbers), 5, input.kind === 'count');
  const frame = chartFrame(
    {
      title: input.title,
      subtitle: input.subtitle,
      notes: [
        ...input.notes,
        ...(rest > 0
          ? [`De ${shown.length} hoogste getoond; de tabel geeft alle ${input.bars.length} gemeenten.`]
          : []),
      ],
      source: input.source,
      demo: input.demo,
    },
    width,
  );
  const nameWidth = Math.min(180, Math.max(60, ...shown.map((b) => textWidth(b.name, 11))));
  const left = MARGIN + nameWidth + 8;
  const plotHeight = Math.max(BAR_ROW, shown.length * BAR_ROW);
  const height = Math.ceil(frame.top + plotHeight + 30 + frame.bottom);
  const first = shown[0];
  const last = shown.at(-1);
  const description =
    first && last
      ? `Staafdiagram, ${input.subtitle}: het hoogst ${first.name} (${first.p.label}), als ${shown.length}e ${last.name} (${last.p.label}).`
      : `Staafdiagram, ${input.subtitle}: geen getoonde cijfers.`;
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: frame.titles,
    tooltip: { trigger: 'item' as const, confine: true },
    grid: { left, right: MARGIN + 48, top: frame.top, height: plotHeight },
    xAxis: valueAxes(scale, input.kind, { position: 'bottom' }),
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: shown.map((b) => labelText(b.name)),
      axisLabel: { color: INK, fontSize: 11 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar' as const,
        barWidth: BAR_ROW - 6,
        itemStyle: { color: SUBJECT_COLOUR },
        label: {
          show: true,
          position: 'right' as const,
          color: INK,
          fontSize: 11,
        },
        data: shown.map((b) => ({
          value: b.p.value,
          label: { formatter: labelText(b.p.label) },
          tooltip: { formatter: tooltipText(`${b.name}: ${b.p.label}`) },
        })),
      },
    ],
  };
  return { kind: 'bar', option, width, height, title: input.title, description, maps: [] };
}
