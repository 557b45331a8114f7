/** One sheet per section (chapter) of the report: its title, intro, summary and tables, ready to print. */
import type ExcelJS from 'exceljs';
import type { Block, Report, Section } from '../../report/model.js';
import { areaHeaderRow, writeTableBlock } from './block-table.js';
import { DEFINITIONS_SHEET } from './definitions-sheet.js';
import { type SheetLayout, sectionLayout } from './layout.js';
import { writeKeyFigures, writeMapData, writePyramid } from './other-blocks.js';
import { demoBanner, FONT, paragraph, printSetup } from './style.js';

function writeBlock(sheet: ExcelJS.Worksheet, layout: SheetLayout, block: Block): void {
  const para = { lastColumn: layout.lastColumn, width: layout.textWidth };
  switch (block.kind) {
    case 'table':
      writeTableBlock(sheet, layout, block);
      break;
    case 'keyfigures':
      writeKeyFigures(sheet, layout, block);
      break;
    case 'pyramid':
      writePyramid(sheet, layout, block);
      break;
    case 'map':
      writeMapData(sheet, layout, block);
      break;
    case 'text':
      paragraph(sheet, block.text, block.text, { ...para, font: FONT.bold });
      break;
    case 'definitions': {
      const text = `De definities en bronnen van alle ${block.entries.length} indicatoren staan in het blad ${DEFINITIONS_SHEET}.`;
      paragraph(sheet, text, text, para);
      break;
    }
  }
  sheet.addRow([]);
}

/** A section holds demonstration figures when any of its tables, key figures or maps does. */
export function sectionHasDemo(section: Section): boolean {
  return section.blocks.some((b) => {
    switch (b.kind) {
      case 'table':
      case 'map':
        return b.demo;
      case 'keyfigures':
        return b.figures.some((f) => f.demo);
      default:
        return false;
    }
  });
}

export function addSectionSheet(
  book: ExcelJS.Workbook,
  name: string,
  report: Report,
  section: Section,
): ExcelJS.Worksheet {
  const demo = sectionHasDemo(section);
  const layout = sectionLayout(section, report.areas);
  const sheet = book.addWorksheet(name);
  layout.widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  if (demo) demoBanner(sheet, layout.lastColumn);
  const title = sheet.addRow([`${section.title} — ${report.subject.label}, ${report.year}`]);
  title.getCell(1).font = FONT.heading;
  title.height = 20;
  // The area columns head the sheet when it has tables; a sheet of maps only has its title.
  const tabular = section.blocks.some((b) => b.kind === 'table' || b.kind === 'keyfigures');
  const frozen = tabular ? areaHeaderRow(sheet, layout).number : title.number;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}` }];
  paragraph(sheet, section.intro, section.intro, { lastColumn: layout.lastColumn, width: layout.textWidth });
  sheet.addRow([]);
  for (const block of section.blocks) writeBlock(sheet, layout, block);
  printSetup(sheet, {
    titleRows: frozen,
    demo,
    footer: `Cijferrapport lokale diversiteit — ${report.subject.label} (${report.year}) — ${section.title}`,
  });
  return sheet;
}
