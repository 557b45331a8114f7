/**
 * The blocks besides indicator tables, on a section sheet: text, key figures, the population pyramid,
 * the data behind a map, and a pointer to the definitions sheet.
 */
import type ExcelJS from 'exceljs';
import { RELATIVE_HEADER } from '../../domain/format.js';
import { relativeKindOf } from '../../indicators/figure-kind.js';
import type { KeyFiguresBlock, MapBlock, PyramidBlock } from '../../report/model.js';
import { areaHeaderRow, figureRow, unitHeaderRow } from './block-table.js';
import { writeFigure } from './figure-cell.js';
import type { SheetLayout } from './layout.js';
import { FONT, HEADER_FILL, paragraph, RED, THIN_BOTTOM } from './style.js';

function headerCells(row: ExcelJS.Row, count: number): void {
  for (let c = 1; c <= count; c++) {
    const cell = row.getCell(c);
    cell.font = FONT.bold;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BOTTOM;
    cell.alignment = { horizontal: c === 1 ? 'left' : 'right', vertical: 'bottom', wrapText: true };
  }
}

function blockTitle(sheet: ExcelJS.Worksheet, title: string, demo: boolean): void {
  const richText: ExcelJS.RichText[] = [{ text: title, font: FONT.block }];
  if (demo) richText.push({ text: ' DEMODATA', font: { ...FONT.block, color: { argb: RED } } });
  sheet.addRow([{ richText }]);
}

export function writeKeyFigures(sheet: ExcelJS.Worksheet, layout: SheetLayout, block: KeyFiguresBlock): void {
  const demo = block.figures.some((f) => f.demo);
  const para = { lastColumn: layout.lastColumn, width: layout.textWidth };
  blockTitle(sheet, 'Kerncijfers', demo);
  areaHeaderRow(sheet, layout);
  unitHeaderRow(sheet, layout, 'relatief');
  for (const f of block.figures) {
    const marks = `${f.provisional ? ' (voorlopig)' : ''}${f.demo ? ' (demo)' : ''}`;
    const label = `${f.title}${f.rowLabel ? `: ${f.rowLabel}` : ''} (${f.periodLabel})${marks}`;
    figureRow(sheet, layout, label, f.cells, relativeKindOf(f.unit));
  }
  for (const f of block.figures) {
    const text = [f.sentence, f.change].filter(Boolean).join(' ');
    if (text) paragraph(sheet, text, text, para);
  }
  if (block.changes.length > 0) {
    sheet.addRow(['Opvallende veranderingen']).getCell(1).font = FONT.bold;
    for (const change of block.changes) paragraph(sheet, `• ${change}`, change, para);
  }
}

const PYRAMID_COLUMNS = [
  'Belgische mannen',
  'Belgische vrouwen',
  'niet-Belgische mannen',
  'niet-Belgische vrouwen',
];

export function writePyramid(sheet: ExcelJS.Worksheet, layout: SheetLayout, block: PyramidBlock): void {
  const para = { lastColumn: layout.lastColumn, width: layout.textWidth };
  blockTitle(sheet, block.title, false);
  sheet.addRow([`Periode: ${block.periodLabel}`]).getCell(1).font = FONT.italic;
  paragraph(sheet, block.summary, block.summary, para);
  const header = sheet.addRow(['leeftijd', ...PYRAMID_COLUMNS]);
  headerCells(header, PYRAMID_COLUMNS.length + 1);
  header.height = 30;
  for (const band of block.bands) {
    const row = sheet.addRow([
      band.label,
      band.belgianMen,
      band.belgianWomen,
      band.foreignMen,
      band.foreignWomen,
    ]);
    for (let c = 2; c <= 5; c++) row.getCell(c).numFmt = '#,##0';
  }
  const source = `Bron: ${block.source.publisher}, ${block.source.name}.`;
  paragraph(sheet, source, source, { ...para, font: FONT.small, lineHeight: 12 });
}

/** The figures behind a map: one row per municipality, the subject in bold. */
export function writeMapData(sheet: ExcelJS.Worksheet, layout: SheetLayout, block: MapBlock): void {
  const para = { lastColumn: layout.lastColumn, width: layout.textWidth };
  const kind = relativeKindOf(block.unit) ?? 'count';
  blockTitle(sheet, `${block.title} — per gemeente`, block.demo);
  sheet.addRow([`Periode: ${block.periodLabel}`]).getCell(1).font = FONT.italic;
  paragraph(sheet, block.summary, block.summary, para);
  const unit = kind === 'count' ? 'aantal' : RELATIVE_HEADER[kind];
  const header = sheet.addRow(['gemeente', block.rowLabel ? `${block.rowLabel} (${unit})` : unit]);
  headerCells(header, 2);
  for (const v of block.values) {
    const row = sheet.addRow([v.name]);
    writeFigure(row.getCell(2), v.value, kind);
    if (v.nis === block.subjectNis) row.font = FONT.bold;
  }
  const source = `Bron: ${block.source.publisher}, ${block.source.name}.`;
  paragraph(sheet, source, source, { ...para, font: FONT.small, lineHeight: 12 });
}
