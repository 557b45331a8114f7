/**
 * Simulates adult newcomers person by person: per municipality × quarter × stream a Poisson number of
 * arrivals, each with nationality, sex, age group and residence status drawn from the stream (nationality
 * also from the municipality's profile). Starts three years before the first written quarter so that
 * inburgering (which lags arrival) has no start-up gap. Counts are kept as encoded keys → count.
 */
import { COUNTRY_SPECS } from './country-specs.js';
import type { MunicipalityProfile } from './municipality-profile.js';
import {
  DOELGROEPEN,
  maleShare,
  NEWCOMER_AGES,
  type NewcomerStream,
  STATUTEN,
  STREAMS,
  streamQuarters,
  streamVolume,
} from './newcomer-streams.js';
import type { OriginModel } from './origin-model.js';
import { lognormal, pickIndex, poisson, type Rng, rngFor } from './random.js';

/** Nationalities a newcomer can have, alphabetical; BEL for Belgians born abroad. */
export const NATIONALITY_CODES: readonly string[] = ['BEL', ...COUNTRY_SPECS.map((s) => s.iso3)].sort();
const NAT_INDEX = new Map(NATIONALITY_CODES.map((code, i) => [code, i]));

export interface NewcomerKey {
  readonly quarter: number;
  readonly doelgroep: number;
  readonly sex: number;
  readonly age: number;
  readonly nationality: number;
  readonly statuut: number;
}

export function encodeNewcomer(k: NewcomerKey): number {
  const n = NATIONALITY_CODES.length;
  return (
    ((((k.quarter * DOELGROEPEN.length + k.doelgroep) * 2 + k.sex) * NEWCOMER_AGES.length + k.age) * n +
      k.nationality) *
      STATUTEN.length +
    k.statuut
  );
}

export function decodeNewcomer(key: number): NewcomerKey {
  let rest = key;
  const take = (size: number): number => {
    const v = rest % size;
    rest = (rest - v) / size;
    return v;
  };
  const statuut = take(STATUTEN.length);
  const nationality = take(NATIONALITY_CODES.length);
  const age = take(NEWCOMER_AGES.length);
  const sex = take(2);
  const doelgroep = take(DOELGROEPEN.length);
  return { quarter: rest, doelgroep, sex, age, nationality, statuut };
}

/** Quarter numbers are absolute: year * 4 + (quarter - 1). */
export const quarterNumber = (year: number, q: number): number => year * 4 + q - 1;

export interface NewcomerSimulation {
  readonly fromYear: number;
  readonly toYear: number;
  /** Per municipality (by index): encoded key → count. */
  perMunicipality(): readonly ReadonlyMap<number, number>[];
}

export function simulateNewcomers(
  seed: number,
  origins: OriginModel,
  fromYear: number,
  toYear: number,
): NewcomerSimulation {
  let result: Map<number, number>[] | undefined;
  return {
    fromYear,
    toYear,
    perMunicipality() {
      result ??= run(seed, origins, fromYear, toYear);
      return result;
    },
  };
}

function run(seed: number, origins: OriginModel, fromYear: number, toYear: number): Map<number, number>[] {
  const { population, profiles } = origins;
  const municipalities = population.municipalities;
  const out = municipalities.map(() => new Map<number, number>());
  const attraction = municipalities.map((m) => lognormal(rngFor(seed, 'newcomer-attraction', m.nis), 0.25));
  for (const stream of STREAMS) {
    const nats = Object.keys(stream.nationalities);
    const natIndex = nats.map((code) => {
      const i = NAT_INDEX.get(code);
      if (i === undefined) throw new Error(`newcomer stream ${stream.id}: unknown nationality ${code}`);
      return i;
    });
    const natWeights = municipalities.map((m) =>
      nats.map(
        (code) =>
          (stream.nationalities[code] ?? 0) * (code === 'BEL' ? 1 : origins.attraction(m.index, code)),
      ),
    );
    const statuutWeights = STATUTEN.map((st) => stream.statuut[st] ?? 0);
    for (let year = fromYear; year <= toYear; year++) {
      const volume = streamVolume(stream, year);
      if (volume <= 0) continue;
      const pop = population.year(year);
      const weights = municipalities.map((_, i) => {
        const etr = pop.nonBelgianCells[i];
        const tot = pop.totalCells[i];
        const adults = (tot?.[1] ?? 0) + (tot?.[2] ?? 0) + (tot?.[4] ?? 0) + (tot?.[5] ?? 0);
        const etrAdults = (etr?.[1] ?? 0) + (etr?.[2] ?? 0) + (etr?.[4] ?? 0) + (etr?.[5] ?? 0);
        return affinity(stream, profiles[i], adults, etrAdults, natWeights[i] ?? []) * (attraction[i] ?? 1);
      });
      const total = weights.reduce((a, b) => a + b, 0);
      const quarters = streamQuarters(stream, year);
      for (const m of municipalities) {
        const rng = rngFor(seed, 'newcomers', stream.id, m.nis, year);
        const expected = (volume * (weights[m.index] ?? 0)) / total;
        const yearNoise = lognormal(rng, 0.1);
        quarters.forEach((share, q) => {
          const arrivals = poisson(rng, expected * share * yearNoise);
          for (let p = 0; p < arrivals; p++) {
            const key = drawPerson(
              rng,
              stream,
              quarterNumber(year, q + 1),
              natIndex,
              natWeights[m.index] ?? [],
              statuutWeights,
            );
            const map = out[m.index] as Map<number, number>;
            map.set(key, (map.get(key) ?? 0) + 1);
          }
        });
      }
    }
  }
  return out;
}

function affinity(
  stream: NewcomerStream,
  profile: MunicipalityProfile | undefined,
  adults: number,
  etrAdults: number,
  natWeights: readonly number[],
): number {
  if (stream.affinity === 'population') return adults;
  if (stream.affinity === 'asylum') {
    return adults * (profile?.receptionCentre ? 12 : 0.3) * (1 + 0.4 * (profile?.urban ?? 0));
  }
  const base = Object.values(stream.nationalities).reduce((a, b) => a + b, 0);
  const fit = natWeights.reduce((a, b) => a + b, 0) / (base || 1);
  return etrAdults * fit + 0.02 * adults;
}

function drawPerson(
  rng: Rng,
  stream: NewcomerStream,
  quarter: number,
  natIndex: readonly number[],
  natWeights: readonly number[],
  statuutWeights: readonly number[],
): number {
  const k = pickIndex(rng, natWeights);
  const nationality = natIndex[k] ?? 0;
  const sex = rng() < maleShare(stream, NATIONALITY_CODES[nationality] ?? '') ? 0 : 1;
  return encodeNewcomer({
    quarter,
    doelgroep: DOELGROEPEN.indexOf(stream.doelgroep),
    sex,
    age: pickIndex(rng, stream.ages),
    nationality,
    statuut: pickIndex(rng, statuutWeights),
  });
}
