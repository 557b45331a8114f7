/**
 * What a chart plots for a figure: the relative value when the unit has one (percent, per 1.000,
 * per 10.000, percentage points), else the count; in display units (12,3 for 12,3 %), with its
 * nl-BE label. A figure without a value plots nothing (null), never 0.
 */

import {
  formatCount,
  formatFigure,
  formatRelative,
  RELATIVE_HEADER,
  type RelativeKind,
  stateExplanation,
} from '../domain/format.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';
import { figureKind } from '../indicators/figure-kind.js';
import type { ReportCell } from '../report/model.js';

export type PlotKind = 'count' | RelativeKind;

const DISPLAY_FACTOR: Readonly<Record<PlotKind, number>> = {
  count: 1,
  percent: 100,
  per_1000: 1000,
  per_10000: 10000,
  percentage_points: 100,
};

export function plotKind(unit: Unit): PlotKind {
  return figureKind(unit);
}

/** The figure of a cell that a chart plots. */
export function plottedFigure(cell: ReportCell, kind: PlotKind): FigureValue {
  return kind === 'count' ? cell.count : cell.relative;
}

export interface Plotted {
  /** In display units; null when the figure has no value (drawn as a gap, never as 0). */
  readonly value: number | null;
  /** nl-BE text: `1.234`, `12,3 %`, `< 5`, `n.b.`. */
  readonly label: string;
  /** What a missing figure means, for a note; null for a value. */
  readonly explanation: string | null;
}

export function plotted(figure: FigureValue, kind: PlotKind): Plotted {
  if (figure.state !== 'value') {
    return { value: null, label: formatFigure(figure, kind), explanation: stateExplanation(figure) };
  }
  return { value: toDisplay(figure.value, kind), label: formatFigure(figure, kind), explanation: null };
}

/** A fraction (or count) in display units, rounded so the option stays short and exact. */
export function toDisplay(raw: number, kind: PlotKind): number {
  return Math.round(raw * DISPLAY_FACTOR[kind] * 1e6) / 1e6;
}

/** An axis tick (display units) in nl-BE: `2.000`, `20 %`, `12,5 %`, `+2 pp`. */
export function formatTick(tick: number, kind: PlotKind): string {
  const whole = Number.isInteger(tick);
  switch (kind) {
    case 'count':
      return formatCount(tick);
    case 'percent':
      return whole ? `${formatCount(tick)}\u00a0%` : formatRelative(tick / 100, 'percent');
    case 'per_1000':
    case 'per_10000':
      return whole ? formatCount(tick) : formatRelative(tick / DISPLAY_FACTOR[kind], kind);
    case 'percentage_points':
      return formatRelative(tick / 100, 'percentage_points');
  }
}

/** What the value axis measures, in words for the axis name and the text alternative. */
export function kindCaption(kind: PlotKind): string {
  return kind === 'count' ? 'aantal' : RELATIVE_HEADER[kind];
}

/** A cell the block does not have (fewer cells than areas): shown as not available, never as 0. */
export const MISSING_CELL: ReportCell = {
  count: { state: 'not_available', reason: 'geen cijfer' },
  relative: { state: 'not_available', reason: 'geen cijfer' },
};
