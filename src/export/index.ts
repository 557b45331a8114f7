/** The report as downloads: an Excel workbook, a tidy CSV, and their file names. */
export type { ExportContext } from './definitions.js';
export { reportFileName } from './file-name.js';
export { renderReportCsv } from './report-csv.js';
export { reportTidyRecords } from './report-records.js';
export { renderReportXlsx } from './xlsx/workbook.js';
