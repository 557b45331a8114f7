/** Shared looks of the report workbook: fonts, fills, print setup, demo marks, wrapped paragraphs. */
import type ExcelJS from 'exceljs';
import { DEMO_BANNER } from '../labels.js';

export const RED = 'FFC00000';
export const FONT = {
  title: { bold: true, size: 16 },
  heading: { bold: true, size: 13 },
  block: { bold: true, size: 12 },
  bold: { bold: true },
  italic: { italic: true, color: { argb: 'FF404040' } },
  small: { size: 9, color: { argb: 'FF404040' } },
  demo: { bold: true, size: 12, color: { argb: RED } },
  link: { color: { argb: 'FF0563C1' }, underline: true },
} satisfies Record<string, Partial<ExcelJS.Font>>;

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
export const DEMO_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };
export const THIN_BOTTOM: Partial<ExcelJS.Borders> = {
  bottom: { style: 'thin', color: { argb: 'FF8093A8' } },
};

/** Header/footer codes treat `&` as a command: a literal ampersand is written twice. */
function hf(text: string): string {
  return text.replaceAll('&', '&&');
}

/** A4 portrait, as wide as the page, `titleRows` repeated on every page; the DEMO mark in the page header. */
export function printSetup(
  sheet: ExcelJS.Worksheet,
  options: { titleRows?: number; demo: boolean; footer: string },
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(options.titleRows ? { printTitlesRow: `1:${options.titleRows}` } : {}),
  };
  const demoHeader = `&C&"-,Bold"&12&K${RED.slice(2)}${hf(DEMO_BANNER)}`;
  const footer = `&L&8${hf(options.footer)}&R&8pagina &P van &N`;
  sheet.headerFooter = options.demo ? { oddHeader: demoHeader, oddFooter: footer } : { oddFooter: footer };
  if (options.demo) sheet.properties.tabColor = { argb: RED };
}

/** Rough line count of a text in a cell `width` characters wide (Excel does not size merged cells). */
export function linesOf(text: string, width: number): number {
  const perLine = Math.max(10, Math.floor(width * 1.15));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** A paragraph over columns 1..`lastColumn`: merged, wrapped, tall enough for its lines. */
export function paragraph(
  sheet: ExcelJS.Worksheet,
  value: ExcelJS.CellValue,
  text: string,
  options: { lastColumn: number; width: number; font?: Partial<ExcelJS.Font>; lineHeight?: number },
): ExcelJS.Row {
  const row = sheet.addRow([value]);
  if (options.lastColumn > 1) sheet.mergeCells(row.number, 1, row.number, options.lastColumn);
  const cell = row.getCell(1);
  cell.alignment = { wrapText: true, vertical: 'top' };
  if (options.font) cell.font = options.font;
  const lines = linesOf(text, options.width);
  if (lines > 1) row.height = lines * (options.lineHeight ?? 15);
  return row;
}

/** The red banner row of a sheet that shows demonstration figures. */
export function demoBanner(sheet: ExcelJS.Worksheet, lastColumn: number): ExcelJS.Row {
  const row = sheet.addRow([DEMO_BANNER]);
  if (lastColumn > 1) sheet.mergeCells(row.number, 1, row.number, lastColumn);
  const cell = row.getCell(1);
  cell.font = FONT.demo;
  cell.fill = DEMO_FILL;
  cell.alignment = { vertical: 'middle' };
  row.height = 22;
  return row;
}
