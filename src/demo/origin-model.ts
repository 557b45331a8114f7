/**
 * Origin (herkomst) on 1 January of a year, per municipality × sex × age band: non-Belgians by nationality
 * and Belgians split into Belgian origin and foreign origin (by birth or naturalised) with origin country.
 * Belgians of foreign origin are calibrated to the Flemish share of the year (16.4 % on 1/1/2024, real),
 * spread over municipalities in proportion to a rate that rises with the municipality's non-Belgian share.
 */

import { loadCountries } from '../geo/countries/index.js';
import { CELL_COUNT } from './ages.js';
import { foreignBackgroundShareTarget } from './calibration.js';
import { COUNTRY_SPECS } from './country-specs.js';
import type { MunicipalityProfile } from './municipality-profile.js';
import {
  type CountryMix,
  type CountrySplit,
  countryLimit,
  countryMix,
  splitCells,
} from './nationality-split.js';
import { clamp, type PopulationModel, sum } from './population-model.js';
import { binomial, lognormal, rngFor } from './random.js';

/** Foreign origin is more common among the young (second generation) than among the old. */
const AGE_FACTOR = [1.7, 1, 0.35] as const;
/** Share of Belgians of foreign origin who were Belgian at birth, per band (overall ≈ 55 %). */
const BY_BIRTH_SHARE = [0.85, 0.42, 0.22] as const;
/** At most this share of a cell's Belgians is of foreign origin. */
const MAX_FOREIGN = 0.85;

export const ORIGIN_GROUPS = ['belgisch', 'eu', 'niet_eu'] as const;

export interface MunicipalityOrigins {
  readonly nonBelgians: CountrySplit;
  readonly belgianOrigin: Int32Array;
  readonly byBirth: CountrySplit;
  readonly naturalised: CountrySplit;
  /** [cell * 3 + group], group as in ORIGIN_GROUPS; EU membership on the date. */
  readonly groups: Int32Array;
  /** The same by current nationality: [cell * 3 + (0 Belgian, 1 EU, 2 non-EU)]. */
  readonly nationalityGroups: Int32Array;
}

export interface OriginModel {
  readonly population: PopulationModel;
  readonly profiles: readonly MunicipalityProfile[];
  year(year: number): readonly MunicipalityOrigins[];
  /**
   * How strongly a municipality attracts a nationality: its persistent mix weight when the nationality is
   * listed there, a fifth of the plain profile factor otherwise (newcomers follow earlier migrants).
   */
  attraction(index: number, iso3: string): number;
}

