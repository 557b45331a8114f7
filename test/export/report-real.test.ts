/** The workbook and CSV of reports on the real Statbel 2021 file (no demonstration data). */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import {
  renderReportCsv,
  renderReportXlsx,
  reportFileName,
  reportTidyRecords,
} from '../../src/export/index.js';
import { sheetSections } from '../../src/export/xlsx/workbook.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import type { Geography } from '../../src/geo/index.js';
import type { Catalog } from '../../src/indicators/catalog.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { IndicatorSpec } from '../../src/indicators/catalog-schema.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { renderTidyCsv } from '../../src/render/tidy/tidy-csv.js';
import { TIDY_COLUMNS, tidyRecords } from '../../src/render/tidy/tidy-records.js';
import { buildReport } from '../../src/report/build-report.js';
import { buildIndicatorTable } from '../../src/report/indicator-table.js';
import type { Report } from '../../src/report/model.js';
import { readPlainCsv } from '../support/csv.js';
import { expectGolden } from '../support/golden.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { checkSectionSheets, checkTidyRecords, sheetRowsAsText } from './model-check.js';
import { cellValue, columnA, findRow, readWorkbook, sheet } from './workbook-reader.js';

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let store: ReleaseStore;
let release: ReleaseReader;
let catalog: Catalog;
const now = () => new Date('2026-01-15T12:00:00Z');

async function report(nis: string, division: '2019-2024' | '2025'): Promise<Report> {
  const subject = geo.municipality(division, asNisCode(nis));
  if (!subject) throw new Error(nis);
  return buildReport(
    { geo, catalog, countries: loadCountries(), release, now },
    { subject, division, year: 2021 },
  );
}

let antwerpen: Report;
let antwerpenBook: ExcelJS.Workbook;
let gent: Report;
let gentBook: ExcelJS.Workbook;

