/**
 * Server-side SVG of an option (ECharts SSR, SVG renderer): no animation, no hover CSS, no
 * hydration attributes, instance ids replaced by a stable prefix, and a text alternative
 * (role="img", <title>, <desc>) so the SVG can be inlined in a page that works without JavaScript.
 */
import { createHash } from 'node:crypto';
import { echarts } from './echarts-setup.js';
import { mapsOfOption, registerMaps } from './maps.js';
import { xmlText } from './text.js';
import type { ChartOption, ChartSpec } from './types.js';

export interface SvgOptions {
  readonly width: number;
  readonly height: number;
  /** Defaults to the option's first title. */
  readonly title?: string;
  /** Defaults to the option's `aria.label.description`. */
  readonly description?: string;
  /** Prefix of the ids inside the SVG (unique per page); defaults to a hash of the option. */
  readonly idPrefix?: string;
}

interface SvgPainter {
  renderToString(opts: { cssAnimation: boolean; cssEmphasis: boolean; useViewBox: boolean }): string;
}

export function renderChartSvg(option: ChartOption, options: SvgOptions): string {
  registerMaps(mapsOfOption(option));
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
  });
  let svg: string;
  try {
    chart.setOption({ ...option, animation: false });
    const painter = chart.getZr().painter as unknown as Partial<SvgPainter>;
    svg = painter.renderToString
      ? painter.renderToString({ cssAnimation: false, cssEmphasis: false, useViewBox: true })
      : chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
  const prefix =
    options.idPrefix ?? `c${createHash('sha256').update(JSON.stringify(option)).digest('hex').slice(0, 8)}`;
  const title = options.title ?? optionTitle(option);
  const description = options.description ?? optionDescription(option);
  return withTextAlternative(cleanSvg(svg, prefix), prefix, title, description);
}

/** Renders a chart spec at its own size with its own text alternative. */
export function renderSpecSvg(spec: ChartSpec, idPrefix?: string): string {
  return renderChartSvg(spec.option, {
    width: spec.width,
    height: spec.height,
    title: spec.title,
    description: spec.description,
    ...(idPrefix ? { idPrefix } : {}),
  });
}

function cleanSvg(svg: string, prefix: string): string {
  return svg
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/\bzr\d+-/g, `${prefix}-`)
    .replace(/ baseProfile="full"/, '')
    .replace(/<rect width="\d+" height="\d+" x="0" y="0" fill="none"><\/rect>\n?/, '');
}

function withTextAlternative(svg: string, prefix: string, title: string, description: string): string {
  const ids = `${prefix}-title ${prefix}-desc`;
  return svg.replace(
    /^<svg ([^>]*)>/,
    (_all, attrs: string) =>
      `<svg ${attrs} role="img" aria-labelledby="${ids}">\n` +
      `<title id="${prefix}-title">${xmlText(title)}</title>\n` +
      `<desc id="${prefix}-desc">${xmlText(description)}</desc>`,
  );
}

function optionTitle(option: ChartOption): string {
  const titles = Array.isArray(option.title) ? option.title : option.title ? [option.title] : [];
  return String(titles[0]?.text ?? '').replace(/\n/g, ' ');
}

function optionDescription(option: ChartOption): string {
  const aria = Array.isArray(option.aria) ? option.aria[0] : option.aria;
  return String(aria?.label?.description ?? '');
}
