/** Test helper: the demo samples as cells, to derive variants, and writers for CSV and XLSX copies. */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { sampleCsvPath } from '../../../src/sources/contracts/contract-samples.js';
import type { Contract } from '../../../src/sources/contracts/contract-schema.js';
import { loadContracts } from '../../../src/sources/contracts/load-contracts.js';

export interface Cells {
  readonly header: string[];
  /** Data rows; row i is on line i + 2. */
  readonly rows: string[][];
}

export const contracts = [...loadContracts().values()];

/** The samples are plain: no quotes, `,` between fields, LF line ends. */
export function sampleCells(contract: Contract): Cells {
  const [header = '', ...lines] = readFileSync(sampleCsvPath(contract), 'utf8').trimEnd().split('\n');
  return { header: header.split(','), rows: lines.map((l) => l.split(',')) };
}

export function csvText(cells: Cells, delimiter = ',', eol = '\n'): string {
  const quote = (v: string): string =>
    v.includes(delimiter) || v.includes('"') || v.includes('\n') ? `"${v.replaceAll('"', '""')}"` : v;
  return [cells.header, ...cells.rows].map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
}

export function writeCsv(path: string, cells: Cells, encoding: BufferEncoding = 'utf8'): string {
  writeFileSync(path, Buffer.from(csvText(cells), encoding));
  return path;
}

/** A one-sheet workbook with exactly these cell values (row 1 = header). */
export async function writeXlsx(
  path: string,
  sheetName: string,
  rows: ExcelJS.CellValue[][],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
  return path;
}

export function columnOf(cells: Cells, name: string): number {
  const i = cells.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name}`);
  return i;
}
