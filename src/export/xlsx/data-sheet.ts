/**
 * "Gegevens": the report's figures as tidy rows, the same rows and columns as the report CSV and the
 * indicator downloads; header in row 1 (so tools can read the sheet as a table), filters, frozen header.
 */
import type ExcelJS from 'exceljs';
import { TIDY_COLUMNS, type TidyRecord, UNIT_NL } from '../../render/tidy/tidy-records.js';
import type { Report } from '../../report/model.js';
import { reportTidyRecords } from '../report-records.js';
import { FONT, HEADER_FILL, printSetup, THIN_BOTTOM } from './style.js';

export const DATA_SHEET = 'Gegevens';

const column = (name: (typeof TIDY_COLUMNS)[number]) => TIDY_COLUMNS.indexOf(name) + 1;
const COUNT = column('aantal');
const RELATIVE = column('relatief');
const PP = UNIT_NL.percentage_points;

const MAX_WIDTH: Partial<Record<(typeof TIDY_COLUMNS)[number], number>> = {
  indicator: 40,
  categorie_label: 40,
  status: 30,
};

export function addDataSheet(book: ExcelJS.Workbook, report: Report): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const records: TidyRecord[] = reportTidyRecords(report);
  const header = sheet.addRow([...TIDY_COLUMNS]);
  header.eachCell((cell) => {
    cell.font = FONT.bold;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BOTTOM;
  });
  for (const r of records) {
    const row = sheet.addRow(TIDY_COLUMNS.map((c) => r[c]));
    row.getCell(COUNT).numFmt = '#,##0';
    row.getCell(RELATIVE).numFmt = r.eenheid === PP ? '+0.0;-0.0;0.0' : '0.0';
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, records.length + 1), column: TIDY_COLUMNS.length },
  };
  TIDY_COLUMNS.forEach((name, i) => {
    const longest = Math.max(name.length, ...records.map((r) => String(r[name] ?? '').length));
    sheet.getColumn(i + 1).width = Math.max(10, Math.min(MAX_WIDTH[name] ?? 24, longest + 2));
  });
  printSetup(sheet, {
    titleRows: 1,
    demo: report.demo,
    footer: `Cijferrapport lokale diversiteit — ${report.subject.label} (${report.year}) — gegevens`,
  });
  sheet.pageSetup.orientation = 'landscape';
  return sheet;
}
