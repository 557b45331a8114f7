/** "Over dit rapport": what the workbook holds, from which data, made when and by what; the demo warning. */
import type ExcelJS from 'exceljs';
import { DIVISION_LABEL } from '../../domain/division.js';
import type { Report } from '../../report/model.js';
import { DEMO_EXPLANATION, formatMoment, LEVEL_TITLE, stateLegend } from '../labels.js';
import { demoBanner, FONT, paragraph, printSetup } from './style.js';

export const COVER_SHEET = 'Over dit rapport';
const LABEL_WIDTH = 30;
const VALUE_WIDTH = 90;
const TEXT_WIDTH = LABEL_WIDTH + VALUE_WIDTH;

/** A sheet of the workbook as the cover lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly description: string;
}

function pair(sheet: ExcelJS.Worksheet, label: string, value: string): ExcelJS.Row {
  const row = sheet.addRow([label, value]);
  row.getCell(1).font = FONT.bold;
  row.getCell(1).alignment = { vertical: 'top' };
  row.getCell(2).alignment = { vertical: 'top', wrapText: true };
  const lines = Math.ceil(value.length / (VALUE_WIDTH * 1.1));
  if (lines > 1) row.height = lines * 15;
  return row;
}

/** The comparison areas; a group of similar municipalities with its size. */
function comparisonText(report: Report): string {
  const areas = report.areas.slice(1);
  if (areas.length === 0) return 'geen';
  return areas.map((a) => (a.members ? `${a.label} (${a.members.length} gemeenten)` : a.label)).join(', ');
}

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  sheet.addRow([]);
  sheet.addRow([text]).getCell(1).font = FONT.heading;
}

export function addCoverSheet(
  book: ExcelJS.Workbook,
  report: Report,
  contents: readonly SheetEntry[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(COVER_SHEET);
  sheet.getColumn(1).width = LABEL_WIDTH;
  sheet.getColumn(2).width = VALUE_WIDTH;
  if (report.demo) {
    demoBanner(sheet, 2);
    paragraph(sheet, DEMO_EXPLANATION, DEMO_EXPLANATION, { lastColumn: 2, width: TEXT_WIDTH });
  }
  sheet.addRow(['Cijferrapport lokale diversiteit']).getCell(1).font = FONT.title;
  sheet.addRow([report.subject.label]).getCell(1).font = FONT.heading;
  sheet.addRow([]);
  const { subject } = report;
  pair(sheet, LEVEL_TITLE[subject.level], `${subject.label} (NIS-code ${subject.nis})`);
  pair(sheet, 'Gemeentelijke indeling', DIVISION_LABEL[report.division]);
  pair(sheet, 'Jaar', `${report.year} (elk cijfer met zijn eigen referentiedatum, zie de tabellen)`);
  pair(sheet, 'Vergelijkingsgebieden', comparisonText(report));
  if (report.similar) {
    const names = report.similar.members.map((m) => m.label).join(', ');
    pair(sheet, 'Vergelijkbare gemeenten', `${names}. ${report.similar.method}`);
  }
  pair(sheet, 'Datarelease', report.release.id);
  pair(sheet, 'Datarelease gemaakt op', formatMoment(report.release.builtAt));
  pair(
    sheet,
    'Cijfersjabloon',
    `versie ${report.catalog.version} (schemaversie ${report.catalog.schemaVersion})`,
  );
  pair(sheet, 'Software', `${report.software.name} ${report.software.version}`);
  pair(sheet, 'Rapport gemaakt op', formatMoment(report.generatedAt));
  pair(
    sheet,
    'Demonstratiedata',
    report.demo ? 'ja: zie de waarschuwing bovenaan' : 'nee: alle cijfers zijn echt',
  );
  if (report.notes.length > 0) {
    heading(sheet, 'Opmerkingen');
    for (const note of report.notes) paragraph(sheet, note, note, { lastColumn: 2, width: TEXT_WIDTH });
  }
  heading(sheet, 'Inhoud van dit werkboek');
  for (const entry of contents) pair(sheet, entry.name, entry.description);
  const legend = stateLegend(report);
  if (legend.length > 0) {
    heading(sheet, 'Tekens in plaats van een cijfer');
    for (const [sign, meaning] of legend)
      pair(sheet, sign, meaning).getCell(1).alignment = { horizontal: 'right' };
  }
  heading(sheet, 'Getallen');
  const numbers =
    'Alle cijfers staan als getal in de cellen: Excel toont ze met de scheidingstekens van uw eigen ' +
    'instellingen (529.417 en 21,7 % in een Nederlandstalige Excel). Aandelen zijn opgeslagen als breuk ' +
    '(0,217 met opmaak %); cijfers per 1.000 of per 10.000 inwoners en verschillen in procentpunten als ' +
    'het getal dat u ziet. In het blad Gegevens staan aandelen als getal van 0 tot 100, zoals in het CSV-bestand.';
  paragraph(sheet, numbers, numbers, { lastColumn: 2, width: TEXT_WIDTH });
  printSetup(sheet, {
    demo: report.demo,
    footer: `Cijferrapport lokale diversiteit — ${report.subject.label} (${report.year})`,
  });
  return sheet;
}
