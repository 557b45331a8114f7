/**
 * A contract CSV file straight into typed columns: the byte reader (`csv-scan.ts`) hands each record's
 * field ranges to the row sink; a file it does not take on is read again with csv-parse, record by
 * record, with the same checks. Either way nothing per row is kept but the columns.
 */
import type { CellReaderOptions } from './cell-readers.js';
import { ContractRowSink, fieldText } from './contract-rows.js';
import type { Contract } from './contract-schema.js';
import { type ByteRecordConsumer, CsvFallback, scanCsv } from './csv-scan.js';
import { csvBody, delimiterError, forEachCsvRecord, widthProblem } from './csv-table.js';
import type { FactColumns } from './fact-columns.js';
import { layoutHeader } from './header-layout.js';
import { isBlank, type TableRecord } from './table-source.js';

export interface CsvContractRead {
  /** Undefined for a file without a non-blank line. */
  readonly header: TableRecord | undefined;
  readonly columns: FactColumns;
}

export function readCsvContract(
  buf: Buffer,
  file: string,
  contract: Contract,
  options: CellReaderOptions,
): CsvContractRead {
  const { body, delimiter } = csvBody(buf, file);
  try {
    const reader = new CsvContractReader(file, delimiter, contract, options);
    scanCsv(body, delimiter ?? ',', reader);
    return reader.finish();
  } catch (error) {
    if (!(error instanceof CsvFallback)) throw error;
  }
  const reader = new CsvContractReader(file, delimiter, contract, options);
  forEachCsvRecord(body, delimiter ?? ',', file, (record) => reader.textRecord(record));
  return reader.finish();
}

/** Header first (blank records skipped), then every record of the header's width into the sink. */
class CsvContractReader implements ByteRecordConsumer {
  private header: TableRecord | undefined;
  private sink: ContractRowSink | undefined;
  private width = 0;

  constructor(
    private readonly file: string,
    private readonly delimiter: string | undefined,
    private readonly contract: Contract,
    private readonly options: CellReaderOptions,
  ) {}

  record(
    line: number,
    buf: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    escaped: Uint8Array,
    fields: number,
  ): void {
    if (blankFields(buf, starts, ends, fields)) return;
    if (!this.sink) {
      const values = Array.from({ length: fields }, (_, i) =>
        fieldText(buf, starts[i] as number, ends[i] as number, escaped[i] === 1),
      );
      this.start({ line, values });
      return;
    }
    if (fields !== this.width)
      throw widthProblem(this.file, { line, values: { length: fields } }, this.header);
    this.sink.byteRecord(line, buf, starts, ends, escaped);
  }

  textRecord(record: TableRecord): void {
    if (record.problem) {
      if (!this.sink && this.delimiter === undefined) throw delimiterError(this.file, record);
      throw record.problem;
    }
    if (isBlank(record.values)) return;
    if (!this.sink) {
      this.start(record);
      return;
    }
    if (record.values.length !== this.width) throw widthProblem(this.file, record, this.header);
    this.sink.textRecord(record.line, record.values);
  }

  finish(): CsvContractRead {
    if (!this.sink) {
      // No header: layoutHeader says which columns the file should have.
      layoutHeader({ where: this.file, lineWord: 'regel', header: undefined }, this.contract);
      throw new Error('unreachable: layoutHeader refuses a file without header');
    }
    return { header: this.header, columns: this.sink.finish() };
  }

  private start(header: TableRecord): void {
    if (this.delimiter === undefined) throw delimiterError(this.file, header);
    const layout = layoutHeader({ where: this.file, lineWord: 'regel', header }, this.contract);
    this.header = header;
    this.width = header.values.length;
    this.sink = new ContractRowSink(
      { where: this.file, lineWord: 'regel' },
      layout,
      this.contract,
      this.options,
    );
  }
}

/** True when every field is empty or white space (as String.prototype.trim sees it). */
function blankFields(buf: Buffer, starts: Int32Array, ends: Int32Array, fields: number): boolean {
  for (let f = 0; f < fields; f++) {
    const end = ends[f] as number;
    for (let i = starts[f] as number; i < end; i++) {
      const c = buf[i] as number;
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      if (c < 0x80) return false;
      // Non-ASCII: let JavaScript decide (no-break space, ideographic space … are white space too).
      if (buf.toString('utf8', starts[f] as number, end).trim() !== '') return false;
      break;
    }
  }
  return true;
}
