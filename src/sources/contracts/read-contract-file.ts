/** The generic importer: one tidy CSV or XLSX file that follows a data contract. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../../domain/input-error.js';
import { checkInputFile, systemReason } from '../input-file.js';
import { ContractRowSink } from './contract-rows.js';
import type { Contract } from './contract-schema.js';
import type { ContractRow, ContractTable, ReadContractOptions } from './contract-table.js';
import { readCsvContract } from './csv-contract.js';
import { type FactColumns, factRow, PERIOD_KEY } from './fact-columns.js';
import { layoutHeader } from './header-layout.js';
import type { TableRecord } from './table-source.js';
import { readXlsxTable } from './xlsx-table.js';

export type { ContractRow, ContractTable, ReadContractOptions } from './contract-table.js';

/** A contract file is read whole; real deliveries are well under a megabyte. */
const MAX_CONTRACT_BYTES = 256 * 1024 * 1024;

/** Reads and validates the whole file; throws an InputError for the first problem, in file order. */
export async function readContractFile(
  path: string,
  contract: Contract,
  options: ReadContractOptions,
): Promise<ContractTable> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    const hint = extension === '.xls' ? ' (sla een oude .xls-werkmap op als .xlsx)' : '';
    throw new InputError({ file: path }, `een .csv- of .xlsx-bestand${hint}`, extension || 'geen extensie');
  }
  await checkInputFile(path, MAX_CONTRACT_BYTES);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (error) {
    throw new InputError({ file: path }, 'een bestaand, leesbaar bestand', systemReason(error));
  }
  const read: ReadColumns =
    extension === '.csv'
      ? { ...readCsvContract(buf, path, contract, options), where: path, lineWord: 'regel' as const }
      : await readXlsx(buf, path, contract, options);
  const { columns, header } = read;
  if (columns.rowCount === 0) {
    const line = (header?.line ?? 0) + 1;
    throw new InputError(
      { file: read.where, line },
      `minstens één gegevens${read.lineWord} onder de kop`,
      '',
    );
  }
  return new ColumnarContractTable(
    contract,
    {
      path,
      fileName: basename(path),
      ...(read.sheet === undefined ? {} : { sheet: read.sheet }),
      bytes: buf.length,
      sha256: createHash('sha256').update(buf).digest('hex'),
    },
    columns,
  );
}

/** A file's validated columns, with what error messages about the whole file need. */
interface ReadColumns {
  /** The file as named in errors (with the sheet for a workbook). */
  readonly where: string;
  readonly sheet?: string;
  readonly lineWord: 'regel' | 'rij';
  readonly header: TableRecord | undefined;
  readonly columns: FactColumns;
}

/** A workbook is small enough to hold as text records first; its rows then go through the same sink. */
async function readXlsx(
  buf: Buffer,
  path: string,
  contract: Contract,
  options: ReadContractOptions,
): Promise<ReadColumns> {
  const table = await readXlsxTable(buf, path, contract.id);
  const layout = layoutHeader(table, contract);
  const sink = new ContractRowSink(table, layout, contract, options);
  for (const record of table.records) {
    if (record.problem) throw record.problem;
    sink.textRecord(record.line, record.values);
  }
  return {
    where: table.where,
    sheet: table.sheet ?? '',
    lineWord: 'rij',
    header: table.header,
    columns: sink.finish(),
  };
}

class ColumnarContractTable implements ContractTable {
  readonly rowCount: number;
  readonly periods: readonly string[];
  private rowObjects: ContractRow[] | undefined;

  constructor(
    readonly contract: Contract,
    readonly source: ContractTable['source'],
    readonly columns: FactColumns,
  ) {
    this.rowCount = columns.rowCount;
    this.periods = [...(columns.keys[PERIOD_KEY]?.codes ?? [])].sort();
  }

  get rows(): readonly ContractRow[] {
    this.rowObjects ??= Array.from({ length: this.rowCount }, (_, row) => factRow(this.columns, row));
    return this.rowObjects;
  }
}
