/** Typed field readers: a bad value becomes an InputError naming file, line and column. */
import { isNisCode, type NisCode } from '../domain/brand.js';
import { InputError } from '../domain/input-error.js';
import type { CsvRecord } from './csv.js';

export function textField(record: CsvRecord, column: string, allowEmpty = false): string {
  const value = record.get(column);
  if (!allowEmpty && value === '') {
    throw new InputError(record.where(column), 'een niet-lege waarde', value);
  }
  return value;
}

export function nisField(record: CsvRecord, column: string): NisCode {
  const value = record.get(column);
  if (!isNisCode(value)) {
    throw new InputError(record.where(column), 'een NIS-code van 5 cijfers', value);
  }
  return value;
}

export function boolField(record: CsvRecord, column: string): boolean {
  const value = record.get(column).toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(record.where(column), 'true of false', value);
}

export function countField(record: CsvRecord, column: string): number {
  const value = record.get(column);
  if (!/^\d+$/.test(value)) {
    throw new InputError(record.where(column), 'een geheel getal', value);
  }
  return Number(value);
}
