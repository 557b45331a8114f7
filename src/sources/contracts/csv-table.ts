/** Reads a tidy CSV file (UTF-8, optional BOM, `,` or `;`, quoted fields allowed) into text records. */
import { isUtf8 } from 'node:buffer';
import { type CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../../domain/input-error.js';
import { encodingError } from './csv-encoding.js';
import { isBlank, type TableRecord, type TableSource } from './table-source.js';

const LF = 0x0a;
const CR = 0x0d;

export interface CsvBody {
  /** The bytes after any BOM. */
  readonly body: Buffer;
  /** From the header; undefined when it has neither `,` nor `;` (records are then split on `,`). */
  readonly delimiter: string | undefined;
}

/** BOM, delimiter and the UTF-8 check, which comes before anything else. */
export function csvBody(buf: Buffer, file: string): CsvBody {
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  const delimiter = detectDelimiter(body);
  if (!isUtf8(buf)) throw encodingError(buf, start, delimiter ?? ',', file);
  return { body, delimiter };
}

export function readCsvTable(buf: Buffer, file: string): TableSource {
  const { body, delimiter } = csvBody(buf, file);
  const all: TableRecord[] = [];
  forEachCsvRecord(body, delimiter ?? ',', file, (record) => all.push(record));
  const nonBlank = all.filter((r) => r.problem || !isBlank(r.values));
  const [header, ...rest] = nonBlank;
  if (header && delimiter === undefined) throw delimiterError(file, header);
  if (header?.problem) throw header.problem;
  const width = header?.values.length ?? 0;
  const records = rest.map((r) =>
    r.problem || r.values.length === width ? r : { ...r, problem: widthProblem(file, r, header) },
  );
  return { where: file, lineWord: 'regel', header, records };
}

export function delimiterError(file: string, header: TableRecord): InputError {
  return new InputError(
    { file, line: header.line },
    'een kopregel met de kolomnamen gescheiden door "," of ";"',
    header.values.join(''),
  );
}

/** A record whose number of fields differs from the header's. */
export function widthProblem(
  file: string,
  record: { readonly line: number; readonly values: { readonly length: number } },
  header: TableRecord | undefined,
): InputError {
  const width = header?.values.length ?? 0;
  const n = record.values.length;
  const column = Math.min(n, width) + 1;
  return new InputError(
    { file, line: record.line, column, field: header?.values[column - 1]?.trim() },
    `${width} velden zoals de kopregel, gescheiden door hetzelfde scheidingsteken`,
    `${n} veld${n === 1 ? '' : 'en'}`,
  );
}

/** The header (first non-blank line) decides: whichever of `,` and `;` it uses more often, outside quotes. */
function detectDelimiter(body: Buffer): string | undefined {
  const text = body.toString('latin1', 0, Math.min(body.length, 64 * 1024));
  const header = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const line = header.replace(/"[^"]*"/g, '');
  const commas = line.split(',').length - 1;
  const semicolons = line.split(';').length - 1;
  if (commas === 0 && semicolons === 0) return undefined;
  return semicolons > commas ? ';' : ',';
}

/**
 * Every record csv-parse finds, in file order, blank ones included; a syntax error comes last, as a
 * record with a `problem`. An error thrown by `visit` stops the parse and is thrown as it is.
 */
export function forEachCsvRecord(
  body: Buffer,
  delimiter: string,
  file: string,
  visit: (record: TableRecord) => void,
): void {
  const lineAt = lineCounter(body);
  let end = 0;
  let firstValues: readonly string[] | undefined;
  let thrown: unknown;
  const startLine = (): number => {
    // csv-parse reports where a record ends; it starts after any empty lines it skipped.
    let pos = end;
    while (body[pos] === LF || body[pos] === CR) pos++;
    return lineAt(pos);
  };
  try {
    parse(body, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (values: string[], context) => {
        firstValues ??= values;
        try {
          visit({ line: startLine(), values });
        } catch (error) {
          thrown = error;
          throw error;
        }
        end = context.bytes;
        return null;
      },
    });
  } catch (error) {
    if (thrown !== undefined) throw thrown;
    const csvError = error as CsvError;
    const column = typeof csvError.column === 'number' ? csvError.column + 1 : undefined;
    const field = column === undefined ? undefined : firstValues?.[column - 1]?.trim();
    const problem = new InputError(
      { file, line: startLine(), column, field },
      'correcte CSV: een veld met het scheidingsteken, een aanhalingsteken of een regeleinde staat tussen dubbele aanhalingstekens, met verdubbelde aanhalingstekens erin',
      csvError.message,
    );
    visit({ line: startLine(), values: [], problem });
  }
}

/** Maps byte offsets, asked in increasing order, to 1-based line numbers. */
function lineCounter(body: Buffer): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    for (; pos < offset && pos < body.length; pos++) if (body[pos] === LF) line++;
    return line;
  };
}
