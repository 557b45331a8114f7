/** Lookup of countries by ISO alpha-2, alpha-3 or Belgian NIS nationality code. */
import { gsmGroupAt, inburgeringGroupAt, isEuAt } from './groupings.js';
import type { Country, CountryRegistry } from './types.js';

/** Non-ISO alpha-2 codes that EU and UK sources use: UK for GB, EL for GR (EU style guide). */
const ALPHA2_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

export function createCountryRegistry(countries: readonly Country[]): CountryRegistry {
  const list = Object.freeze([...countries]);
  const byIso2 = new Map(list.map((c) => [c.iso2, c]));
  const byIso3 = new Map(list.map((c) => [c.iso3, c]));
  const byNis = new Map(list.flatMap((c) => c.nisCodes.map((nis) => [nis, c] as const)));

  return {
    resolve(code) {
      const key = code.trim().toUpperCase();
      if (/^\d{3}$/.test(key)) return byNis.get(key);
      if (/^[A-Z]{2}$/.test(key)) return byIso2.get(ALPHA2_ALIASES[key] ?? key);
      if (/^[A-Z]{3}$/.test(key)) return byIso3.get(key);
      return undefined;
    },
    byIso3: (iso3) => byIso3.get(iso3.trim().toUpperCase()),
    all: () => list,
    isEu: isEuAt,
    gsmGroupAt,
    inburgeringGroupAt,
  };
}
