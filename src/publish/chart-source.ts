/**
 * The charts of a report's blocks (src/charts): which chart a block gets, rendered as SVG once per
 * report and block, addressed by URL from the report's permalink.
 */
import { chartForBlock, NARROW_WIDTH } from '../charts/chart-for-block.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import type { ChartSpec } from '../charts/types.js';
import type { ChartSource } from '../render/html/report/view.js';
import { hasFigures } from '../report/block-figures.js';
import type { Block, Report } from '../report/model.js';
import type { ByteCache } from './byte-cache.js';

/** The chart spec of a block, or null when it has none (or no figure to draw). */
export function blockChart(block: Block, report: Report, width?: number): ChartSpec | null {
  if (block.kind === 'table' && !hasFigures(block)) return null;
  return chartForBlock(block, report.areas, width);
}

/** The suffix of a chart's URL that asks for its phone layout: `/grafiek/niet_belgen-smal.svg`. */
export const NARROW_SUFFIX = '-smal';

/**
 * The charts of one report. With `cache` (the server's, shared by all requests), each SVG is rendered
 * once per release, report address and block, however many requests and report objects ask for it.
 */
export function reportCharts(
  report: Report,
  permalink: string,
  cache?: ByteCache<string | null>,
): ChartSource {
  const specs = new Map<string, ChartSpec | null>();
  const svgs = new Map<string, string | null>();
  const shared = (key: string, build: () => string | null) =>
    cache ? cache.through(report.release.id, `${permalink}|${key}`, build) : build();
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
        const svg = shared(`${block.id}|wide`, () => {
          const s = spec(block);
          return s ? renderSpecSvg(s, `b-${block.id}`) : null;
        });
        svgs.set(block.id, svg);
      }
      return svgs.get(block.id) ?? null;
    },
    size: (block) => {
      const s = spec(block);
      return { width: s?.width ?? 640, height: s?.height ?? 360 };
    },
    narrowSvg: (block) => {
      if (block.kind === 'map') return null;
      return shared(`${block.id}|narrow`, () => {
        const s = blockChart(block, report, NARROW_WIDTH);
        return s ? renderSpecSvg(s, `s-${block.id}`) : null;
      });
    },
    imageUrl: (id) => `${path}/grafiek/${id}.svg${suffix}`,
    narrowImageUrl: (block) =>
      block.kind === 'map' ? null : `${path}/grafiek/${block.id}${NARROW_SUFFIX}.svg${suffix}`,
    embedUrl: (id) => `/embed${path}/${id}${suffix}`,
  };
}
