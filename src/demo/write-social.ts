/**
 * Social position files: leefloon by origin (1 January), social-housing tenants by nationality group
 * (31 December) and births by origin of the mother with the kansarmoede share. Rates are Flemish orders of
 * magnitude, higher in cities, with a persistent municipal factor.
 */

import { AGE_COUNT } from './ages.js';
import { multinomialExact } from './allocate.js';
import type { DemoContext } from './context.js';
import { ORIGINS } from './labour-market.js';
import { clamp, sum } from './population-model.js';
import { binomial, lognormal, poisson, rngFor } from './random.js';
import type { DemoFile } from './types.js';
import { writeYearlyFile } from './yearly-file.js';

const LEEFLOON_RATE = [0.005, 0.015, 0.05] as const;
/** Refugees recognised after 2015 and Ukrainians from 2022 raise the number of (equivalent) leefloon. */
function leefloonTrend(year: number): number {
  return (
    {
      2015: 0.85,
      2016: 0.95,
      2017: 1.02,
      2018: 1.02,
      2019: 1,
      2020: 1.04,
      2021: 1,
      2022: 1.12,
      2023: 1.1,
      2024: 1.05,
    }[year] ?? 1
  );
}

export function writeLeefloon(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'leefloon',
    columns: ['nis', 'datum', 'herkomst', 'status', 'aantal'],
    codes: { herkomst: [...ORIGINS], status: ['bevolking', 'leefloon'] },
    period: (year) => `${year}-01-01`,
    rows(m, year, emit) {
      const groups = ctx.origins.year(year)[m.index]?.groups;
      if (!groups) return;
      const urban = ctx.profiles[m.index]?.urban ?? 0;
      const level = (lognormal(rngFor(ctx.seed, 'leefloon-level', m.nis), 0.25) * (1 + 0.5 * urban)) / 1.4;
      const rng = rngFor(ctx.seed, 'leefloon', m.nis, year);
      ORIGINS.forEach((origin, g) => {
        // Adults: cells 18–64 and 65+ of both sexes (1, 2, 4, 5).
        const adults = [1, 2, 4, 5].reduce((acc, cell) => acc + (groups[cell * 3 + g] ?? 0), 0);
        emit([origin, 'bevolking'], adults);
        emit(
          [origin, 'leefloon'],
          binomial(rng, adults, (LEEFLOON_RATE[g] ?? 0.01) * level * leefloonTrend(year)),
        );
      });
    },
  });
}

export function writeSocialeHuur(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'sociale_huur',
    columns: ['nis', 'datum', 'nationaliteitsgroep', 'aantal'],
    codes: { nationaliteitsgroep: ['belg', 'eu', 'niet_eu'] },
    period: (year) => `${year}-12-31`,
    rows(m, year, emit) {
      const origins = ctx.origins.year(year + 1)[m.index];
      const cells = ctx.population.year(year + 1).totalCells[m.index];
      if (!origins || !cells) return;
      const urban = ctx.profiles[m.index]?.urban ?? 0;
      // About 5–6 % of Flemish households rent socially, far more in the cities.
      const share = 0.04 * (1 + 0.45 * urban) * lognormal(rngFor(ctx.seed, 'social-housing', m.nis), 0.35);
      const households = sum(cells) / 2.3;
      const rng = rngFor(ctx.seed, 'sociale-huur', m.nis, year);
      const tenants = poisson(rng, households * share * (1 + 0.008 * (year - 2021)));
      const g = origins.nationalityGroups;
      const adults = [1, 2, 4, 5];
      const of = (group: number) => adults.reduce((acc, cell) => acc + (g[cell * 3 + group] ?? 0), 0);
      const all = Math.max(1, of(0) + of(1) + of(2));
      // Non-EU nationals are strongly over-represented among tenants, EU nationals under-represented.
      const nonEu = clamp((2.2 * of(2)) / all, 0, 0.6);
      const eu = clamp((0.6 * of(1)) / all, 0, 0.2);
      const parts = multinomialExact(rng, tenants, [1 - nonEu - eu, eu, nonEu]);
      emit(['belg'], parts[0] ?? 0);
      emit(['eu'], parts[1] ?? 0);
      emit(['niet_eu'], parts[2] ?? 0);
    },
  });
}

const KANSARM = [0.08, 0.28] as const;
/** The kansarmoede index of Kind en Gezin rose slowly over the decade. */
const kansarmTrend = (year: number) => clamp(1 + 0.02 * (year - 2021), 0.8, 1.2);

export function writeKansarmoede(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'kansarmoede',
    columns: ['nis', 'jaar', 'herkomst_moeder', 'status', 'aantal'],
    codes: { herkomst_moeder: ['belgisch', 'buitenlands'], status: ['geboorten', 'kansarm'] },
    period: String,
    rows(m, year, emit) {
      const next = ctx.population.year(year + 1).total[m.index];
      const groups = ctx.origins.year(year)[m.index]?.groups;
      if (!next || !groups) return;
      const rng = rngFor(ctx.seed, 'kansarmoede', m.nis, year);
      // Births of the year ≈ infants (age 0) on the next 1 January.
      const births = poisson(rng, ((next[0] ?? 0) + (next[AGE_COUNT] ?? 0)) * 1.005);
      // Women 18–64 (cell 4): mothers of foreign origin are somewhat over-represented (younger, more children).
      const women = (groups[12] ?? 0) + (groups[13] ?? 0) + (groups[14] ?? 0);
      const foreignShare = clamp(
        (1.25 * ((groups[13] ?? 0) + (groups[14] ?? 0))) / Math.max(1, women),
        0.01,
        0.9,
      );
      const foreign = binomial(rng, births, foreignShare);
      const urban = ctx.profiles[m.index]?.urban ?? 0;
      const level = (lognormal(rngFor(ctx.seed, 'kansarmoede-level', m.nis), 0.3) * (1 + 0.3 * urban)) / 1.15;
      const rates = KANSARM.map((r) => clamp(r * level * kansarmTrend(year), 0, 0.9));
      const local = births - foreign;
      emit(['belgisch', 'geboorten'], local);
      emit(['belgisch', 'kansarm'], binomial(rng, local, rates[0] ?? 0));
      emit(['buitenlands', 'geboorten'], foreign);
      emit(['buitenlands', 'kansarm'], binomial(rng, foreign, rates[1] ?? 0));
    },
  });
}
