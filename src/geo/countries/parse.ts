/** Turns the rows of countries.csv into validated Country records. */
import { InputError } from '../../domain/input-error.js';
import type { CsvRecord, CsvTable } from '../csv.js';
import { boolField, textField } from '../fields.js';
import { isIsoDate } from './groupings.js';
import { type Country, GSM_GROUPS, type GsmGroup } from './types.js';

export const COUNTRY_COLUMNS = [
  'iso2',
  'iso3',
  'iso_numeric',
  'nis_code',
  'name_nl',
  'eu_from',
  'eu_until',
  'eea',
  'gsm_group',
  'moe',
] as const;

const EU_GROUPS: ReadonlySet<string> = new Set(['west_noord_eu15', 'zuid_eu15', 'eu13']);

function matchField(record: CsvRecord, column: string, pattern: RegExp, expected: string): string {
  const value = record.get(column);
  if (!pattern.test(value)) throw new InputError(record.where(column), expected, value);
  return value;
}

function dateField(record: CsvRecord, column: string): string | undefined {
  const value = record.get(column);
  if (value === '') return undefined;
  if (!isIsoDate(value))
    throw new InputError(record.where(column), 'een ISO-datum JJJJ-MM-DD of niets', value);
  return value;
}

function groupField(record: CsvRecord): GsmGroup {
  const value = record.get('gsm_group');
  const group = GSM_GROUPS.find((g) => g === value);
  if (!group) throw new InputError(record.where('gsm_group'), `een van ${GSM_GROUPS.join(', ')}`, value);
  return group;
}

function parseRecord(record: CsvRecord): Country {
  const iso2 = matchField(record, 'iso2', /^[A-Z]{2}$/, 'een alpha-2-code in hoofdletters');
  const iso3 = matchField(record, 'iso3', /^[A-Z]{3}$/, 'een alpha-3-code in hoofdletters');
  const numeric = matchField(
    record,
    'iso_numeric',
    /^(\d{3})?$/,
    'een numerieke code van 3 cijfers of niets',
  );
  const nis = matchField(
    record,
    'nis_code',
    /^(\d{3}(\|\d{3})*)?$/,
    'NIS-codes van 3 cijfers gescheiden door |',
  );
  const nisCodes = nis === '' ? [] : nis.split('|');
  const euFrom = dateField(record, 'eu_from');
  const euUntil = dateField(record, 'eu_until');
  if (euUntil !== undefined && (euFrom === undefined || euUntil < euFrom)) {
    throw new InputError(record.where('eu_until'), 'een datum op of na eu_from', euUntil);
  }
  const gsmGroup = groupField(record);
  const memberToday = euFrom !== undefined && euUntil === undefined;
  if (EU_GROUPS.has(gsmGroup) !== memberToday) {
    throw new InputError(
      record.where('gsm_group'),
      'een EU-groep precies voor de huidige EU-lidstaten',
      gsmGroup,
    );
  }
  return {
    iso2,
    iso3,
    numeric,
    nisCode: nisCodes[0],
    nisCodes,
    nameNl: textField(record, 'name_nl'),
    euFrom,
    euUntil,
    eea: boolField(record, 'eea'),
    gsmGroup,
    moe: boolField(record, 'moe'),
    pseudo: /^XX[A-Z]$/.test(iso3),
  };
}

/** Parses and validates all rows; codes (alpha-2, alpha-3, each NIS code) must be unique. */
export function parseCountries(table: CsvTable): Country[] {
  const seen = new Map<string, string>();
  const claim = (record: CsvRecord, column: string, key: string) => {
    if (seen.has(key))
      throw new InputError(record.where(column), 'een code die op geen andere rij staat', key.slice(2));
    seen.set(key, column);
  };
  return table.records.map((record) => {
    const country = parseRecord(record);
    claim(record, 'iso2', `2:${country.iso2}`);
    claim(record, 'iso3', `3:${country.iso3}`);
    for (const nis of country.nisCodes) claim(record, 'nis_code', `n:${nis}`);
    return country;
  });
}
