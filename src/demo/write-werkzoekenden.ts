/**
 * Jobless jobseekers (yearly average) by origin and duration: a rate per inhabitant of 18–64 of that
 * origin (~3.5 / 6 / 13 %, following the municipality's unemployment level), about 40–47 % unemployed
 * for a year or longer.
 */
import type { DemoContext } from './context.js';
import { labourLevels, ORIGINS } from './labour-market.js';
import { binomial, poisson, rngFor } from './random.js';
import type { DemoFile } from './types.js';
import { writeYearlyFile } from './yearly-file.js';

/** Jobseekers per inhabitant 18–64 relative to the unemployment rate (jobseekers include more people). */
const PER_INHABITANT = [1, 0.88, 1.05] as const;
const LONG_TERM = [0.4, 0.38, 0.47] as const;

export function writeWerkzoekenden(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'werkzoekenden',
    columns: ['nis', 'jaar', 'herkomst', 'duur', 'aantal'],
    codes: { herkomst: [...ORIGINS], duur: ['korter_1j', 'langer_1j'] },
    period: String,
    rows(m, year, emit) {
      const groups = ctx.origins.year(year)[m.index]?.groups;
      if (!groups) return;
      const levels = labourLevels(ctx, m, year);
      const rng = rngFor(ctx.seed, 'werkzoekenden', m.nis, year);
      ORIGINS.forEach((origin, g) => {
        // Cells 1 and 4 are men and women of 18–64.
        const people = (groups[1 * 3 + g] ?? 0) + (groups[4 * 3 + g] ?? 0);
        const total = poisson(rng, people * levels.unemployment(g, 1) * (PER_INHABITANT[g] ?? 1));
        const longTerm = binomial(rng, total, LONG_TERM[g] ?? 0.4);
        emit([origin, 'korter_1j'], total - longTerm);
        emit([origin, 'langer_1j'], longTerm);
      });
    },
  });
}
