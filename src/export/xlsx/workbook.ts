/**
 * The report as an Excel workbook: a cover, one sheet per section laid out for reading, the tidy data
 * ("Gegevens") and the definitions and sources. Built in memory with exceljs.
 */
import ExcelJS from 'exceljs';
import type { Block, Report, Section } from '../../report/model.js';
import { type ExportContext, isDefinitionsSection, reportDefinitions } from '../definitions.js';
import { DEMO_BANNER } from '../labels.js';
import { addCoverSheet, COVER_SHEET, type SheetEntry } from './cover-sheet.js';
import { addDataSheet, DATA_SHEET } from './data-sheet.js';
import { addDefinitionsSheet, DEFINITIONS_SHEET } from './definitions-sheet.js';
import { addSectionSheet, sectionHasDemo } from './section-sheet.js';
import { SheetNames } from './sheet-names.js';

function setProperties(book: ExcelJS.Workbook, report: Report): void {
  const when = new Date(report.generatedAt);
  const title = `Cijferrapport lokale diversiteit — ${report.subject.label} (${report.year})`;
  book.title = report.demo ? `${DEMO_BANNER}: ${title}` : title;
  book.subject = `Cijfers over de diversiteit van de bevolking van ${report.subject.label}`;
  book.creator = 'omgevingsanalyse';
  book.lastModifiedBy = 'omgevingsanalyse';
  book.keywords = [
    'cijferrapport',
    report.subject.nis,
    String(report.year),
    ...(report.demo ? ['DEMO'] : []),
  ].join(' ');
  book.description =
    `Datarelease ${report.release.id}, cijfersjabloon ${report.catalog.version}, ` +
    `${report.software.name} ${report.software.version}.`;
  book.created = when;
  book.modified = when;
}

/** The sheets in order, each with the line the cover says about it. */
/** What a section sheet holds, for the cover: "Nationaliteit: 13 tabellen (met demonstratiedata)". */
function describeSection(section: Section): string {
  const count = (kind: Block['kind']) => section.blocks.filter((b) => b.kind === kind).length;
  const parts = [
    count('keyfigures') ? 'kerncijfers' : '',
    count('table') ? `${count('table')} ${count('table') === 1 ? 'tabel' : 'tabellen'}` : '',
    count('pyramid') ? 'bevolkingspiramide' : '',
    count('map')
      ? `cijfers per gemeente bij ${count('map')} ${count('map') === 1 ? 'kaart' : 'kaarten'}`
      : '',
  ].filter(Boolean);
  const demo = sectionHasDemo(section) ? ' (met demonstratiedata)' : '';
  return `${section.title}: ${parts.join(', ') || 'tekst'}${demo}`;
}

/** The sections with a sheet of their own (the definitions chapter becomes the definitions sheet). */
export function sheetSections(report: Report): Section[] {
  return report.sections.filter((s) => !isDefinitionsSection(s));
}

/** The sheets in order, each with the line the cover says about it. */
function sheetPlan(sections: readonly Section[]): { names: string[]; contents: SheetEntry[] } {
  const taken = new SheetNames();
  for (const reserved of [COVER_SHEET, DATA_SHEET, DEFINITIONS_SHEET]) taken.name(reserved);
  const names = sections.map((s) => taken.name(s.title, sectionHasDemo(s) ? 'DEMO ' : ''));
  const contents = sections.map(
    (section, i): SheetEntry => ({
      name: names[i] as string,
      description: describeSection(section),
    }),
  );
  contents.push(
    {
      name: DATA_SHEET,
      description:
        'alle cijfers als lijst: één rij per gebied, indicator, categorie en periode (ook de evolutie), ' +
        'dezelfde rijen als het CSV-bestand',
    },
    {
      name: DEFINITIONS_SHEET,
      description:
        'per indicator: definitie, teller, noemer, eenheid, bron, licentie, referentiedatum en bijwerking',
    },
  );
  return { names, contents };
}

export async function renderReportXlsx(report: Report, ctx: ExportContext = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  setProperties(book, report);
  const sections = sheetSections(report);
  const plan = sheetPlan(sections);
  addCoverSheet(book, report, plan.contents);
  sections.forEach((section, i) => {
    addSectionSheet(book, plan.names[i] as string, report, section);
  });
  addDataSheet(book, report);
  addDefinitionsSheet(book, report, reportDefinitions(report, ctx));
  return Buffer.from(await book.xlsx.writeBuffer());
}
