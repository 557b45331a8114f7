/** The chart of a report block, if it has one: bars or an evolution for a table, a pyramid, a map. */
import type { AreaRef, Block } from '../report/model.js';
import { barChart } from './bar.js';
import { choroplethChart } from './choropleth.js';
import { lineChart } from './line.js';
import { pyramidChart } from './pyramid.js';
import type { ChartSpec } from './types.js';

/** `areas`: the report's areas (the subject first), the columns of every table. */
export function chartForBlock(block: Block, areas: readonly AreaRef[]): ChartSpec | null {
  switch (block.kind) {
    case 'table':
      if (block.chart === 'line' && block.series.length >= 2) return lineChart(block, areas);
      if (block.chart === 'none' || block.rows.length === 0) return null;
      return barChart(block, areas);
    case 'pyramid':
      return pyramidChart({ ...block, ...(areas[0] ? { areaLabel: areas[0].label } : {}) });
    case 'map':
      return choroplethChart(block);
    default:
      return null;
  }
}
