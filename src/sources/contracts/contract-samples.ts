/** Where the fictitious demonstration file of each contract lives (CSV, plus a generated XLSX twin). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Contract } from './contract-schema.js';

export const DEFAULT_SAMPLES_DIR = fileURLToPath(
  new URL('../../../data/samples/contracts/', import.meta.url),
);

export function sampleCsvPath(contract: Contract, dir: string = DEFAULT_SAMPLES_DIR): string {
  return join(dir, contract.sample);
}

/** `DEMO-x.csv` → `DEMO-x.xlsx`. */
export function xlsxTwinName(csvName: string): string {
  return csvName.replace(/\.csv$/i, '.xlsx');
}

export function sampleXlsxPath(contract: Contract, dir: string = DEFAULT_SAMPLES_DIR): string {
  return join(dir, xlsxTwinName(contract.sample));
}
