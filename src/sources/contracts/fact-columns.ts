/**
 * A validated contract file as typed columns: every key column (municipality, period, each dimension)
 * as code ids into a dictionary of normalised codes, counts as doubles (exact whole numbers up to
 * 2^53), the provisional flag and the source line per row. No object per row.
 */
import type { NisCode } from '../../domain/brand.js';
import type { ChunkedColumn } from './column-buffers.js';
import type { ContractRow } from './contract-table.js';

export interface KeyColumn {
  /** The contract's column name. */
  readonly name: string;
  /** Normalised codes by id, in order of first appearance in the file. */
  readonly codes: readonly string[];
  readonly ids: ChunkedColumn<Int32Array>;
}

export interface FactColumns {
  readonly rowCount: number;
  /** Key columns in contract order: municipality, period, then the dimensions. */
  readonly keys: readonly KeyColumn[];
  readonly count: ChunkedColumn<Float64Array>;
  /** 1 = provisional. */
  readonly provisional: ChunkedColumn<Uint8Array>;
  /** 1-based line (CSV) or row (XLSX) each row came from. */
  readonly line: ChunkedColumn<Int32Array>;
}

export const AREA_KEY = 0;
export const PERIOD_KEY = 1;
export const FIRST_DIMENSION_KEY = 2;

/** Row `row` as an object: for tests and small consumers; the import reads the columns. */
export function factRow(columns: FactColumns, row: number): ContractRow {
  const code = (k: number): string => {
    const key = columns.keys[k] as KeyColumn;
    return key.codes[key.ids.get(row)] as string;
  };
  const dims: Record<string, string> = {};
  for (let k = FIRST_DIMENSION_KEY; k < columns.keys.length; k++) {
    dims[(columns.keys[k] as KeyColumn).name] = code(k);
  }
  return {
    nis: code(AREA_KEY) as NisCode,
    period: code(PERIOD_KEY),
    dims,
    count: columns.count.get(row),
    provisional: columns.provisional.get(row) === 1,
    line: columns.line.get(row),
  };
}
