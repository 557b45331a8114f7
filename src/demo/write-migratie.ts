/**
 * Migration of non-Belgians per calendar year. Expected moves are rates per non-Belgian inhabitant on
 * 1 January (so they rise with the non-Belgian population), plus a little per inhabitant so a municipality
 * with few non-Belgians still sees some moves. Cities lose non-Belgians to their suburbs (internal moves).
 */
import type { DemoContext } from './context.js';
import { sum } from './population-model.js';
import { lognormal, poisson, rngFor } from './random.js';
import type { DemoFile } from './types.js';
import { writeYearlyFile } from './yearly-file.js';

const MOVES = ['intern_in', 'intern_uit', 'extern_in', 'extern_uit'] as const;
/** Moves per non-Belgian per year (Flemish order of magnitude). */
const RATE: Readonly<Record<(typeof MOVES)[number], number>> = {
  intern_in: 0.095,
  intern_uit: 0.095,
  extern_in: 0.11,
  extern_uit: 0.045,
};

/** Immigration from abroad: asylum peak 2015-2016, COVID-19 2020, Ukrainians 2022. */
function externalInFactor(year: number): number {
  return { 2015: 1.05, 2016: 0.95, 2020: 0.8, 2021: 0.95, 2022: 1.45, 2023: 1.15, 2024: 1.05 }[year] ?? 1;
}

export function writeMigratie(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'migratie',
    columns: ['nis', 'jaar', 'beweging', 'aantal'],
    codes: { beweging: [...MOVES] },
    period: String,
    rows(m, year, emit) {
      const pop = ctx.population.year(year);
      const nonBelgians = sum(pop.nonBelgianCells[m.index] ?? []);
      const total = sum(pop.totalCells[m.index] ?? []);
      const urban = ctx.profiles[m.index]?.urban ?? 0;
      const persistent = rngFor(ctx.seed, 'migration-level', m.nis);
      const rng = rngFor(ctx.seed, 'migration', m.nis, year);
      for (const move of MOVES) {
        const level = lognormal(persistent, 0.2);
        let expected = nonBelgians * RATE[move] * level;
        if (move === 'intern_in') expected = expected * (1 - 0.12 * urban) + 0.002 * total;
        if (move === 'intern_uit') expected = expected * (1 + 0.12 * urban) + 0.0015 * total;
        if (move === 'extern_in') expected *= externalInFactor(year) * (1 + 0.1 * urban);
        emit([move], poisson(rng, expected * lognormal(rng, 0.08)));
      }
    },
  });
}
