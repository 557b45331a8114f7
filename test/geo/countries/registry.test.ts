import { describe, expect, it } from 'vitest';
import { GSM_GROUP_LABELS, loadCountries } from '../../../src/geo/countries/index.js';

const registry = loadCountries();
const get = (code: string) => {
  const country = registry.resolve(code);
  if (!country) throw new Error(`no country for ${code}`);
  return country;
};

describe('resolve', () => {
  it('accepts alpha-2 and alpha-3 in any case, trimmed', () => {
    for (const code of ['MA', 'mar', 'MAR', ' ma ', 'Ma'])
      expect(registry.resolve(code)?.nameNl).toBe('Marokko');
  });

  it('gives short Dutch names', () => {
    expect(get('NL').nameNl).toBe('Nederland');
    expect(get('TR').nameNl).toBe('Turkije');
    expect(get('CD').nameNl).toBe('Congo (Democratische Republiek)');
    expect(get('GB').nameNl).toBe('Verenigd Koninkrijk');
    expect(get('GBR')).toBe(get('GB'));
  });

  it('resolves Belgium by BE and BEL', () => {
    expect(get('BE').iso3).toBe('BEL');
    expect(get('bel')).toBe(get('BE'));
  });

  it('resolves Belgian NIS nationality codes, including a second code of the same country', () => {
    expect(get('150').iso2).toBe('BE');
    expect(get('354').iso2).toBe('MA');
    expect(get(' 262 ').iso2).toBe('TR');
    expect(get('148')).toBe(get('154'));
    expect(get('MK').nisCode).toBe('154');
  });

  it('accepts the EU-style aliases UK and EL', () => {
    expect(get('UK').iso2).toBe('GB');
    expect(get('el').iso2).toBe('GR');
  });

  it('returns undefined for unknown or malformed codes', () => {
    for (const code of ['QQ', 'ZZZ', '000', '', 'MARO', '56', 'M1'])
      expect(registry.resolve(code)).toBeUndefined();
    expect(registry.byIso3('QQQ')).toBeUndefined();
    expect(registry.byIso3(' mar ')?.iso2).toBe('MA');
  });

  it('does not read ISO numeric codes (they clash with NIS codes)', () => {
    expect(get('208').iso2).toBe('ID'); // NIS 208 = Indonesia; ISO numeric 208 would be Denmark
  });

  it('marks stateless, refugee and unknown as pseudo entries', () => {
    expect(get('XXA')).toMatchObject({ nameNl: 'Staatloos', pseudo: true, gsmGroup: 'andere' });
    expect(get('999')).toMatchObject({ iso3: 'XXX', nameNl: 'Onbekend', pseudo: true });
    expect(get('XK')).toMatchObject({ iso3: 'XKX', nameNl: 'Kosovo', pseudo: false, numeric: '' });
  });
});

describe('groupings by date', () => {
  it('follows the United Kingdom out of the EU after 31 January 2020', () => {
    const uk = get('GB');
    expect(registry.isEu(uk, '2019-01-01')).toBe(true);
    expect(registry.isEu(uk, '2020-01-31')).toBe(true);
    expect(registry.isEu(uk, '2020-02-01')).toBe(false);
    expect(registry.isEu(uk, '2021-01-01')).toBe(false);
    expect(registry.gsmGroupAt(uk, '2019-01-01')).toBe('west_noord_eu15');
    expect(registry.gsmGroupAt(uk, '2021-01-01')).toBe('europa_buiten_eu');
    expect(registry.inburgeringGroupAt(uk, '2019-01-01')).toBe('eu_plus');
    expect(registry.inburgeringGroupAt(uk, '2021-01-01')).toBe('derdelanders');
  });

  it('puts Croatia in EU-13 from 1 July 2013 and in Europe outside the EU before', () => {
    const hr = get('HR');
    expect(registry.gsmGroupAt(hr, '2012-01-01')).toBe('europa_buiten_eu');
    expect(registry.gsmGroupAt(hr, '2013-06-30')).toBe('europa_buiten_eu');
    expect(registry.gsmGroupAt(hr, '2013-07-01')).toBe('eu13');
    expect(registry.gsmGroupAt(hr, '2014-01-01')).toBe('eu13');
  });

  it('keeps the other groups', () => {
    expect(registry.gsmGroupAt(get('TR'), '2023-01-01')).toBe('maghreb_turkije');
    expect(registry.gsmGroupAt(get('MA'), '2000-01-01')).toBe('maghreb_turkije');
    expect(registry.gsmGroupAt(get('PL'), '2023-01-01')).toBe('eu13');
    expect(registry.gsmGroupAt(get('PL'), '2003-01-01')).toBe('europa_buiten_eu');
    expect(registry.gsmGroupAt(get('IT'), '2023-01-01')).toBe('zuid_eu15');
    expect(registry.gsmGroupAt(get('CH'), '2023-01-01')).toBe('europa_buiten_eu');
    expect(registry.gsmGroupAt(get('SY'), '2023-01-01')).toBe('andere');
    expect(get('NO').eea).toBe(true);
    expect(GSM_GROUP_LABELS[get('TR').gsmGroup]).toBe('Maghreb en Turkije');
  });

  it('splits inburgering into Belgians, Dutch, EU+ and third-country nationals', () => {
    const at = (code: string) => registry.inburgeringGroupAt(get(code), '2023-01-01');
    expect(at('NL')).toBe('nederlanders');
    expect(at('PL')).toBe('eu_plus');
    expect(at('CH')).toBe('eu_plus');
    expect(at('NO')).toBe('eu_plus');
    expect(at('MA')).toBe('derdelanders');
    expect(at('XXA')).toBe('derdelanders');
    expect(at('BE')).toBe('belgen');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => registry.isEu(get('FR'), '2020-13-01')).toThrow(RangeError);
    expect(() => registry.gsmGroupAt(get('FR'), '1/1/2020')).toThrow(RangeError);
  });
});
