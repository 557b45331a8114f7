import { describe, expect, it } from 'vitest';
import { loadCountries } from '../../../src/geo/countries/index.js';

const registry = loadCountries();
const all = registry.all();

/** The 27 members since 1 February 2020 with their accession dates. */
const EU27: Record<string, string> = {
  BE: '1958-01-01',
  DE: '1958-01-01',
  FR: '1958-01-01',
  IT: '1958-01-01',
  LU: '1958-01-01',
  NL: '1958-01-01',
  DK: '1973-01-01',
  IE: '1973-01-01',
  GR: '1981-01-01',
  ES: '1986-01-01',
  PT: '1986-01-01',
  AT: '1995-01-01',
  FI: '1995-01-01',
  SE: '1995-01-01',
  CY: '2004-05-01',
  CZ: '2004-05-01',
  EE: '2004-05-01',
  HU: '2004-05-01',
  LT: '2004-05-01',
  LV: '2004-05-01',
  MT: '2004-05-01',
  PL: '2004-05-01',
  SI: '2004-05-01',
  SK: '2004-05-01',
  BG: '2007-01-01',
  RO: '2007-01-01',
  HR: '2013-07-01',
};

describe('countries.csv', () => {
  it('has unique alpha-2 and alpha-3 codes on every row', () => {
    expect(all.length).toBeGreaterThan(240);
    expect(new Set(all.map((c) => c.iso2)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.iso3)).size).toBe(all.length);
    for (const c of all) {
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(c.pseudo || c.iso2 === 'XK' ? /^$/ : /^\d{3}$/);
      expect(c.nameNl.trim()).toBe(c.nameNl);
    }
  });

  it('has unique 3-digit NIS codes', () => {
    const codes = all.flatMap((c) => c.nisCodes);
    expect(codes.length).toBeGreaterThan(200);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
    for (const c of all) expect(c.nisCode).toBe(c.nisCodes[0]);
  });

  it('lists exactly the 27 EU members with their accession dates, plus the UK until 31 January 2020', () => {
    expect(Object.keys(EU27)).toHaveLength(27);
    for (const [iso2, from] of Object.entries(EU27)) {
      const country = registry.resolve(iso2);
      if (!country) throw new Error(`${iso2} missing`);
      expect(country, iso2).toMatchObject({ euFrom: from, euUntil: undefined });
      expect(registry.isEu(country, '2025-01-01'), iso2).toBe(true);
    }
    const members = all.filter((c) => c.euFrom !== undefined).map((c) => c.iso2);
    expect(members.sort()).toEqual([...Object.keys(EU27), 'GB'].sort());
    expect(registry.resolve('GB')).toMatchObject({ euFrom: '1973-01-01', euUntil: '2020-01-31' });
    expect(all.filter((c) => registry.isEu(c, '2025-01-01'))).toHaveLength(27);
    expect(all.filter((c) => registry.isEu(c, '2019-12-31'))).toHaveLength(28);
  });

  it('marks the EEA members outside the EU and Switzerland', () => {
    expect(
      all
        .filter((c) => c.eea)
        .map((c) => c.iso2)
        .sort(),
    ).toEqual(['CH', 'IS', 'LI', 'NO']);
  });

  it('has the GSM groups of INDICATORS.md', () => {
    const members = (group: string) =>
      all
        .filter((c) => c.gsmGroup === group)
        .map((c) => c.iso2)
        .sort();
    expect(members('zuid_eu15')).toEqual(['ES', 'GR', 'IT', 'PT']);
    expect(members('maghreb_turkije')).toEqual(['DZ', 'LY', 'MA', 'MR', 'TN', 'TR']);
    expect(members('eu13')).toHaveLength(13);
    expect(members('west_noord_eu15')).toEqual(['AT', 'BE', 'DE', 'DK', 'FI', 'FR', 'IE', 'LU', 'NL', 'SE']);
    for (const iso2 of [
      'CH',
      'NO',
      'GB',
      'AL',
      'BY',
      'XK',
      'MD',
      'RU',
      'BA',
      'UA',
      'LI',
      'AD',
      'MC',
      'SM',
      'MK',
      'IS',
      'RS',
      'ME',
    ]) {
      expect(registry.resolve(iso2)?.gsmGroup, iso2).toBe('europa_buiten_eu');
    }
  });

  it('counts Turkey and the Central and Eastern European states as MOE-landen', () => {
    const moe = all.filter((c) => c.moe).map((c) => c.iso2);
    expect(moe).toContain('TR');
    expect(moe).toContain('PL');
    expect(moe).toContain('RO');
    expect(moe).not.toContain('MT');
    expect(moe).not.toContain('DE');
  });

  it('caches the registry per data folder', () => {
    expect(loadCountries()).toBe(registry);
  });
});
