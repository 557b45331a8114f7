/**
 * A value axis with nl-BE tick labels: ECharts formats axis numbers itself (`1,234`, `0.5`), so the
 * value axis draws only grid lines and a category axis with `boundaryGap: false` on top of it, one
 * category per tick, shows the labels as precomputed strings. Ticks are evenly spaced from min to
 * max, so both axes line up exactly.
 */
import type { XAXisComponentOption, YAXisComponentOption } from 'echarts';
import { formatTick, type PlotKind } from './figures.js';
import type { NiceScale } from './nice-scale.js';
import { GRID_LINE, MUTED_INK } from './palette.js';

type AxisOption = XAXisComponentOption & YAXisComponentOption;

export function valueAxes(
  scale: NiceScale,
  kind: PlotKind,
  options: { position: 'bottom' | 'left'; labels?: readonly string[]; gridIndex?: number; inverse?: boolean },
): [AxisOption, AxisOption] {
  const gridIndex = options.gridIndex ?? 0;
  const value: AxisOption = {
    type: 'value',
    gridIndex,
    min: scale.min,
    max: scale.max,
    interval: scale.interval,
    inverse: options.inverse ?? false,
    axisLabel: { show: false },
    axisTick: { show: false },
    axisLine: { show: false },
    splitLine: { show: true, lineStyle: { color: GRID_LINE, width: 1 } },
  };
  const labels = options.labels ?? scale.ticks.map((t) => formatTick(t, kind));
  const ticks: AxisOption = {
    type: 'category',
    gridIndex,
    position: options.position,
    boundaryGap: false,
    inverse: options.inverse ?? false,
    data: [...labels],
    silent: true,
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: { show: false },
    axisPointer: { show: false },
    axisLabel: { show: true, interval: 0, color: MUTED_INK, fontSize: 11, margin: 6 },
  };
  return [value, ticks];
}
