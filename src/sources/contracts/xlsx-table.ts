/** Reads one sheet of an XLSX workbook (header in the first non-empty row) into text records. */
import ExcelJS from 'exceljs';
import { InputError } from '../../domain/input-error.js';
import { cellText } from './cell-text.js';
import { isBlank, type TableRecord, type TableSource } from './table-source.js';

/** Picks the sheet named `sheetName` (exactly, then ignoring case), else the first sheet. */
export async function readXlsxTable(buf: Buffer, file: string, sheetName: string): Promise<TableSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(buf as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new InputError({ file }, 'een Excel-werkmap (.xlsx)', (error as Error).message);
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => s.name === sheetName) ??
    sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase()) ??
    sheets[0];
  if (!sheet) throw new InputError({ file }, 'een werkmap met minstens één werkblad', 'geen werkbladen');
  const where = `${file} (werkblad ${sheet.name})`;
  const all: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    const texts = Array.from(values, (v) => cellText(v));
    if (!isBlank(texts)) all.push({ line, values: texts });
  });
  const [first, ...rest] = all;
  const header = first && { ...first, values: trimEnd(first.values) };
  const width = header?.values.length ?? 0;
  const records = rest.map((r) => fitToHeader(r, width, where));
  return { where, sheet: sheet.name, lineWord: 'rij', header, records };
}

/** Formatting can leave empty cells after the last column name; they are not columns. */
function trimEnd(values: readonly string[]): string[] {
  let n = values.length;
  while (n > 0 && (values[n - 1] ?? '').trim() === '') n--;
  return values.slice(0, n);
}

/** Pads short rows with empty cells; a value right of the last named column is an error. */
function fitToHeader(record: TableRecord, width: number, file: string): TableRecord {
  const values = Array.from({ length: width }, (_, i) => record.values[i] ?? '');
  const extra = record.values.findIndex((v, i) => i >= width && v.trim() !== '');
  if (extra < 0) return { line: record.line, values };
  const problem = new InputError(
    { file, line: record.line, column: extra + 1 },
    `een lege cel: de koprij noemt ${width} kolommen en boven deze cel staat geen kolomnaam`,
    record.values[extra],
  );
  return { line: record.line, values, problem };
}
