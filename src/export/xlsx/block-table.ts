/**
 * A table block on a section sheet, laid out for reading as on the page: title, period, a real table
 * (area labels over count and relative columns), its evolution, then definition and source.
 */
import type ExcelJS from 'exceljs';
import { RELATIVE_HEADER, type RelativeKind } from '../../domain/format.js';
import { relativeKindOf } from '../../indicators/figure-kind.js';
import type { ReportCell, TableBlock } from '../../report/model.js';
import { writeFigure } from './figure-cell.js';
import { countColumn, type SheetLayout } from './layout.js';
import { FONT, HEADER_FILL, linesOf, paragraph, RED, THIN_BOTTOM } from './style.js';

/** The area labels, each over its columns: the first header row of every table (and the frozen row). */
export function areaHeaderRow(sheet: ExcelJS.Worksheet, layout: SheetLayout, corner = ''): ExcelJS.Row {
  const row = sheet.addRow([corner]);
  layout.areas.forEach((area, i) => {
    const col = countColumn(layout, i);
    row.getCell(col).value = area.label;
    if (layout.perArea === 2) sheet.mergeCells(row.number, col, row.number, col + 1);
  });
  for (let c = 1; c <= layout.lastColumn; c++) {
    const cell = row.getCell(c);
    cell.font = FONT.bold;
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: c === 1 ? 'left' : 'center', vertical: 'middle', wrapText: true };
  }
  const tight = layout.areas.some((a, i) => {
    const col = countColumn(layout, i);
    const width = layout.widths.slice(col - 1, col - 1 + layout.perArea).reduce((s, w) => s + w, 0);
    return a.label.length + 2 > width;
  });
  if (tight) row.height = 30;
  return row;
}

/** Second header row: `aantal` and the relative column's header (`%`, `per 1.000` …) under each area. */
export function unitHeaderRow(sheet: ExcelJS.Worksheet, layout: SheetLayout, relative: string | null): void {
  const row = sheet.addRow([]);
  layout.areas.forEach((_, i) => {
    const col = countColumn(layout, i);
    row.getCell(col).value = 'aantal';
    if (relative && layout.perArea === 2) row.getCell(col + 1).value = relative;
  });
  for (let c = 1; c <= layout.lastColumn; c++) {
    const cell = row.getCell(c);
    cell.font = FONT.bold;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BOTTOM;
    cell.alignment = { horizontal: c === 1 ? 'left' : 'right' };
  }
}

export function figureRow(
  sheet: ExcelJS.Worksheet,
  layout: SheetLayout,
  label: string,
  cells: readonly ReportCell[],
  relative: RelativeKind | null,
): void {
  const row = sheet.addRow([label]);
  row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  const lines = linesOf(label, layout.widths[0] ?? 26);
  if (lines > 1) row.height = lines * 15;
  cells.forEach((cell, i) => {
    const col = countColumn(layout, i);
    writeFigure(row.getCell(col), cell.count, 'count');
    if (relative) writeFigure(row.getCell(col + 1), cell.relative, relative);
  });
}

function titleValue(block: TableBlock): { value: ExcelJS.CellValue; text: string } {
  const marks = [block.demo ? ' DEMODATA' : '', block.provisional ? ' (voorlopige cijfers)' : ''];
  const richText: ExcelJS.RichText[] = [{ text: block.title, font: FONT.block }];
  if (block.demo) richText.push({ text: marks[0] as string, font: { ...FONT.block, color: { argb: RED } } });
  if (block.provisional) richText.push({ text: marks[1] as string, font: { ...FONT.block, italic: true } });
  return { value: { richText }, text: block.title + marks.join('') };
}

/** The reasons behind `n.b.` in this block, each once. */
function unavailableReasons(block: TableBlock): string[] {
  const reasons = new Set<string>();
  for (const cells of [...block.rows.map((r) => r.cells), ...block.series.map((p) => p.cells)])
    for (const c of cells)
      for (const v of [c.count, c.relative]) if (v.state === 'not_available') reasons.add(v.reason);
  return [...reasons];
}

export function writeTableBlock(sheet: ExcelJS.Worksheet, layout: SheetLayout, block: TableBlock): void {
  const relative = relativeKindOf(block.unit);
  const width = layout.textWidth;
  const title = titleValue(block);
  paragraph(sheet, title.value, title.text, { lastColumn: layout.lastColumn, width, lineHeight: 17 });
  sheet.addRow([`Periode: ${block.periodLabel}`]).getCell(1).font = FONT.italic;
  if (block.summary) paragraph(sheet, block.summary, block.summary, { lastColumn: layout.lastColumn, width });
  areaHeaderRow(sheet, layout, block.breakdownTitle ?? '');
  unitHeaderRow(sheet, layout, relative && RELATIVE_HEADER[relative]);
  for (const row of block.rows)
    figureRow(sheet, layout, row.key === 'total' ? block.countLabel : row.label, row.cells, relative);
  if (block.series.length > 1) {
    sheet.addRow([]);
    sheet.addRow([`${block.title}: evolutie`]).getCell(1).font = FONT.bold;
    areaHeaderRow(sheet, layout, 'periode');
    unitHeaderRow(sheet, layout, relative && RELATIVE_HEADER[relative]);
    for (const p of block.series) {
      const label = `${p.periodLabel}${p.provisional ? ' (voorlopig)' : ''}${p.demo ? ' (demo)' : ''}`;
      figureRow(sheet, layout, label, p.cells, relative);
    }
  }
  const small = { lastColumn: layout.lastColumn, width, font: FONT.small, lineHeight: 12 };
  for (const reason of unavailableReasons(block)) paragraph(sheet, `n.b.: ${reason}`, reason, small);
  const denominator =
    block.relativeLabel && relative ? ` Noemer (${RELATIVE_HEADER[relative]}): ${block.relativeLabel}.` : '';
  const definition = `${block.definition}${denominator}`;
  paragraph(sheet, definition, definition, { lastColumn: layout.lastColumn, width });
  const source = `Bron: ${block.source.publisher}, ${block.source.name}. Licentie: ${block.source.licence}.`;
  paragraph(sheet, source, source, small);
  if (block.source.url) {
    const link = sheet.addRow([{ text: block.source.url, hyperlink: block.source.url }]);
    link.getCell(1).font = { ...FONT.small, ...FONT.link };
  }
}
