/**
 * Follows each simulated newcomer through civic integration: registration at the agency (aangemeld), start
 * of a trajectory (traject) and the certificate (attest), each with a probability and a lag in quarters.
 * Obliged (verplicht): third-country nationals of 18–64 with a residence permit, except students and
 * Ukrainians under temporary protection; everyone else may take part voluntarily (vrijwillig), far less often.
 * So per year: newcomers ≥ aangemeld ≥ traject ≥ attest, with attest a year or more behind.
 */
import { loadCountries } from '../geo/countries/index.js';
import { DOELGROEPEN, STATUTEN } from './newcomer-streams.js';
import { decodeNewcomer, NATIONALITY_CODES, type NewcomerSimulation } from './newcomers-sim.js';
import { pickIndex, type Rng, rngFor } from './random.js';

export const FASES = ['aangemeld', 'traject', 'attest'] as const;
export const INBURGERING_DOELGROEPEN = ['verplicht', 'vrijwillig'] as const;

/** Chance that a newcomer who is not obliged registers voluntarily, by inburgering group. */
const VOLUNTARY: Readonly<Record<string, number>> = {
  nederlanders: 0.03,
  belgen: 0.05,
  eu_plus: 0.12,
  derdelanders: 0.35,
};

/** Lag distributions in quarters (index = lag). */
const REGISTRATION_LAG = [0.45, 0.35, 0.15, 0.05];
const TRAJECT_LAG = [0.6, 0.35, 0.05];
const ATTEST_LAG = [0, 0, 0.1, 0.3, 0.3, 0.2, 0.1];

export interface InburgeringKey {
  readonly quarter: number;
  readonly fase: number;
  readonly doelgroep: number;
  readonly nationality: number;
}

export function encodeInburgering(k: InburgeringKey): number {
  return ((k.quarter * FASES.length + k.fase) * 2 + k.doelgroep) * NATIONALITY_CODES.length + k.nationality;
}

export function decodeInburgering(key: number): InburgeringKey {
  const n = NATIONALITY_CODES.length;
  const nationality = key % n;
  let rest = (key - nationality) / n;
  const doelgroep = rest % 2;
  rest = (rest - doelgroep) / 2;
  const fase = rest % FASES.length;
  return { quarter: (rest - fase) / FASES.length, fase, doelgroep, nationality };
}

/** Per municipality: encoded key → count of events. */
export function simulateInburgering(
  seed: number,
  sim: NewcomerSimulation,
  nisCodes: readonly string[],
): Map<number, number>[] {
  const registry = loadCountries();
  const groupCache = new Map<string, string>();
  const groupOf = (nat: string, year: number): string => {
    const id = `${nat}|${year}`;
    let group = groupCache.get(id);
    if (group === undefined) {
      const country = registry.byIso3(nat);
      group = country ? registry.inburgeringGroupAt(country, `${year}-01-01`) : 'derdelanders';
      groupCache.set(id, group);
    }
    return group;
  };
  return sim.perMunicipality().map((newcomers, i) => {
    const rng = rngFor(seed, 'inburgering', nisCodes[i] ?? i);
    const events = new Map<number, number>();
    const add = (quarter: number, fase: number, doelgroep: number, nationality: number) => {
      const key = encodeInburgering({ quarter, fase, doelgroep, nationality });
      events.set(key, (events.get(key) ?? 0) + 1);
    };
    for (const [key, count] of newcomers) {
      const k = decodeNewcomer(key);
      const nat = NATIONALITY_CODES[k.nationality] ?? '';
      const group = groupOf(nat, Math.floor(k.quarter / 4));
      const statuut = STATUTEN[k.statuut];
      const obliged =
        group === 'derdelanders' &&
        DOELGROEPEN[k.doelgroep] === 'vreemdeling' &&
        k.age < 4 &&
        statuut !== 'studie' &&
        !(nat === 'UKR' && statuut === 'bescherming');
      const pRegister = obliged ? 0.88 : (VOLUNTARY[group] ?? 0.35);
      const doelgroep = obliged ? 0 : 1;
      for (let p = 0; p < count; p++) {
        if (rng() >= pRegister) continue;
        const registered = k.quarter + lag(rng, REGISTRATION_LAG);
        add(registered, 0, doelgroep, k.nationality);
        if (rng() >= (obliged ? 0.92 : 0.7)) continue;
        const started = registered + lag(rng, TRAJECT_LAG);
        add(started, 1, doelgroep, k.nationality);
        if (rng() >= (obliged ? 0.72 : 0.55)) continue;
        add(started + lag(rng, ATTEST_LAG), 2, doelgroep, k.nationality);
      }
    }
    return events;
  });
}

function lag(rng: Rng, distribution: readonly number[]): number {
  return pickIndex(rng, distribution);
}
