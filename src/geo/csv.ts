/**
 * A tiny CSV reader for the reference tables: delimiter-separated, optional RFC 4180 quoting,
 * UTF-8 BOM and CRLF/LF line ends tolerated. The files are small, so everything is read in one go.
 */
import { readFileSync } from 'node:fs';
import { InputError, type InputLocation } from '../domain/input-error.js';

export interface CsvRow {
  /** 1-based line on which the row starts (quoted fields may span lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvRecord {
  readonly line: number;
  /** Value of a column by header name; throws an InputError naming the file when the column is unknown. */
  get(column: string): string;
  /** File, line and 1-based column of a field, for error messages. */
  where(column: string): InputLocation;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/** Splits text into rows; blank lines are skipped. `file` only labels errors. */
export function parseCsv(text: string, delimiter = ',', file = '<csv>'): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let pos = 0;
  let line = 1;
  while (pos < src.length) {
    const newline = src.indexOf('\n', pos);
    const end = newline < 0 ? src.length : newline;
    const raw = src.slice(pos, src[end - 1] === '\r' ? end - 1 : end);
    if (!raw.includes('"')) {
      // Fast path: the reference tables never quote, so most lines are a plain split.
      if (raw !== '') rows.push({ line, fields: raw.split(delimiter) });
      pos = end + 1;
      line++;
      continue;
    }
    const quoted = parseQuotedRow(src, pos, line, delimiter, file);
    rows.push({ line, fields: quoted.fields });
    pos = quoted.next;
    line = quoted.line;
  }
  return rows;
}

/** Parses one row that contains double quotes, possibly spanning lines; returns where the next row starts. */
function parseQuotedRow(src: string, from: number, startLine: number, delimiter: string, file: string) {
  const fields: string[] = [];
  let field = '';
  let line = startLine;
  let i = from;
  for (;;) {
    const ch = src[i];
    if (ch === undefined || ch === '\n' || (ch === '\r' && src[i + 1] === '\n')) {
      fields.push(field);
      const next = ch === undefined ? i : i + (ch === '\r' ? 2 : 1);
      return { fields, next, line: line + 1 };
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '"' && field === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        const q = src[i];
        if (q === undefined)
          throw new InputError({ file, line: quoteLine }, 'een sluitend dubbel aanhalingsteken');
        if (q === '"' && src[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (q === '"') {
          i++;
          break;
        } else {
          if (q === '\n') line++;
          field += q;
          i++;
        }
      }
      const after = src[i];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
        throw new InputError(
          { file, line },
          'een scheidingsteken of regeleinde na een veld tussen aanhalingstekens',
          after,
        );
      }
    } else {
      field += ch;
      i++;
    }
  }
}

/** Parses a table with a header row; checks the required columns and the field count of every row. */
export function parseCsvTable(
  text: string,
  file: string,
  required: readonly string[],
  delimiter = ',',
): CsvTable {
  const [head, ...body] = parseCsv(text, delimiter, file);
  if (!head) throw new InputError({ file, line: 1 }, 'een kopregel', '');
  const header = head.fields.map((h) => h.trim());
  const index = new Map(header.map((name, i) => [name, i]));
  for (const column of required) {
    if (!index.has(column)) {
      throw new InputError({ file, line: head.line }, `een kolom ${column}`, header.join(delimiter));
    }
  }
  const records = body.map((row): CsvRecord => {
    if (row.fields.length !== header.length) {
      throw new InputError(
        { file, line: row.line },
        `${header.length} velden gescheiden door ${JSON.stringify(delimiter)}`,
        `${row.fields.length} velden`,
      );
    }
    return {
      line: row.line,
      get(column) {
        const at = index.get(column);
        if (at === undefined) throw new InputError({ file, line: row.line }, `een kolom ${column}`);
        return (row.fields[at] ?? '').trim();
      },
      where(column) {
        const at = index.get(column);
        return at === undefined
          ? { file, line: row.line }
          : { file, line: row.line, column: at + 1, field: column };
      },
    };
  });
  return { header, records };
}

export function readCsvTable(path: string, required: readonly string[], delimiter = ','): CsvTable {
  return parseCsvTable(readFileSync(path, 'utf8'), path, required, delimiter);
}
