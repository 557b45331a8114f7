/** Test helper: municipality codes (level 4) from Statbel's REFNIS code list, past and present. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NisCode } from '../../src/domain/brand.js';

export const REFNIS_LIST = fileURLToPath(
  new URL('../../data/reference/statbel_TU_COM_REFNIS_2022-03.txt', import.meta.url),
);

let codes: Set<string> | undefined;

export function municipalityCodes(): Set<string> {
  if (!codes) {
    codes = new Set();
    for (const line of readFileSync(REFNIS_LIST, 'utf8').split(/\r?\n/)) {
      const [level, code] = line.split('|');
      if (level === '4' && code) codes.add(code);
    }
  }
  return codes;
}

export const isKnownMunicipality = (nis: NisCode): boolean => municipalityCodes().has(nis);