export function createOriginModel(
  seed: number,
  population: PopulationModel,
  profiles: readonly MunicipalityProfile[],
): OriginModel {
  const municipalities = population.municipalities;
  const base = population.year(2021);
  const stockMixes = municipalities.map((m, i) =>
    countryMix(
      seed,
      m.nis,
      'stock',
      profiles[i] as MunicipalityProfile,
      countryLimit(sum(base.nonBelgianCells[i] ?? []), 4, 3.3, 8, 40),
    ),
  );
  const originMixes = municipalities.map((m, i) =>
    countryMix(
      seed,
      m.nis,
      'origin',
      profiles[i] as MunicipalityProfile,
      countryLimit(1.5 * sum(base.nonBelgianCells[i] ?? []), 2, 0.9, 6, 12),
    ),
  );
  const intensityNoise = municipalities.map((m) => lognormal(rngFor(seed, 'foreign-origin', m.nis), 0.2));
  const registry = loadCountries();

  const build = (year: number): MunicipalityOrigins[] => {
    const pop = population.year(year);
    const date = `${year}-01-01`;
    const isEu = COUNTRY_SPECS.map((spec) => {
      const country = registry.byIso3(spec.iso3);
      return country ? registry.isEu(country, date) : false;
    });
    const foreign = foreignOriginCells(year, pop.totalCells, pop.nonBelgianCells, intensityNoise);
    return municipalities.map((m, i) => {
      const etr = pop.nonBelgianCells[i] as Int32Array;
      const fb = foreign[i] as Int32Array;
      const belgians = Int32Array.from(pop.totalCells[i] as Int32Array, (t, c) => t - (etr[c] ?? 0));
      const rng = rngFor(seed, 'by-birth', m.nis, year);
      const birthCells = Int32Array.from(fb, (n, c) => binomial(rng, n, BY_BIRTH_SHARE[c % 3] ?? 0.5));
      const laterCells = Int32Array.from(fb, (n, c) => n - (birthCells[c] ?? 0));
      const nonBelgians = splitCells(seed, `nat|${m.nis}`, stockMixes[i] as CountryMix, 'stock', year, etr);
      const origin = originMixes[i] as CountryMix;
      const byBirth = splitCells(seed, `birth|${m.nis}`, origin, 'byBirth', year, birthCells);
      const naturalised = splitCells(seed, `later|${m.nis}`, origin, 'naturalised', year, laterCells);
      const belgianOrigin = Int32Array.from(belgians, (b, c) => b - (fb[c] ?? 0));
      const groups = groupCells(belgianOrigin, [nonBelgians, byBirth, naturalised], isEu);
      const nationalityGroups = groupCells(belgians, [nonBelgians], isEu);
      return { nonBelgians, belgianOrigin, byBirth, naturalised, groups, nationalityGroups };
    });
  };

  const specIndex = new Map(COUNTRY_SPECS.map((spec, i) => [spec.iso3, i]));
  const cache = new Map<number, MunicipalityOrigins[]>();
  return {
    population,
    profiles,
    attraction(index, iso3) {
      const spec = specIndex.get(iso3);
      const mix = stockMixes[index];
      const k = spec === undefined || !mix ? -1 : mix.countries.indexOf(spec);
      if (k >= 0) return mix?.weights[k] ?? 1;
      const tag = spec === undefined ? 'other' : (COUNTRY_SPECS[spec]?.tag ?? 'other');
      return 0.2 * (profiles[index]?.factor(tag, iso3) ?? 1);
    },
    year(year) {
      let state = cache.get(year);
      if (!state) {
        state = build(year);
        cache.set(year, state);
      }
      return state;
    },
  };
}

/** Cells [cell * 3 + group]: `first` in group 0, the countries of `splits` in EU (1) or non-EU (2). */
function groupCells(
  first: Int32Array,
  splits: readonly CountrySplit[],
  isEu: readonly boolean[],
): Int32Array {
  const groups = new Int32Array(CELL_COUNT * 3);
  for (let c = 0; c < CELL_COUNT; c++) groups[c * 3] = first[c] ?? 0;
  for (const split of splits) {
    split.countries.forEach((country, k) => {
      const group = isEu[country] ? 1 : 2;
      for (let c = 0; c < CELL_COUNT; c++) {
        groups[c * 3 + group] = (groups[c * 3 + group] ?? 0) + (split.counts[k * CELL_COUNT + c] ?? 0);
      }
    });
  }
  return groups;
}

/** Whole counts of Belgians of foreign origin per municipality × cell, hitting the Flemish share of the year. */
function foreignOriginCells(
  year: number,
  totals: readonly Int32Array[],
  nonBelgians: readonly Int32Array[],
  noise: readonly number[],
): Int32Array[] {
  const raw = totals.map((t, i) => {
    const etr = nonBelgians[i] as Int32Array;
    const intensity = clamp(0.03 + 2 * (sum(etr) / Math.max(1, sum(t))), 0, 0.45) * (noise[i] ?? 1);
    return Float64Array.from(t, (n, c) => (n - (etr[c] ?? 0)) * (AGE_FACTOR[c % 3] ?? 1) * intensity);
  });
  const caps = totals.map((t, i) =>
    Float64Array.from(t, (n, c) => MAX_FOREIGN * (n - (nonBelgians[i]?.[c] ?? 0))),
  );
  const target = foreignBackgroundShareTarget(year) * sum(totals.map((t) => sum(t)));
  // Scale, cap, and rescale what is still below its cap until the target is met.
  let scale = 1;
  for (let round = 0; round < 8; round++) {
    let capped = 0;
    let free = 0;
    raw.forEach((r, i) => {
      r.forEach((v, c) => {
        const cap = caps[i]?.[c] ?? 0;
        if (v * scale >= cap) capped += cap;
        else free += v;
      });
    });
    if (free <= 0) break;
    scale = Math.max(0, (target - capped) / free);
  }
  return raw.map((r, i) => Int32Array.from(r, (v, c) => Math.round(Math.min(v * scale, caps[i]?.[c] ?? 0))));
}
