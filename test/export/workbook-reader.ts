/** Reading a written workbook back in tests: sheets, rows as plain text, finding rows by their label. */
import ExcelJS from 'exceljs';

export async function readWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

export function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}: ${book.worksheets.map((s) => s.name).join(', ')}`);
  return found;
}

/** The text a cell shows as (rich text joined, hyperlinks by their text), or its number. */
export function cellValue(cell: ExcelJS.Cell): string | number | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

export function columnA(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(String(cellValue(ws.getRow(r).getCell(1)) ?? ''));
  return out;
}

/** The number of the first row at or after `from` whose column `col` satisfies `test`. */
export function findRow(
  ws: ExcelJS.Worksheet,
  test: (value: string | number | null) => boolean,
  from = 1,
  col = 1,
): number {
  for (let r = from; r <= ws.rowCount; r++) if (test(cellValue(ws.getRow(r).getCell(col)))) return r;
  throw new Error(`no matching row in ${ws.name} from row ${from}`);
}
