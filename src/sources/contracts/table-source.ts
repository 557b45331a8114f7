/** A file's cells as text, before the contract gives them meaning; shared by the CSV and XLSX readers. */
import type { InputError } from '../../domain/input-error.js';

export interface TableRecord {
  /** 1-based line (CSV) or row (XLSX) where the record starts. */
  readonly line: number;
  readonly values: readonly string[];
  /** A structural fault of this record (e.g. wrong number of fields), thrown when its turn comes. */
  readonly problem?: InputError;
}

export interface TableSource {
  /** The file as named in errors: the path, plus ` (sheet X)` for a workbook. */
  readonly where: string;
  readonly sheet?: string;
  /** How the user's tool numbers records: a text editor shows lines, a spreadsheet rows. */
  readonly lineWord: 'regel' | 'rij';
  /** The first non-empty record; undefined for an empty file. */
  readonly header: TableRecord | undefined;
  /** Data records below the header; records with only empty cells are left out. */
  readonly records: readonly TableRecord[];
}

export function isBlank(values: readonly string[]): boolean {
  return values.every((v) => v.trim() === '');
}
