/**
 * The months' trend of adoption as an SVG bar chart (ECharts on the server, like the report's charts):
 * per month, how many municipalities' own officers used their figures. The table beside it has every
 * figure; the text alternative says the first, last and highest month.
 */

import { GRID_LINE, INK, MUTED_INK, SUBJECT_COLOUR, WHITE } from '../charts/palette.js';
import { renderChartSvg } from '../charts/render-svg.js';
import { formatCount } from '../domain/format.js';
import { monthLabel } from './months.js';
import type { MonthRow } from './overview.js';

const WIDTH = 720;
const HEIGHT = 280;
const TITLE = 'Gemeenten die hun cijfers zelf gebruikten, per maand';

export function trendChartSvg(months: readonly MonthRow[]): string {
  const values = months.map((m) => m.ownMunicipalities);
  const short = months.map((m) => {
    const [name, year] = monthLabel(m.month).split(' ');
    return `${(name ?? '').slice(0, 3)} ${(year ?? '').slice(2)}`;
  });
  const first = months[0];
  const last = months[months.length - 1];
  const highest = months.reduce<MonthRow | undefined>(
    (best, m) => (!best || m.ownMunicipalities > best.ownMunicipalities ? m : best),
    undefined,
  );
  const description =
    first && last && highest
      ? `Staafdiagram van ${monthLabel(first.month)} tot ${monthLabel(last.month)}: ` +
        `${formatCount(first.ownMunicipalities)} gemeenten in de eerste maand, ${formatCount(last.ownMunicipalities)} in de laatste (lopende) maand, ` +
        `het meest in ${monthLabel(highest.month)} (${formatCount(highest.ownMunicipalities)}). De tabel hieronder geeft elke maand.`
      : 'Nog geen maanden.';
  const option = {
    animation: false,
    backgroundColor: WHITE,
    aria: { enabled: true, label: { enabled: true, description } },
    title: {
      text: TITLE,
      left: 16,
      top: 8,
      textStyle: { color: INK, fontSize: 15, fontWeight: 'bold' as const },
    },
    grid: { left: 48, right: 16, top: 48, bottom: 36 },
    xAxis: {
      type: 'category' as const,
      data: short,
      axisLabel: { color: MUTED_INK, fontSize: 11 },
      axisLine: { lineStyle: { color: MUTED_INK } },
    },
    yAxis: {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { color: MUTED_INK, fontSize: 11 },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'bar' as const,
        data: values,
        itemStyle: { color: SUBJECT_COLOUR },
        label: { show: true, position: 'top' as const, color: INK, fontSize: 11 },
      },
    ],
  };
  return renderChartSvg(option, {
    width: WIDTH,
    height: HEIGHT,
    title: TITLE,
    description,
    idPrefix: 'trend',
  });
}
