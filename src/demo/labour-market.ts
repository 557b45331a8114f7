/**
 * Labour-market levels by origin (Belgian / other EU / non-EU) shared by werk_herkomst and werkzoekenden:
 * employment ~78 / 70 / 55 %, unemployment ~3.5 / 7 / 14 % (2021 level), lower employment for women
 * (strongly so for non-EU origin), a gently rising employment trend, a COVID-19 bump in unemployment, and
 * municipal differences (cities: lower employment, more unemployment).
 */
import type { DemoContext } from './context.js';
import type { Municipality } from './municipalities.js';
import { lognormal, normal, rngFor } from './random.js';

export const ORIGINS = ['belgisch', 'eu', 'niet_eu'] as const;

const EMPLOYMENT = [0.78, 0.7, 0.55] as const;
/** Added for men, subtracted for women (by origin). */
const SEX_GAP = [0.04, 0.06, 0.11] as const;
const UNEMPLOYMENT = [0.035, 0.068, 0.123] as const;

/** Unemployment relative to 2021: higher in 2015, lowest before COVID-19, a bump in 2020. */
function unemploymentTrend(year: number): number {
  return (
    {
      2015: 1.35,
      2016: 1.25,
      2017: 1.12,
      2018: 1.02,
      2019: 0.95,
      2020: 1.1,
      2021: 1,
      2022: 0.93,
      2023: 0.96,
      2024: 1,
    }[year] ?? 1
  );
}

export interface LabourLevels {
  /** Employment rate of a group (origin index, sex 0 M / 1 F) with an age adjustment. */
  employment(origin: number, sex: number, ageShift: number): number;
  /** Unemployment rate among the active population of a group, with an age multiplier. */
  unemployment(origin: number, ageFactor: number): number;
}

export function labourLevels(ctx: DemoContext, m: Municipality, year: number): LabourLevels {
  const urban = ctx.profiles[m.index]?.urban ?? 0;
  const rng = rngFor(ctx.seed, 'labour', m.nis);
  // Centred on the population-weighted mean urbanity (~0.4), so the Flemish rates stay at the targets.
  const employmentShift =
    0.025 * normal(rng) - 0.025 * (urban - 0.4) + 0.004 * (year - 2021) - (year === 2020 ? 0.01 : 0);
  const unemploymentFactor = lognormal(rng, 0.15) * (1 + 0.25 * (urban - 0.4)) * unemploymentTrend(year);
  return {
    employment: (origin, sex, ageShift) =>
      clampRate(
        (EMPLOYMENT[origin] ?? 0.7) +
          (sex === 0 ? 1 : -1) * (SEX_GAP[origin] ?? 0) +
          ageShift +
          employmentShift,
      ),
    unemployment: (origin, ageFactor) =>
      clampRate((UNEMPLOYMENT[origin] ?? 0.05) * ageFactor * unemploymentFactor),
  };
}

function clampRate(rate: number): number {
  return Math.min(0.97, Math.max(0.01, rate));
}
