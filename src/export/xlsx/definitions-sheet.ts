/** "Definities en bronnen": one row per indicator of the report, with filters and a frozen header. */
import type ExcelJS from 'exceljs';
import type { Report } from '../../report/model.js';
import { DEFINITION_COLUMNS, type Definitions } from '../definitions.js';
import { FONT, HEADER_FILL, paragraph, printSetup, THIN_BOTTOM } from './style.js';

export const DEFINITIONS_SHEET = 'Definities en bronnen';

export function addDefinitionsSheet(
  book: ExcelJS.Workbook,
  report: Report,
  definitions: Definitions,
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(DEFINITIONS_SHEET);
  DEFINITION_COLUMNS.forEach(([, , width], i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.addRow([`Definities en bronnen — cijfersjabloon ${report.catalog.version}`]).getCell(1).font =
    FONT.heading;
  for (const line of [definitions.intro, definitions.note])
    if (line) sheet.addRow([line]).getCell(1).font = FONT.italic;
  const header = sheet.addRow(DEFINITION_COLUMNS.map(([, title]) => title));
  header.eachCell((cell) => {
    cell.font = FONT.bold;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BOTTOM;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  for (const d of definitions.rows) {
    const row = sheet.addRow(
      DEFINITION_COLUMNS.map(([key]) =>
        key === 'url' && d.url ? { text: d.url, hyperlink: d.url } : (d[key] ?? '—'),
      ),
    );
    row.eachCell((cell) => {
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    if (d.url) row.getCell(DEFINITION_COLUMNS.findIndex(([k]) => k === 'url') + 1).font = FONT.link;
  }
  if (definitions.texts.length > 0) {
    sheet.addRow([]);
    const width = DEFINITION_COLUMNS.slice(0, 4).reduce((sum, [, , w]) => sum + w, 0);
    for (const text of definitions.texts) paragraph(sheet, text, text, { lastColumn: 4, width });
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header.number }];
  sheet.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number + definitions.rows.length, column: DEFINITION_COLUMNS.length },
  };
  printSetup(sheet, {
    titleRows: header.number,
    demo: false,
    footer: `Cijferrapport lokale diversiteit — ${report.subject.label} (${report.year}) — definities`,
  });
  sheet.pageSetup.orientation = 'landscape';
  return sheet;
}
