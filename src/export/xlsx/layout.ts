/** The columns of a section sheet: row labels, then per area a count column and (if any) a relative one. */
import { formatFigure, RELATIVE_HEADER } from '../../domain/format.js';
import { relativeKindOf } from '../../indicators/figure-kind.js';
import type { AreaRef, KeyFiguresBlock, ReportCell, Section, TableBlock } from '../../report/model.js';

export interface SheetLayout {
  readonly areas: readonly AreaRef[];
  /** Columns per area: 2 when some table of the sheet has a relative figure. */
  readonly perArea: 1 | 2;
  readonly lastColumn: number;
  /** Column widths in characters, column 1 first. */
  readonly widths: readonly number[];
  /** Width of all columns together: what a merged paragraph has per line. */
  readonly textWidth: number;
}

export const countColumn = (l: SheetLayout, area: number): number => 2 + area * l.perArea;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function sectionLayout(section: Section, areas: readonly AreaRef[]): SheetLayout {
  const tables = section.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const keyFigures = section.blocks
    .filter((b): b is KeyFiguresBlock => b.kind === 'keyfigures')
    .flatMap((b) => b.figures);
  const perArea = [...tables, ...keyFigures].some((b) => relativeKindOf(b.unit)) ? 2 : 1;
  const labels = [
    ...tables.flatMap((b) => [
      b.breakdownTitle ?? '',
      ...b.rows.map((r) => (r.key === 'total' ? b.countLabel : r.label)),
      ...b.series.map((p) => `${p.periodLabel} (voorlopig) (demo)`),
    ]),
    ...keyFigures.map((f) => f.title),
  ];
  const cells: (readonly ReportCell[])[] = [
    ...tables.flatMap((b) => [...b.rows.map((r) => r.cells), ...b.series.map((p) => p.cells)]),
    ...keyFigures.map((f) => f.cells),
  ];
  const counts = cells.flatMap((row) => row.map((c) => formatFigure(c.count, 'count')));
  const labelWidth = clamp(Math.max(...labels.map((l) => l.length), 0) + 2, 26, 46);
  let countWidth = clamp(Math.max(...counts.map((c) => c.length), 0) + 4, 10, 16);
  const relativeWidth = perArea === 2 ? Math.max(11, RELATIVE_HEADER.per_10000.length + 2) : 0;
  // An area's label should fit over its columns on at most two lines.
  const longestArea = Math.max(...areas.map((a) => a.label.length), 0);
  const areaWidth = countWidth + relativeWidth;
  if (longestArea / 2 + 2 > areaWidth) countWidth += Math.ceil(longestArea / 2 + 2 - areaWidth);
  const widths = [
    labelWidth,
    ...areas.flatMap(() => (perArea === 2 ? [countWidth, relativeWidth] : [countWidth])),
  ];
  return {
    areas,
    perArea,
    lastColumn: widths.length,
    widths,
    textWidth: widths.reduce((a, b) => a + b, 0),
  };
}
