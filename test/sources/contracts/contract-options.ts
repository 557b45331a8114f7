/** Test helper: importer options from the vendored municipality lists and a tiny ISO country stub. */
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import type { NisCode } from '../../../src/domain/brand.js';
import type { ReadContractOptions } from '../../../src/sources/contracts/read-contract-file.js';
import { readPlainCsv } from '../../support/csv.js';

const REFERENCE = ['municipalities_2019_2024.csv', 'municipalities_2025.csv'].map((name) =>
  fileURLToPath(new URL(`../../../data/reference/${name}`, import.meta.url)),
);

let flemish: Set<string> | undefined;

export function flemishCodes(): Set<string> {
  flemish ??= new Set(REFERENCE.flatMap((file) => readPlainCsv(file).map((r) => r.nis_code ?? '')));
  return flemish;
}

/** ISO alpha-2 or alpha-3 only; the real resolver also knows Belgian nationality codes. */
export function resolveIsoCountry(code: string): string | undefined {
  const upper = code.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) return countries.alpha2ToAlpha3(upper);
  if (/^[A-Z]{3}$/.test(upper) && countries.isValid(upper)) return upper;
  return undefined;
}

export const options: ReadContractOptions = {
  isFlemishMunicipality: (nis: NisCode) => flemishCodes().has(nis),
  resolveCountry: resolveIsoCountry,
};
