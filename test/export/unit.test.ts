/** The export's pure parts: sheet names, file names, tidy rows and the workbook of a hand-made report. */
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/export/file-name.js';
import {
  renderReportCsv,
  renderReportXlsx,
  reportFileName,
  reportTidyRecords,
} from '../../src/export/index.js';
import { formatMoment, stateLegend } from '../../src/export/labels.js';
import { SheetNames } from '../../src/export/xlsx/sheet-names.js';
import { sampleReport } from './sample-report.js';
import { cellValue, columnA, findRow, readWorkbook, sheet } from './workbook-reader.js';

describe('sheet names', () => {
  it('are at most 31 characters, without forbidden characters, unique regardless of case', () => {
    const names = new SheetNames();
    expect(names.name('Gegevens')).toBe('Gegevens');
    expect(names.name('GEGEVENS')).toBe('GEGEVENS (2)');
    expect(names.name('a/b\\c?d*e:f[g]h')).toBe('a b c d e f g h');
    expect(names.name("'quoted'")).toBe('quoted');
    expect(names.name('History')).toBe('History 1');
    const long = names.name('Sociale positie naar herkomst', 'DEMO ');
    expect(long).toBe('DEMO Sociale positie naar herk…');
    expect(long).toHaveLength(31);
    const again = names.name('Sociale positie naar herkomst', 'DEMO ');
    expect(again.length).toBeLessThanOrEqual(31);
    expect(again.startsWith('DEMO ')).toBe(true);
    expect(again.endsWith('… (2)')).toBe(true);
    expect(names.name('   ')).toBe('Blad');
  });
});

describe('file names', () => {
  it('are ASCII slugs with NIS code, year and division, and DEMO- first for demonstration data', () => {
    expect(slug('Sint-Genesius-Rode')).toBe('sint-genesius-rode');
    expect(slug('Comines-Warneton (Komen)')).toBe('comines-warneton-komen');
    expect(slug('Écaussinnes')).toBe('ecaussinnes');
    const demo = sampleReport();
    expect(reportFileName(demo, 'xlsx')).toBe('DEMO-cijferrapport-gent-44021-2021-indeling-2025.xlsx');
    expect(reportFileName({ ...demo, demo: false }, 'csv')).toBe(
      'cijferrapport-gent-44021-2021-indeling-2025.csv',
    );
  });
});

describe('labels', () => {
  it('give the moment in Belgian time and the signs that occur, each once', () => {
    expect(formatMoment('2026-12-31T23:30:00.000Z')).toBe('1 januari 2027 om 00:30');
    expect(formatMoment('2026-07-01T10:05:00.000Z')).toBe('1 juli 2026 om 12:05');
    expect(stateLegend(sampleReport()).map(([sign]) => sign)).toEqual(['<\u00a05', 'x', 'n.b.', '–']);
  });
});

