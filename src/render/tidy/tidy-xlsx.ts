/** Tidy Excel sheet with Dutch number formats, a frozen header, filters, and the DEMO mark where needed. */
import ExcelJS from 'exceljs';
import type { IndicatorTable } from '../../report/indicator-table.js';
import { TIDY_COLUMNS, tidyRecords } from './tidy-records.js';

export async function renderTidyXlsx(table: IndicatorTable): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'omgevingsanalyse';
  const sheet = book.addWorksheet(table.demo ? 'DEMODATA' : 'cijfers', {
    views: [{ state: 'frozen', ySplit: table.demo ? 2 : 1 }],
  });
  if (table.demo) {
    const note = sheet.addRow([
      'DEMODATA: gegenereerde, fictieve cijfers — niet gebruiken als echte cijfers.',
    ]);
    note.font = { bold: true, color: { argb: 'FF7A4B00' } };
  }
  const header = sheet.addRow([...TIDY_COLUMNS]);
  header.font = { bold: true };
  for (const r of tidyRecords(table)) sheet.addRow(TIDY_COLUMNS.map((c) => r[c]));
  const countCol = TIDY_COLUMNS.indexOf('aantal') + 1;
  const relCol = TIDY_COLUMNS.indexOf('relatief') + 1;
  sheet.getColumn(countCol).numFmt = '#,##0';
  sheet.getColumn(relCol).numFmt = table.spec.unit === 'percentage_points' ? '+0.0;-0.0;0.0' : '0.0';
  sheet.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number, column: TIDY_COLUMNS.length },
  };
  sheet.columns.forEach((c, i) => {
    c.width = [12, 8, 28, 24, 12, 22, 14, 28, 12, 12, 10, 24, 6, 9][i] ?? 12;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
