/**
 * The charts of a report's blocks (src/charts): which chart a block gets, rendered as SVG once per
 * report and block, addressed by URL from the report's permalink.
 */
import { chartForBlock } from '../charts/chart-for-block.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import type { ChartSpec } from '../charts/types.js';
import type { ChartSource } from '../render/html/report/view.js';
import { hasFigures } from '../report/block-figures.js';
import type { Block, Report } from '../report/model.js';

/** The chart spec of a block, or null when it has none (or no figure to draw). */
export function blockChart(block: Block, report: Report): ChartSpec | null {
  if (block.kind === 'table' && !hasFigures(block)) return null;
  return chartForBlock(block, report.areas);
}

export function reportCharts(report: Report, permalink: string): ChartSource {
  const specs = new Map<string, ChartSpec | null>();
  const svgs = new Map<string, string | null>();
  const spec = (block: Block) => {
    if (!specs.has(block.id)) specs.set(block.id, blockChart(block, report));
    return specs.get(block.id) ?? null;
  };
  const [path, query] = permalink.split('?');
  const suffix = query ? `?${query}` : '';
  return {
    has: (block) => spec(block) !== null,
    svg: (block) => {
      if (!svgs.has(block.id)) {
        const s = spec(block);
        svgs.set(block.id, s ? renderSpecSvg(s, `b-${block.id}`) : null);
      }
      return svgs.get(block.id) ?? null;
    },
    size: (block) => {
      const s = spec(block);
      return { width: s?.width ?? 640, height: s?.height ?? 360 };
    },
    imageUrl: (id) => `${path}/grafiek/${id}.svg${suffix}`,
    embedUrl: (id) => `/embed${path}/${id}${suffix}`,
  };
}
