/**
 * Population pyramid: age bands (youngest at the bottom) × sex, men on the left and women on the
 * right, each bar split into non-Belgians (next to the centre line, so their profile is easy to
 * read) and Belgians. Two grids mirror each other; the left one's axes are inverted, so every value
 * stays positive and every label shows an absolute nl-BE number.
 */
import type { BarSeriesOption } from 'echarts';
import type { GraphicComponentOption } from 'echarts/components';
import { describePyramid } from './describe-pyramid.js';
import { type Plotted, plotted } from './figures.js';
import { chartFrame, MARGIN } from './frame.js';
import { legendOption } from './legend.js';
import { niceScale } from './nice-scale.js';
import { stateNotes } from './notes.js';
import { INK, PYRAMID_COLOURS, WHITE } from './palette.js';
import { asFigure, type PyramidInput } from './pyramid-input.js';
import { labelText, textWidth, tooltipText } from './text.js';
import type { ChartSpec } from './types.js';
import { valueAxes } from './value-axis.js';

export const PYRAMID_GROUPS = { foreigners: 'niet-Belgen', belgians: 'Belgen' } as const;

type Side = 'men' | 'women';
const FIELDS = {
  men: { foreigners: 'foreignMen', belgians: 'belgianMen' },
  women: { foreigners: 'foreignWomen', belgians: 'belgianWomen' },
} as const;

export function pyramidChart(input: PyramidInput, options: { width?: number } = {}): ChartSpec {
  const width = options.width ?? 640;
  const figure = (i: number, side: Side, group: keyof typeof PYRAMID_GROUPS): Plotted => {
    const band = input.bands[i];
    return plotted(band ? asFigure(band[FIELDS[side][group]]) : { state: 'not_applicable' }, 'count');
  };
  const all = input.bands.flatMap((_, i) =>
    (['men', 'women'] as const).flatMap((s) => [figure(i, s, 'foreigners'), figure(i, s, 'belgians')]),
  );
  const totals = input.bands.flatMap((_, i) =>
    (['men', 'women'] as const).map(
      (s) => (figure(i, s, 'foreigners').value ?? 0) + (figure(i, s, 'belgians').value ?? 0),
    ),
  );
  const scale = niceScale(0, Math.max(0, ...totals), 4, true);
  const frame = chartFrame(
    {
      title: input.title,
      subtitle: [input.areaLabel, input.periodLabel].filter(Boolean).join(', '),
      notes: stateNotes(all),
      source: `Bron: ${input.source.name} (${input.source.publisher})`,
      demo: input.demo ?? false,
    },
    width,
  );
  const legend = legendOption([PYRAMID_GROUPS.foreigners, PYRAMID_GROUPS.belgians], width, frame.top);
  const centre = Math.max(44, ...input.bands.map((b) => textWidth(ageLabel(b.label), 11))) + 16;
  const top = frame.top + legend.height + 22;
  const band = 15;
  const plotHeight = band * Math.max(1, input.bands.length);
  const mid = width / 2;
  const grids = [
    { left: MARGIN + 10, top, width: Math.floor(mid - centre / 2 - MARGIN - 10), height: plotHeight },
    {
      left: Math.ceil(mid + centre / 2),
      top,
      width: Math.floor(mid - centre / 2 - MARGIN - 10),
      height: plotHeight,
    },
  ].map((g) => ({ ...g, outerBoundsMode: 'none' as const }));
  const [menValue, menTicks] = valueAxes(scale, 'count', { position: 'bottom', gridIndex: 0, inverse: true });
  const [womenValue, womenTicks] = valueAxes(scale, 'count', { position: 'bottom', gridIndex: 1 });
  const labels = input.bands.map((b) => labelText(ageLabel(b.label)));
  const gaps: GraphicComponentOption[] = [];
  const series = (['men', 'women'] as const).flatMap((side, g) =>
    (['foreigners', 'belgians'] as const).map(
      (group): BarSeriesOption => ({
        type: 'bar',
        name: PYRAMID_GROUPS[group],
        stack: side,
        xAxisIndex: g * 2,
        yAxisIndex: g,
        barCategoryGap: '12%',
        // A thin white edge between the two groups of a bar (their colours differ in hue, not lightness).
        itemStyle: { color: PYRAMID_COLOURS[group], borderColor: WHITE, borderWidth: 0.5 },
        data: input.bands.map((b, i) => {
          const f = figure(i, side, group);
          const tooltip = {
            formatter: tooltipText(
              `${side === 'men' ? 'Mannen' : 'Vrouwen'}, ${PYRAMID_GROUPS[group]}, ${b.label}: ${f.label}`,
            ),
          };
          if (f.value !== null) return { value: f.value, tooltip };
          const x = side === 'men' ? mid - centre / 2 - 4 : mid + centre / 2 + 4;
          gaps.push(
            gapText(f.label, x, top + plotHeight - (i + 0.5) * band, side === 'men' ? 'right' : 'left'),
          );
          return { value: '-', tooltip };
        }),
      }),
    ),
  );
  const description = describePyramid(input);
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: frame.titles,
    legend: legend.option,
    tooltip: { trigger: 'item' as const, confine: true },
    grid: grids,
    xAxis: [menValue, menTicks, womenValue, womenTicks],
    yAxis: [
      {
        type: 'category' as const,
        gridIndex: 0,
        position: 'right' as const,
        data: labels,
        axisTick: { show: false },
        axisLine: { show: true, lineStyle: { color: INK } },
        axisLabel: { interval: 0, color: INK, fontSize: 11, align: 'center' as const, margin: centre / 2 },
      },
      {
        type: 'category' as const,
        gridIndex: 1,
        data: labels,
        axisTick: { show: false },
        axisLine: { show: true, lineStyle: { color: INK } },
        axisLabel: { show: false },
      },
    ],
    series,
    graphic: [
      ...heading('Mannen', (grids[0]?.left ?? 0) + (grids[0]?.width ?? 0) / 2, top),
      ...heading('leeftijd', mid, top),
      ...heading('Vrouwen', (grids[1]?.left ?? 0) + (grids[1]?.width ?? 0) / 2, top),
      ...gaps,
    ],
  };
  const height = Math.ceil(top + plotHeight + 26 + frame.bottom);
  return { kind: 'pyramid', option, width, height, title: input.title, description, maps: [] };
}

/** "0–4 jaar" → "0–4": the centre column is headed "leeftijd". */
function ageLabel(label: string): string {
  return label.replace(/ jaar( en ouder)?$/, (_m, older: string | undefined) => (older ? ' en ouder' : ''));
}

function heading(text: string, x: number, top: number) {
  return [
    {
      type: 'text' as const,
      silent: true,
      x: Math.round(x),
      y: top - 16,
      style: { text, fill: INK, fontSize: 12, fontWeight: 'bold' as const, align: 'center' as const },
    },
  ];
}

function gapText(text: string, x: number, y: number, align: 'left' | 'right'): GraphicComponentOption {
  return {
    type: 'text',
    silent: true,
    x: Math.round(x),
    y: Math.round(y * 2) / 2,
    style: {
      text: labelText(text),
      fill: INK,
      fontSize: 10,
      fontWeight: 'bold',
      align,
      verticalAlign: 'middle',
    },
  };
}

/** Sum of the counts with a value (for the text alternative). */
