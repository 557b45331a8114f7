/**
 * Writes the XLSX twin of a sample CSV, as a user would have it in Excel: whole numbers as numeric
 * cells, ISO dates as date cells. Run with tsx to regenerate data/samples/contracts/*.xlsx.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { sampleCsvPath, sampleXlsxPath } from './contract-samples.js';
import { readCsvTable } from './csv-table.js';
import { loadContracts } from './load-contracts.js';

/** Fixed, so a regenerated twin differs only where the data (or the zip entry times) differ. */
const WORKBOOK_DATE = new Date(Date.UTC(2025, 0, 1));

export async function csvToXlsx(csvPath: string, xlsxPath: string, sheetName: string): Promise<void> {
  const table = readCsvTable(await readFile(csvPath), csvPath);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'omgevingsanalyse';
  workbook.created = WORKBOOK_DATE;
  workbook.modified = WORKBOOK_DATE;
  const sheet = workbook.addWorksheet(sheetName);
  if (table.header) sheet.addRow([...table.header.values]).font = { bold: true };
  for (const record of table.records) {
    if (record.problem) throw record.problem;
    const row = sheet.addRow(record.values.map(toCell));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  await workbook.xlsx.writeFile(xlsxPath);
}

function toCell(text: string): string | number | Date {
  // Leading zeros matter in codes, so only plain whole numbers become numeric cells.
  if (/^(0|[1-9]\d{0,14})$/.test(text)) return Number(text);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (date.toISOString().startsWith(text)) return date;
  }
  return text;
}

async function writeAllSamples(): Promise<void> {
  for (const contract of loadContracts().values()) {
    await csvToXlsx(sampleCsvPath(contract), sampleXlsxPath(contract), contract.id);
    console.log(sampleXlsxPath(contract));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await writeAllSamples();
