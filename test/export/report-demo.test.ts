import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { stateText } from '../../src/domain/format.js';
import {
  renderReportCsv,
  renderReportXlsx,
  reportFileName,
  reportTidyRecords,
} from '../../src/export/index.js';
import { sheetSections } from '../../src/export/xlsx/workbook.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { reportCharts } from '../../src/publish/chart-source.js';
import { permalinkOf } from '../../src/publish/report-file.js';
import { reportHtml } from '../../src/publish/report-outputs.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report, Section, TableBlock } from '../../src/report/model.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';
import { checkSectionSheets, checkTidyRecords, sheetRowsAsText } from './model-check.js';
import { cellValue, findRow, readWorkbook, sheet } from './workbook-reader.js';

const BANNER = 'DEMONSTRATIEGEGEVENS — geen echte cijfers';
const geo = loadGeography();
const catalog = loadCatalog();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let report: Report;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  tmp = tempDir('oa-export-demo-');
  store = await importDemoRelease(tmp.dir, geo);
  const release = await store.active();
  const subject = geo.municipality('2025', asNisCode('73028'));
  if (!subject) throw new Error('no Herstappe');
  report = await buildReport(
    { geo, catalog, countries: loadCountries(), release, now: () => new Date('2026-01-15T12:00:00Z') },
    { subject, division: '2025', year: 2021 },
  );
  book = await readWorkbook(await renderReportXlsx(report, { catalog }));
}, 300_000);
afterAll(async () => {
  await store?.close();
  tmp?.cleanup();
});

/** Independent of the export code: does this chapter show any generated figure? */
function showsDemo(section: Section): boolean {
  return section.blocks.some(
    (b) =>
      ((b.kind === 'table' || b.kind === 'map') && b.demo) ||
      (b.kind === 'keyfigures' && b.figures.some((f) => f.demo)),
  );
}

function hasBanner(ws: ExcelJS.Worksheet): boolean {
  const first = ws.getRow(1).getCell(1);
  return cellValue(first) === BANNER && first.font?.bold === true && first.font?.color?.argb === 'FFC00000';
}

describe('the report workbook with demonstration data', () => {
  it('is marked DEMO in the file name, the properties and the cover', () => {
    expect(report.demo).toBe(true);
    expect(reportFileName(report, 'xlsx')).toBe('DEMO-cijferrapport-herstappe-73028-2021-indeling-2025.xlsx');
    expect(reportFileName(report, 'csv')).toMatch(/^DEMO-cijferrapport-herstappe-/);
    expect(book.title).toMatch(new RegExp(`^${BANNER}`));
    const cover = sheet(book, 'Over dit rapport');
    expect(hasBanner(cover)).toBe(true);
    expect(cover.headerFooter.oddHeader).toContain(BANNER);
    const demoRow = cover.getRow(findRow(cover, (v) => v === 'Demonstratiedata'));
    expect(cellValue(demoRow.getCell(2))).toMatch(/^ja/);
  });

  it('has the banner, the DEMO sheet name and the page-header mark on exactly the sheets with demo figures', () => {
    const sections = sheetSections(report);
    expect(sections.some(showsDemo)).toBe(true);
    expect(sections.some((s) => !showsDemo(s))).toBe(true);
    sections.forEach((section, i) => {
      const ws = book.worksheets[i + 1] as ExcelJS.Worksheet;
      const demo = showsDemo(section);
      expect(hasBanner(ws), ws.name).toBe(demo);
      expect(ws.name.startsWith('DEMO '), ws.name).toBe(demo);
      expect((ws.headerFooter.oddHeader ?? '').includes(BANNER), ws.name).toBe(demo);
      const tabular = section.blocks.some((b) => b.kind === 'table' || b.kind === 'keyfigures');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: (demo ? 1 : 0) + (tabular ? 2 : 1) });
    });
    const data = sheet(book, 'Gegevens');
    expect(data.headerFooter.oddHeader).toContain(BANNER);
    expect(cellValue(data.getRow(1).getCell(1))).toBe('niveau');
  });

  it('writes suppressed small numbers as "< 5" or "x", never as 0 or blank, and every figure as the report has it', () => {
    const tables = report.sections.flatMap((s) =>
      s.blocks.filter((b): b is TableBlock => b.kind === 'table'),
    );
    const primary = tables.find((b) =>
      b.rows.some((r) => r.cells[0]?.count.state === 'suppressed' && r.cells[0].count.kind === 'primary'),
    );
    if (!primary) throw new Error('no primary suppression in the Herstappe demo report');
    const section = sheetSections(report).findIndex((s) => s.blocks.includes(primary));
    const ws = book.worksheets[section + 1] as ExcelJS.Worksheet;
    const units = findRow(
      ws,
      (v) => v === 'aantal',
      findRow(ws, (v) => String(v).startsWith(primary.title)),
      2,
    );
    const rowIndex = primary.rows.findIndex(
      (r) => r.cells[0]?.count.state === 'suppressed' && r.cells[0].count.kind === 'primary',
    );
    const cell = ws.getRow(units + 1 + rowIndex).getCell(2);
    expect(cell.value).toBe('<\u00a05');
    expect(checkSectionSheets(book, report)).toBeGreaterThan(300);
    let suppressed = 0;
    for (const t of tables)
      for (const r of t.rows) for (const c of r.cells) if (c.count.state === 'suppressed') suppressed++;
    expect(suppressed).toBeGreaterThan(10);
    expect(stateText({ state: 'suppressed', threshold: 5, kind: 'secondary' })).toBe('x');
  });

  it('has demo and provisional flags per tidy row, the same rows in the sheet and the CSV', () => {
    const records = reportTidyRecords(report);
    checkTidyRecords(records, report);
    expect(records.some((r) => r.demo === 'ja')).toBe(true);
    expect(records.some((r) => r.demo === 'nee')).toBe(true);
    expect(records.some((r) => String(r.status).includes('<\u00a05'))).toBe(true);
    const rows: string[][] = parse(renderReportCsv(report).slice(1));
    expect(rows).toHaveLength(records.length + 1);
    expect(rows).toEqual(sheetRowsAsText(sheet(book, 'Gegevens')));
  });

  it('marks every output: page banner and per-block marks, a watermark across every printed demo block, DEMO in file names', () => {
    const link = permalinkOf(report);
    const web = reportHtml(report, 'web', reportCharts(report, link), link);
    expect(web).toContain('class="demo-banner"');
    expect(web).toContain('DEMODATA');
    expect(web).not.toContain('class="watermark"');
    const print = reportHtml(report, 'print', reportCharts(report, link), link);
    // Only where demo figures are: across each demo block, not fixed on every page.
    expect(print).not.toContain('class="watermark"');
    expect(print).toContain('.block.demo::after,li.key-figure.demo::after{content:"DEMODATA"');
    expect(print).toMatch(/<section class="block demo" id="blok-/);
    expect(print).toContain('Bevat DEMONSTRATIEGEGEVENS');
    expect(reportFileName(report, 'pdf')).toMatch(/^DEMO-/);
    const charted = report.sections
      .flatMap((s) => s.blocks)
      .filter((b): b is TableBlock => b.kind === 'table' && b.demo && b.chart !== 'none');
    const charts = reportCharts(report, link);
    const svg = charts.svg(charted.find((b) => charts.has(b)) as TableBlock) ?? '';
    expect(svg).toContain('DEMO');
  });
});
