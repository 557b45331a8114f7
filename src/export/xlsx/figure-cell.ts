/**
 * One figure as an Excel cell: a number with a number format for values (Excel shows it with the
 * reader's own separators: 529.417 and 21,7 % in a Dutch Excel), the page's text for every other state
 * (`< 5`, `x`, `n.b.`, `–`), never 0 or blank.
 */

import type ExcelJS from 'exceljs';
import { type RelativeKind, stateText } from '../../domain/format.js';
import type { FigureValue } from '../../domain/value.js';

export type FigureKind = 'count' | RelativeKind;

/** Percent is stored as the fraction (Excel multiplies by 100), rates and gaps in the unit shown. */
export const FIGURE_FORMAT: Record<FigureKind, { scale: number; numFmt: string }> = {
  count: { scale: 1, numFmt: '#,##0' },
  percent: { scale: 1, numFmt: '0.0 %' },
  per_1000: { scale: 1000, numFmt: '#,##0.0' },
  per_10000: { scale: 10000, numFmt: '#,##0.0' },
  percentage_points: { scale: 100, numFmt: '+0.0" pp";-0.0" pp";0.0" pp"' },
};

/** The number written for a value: the fraction itself for percent, scaled for rates and gaps. */
export function cellNumber(value: number, kind: FigureKind): number {
  const { scale } = FIGURE_FORMAT[kind];
  return scale === 1 ? value : value * scale;
}

export function writeFigure(cell: ExcelJS.Cell, v: FigureValue, kind: FigureKind): void {
  if (v.state === 'value') {
    cell.value = cellNumber(v.value, kind);
    cell.numFmt = FIGURE_FORMAT[kind].numFmt;
  } else {
    cell.value = stateText(v);
    cell.alignment = { horizontal: 'right' };
  }
}
