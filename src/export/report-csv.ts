/**
 * The report as one tidy CSV: the rows of the workbook's "Gegevens" sheet. Same choice as the indicator
 * downloads (render/tidy/tidy-csv.ts): comma-separated, UTF-8 with BOM (Excel on Windows then reads the
 * accents right), dot decimals and no thousands separators, so any tool reads the numbers as numbers.
 */
import { stringify } from 'csv-stringify/sync';
import { TIDY_COLUMNS } from '../render/tidy/tidy-records.js';
import type { Report } from '../report/model.js';
import { reportTidyRecords } from './report-records.js';

export function renderReportCsv(report: Report): string {
  const records = reportTidyRecords(report).map((r) => TIDY_COLUMNS.map((c) => r[c] ?? ''));
  return `\ufeff${stringify([[...TIDY_COLUMNS], ...records])}`;
}
