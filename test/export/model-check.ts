/**
 * Checks a written workbook and tidy rows back against the report model, cell by cell, with scales
 * written out here (independent of the export code): every number must be the report's figure.
 */
import type ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { stateText } from '../../src/domain/format.js';
import type { FigureValue } from '../../src/domain/value.js';
import { sheetSections } from '../../src/export/xlsx/workbook.js';
import type { Unit } from '../../src/indicators/catalog-schema.js';
import type { TidyRecord } from '../../src/render/tidy/tidy-records.js';
import type { Report, ReportCell, TableBlock } from '../../src/report/model.js';
import { cellValue, findRow } from './workbook-reader.js';

/** Section sheet: percent as the fraction, rates and gaps as shown. */
const SHEET_SCALE: Record<Unit, number> = {
  count: 1,
  distinct: 1,
  percent: 1,
  per_1000: 1000,
  per_10000: 10000,
  percentage_points: 100,
};
/** Tidy rows: shares ×100 as in the indicator downloads. */
const TIDY_SCALE: Record<Unit, number> = { ...SHEET_SCALE, percent: 100 };
const FORMAT: Record<Unit, string> = {
  count: '#,##0',
  distinct: '#,##0',
  percent: '0.0 %',
  per_1000: '#,##0.0',
  per_10000: '#,##0.0',
  percentage_points: '+0.0" pp";-0.0" pp";0.0" pp"',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const hasRelative = (unit: Unit) => unit !== 'count' && unit !== 'distinct';

function expectFigure(
  cell: ExcelJS.Cell,
  v: FigureValue,
  scale: number,
  numFmt: string,
  where: string,
): void {
  if (v.state === 'value') {
    expect(typeof cell.value, where).toBe('number');
    if (scale === 1) expect(cell.value, where).toBe(v.value);
    else expect(cell.value as number, where).toBeCloseTo(v.value * scale, 9);
    expect(cell.numFmt, where).toBe(numFmt);
  } else {
    expect(cell.value, where).toBe(stateText(v));
  }
}

function expectRow(
  row: ExcelJS.Row,
  cells: readonly ReportCell[],
  block: TableBlock,
  perArea: number,
  where: string,
): void {
  cells.forEach((c, i) => {
    const col = 2 + i * perArea;
    expectFigure(row.getCell(col), c.count, 1, FORMAT.count, `${where} area ${i} count`);
    if (hasRelative(block.unit))
      expectFigure(
        row.getCell(col + 1),
        c.relative,
        SHEET_SCALE[block.unit],
        FORMAT[block.unit],
        `${where} area ${i} rel`,
      );
  });
}

/** Walks every table block of every section sheet (sheets 2.. in section order); returns the cells checked. */
export function checkSectionSheets(book: ExcelJS.Workbook, report: Report): number {
  let checked = 0;
  sheetSections(report).forEach((section, s) => {
    const ws = book.worksheets[s + 1];
    if (!ws) throw new Error(`no sheet for section ${section.id}`);
    const tables = section.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const perArea = tables.some((b) => hasRelative(b.unit)) ? 2 : 1;
    let cursor = 1;
    for (const block of tables) {
      const heading = new RegExp(`^${escapeRegExp(block.title)}( DEMODATA)?( \\(voorlopige cijfers\\))?$`);
      const title = findRow(ws, (v) => typeof v === 'string' && heading.test(v), cursor);
      const header = findRow(ws, (v) => v === 'aantal', title, 2);
      block.rows.forEach((r, i) => {
        const row = ws.getRow(header + 1 + i);
        expect(cellValue(row.getCell(1))).toBe(r.key === 'total' ? block.countLabel : r.label);
        expectRow(row, r.cells, block, perArea, `${ws.name} ${block.id} ${r.key}`);
        checked += r.cells.length;
      });
      cursor = header + block.rows.length;
      if (block.series.length > 1) {
        const evolution = findRow(ws, (v) => v === `${block.title}: evolutie`, cursor);
        const seriesHeader = findRow(ws, (v) => v === 'aantal', evolution, 2);
        block.series.forEach((p, i) => {
          const row = ws.getRow(seriesHeader + 1 + i);
          expect(String(cellValue(row.getCell(1)))).toMatch(new RegExp(`^${p.periodLabel}`));
          expectRow(row, p.cells, block, perArea, `${ws.name} ${block.id} ${p.period}`);
          checked += p.cells.length;
        });
        cursor = seriesHeader + block.series.length;
      }
    }
  });
  return checked;
}

/** Every tidy row is one figure of the model, and every figure of the model is one tidy row. */
export function checkTidyRecords(records: readonly TidyRecord[], report: Report): void {
  const expected = new Map<string, { v: ReportCell; unit: Unit; demo: boolean; provisional: boolean }>();
  for (const section of report.sections)
    for (const block of section.blocks) {
      if (block.kind !== 'table') continue;
      const flags = { unit: block.unit };
      for (const p of block.series)
        report.areas.forEach((a, i) => {
          const v = p.cells[i] as ReportCell;
          const key = `${block.indicatorId}|${a.nis}|${block.rows[0]?.key}|${p.period}`;
          expected.set(key, { v, ...flags, demo: p.demo, provisional: p.provisional });
        });
      for (const r of block.rows)
        report.areas.forEach((a, i) => {
          const v = r.cells[i] as ReportCell;
          const key = `${block.indicatorId}|${a.nis}|${r.key}|${block.period ?? ''}`;
          expected.set(key, { v, ...flags, demo: block.demo, provisional: block.provisional });
        });
    }
  expect(records).toHaveLength(expected.size);
  const seen = new Set<string>();
  for (const r of records) {
    const key = `${r.indicator}|${r.nis}|${r.categorie}|${r.periode ?? ''}`;
    const e = expected.get(key);
    if (!e) throw new Error(`tidy row not in the report: ${key}`);
    expect(seen.has(key), key).toBe(false);
    seen.add(key);
    const { count, relative } = e.v;
    if (count.state === 'value') expect(r.aantal, key).toBe(count.value);
    else {
      expect(r.aantal, key).toBeNull();
      expect(r.status, key).toContain(`aantal: ${stateText(count)}`);
    }
    if (relative.state === 'value')
      expect(r.relatief as number, key).toBeCloseTo(relative.value * TIDY_SCALE[e.unit], 6);
    else expect(r.relatief, key).toBeNull();
    if (relative.state !== 'value' && relative.state !== 'not_applicable')
      expect(r.status, key).toContain(`relatief: ${stateText(relative)}`);
    expect(r.demo, key).toBe(e.demo ? 'ja' : 'nee');
    expect(r.voorlopig, key).toBe(e.provisional ? 'ja' : 'nee');
  }
}

/** The data sheet, row by row, equals the CSV (numbers compared as the CSV writes them). */
export function sheetRowsAsText(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  const width = ws.getRow(1).cellCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const v = cellValue(row.getCell(c));
      cells.push(v === null ? '' : String(v));
    }
    out.push(cells);
  }
  return out;
}
