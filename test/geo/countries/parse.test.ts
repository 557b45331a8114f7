import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/domain/input-error.js';
import { isIsoDate } from '../../../src/geo/countries/groupings.js';
import { COUNTRY_COLUMNS, loadCountries, parseCountries } from '../../../src/geo/countries/index.js';
import { parseCsvTable } from '../../../src/geo/csv.js';

const HEADER = COUNTRY_COLUMNS.join(',');
const NL = 'NL,NLD,528,129,Nederland,1958-01-01,,false,west_noord_eu15,false';
const MA = 'MA,MAR,504,354,Marokko,,,false,maghreb_turkije,false';

const parse = (...rows: string[]) =>
  parseCountries(parseCsvTable([HEADER, ...rows].join('\n'), 't.csv', COUNTRY_COLUMNS));

describe('parseCountries', () => {
  it('reads a valid row', () => {
    expect(parse(NL)[0]).toMatchObject({
      iso2: 'NL',
      nisCode: '129',
      nisCodes: ['129'],
      euFrom: '1958-01-01',
      pseudo: false,
    });
    expect(parse('XA,XXA,,,Staatloos,,,false,andere,false')[0]).toMatchObject({ pseudo: true, nisCodes: [] });
  });

  it.each([
    ['a lower-case code', 'ma,MAR,504,354,Marokko,,,false,maghreb_turkije,false', /iso2/],
    ['an unknown group', 'MA,MAR,504,354,Marokko,,,false,maghreb,false', /gsm_group/],
    ['a bad NIS code', 'MA,MAR,504,35,Marokko,,,false,maghreb_turkije,false', /nis_code/],
    ['a bad date', 'NL,NLD,528,129,Nederland,1958-02-30,,false,west_noord_eu15,false', /eu_from/],
    [
      'eu_until without eu_from',
      'MA,MAR,504,354,Marokko,,2020-01-31,false,maghreb_turkije,false',
      /eu_until/,
    ],
    ['an EU group for a non-member', 'MA,MAR,504,354,Marokko,,,false,eu13,false', /gsm_group/],
    ['a non-EU group for a member', 'NL,NLD,528,129,Nederland,1958-01-01,,false,andere,false', /gsm_group/],
    ['a bad boolean', 'MA,MAR,504,354,Marokko,,,ja,maghreb_turkije,false', /eea/],
    ['an empty name', 'MA,MAR,504,354,,,,false,maghreb_turkije,false', /name_nl/],
  ])('rejects %s with file, line and column', (_label, row, column) => {
    expect(() => parse(row)).toThrow(InputError);
    expect(() => parse(row)).toThrow(/t\.csv, regel 2/);
    expect(() => parse(row)).toThrow(column);
  });

  it('rejects a code used twice', () => {
    expect(() => parse(NL, 'NL,NLX,529,130,Nederland bis,,,false,andere,false')).toThrow(/regel 3.*iso2/);
    expect(() => parse(MA, 'XM,MAR,505,355,Kopie,,,false,andere,false')).toThrow(/regel 3.*iso3/);
    expect(() => parse(MA, 'XM,XMA,505,111|354,Kopie,,,false,andere,false')).toThrow(/regel 3.*nis_code/);
  });

  it('loads another data folder and names the file when a column is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'countries-'));
    mkdirSync(join(dir, 'reference'));
    writeFileSync(join(dir, 'reference', 'countries.csv'), `${HEADER}\n${NL}\n${MA}\n`);
    expect(
      loadCountries(dir)
        .all()
        .map((c) => c.iso2),
    ).toEqual(['NL', 'MA']);
    const bad = mkdtempSync(join(tmpdir(), 'countries-'));
    mkdirSync(join(bad, 'reference'));
    writeFileSync(join(bad, 'reference', 'countries.csv'), 'iso2,iso3\nNL,NLD\n');
    expect(() => loadCountries(bad)).toThrow(/countries\.csv.*een kolom/);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2020-1-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
