/** Statbel REFNIS code list (TU_COM_REFNIS): used only to know which municipality codes exist in Belgium. */
import { readFileSync } from 'node:fs';
import { isNisCode, type NisCode } from '../domain/brand.js';
import { InputError } from '../domain/input-error.js';
import { parseCsvTable } from './csv.js';

const MUNICIPALITY_LEVEL = '4';

/** Level-4 (municipality) codes of any validity period, so historical codes in old data stay valid. */
export function parseRefnisMunicipalityCodes(text: string, file: string): Set<NisCode> {
  const table = parseCsvTable(text, file, ['LVL_REFNIS', 'CD_REFNIS'], '|');
  const codes = new Set<NisCode>();
  for (const record of table.records) {
    if (record.get('LVL_REFNIS') !== MUNICIPALITY_LEVEL) continue;
    const code = record.get('CD_REFNIS');
    if (!isNisCode(code)) {
      throw new InputError(record.where('CD_REFNIS'), 'een NIS-code van 5 cijfers', code);
    }
    codes.add(code);
  }
  if (codes.size === 0) throw new InputError({ file }, 'rijen met LVL_REFNIS 4 (gemeenten)', 'geen');
  return codes;
}

export function readRefnisMunicipalityCodes(file: string): Set<NisCode> {
  return parseRefnisMunicipalityCodes(readFileSync(file, 'utf8'), file);
}