describe('tidy rows of a report', () => {
  it('hold every area × category × period once: evolution points before the table period', () => {
    const records = reportTidyRecords(sampleReport());
    const inwoners = records.filter((r) => r.indicator === 'inwoners');
    expect(inwoners.map((r) => `${r.periode} ${r.nis}`)).toEqual([
      '2020-01-01 44021',
      '2020-01-01 vergelijkbaar-44021',
      '2020-01-01 40000',
      '2020-01-01 02000',
      '2021-01-01 44021',
      '2021-01-01 vergelijkbaar-44021',
      '2021-01-01 40000',
      '2021-01-01 02000',
    ]);
    expect(inwoners[1]).toMatchObject({ niveau: 'groep', gebied: 'vergelijkbare gemeenten' });
    expect(inwoners[2]).toMatchObject({
      aantal: null,
      relatief: null,
      status: 'aantal: n.b.; relatief: n.b.',
    });
    const keys = records.map((r) => `${r.indicator}|${r.nis}|${r.categorie}|${r.periode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('write shares ×100, rates ×1.000 and gaps in percentage points, states in `status`', () => {
    const records = reportTidyRecords(sampleReport());
    const find = (indicator: string, nis: string, cat: string) =>
      records.find((r) => r.indicator === indicator && r.nis === nis && r.categorie === cat);
    expect(find('nieuwkomers_naar_geslacht', '44021', 'M')).toMatchObject({
      aantal: null,
      relatief: null,
      status: 'aantal: <\u00a05; relatief: <\u00a05',
      demo: 'ja',
      voorlopig: 'ja',
    });
    expect(find('nieuwkomers_naar_geslacht', '40000', 'F')).toMatchObject({ aantal: 98, relatief: 45 });
    expect(find('migratiesaldo', '44021', 'total')).toMatchObject({ aantal: -120, relatief: -0.45 });
    expect(find('migratiesaldo', '40000', 'total')).toMatchObject({ relatief: null, status: 'relatief: –' });
    expect(find('werkzaamheidsgraad_kloof', '02000', 'BUI')).toMatchObject({
      relatief: -12.34,
      eenheid: 'procentpunten',
    });
  });

  it('as CSV: BOM, the tidy columns of the indicator downloads, one line per row', () => {
    const csv = renderReportCsv(sampleReport());
    expect(csv.startsWith('\ufeffniveau,nis,gebied,indicator,periode,')).toBe(true);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + reportTidyRecords(sampleReport()).length);
  });
});

describe('the workbook of a hand-made report with every block kind', () => {
  it('writes key figures, the pyramid, map data, suppressed text and a group column', async () => {
    const report = sampleReport();
    const book = await readWorkbook(await renderReportXlsx(report));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Over dit rapport',
      'Kerncijfers samenvatting overz…',
      'Bevolking',
      'DEMO Instroom en inburgering v…',
      'Gegevens',
      'Definities en bronnen',
    ]);
    for (const ws of book.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31);
    const kern = sheet(book, 'Kerncijfers samenvatting overz…');
    const a = columnA(kern);
    expect(a).toContain('Kerncijfers');
    expect(a).toContain('• Meer inwoners dan in 2020.');
    const pyramid = findRow(kern, (v) => v === 'leeftijd');
    expect(kern.getRow(pyramid + 1).getCell(5).value).toBe(1100);
    const instroom = sheet(book, 'DEMO Instroom en inburgering v…');
    const mapHeader = findRow(instroom, (v) => v === 'gemeente');
    expect(cellValue(instroom.getRow(mapHeader + 1).getCell(2))).toBe('<\u00a05');
    expect(instroom.getRow(mapHeader + 2).getCell(2).value).toBe(0.25);
    expect(columnA(instroom)).toContain(
      'De definities en bronnen van alle 0 indicatoren staan in het blad Definities en bronnen.',
    );
    const header = findRow(instroom, (v) => v === 'Geslacht');
    expect(cellValue(instroom.getRow(header).getCell(4))).toBe('vergelijkbare gemeenten');
    const men = instroom.getRow(header + 2);
    expect(cellValue(men.getCell(1))).toBe('Mannen');
    expect(men.getCell(2).value).toBe('<\u00a05');
    expect(men.getCell(3).value).toBe('<\u00a05');
    expect(men.getCell(4).value).toBe(40);
    expect(men.getCell(5).value).toBe(0.4);
    expect(men.getCell(5).numFmt).toBe('0.0 %');
    expect(cellValue(instroom.getRow(header + 3).getCell(2))).toBe('x');
    const cover = columnA(sheet(book, 'Over dit rapport'));
    expect(cover).toContain('Vergelijkbare gemeenten');
    expect(cover).toContain('Een opmerking over de fusie.');
  });

  it('formats rates with one decimal and gaps in signed percentage points', async () => {
    const book = await readWorkbook(await renderReportXlsx(sampleReport()));
    const ws = sheet(book, 'Bevolking');
    const rate = ws.getRow(findRow(ws, (v) => v === 'Titel migratiesaldo'));
    const row = ws.getRow(findRow(ws, (v) => v === 'inwoners', rate.number));
    expect(row.getCell(3).value).toBeCloseTo(-0.45, 12);
    expect(row.getCell(3).numFmt).toBe('#,##0.0');
    expect(cellValue(row.getCell(7))).toBe('–');
    const gap = ws.getRow(findRow(ws, (v) => v === 'buitenlandse herkomst'));
    expect(gap.getCell(3).value).toBeCloseTo(-12.34, 12);
    expect(gap.getCell(3).numFmt).toBe('+0.0" pp";-0.0" pp";0.0" pp"');
  });

  it('says in the definitions sheet that the catalog was not given', async () => {
    const book = await readWorkbook(await renderReportXlsx(sampleReport()));
    const ws = sheet(book, 'Definities en bronnen');
    expect(String(cellValue(ws.getRow(2).getCell(1)))).toMatch(/staan in cijfersjabloon 2026\.11\.1/);
    expect(ws.autoFilter).toBe('A3:Q7');
  });
});
