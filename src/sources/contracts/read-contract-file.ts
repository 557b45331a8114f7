/** The generic importer: one tidy CSV or XLSX file that follows a data contract. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InputError } from '../../domain/input-error.js';
import { contractRows } from './contract-rows.js';
import type { Contract } from './contract-schema.js';
import type { ContractTable, ReadContractOptions } from './contract-table.js';
import { readCsvTable } from './csv-table.js';
import { layoutHeader } from './header-layout.js';
import type { TableSource } from './table-source.js';
import { readXlsxTable } from './xlsx-table.js';

export type { ContractRow, ContractTable, ReadContractOptions } from './contract-table.js';

/** Reads and validates the whole file; throws an InputError for the first problem, in file order. */
export async function readContractFile(
  path: string,
  contract: Contract,
  options: ReadContractOptions,
): Promise<ContractTable> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx') {
    const hint = extension === '.xls' ? ' (save an old .xls workbook as .xlsx)' : '';
    throw new InputError({ file: path }, `a .csv or .xlsx file${hint}`, extension || 'no extension');
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (error) {
    throw new InputError({ file: path }, 'an existing, readable file', (error as NodeJS.ErrnoException).code);
  }
  const table: TableSource =
    extension === '.csv' ? readCsvTable(buf, path) : await readXlsxTable(buf, path, contract.id);
  const layout = layoutHeader(table, contract);
  const rows = contractRows(table, layout, contract, options);
  if (rows.length === 0) {
    const line = (table.header?.line ?? 0) + 1;
    throw new InputError(
      { file: table.where, line },
      `at least one data ${table.lineWord} below the header`,
      '',
    );
  }
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  return {
    contract,
    source: {
      path,
      fileName: basename(path),
      ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
      bytes: buf.length,
      sha256: createHash('sha256').update(buf).digest('hex'),
    },
    rows,
    periods,
  };
}