beforeAll(async () => {
  tmp = tempDir('oa-export-');
  ({ geo, store } = await importRealRelease(tmp.dir));
  release = await store.active();
  catalog = loadCatalog();
  antwerpen = await report('11002', '2019-2024');
  antwerpenBook = await readWorkbook(await renderReportXlsx(antwerpen, { catalog }));
  gent = await report('44021', '2025');
  gentBook = await readWorkbook(await renderReportXlsx(gent, { catalog }));
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

function everyCellText(book: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const ws of book.worksheets)
    ws.eachRow((row) => {
      row.eachCell((c) => {
        out.push(String(cellValue(c) ?? ''));
      });
    });
  return out;
}

describe('the report workbook on real data', () => {
  it('has a cover, one sheet per section, the data and the definitions, with the report as properties', () => {
    expect(antwerpen.demo).toBe(false);
    expect(antwerpenBook.worksheets.map((s) => s.name)).toEqual([
      'Over dit rapport',
      ...sheetSections(antwerpen).map((s) => s.title),
      'Gegevens',
      'Definities en bronnen',
    ]);
    expect(antwerpenBook.creator).toBe('omgevingsanalyse');
    expect(antwerpenBook.created?.toISOString()).toBe('2026-01-15T12:00:00.000Z');
    expect(antwerpenBook.title).toBe('Cijferrapport lokale diversiteit — Antwerpen (2021)');
    expect(reportFileName(antwerpen, 'xlsx')).toBe(
      'cijferrapport-antwerpen-11002-2021-indeling-2019-2024.xlsx',
    );
  });

  it('says on the cover what the report is made of, in nl-BE dates, and carries no demo mark anywhere', () => {
    const cover = sheet(antwerpenBook, 'Over dit rapport');
    const value = (label: string) => cellValue(cover.getRow(findRow(cover, (v) => v === label)).getCell(2));
    expect(value('Gemeente')).toBe('Antwerpen (NIS-code 11002)');
    expect(value('Gemeentelijke indeling')).toBe('gemeenten 2019–2024 (300)');
    expect(value('Datarelease')).toBe(antwerpen.release.id);
    expect(value('Cijfersjabloon')).toBe(`versie ${catalog.version} (schemaversie 2)`);
    expect(value('Software')).toMatch(/^omgevingsanalyse \d+\.\d+\.\d+$/);
    expect(value('Rapport gemaakt op')).toBe('15 januari 2026 om 13:00');
    expect(value('Demonstratiedata')).toMatch(/^nee/);
    expect(everyCellText(antwerpenBook).join('\n')).not.toMatch(/DEMONSTRATIEGEGEVENS|DEMODATA/);
    for (const ws of antwerpenBook.worksheets) {
      expect(ws.headerFooter?.oddHeader ?? '', ws.name).not.toMatch(/DEMO/);
      expect(ws.name).not.toMatch(/DEMO/);
    }
  });

  it('shows Antwerpen 114.753 non-Belgians of 529.417 (21,7 %) and the Vlaams Gewest 633.983 as numbers', () => {
    const ws = sheet(antwerpenBook, 'Nationaliteit');
    expect(cellValue(ws.getRow(1).getCell(1))).toBe('Nationaliteit — Antwerpen, 2021');
    const title = findRow(ws, (v) => v === 'Niet-Belgen');
    expect(cellValue(ws.getRow(title + 1).getCell(1))).toBe('Periode: toestand op 1 januari 2021');
    const units = findRow(ws, (v) => v === 'aantal', title, 2);
    const areas = ws.getRow(units - 1);
    expect([2, 4, 6].map((c) => cellValue(areas.getCell(c)))).toEqual([
      'Antwerpen',
      'provincie Antwerpen',
      'Vlaams Gewest',
    ]);
    expect([2, 3].map((c) => cellValue(ws.getRow(units).getCell(c)))).toEqual(['aantal', '%']);
    const row = ws.getRow(units + 1);
    expect(cellValue(row.getCell(1))).toBe('niet-Belgen');
    expect(row.getCell(2).value).toBe(114_753);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(3).value).toBe(114_753 / 529_417);
    expect(row.getCell(3).numFmt).toBe('0.0 %');
    expect(row.getCell(6).value).toBe(633_983);
    const inwoners = sheet(antwerpenBook, 'Bevolking en leeftijd');
    const total = findRow(inwoners, (v) => v === 'Inwoners');
    expect(inwoners.getRow(findRow(inwoners, (v) => v === 'aantal', total, 2) + 1).getCell(2).value).toBe(
      529_417,
    );
  });

  it('shows Gent (2025) with the figures of the independently derived table', () => {
    const [expected] = readPlainCsv('data/stats/statbel_pop_2021_by_municipality_2025.csv').filter(
      (r) => r.nis_code === '44021',
    );
    const ws = sheet(gentBook, 'Nationaliteit');
    const row = ws.getRow(findRow(ws, (v) => v === 'niet-Belgen'));
    expect(row.getCell(2).value).toBe(Number(expected?.non_belgian));
    expect(row.getCell(3).value).toBeCloseTo(Number(expected?.non_belgian) / Number(expected?.total), 12);
    const belgen = ws.getRow(findRow(ws, (v) => v === 'Belgen', findRow(ws, (v) => v === 'Belgen') + 1));
    expect(belgen.getCell(2).value).toBe(Number(expected?.belgian));
  });

  it('writes every figure of every table and evolution as the report has it', () => {
    for (const [r, book] of [
      [antwerpen, antwerpenBook],
      [gent, gentBook],
    ] as const)
      expect(checkSectionSheets(book, r)).toBeGreaterThan(500);
  });

  it('freezes the header rows and prints A4 portrait, fit to width, with repeated header rows', () => {
    for (const section of sheetSections(antwerpen)) {
      const ws = sheet(antwerpenBook, section.title);
      // Title row, then the area labels over the columns (not on a sheet of maps only).
      const rows = section.blocks.some((b) => b.kind === 'table' || b.kind === 'keyfigures') ? 2 : 1;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: rows });
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `1:${rows}`,
      });
      expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(26);
      for (let c = 2; c <= ws.columnCount; c++)
        expect(ws.getColumn(c).width ?? 10, `${ws.name} ${c}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('has the tidy data sheet: every figure once, with filters, frozen header and numbers as numbers', () => {
    const records = reportTidyRecords(antwerpen);
    checkTidyRecords(records, antwerpen);
    const ws = sheet(antwerpenBook, 'Gegevens');
    expect(ws.rowCount).toBe(records.length + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe(`A1:N${records.length + 1}`);
    const row = ws.getRow(findRow(ws, (v) => v === 'niet_belgen', 2, 4) + 0);
    expect(cellValue(row.getCell(2))).toBe('11002');
    expect(row.getCell(9).value).toBe(114_753);
    expect(row.getCell(9).numFmt).toBe('#,##0');
    expect(row.getCell(10).value).toBe(21.675352);
    const unavailable = ws.getRow(findRow(ws, (v) => v === 'aantal: n.b.; relatief: n.b.', 2, 12));
    expect(unavailable.getCell(9).value).toBeNull();
  });

  it('writes the same rows to the CSV as to the data sheet: comma-separated UTF-8 with BOM', () => {
    for (const [r, book] of [
      [antwerpen, antwerpenBook],
      [gent, gentBook],
    ] as const) {
      const csv = renderReportCsv(r);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows: string[][] = parse(csv.slice(1));
      expect(rows).toEqual(sheetRowsAsText(sheet(book, 'Gegevens')));
    }
  });

  it('lists every indicator with definition, source, reference date and update frequency', () => {
    const ws = sheet(antwerpenBook, 'Definities en bronnen');
    const header = findRow(ws, (v) => v === 'Indicator (id)');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    const ids = columnA(ws).slice(header, header + catalog.indicators.length + 1);
    expect(ids).toEqual([...catalog.indicators.map((i) => i.id), '']);
    expect(ws.autoFilter).toBe(`A${header}:Q${header + catalog.indicators.length}`);
    const titles = (ws.getRow(header).values as unknown[]).slice(1);
    const row = ws.getRow(findRow(ws, (v) => v === 'niet_belgen'));
    const field = (title: string) => cellValue(row.getCell(titles.indexOf(title) + 1));
    expect(field('Titel')).toBe('Niet-Belgen');
    expect(field('Teller')).toBe('niet-Belgen');
    expect(field('Noemer')).toBe('alle inwoners');
    expect(field('Referentiedatum')).toBe('toestand op 1 januari');
    expect(field('Bijwerking')).toBe('jaarlijks');
    expect(field('Uitgever')).toMatch(/^Statbel/);
    expect(field('Website')).toMatch(/^https:\/\/statbel\.fgov\.be\//);
    expect(field('Licentie')).toMatch(/Statbel Licentie open data/);
    expect(field('Kleine aantallen')).toMatch(/tot op één persoon/);
  });

  it('leaves the indicator downloads as they were (one row writer serves both)', async () => {
    const table = await buildIndicatorTable(
      { geo, catalog, countries: loadCountries(), release },
      catalog.indicator('niet_belgen') as IndicatorSpec,
      '2019-2024',
      2021,
    );
    const records = tidyRecords(table);
    expect(records).toHaveLength(1 + 5 + 22 + 300);
    expect(records.find((r) => r.nis === '11002' && r.niveau === 'gemeente')).toEqual({
      niveau: 'gemeente',
      nis: '11002',
      gebied: 'Antwerpen',
      indicator: 'niet_belgen',
      periode: '2021-01-01',
      periode_label: '1 januari 2021',
      categorie: 'total',
      categorie_label: 'Totaal',
      aantal: 114_753,
      relatief: 21.675352,
      eenheid: 'procent',
      status: null,
      demo: 'nee',
      voorlopig: 'nee',
    });
    const csv = renderTidyCsv(table);
    expect(csv.split('\n')[0]).toBe(`\ufeff${TIDY_COLUMNS.join(',')}`);
    expect(renderReportCsv(antwerpen).split('\n')[0]).toBe(csv.split('\n')[0]);
  });

  it('writes the CSV of Herstappe identical to the reviewed golden file', async () => {
    const herstappe = await report('73028', '2025');
    const csv = renderReportCsv(herstappe);
    checkTidyRecords(reportTidyRecords(herstappe), herstappe);
    expectGolden(
      'export/cijferrapport-73028-2025-2021.csv',
      csv.replace(/\d{8}T\d{6}Z-[0-9a-f]{8}/g, '<release-id>').replace(/\r\n/g, '\n'),
    );
  });
});
