/** The chart of a report block, if it has one: bars or an evolution for a table, a pyramid, a map. */
import { periodType } from '../domain/period.js';
import { relativeKindOf } from '../indicators/figure-kind.js';
import type { AreaRef, Block, TableBlock } from '../report/model.js';
import { barChart } from './bar.js';
import { choroplethChart } from './choropleth.js';
import { lineChart } from './line.js';
import { pyramidChart } from './pyramid.js';
import type { ChartSpec } from './types.js';

/** `areas`: the report's areas (the subject first), the columns of every table. */
/** The width a phone draws a chart at (a 390 px screen less the page margins): text stays legible. */
export const NARROW_WIDTH = 358;

/** `width`: laid out for this many pixels (640 by default; maps keep their own size). */
export function chartForBlock(block: Block, areas: readonly AreaRef[], width?: number): ChartSpec | null {
  const size = width === undefined ? {} : { width };
  switch (block.kind) {
    case 'table': {
      // Counts of areas of very different size compare with nothing: a count chart shows the subject alone.
      const shown = relativeKindOf(block.unit) === null ? areas.slice(0, 1) : areas;
      if (block.chart === 'none' || block.rows.length === 0) return null;
      if (evolves(block)) return lineChart(block, shown, size);
      return barChart(block, shown, size);
    }
    case 'pyramid':
      return pyramidChart({ ...block, ...(areas[0] ? { areaLabel: areas[0].label } : {}) }, size);
    case 'map':
      return choroplethChart(block);
    default:
      return null;
  }
}

/** An evolution is drawn as a line: a line indicator, and quarterly figures (all quarters, not the last). */
function evolves(block: TableBlock): boolean {
  if (block.series.length < 2) return false;
  return block.chart === 'line' || (block.period !== null && periodType(block.period) === 'quarter');
}
