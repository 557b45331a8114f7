/** Tidy CSV: comma-separated, UTF-8 with BOM (Excel opens it right), dot decimals for machines. */
import { stringify } from 'csv-stringify/sync';
import type { IndicatorTable } from '../../report/indicator-table.js';
import { TIDY_COLUMNS, tidyRecords } from './tidy-records.js';

export function renderTidyCsv(table: IndicatorTable): string {
  const records = tidyRecords(table).map((r) => TIDY_COLUMNS.map((c) => r[c] ?? ''));
  return `\ufeff${stringify([TIDY_COLUMNS as unknown as string[], ...records])}`;
}
