/**
 * Population 20–64 on 31 December by origin × sex × age group, with how many work and how many are
 * unemployed. The population is the model's 1 January of the next year (single ages); the origin split of
 * each sex comes from the herkomst cell 18–64 of that date.
 */

import { AGE_COUNT, SEXES, sumAges } from './ages.js';
import { largestRemainder } from './allocate.js';
import type { DemoContext } from './context.js';
import { labourLevels, ORIGINS } from './labour-market.js';
import { binomial, rngFor } from './random.js';
import type { DemoFile } from './types.js';
import { writeYearlyFile } from './yearly-file.js';

const AGE_GROUPS = [
  // Shifts and factors average out to about 0 and 1 over the 20–64 age structure.
  { code: '20-29', from: 20, to: 29, employment: -0.06, unemployment: 1.4 },
  { code: '30-54', from: 30, to: 54, employment: 0.08, unemployment: 0.85 },
  { code: '55-64', from: 55, to: 64, employment: -0.15, unemployment: 0.95 },
] as const;

export function writeWerkHerkomst(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'werk_herkomst',
    columns: ['nis', 'datum', 'herkomst', 'geslacht', 'leeftijdsgroep', 'status', 'aantal'],
    codes: {
      herkomst: [...ORIGINS],
      geslacht: [...SEXES],
      leeftijdsgroep: AGE_GROUPS.map((g) => g.code),
      status: ['bevolking', 'werkend', 'werkloos'],
    },
    period: (year) => `${year}-12-31`,
    rows(m, year, emit) {
      const pop = ctx.population.year(year + 1).total[m.index];
      const groups = ctx.origins.year(year + 1)[m.index]?.groups;
      if (!pop || !groups) return;
      const levels = labourLevels(ctx, m, year);
      const rng = rngFor(ctx.seed, 'werk', m.nis, year);
      const cells = ORIGINS.map(() => SEXES.map(() => AGE_GROUPS.map(() => [0, 0, 0])));
      SEXES.forEach((_, s) => {
        const adultCell = s * 3 + 1;
        const fractions = ORIGINS.map((_, g) => groups[adultCell * 3 + g] ?? 0);
        AGE_GROUPS.forEach((group, a) => {
          const people = Math.round(sumAges(pop, s * AGE_COUNT, group.from, group.to));
          largestRemainder(people, fractions).forEach((n, g) => {
            const employment = levels.employment(g, s, group.employment);
            const unemployment = levels.unemployment(g, group.unemployment);
            const working = binomial(rng, n, employment);
            // Unemployed among those not working, so that unemployed / (working + unemployed) ≈ the rate.
            const pUnemployed = Math.min(
              0.95,
              (employment * unemployment) / ((1 - unemployment) * (1 - employment)),
            );
            const cell = cells[g]?.[s]?.[a];
            if (cell) {
              cell[0] = n;
              cell[1] = working;
              cell[2] = binomial(rng, n - working, pUnemployed);
            }
          });
        });
      });
      ORIGINS.forEach((origin, g) => {
        SEXES.forEach((sex, s) => {
          AGE_GROUPS.forEach((group, a) => {
            const [n = 0, working = 0, unemployed = 0] = cells[g]?.[s]?.[a] ?? [];
            emit([origin, sex, group.code, 'bevolking'], n);
            emit([origin, sex, group.code, 'werkend'], working);
            emit([origin, sex, group.code, 'werkloos'], unemployed);
          });
        });
      });
    },
  });
}
