/**
 * Pupils per school year by level and home language. Pupil numbers come from the age structure of the
 * population on 1 January inside the school year (kleuter 3–5, lager 6–11, secundair 12–17). The share
 * with another home language than Dutch rises with the non-Belgian (non-Dutch) and foreign-origin share of
 * the municipality's children; OKAN (reception classes) is a small share of secondary pupils, all non-Dutch.
 */
import { AGE_COUNT, CELL_COUNT, sumAges } from './ages.js';
import type { DemoContext } from './context.js';
import { COUNTRY_SPECS } from './country-specs.js';
import { clamp } from './population-model.js';
import { binomial, lognormal, poisson, rngFor } from './random.js';
import type { DemoFile } from './types.js';
import { writeYearlyFile } from './yearly-file.js';

const LEVELS = [
  { code: 'kleuter', from: 3, to: 5, enrolment: 0.985, otherLanguage: 1.08 },
  { code: 'lager', from: 6, to: 11, enrolment: 1, otherLanguage: 1 },
  { code: 'secundair', from: 12, to: 17, enrolment: 0.97, otherLanguage: 0.8 },
] as const;
const NLD = COUNTRY_SPECS.findIndex((s) => s.iso3 === 'NLD');

/** Reception classes swell with refugee waves: 2015-2016 and Ukrainian children from 2022. */
function okanFactor(startYear: number): number {
  return { 2015: 1.3, 2016: 1.4, 2017: 1.15, 2022: 1.7, 2023: 1.4, 2024: 1.2 }[startYear] ?? 1;
}

export function writeThuistaal(ctx: DemoContext): Promise<DemoFile> {
  return writeYearlyFile(ctx, {
    id: 'thuistaal',
    columns: ['nis', 'schooljaar', 'niveau', 'thuistaal', 'aantal'],
    codes: { niveau: ['kleuter', 'lager', 'secundair', 'okan'], thuistaal: ['nederlands', 'andere'] },
    // Named by the year the school year starts; counted with the population of the next 1 January.
    period: (year) => `${year}-${year + 1}`,
    rows(m, year, emit) {
      const pop = ctx.population.year(year + 1);
      const origins = ctx.origins.year(year + 1)[m.index];
      const total = pop.total[m.index];
      if (!origins || !total) return;
      const children = (pop.totalCells[m.index]?.[0] ?? 0) + (pop.totalCells[m.index]?.[3] ?? 0);
      let nonDutchForeigners = 0;
      origins.nonBelgians.countries.forEach((country, k) => {
        if (country === NLD) return;
        nonDutchForeigners +=
          (origins.nonBelgians.counts[k * CELL_COUNT] ?? 0) +
          (origins.nonBelgians.counts[k * CELL_COUNT + 3] ?? 0);
      });
      const etr = pop.nonBelgianCells[m.index];
      const foreignOrigin =
        (origins.groups[1] ?? 0) +
        (origins.groups[2] ?? 0) +
        (origins.groups[10] ?? 0) +
        (origins.groups[11] ?? 0);
      const foreignBelgians = foreignOrigin - (etr?.[0] ?? 0) - (etr?.[3] ?? 0);
      const childrenSafe = Math.max(1, children);
      const rng = rngFor(ctx.seed, 'thuistaal', m.nis, year);
      const level = lognormal(rngFor(ctx.seed, 'thuistaal-level', m.nis), 0.12);
      const share = clamp(
        (0.01 +
          1.3 * (nonDutchForeigners / childrenSafe) +
          0.45 * (Math.max(0, foreignBelgians) / childrenSafe)) *
          level,
        0.005,
        0.9,
      );
      let okan = 0;
      for (const lvl of LEVELS) {
        const expected =
          (sumAges(total, 0, lvl.from, lvl.to) + sumAges(total, AGE_COUNT, lvl.from, lvl.to)) * lvl.enrolment;
        let pupils = Math.round(expected);
        if (lvl.code === 'secundair') {
          const intensity = nonDutchForeigners / childrenSafe / 0.07;
          okan = Math.min(pupils, poisson(rng, expected * 0.012 * intensity * okanFactor(year)));
          pupils -= okan;
        }
        const other = binomial(rng, pupils, clamp(share * lvl.otherLanguage, 0, 0.95));
        emit([lvl.code, 'nederlands'], pupils - other);
        emit([lvl.code, 'andere'], other);
      }
      emit(['okan', 'andere'], okan);
    },
  });
}
