/**
 * Splits the non-Belgians of each municipality × sex × age band over nationalities, and the Belgians of
 * foreign origin over origin countries. Each municipality gets its own mix (profile × persistent noise) and
 * keeps only its top countries, so small municipalities list few countries and files stay small.
 */

import { CELL_COUNT } from './ages.js';
import { multinomialExact } from './allocate.js';
import { COUNTRY_SPECS, type CountrySpec, countryYearFactor } from './country-specs.js';
import type { MunicipalityProfile } from './municipality-profile.js';
import { lognormal, rngFor } from './random.js';

/** Counts of a set of countries per cell: counts[k * CELL_COUNT + cell] for countries[k]. */
export interface CountrySplit {
  /** Indexes into COUNTRY_SPECS, ascending. */
  readonly countries: readonly number[];
  readonly counts: Int32Array;
}

export type Weighting = 'stock' | 'byBirth' | 'naturalised';

/** A municipality's persistent weights for one kind of split, and which countries it lists. */
export interface CountryMix {
  readonly countries: readonly number[];
  /** Municipal factor per listed country (profile × persistent noise), before the country's own weight. */
  readonly weights: readonly number[];
}

/** Per-municipality mix: top `limit` countries by weight (trend waves included, so a wave's country is listed). */
export function countryMix(
  seed: number,
  nis: string,
  kind: 'stock' | 'origin',
  profile: MunicipalityProfile,
  limit: number,
): CountryMix {
  const rng = rngFor(seed, 'mix', kind, nis);
  const all = COUNTRY_SPECS.map((spec) => {
    const base = kind === 'stock' ? spec.stock : spec.byBirth + spec.naturalised;
    const peak = Math.max(countryYearFactor(spec, 2015), 1, countryYearFactor(spec, 2024));
    const weight = profile.factor(spec.tag, spec.iso3) * lognormal(rng, 0.5);
    return { weight, rank: base * weight * (kind === 'stock' ? peak : 1) };
  });
  const order = all.map((_, i) => i).sort((a, b) => (all[b]?.rank ?? 0) - (all[a]?.rank ?? 0) || a - b);
  const countries = order.slice(0, Math.max(1, limit)).sort((a, b) => a - b);
  return { countries, weights: countries.map((i) => all[i]?.weight ?? 0) };
}

/** How many countries a municipality lists: a handful for a village, ~60 for Antwerpen. */
export function countryLimit(people: number, base: number, perLog: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(base + perLog * Math.log(people + 1))));
}

/**
 * Origin countries by age: older Belgians of foreign origin mostly stem from the post-war migration
 * (countries with an older profile: Italy, the Netherlands, Morocco, Turkey …), naturalised children mostly
 * from the recent one.
 */
function originAge(spec: CountrySpec, band: number, weighting: 'byBirth' | 'naturalised'): number {
  const oldMigration = (spec.ages[2] ?? 0) >= 1;
  if (band === 2) return oldMigration ? 1 : 0.15;
  if (band === 0 && weighting === 'naturalised') return oldMigration ? 0.5 : 1;
  return 1;
}

/** Whole counts per country × cell whose per-cell totals equal `cellTotals` exactly. */
export function splitCells(
  seed: number,
  key: string,
  mix: CountryMix,
  weighting: Weighting,
  year: number,
  cellTotals: ArrayLike<number>,
): CountrySplit {
  const counts = new Int32Array(mix.countries.length * CELL_COUNT);
  for (let cell = 0; cell < CELL_COUNT; cell++) {
    const total = cellTotals[cell] ?? 0;
    if (total <= 0) continue;
    const sex = cell < 3 ? 0 : 1;
    const band = cell % 3;
    const weights = mix.countries.map((i, k) => {
      const spec = COUNTRY_SPECS[i] as CountrySpec;
      const w = mix.weights[k] ?? 0;
      if (weighting !== 'stock')
        return (
          w * (weighting === 'byBirth' ? spec.byBirth : spec.naturalised) * originAge(spec, band, weighting)
        );
      const sexShare = sex === 0 ? spec.male : 1 - spec.male;
      return w * spec.stock * countryYearFactor(spec, year) * (spec.ages[band] ?? 1) * sexShare;
    });
    const parts = multinomialExact(rngFor(seed, key, year, cell), total, weights);
    parts.forEach((n, k) => {
      counts[k * CELL_COUNT + cell] = n;
    });
  }
  return { countries: mix.countries, counts };
}
