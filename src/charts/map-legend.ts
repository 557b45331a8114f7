/**
 * The legend of a choropleth, drawn as plain shapes and text (graphic component) so it prints
 * exactly as on screen: one swatch per class with its range, and a hatched grey swatch for
 * municipalities without a figure. A row under a wide map, a column beside a tall one.
 */
import type { GraphicComponentOption } from 'echarts/components';
import { INK, MUTED_INK, NO_VALUE_FILL, NO_VALUE_HATCH } from './palette.js';
import { labelText, textWidth } from './text.js';

export interface LegendItem {
  readonly label: string;
  /** A fill colour, or `hatched` for "geen cijfer". */
  readonly fill: string | 'hatched';
}

const SWATCH_W = 16;
const SWATCH_H = 11;
const ROW = 18;
const FONT = 11;

export interface MapLegend {
  readonly elements: GraphicComponentOption[];
  readonly width: number;
  readonly height: number;
}

export function mapLegend(
  items: readonly LegendItem[],
  at: { x: number; y: number; heading: string; layout: 'row' | 'column'; maxWidth: number },
): MapLegend {
  const elements: GraphicComponentOption[] = [text(at.heading, at.x, at.y, true)];
  let x = at.x;
  let y = at.y + ROW;
  let width = textWidth(at.heading, FONT);
  for (const item of items) {
    const itemWidth = SWATCH_W + 6 + textWidth(item.label, FONT);
    if (at.layout === 'row' && x > at.x && x + itemWidth > at.x + at.maxWidth) {
      x = at.x;
      y += ROW;
    }
    elements.push(...swatch(item.fill, x, y), text(item.label, x + SWATCH_W + 6, y - 1, false));
    width = Math.max(width, x + itemWidth - at.x);
    if (at.layout === 'row') x += itemWidth + 18;
    else y += ROW;
  }
  const height = (at.layout === 'row' ? y + ROW : y) - at.y;
  return { elements, width, height };
}

function swatch(fill: string, x: number, y: number): GraphicComponentOption[] {
  const box: GraphicComponentOption = {
    type: 'rect',
    silent: true,
    shape: { x, y, width: SWATCH_W, height: SWATCH_H },
    style: { fill: fill === 'hatched' ? NO_VALUE_FILL : fill, stroke: MUTED_INK, lineWidth: 0.8 },
  };
  if (fill !== 'hatched') return [box];
  const lines: [number, number, number, number][] = [
    [x, y + 6, x + 6, y],
    [x, y + SWATCH_H, x + SWATCH_H, y],
    [x + 5, y + SWATCH_H, x + SWATCH_W, y],
    [x + 10, y + SWATCH_H, x + SWATCH_W, y + 5],
  ];
  return [
    box,
    ...lines.map(
      ([x1, y1, x2, y2]): GraphicComponentOption => ({
        type: 'line',
        silent: true,
        shape: { x1, y1, x2, y2 },
        style: { stroke: NO_VALUE_HATCH, lineWidth: 1 },
      }),
    ),
  ];
}

function text(value: string, x: number, y: number, bold: boolean): GraphicComponentOption {
  return {
    type: 'text',
    silent: true,
    x,
    y,
    style: { text: labelText(value), fill: INK, fontSize: FONT, fontWeight: bold ? 'bold' : 'normal' },
  };
}
