/**
 * Population per municipality × sex × single age on 1 January of any year, split into Belgians and
 * non-Belgians. 2021 is the REAL Statbel file, unchanged; other years scale from it:
 * - totals follow the real Flemish growth (2019, 2020, 2021, 2025 real, in between geometric) per sex ×
 *   age band (calibrated on the real 2025 bands, so ageing shows), plus each municipality's own trend
 *   (its real 2019→2021 growth, damped);
 * - non-Belgians follow the Flemish share path of calibration.ts with a municipality-specific growth rate
 *   (noise, and faster growth where the share is still low: diversity spreads to smaller municipalities).
 */
import { AGE_COUNT, BANDS, bandOf, CELL_COUNT, cellIndex, SEXES } from './ages.js';
import {
  flemishTotal,
  nonBelgianShareTarget,
  REAL_FLEMISH_2025_BANDS,
  REFERENCE_YEAR,
} from './calibration.js';
import type { Municipality } from './municipalities.js';
import { normal, rngFor } from './random.js';
import { type RealCells, realIndex } from './real-population.js';

const PER_MUNICIPALITY = SEXES.length * AGE_COUNT;

export interface YearPopulation {
  readonly year: number;
  /** Expected population per municipality: [sex * AGE_COUNT + age], floats (exact integers in 2021). */
  readonly total: readonly Float64Array[];
  readonly nonBelgian: readonly Float64Array[];
  /** Whole counts per municipality × cell (sex × band, `cellIndex`): what the stock files publish. */
  readonly totalCells: readonly Int32Array[];
  readonly nonBelgianCells: readonly Int32Array[];
}

export interface PopulationModel {
  readonly municipalities: readonly Municipality[];
  year(year: number): YearPopulation;
}

export function createPopulationModel(
  seed: number,
  municipalities: readonly Municipality[],
  real: ReadonlyMap<string, RealCells>,
): PopulationModel {
  const base = municipalities.map((m) => splitReal(real.get(m.nis), m.nis));
  const flemishBands = bandTotals(base.map((b) => b.total));
  const bandRates = SEXES.map((sex, s) =>
    BANDS.map((_, b) => ((REAL_FLEMISH_2025_BANDS[sex][b] ?? 0) / (flemishBands[s * 3 + b] ?? 1)) ** (1 / 4)),
  );
  const flemishGrowth = Math.sqrt(flemishTotal(REFERENCE_YEAR) / flemishTotal(2019)) - 1;
  const flemishNonBelgian = sum(base.map((b) => sum(b.nonBelgian)));
  const flemishShare = flemishNonBelgian / flemishTotal(REFERENCE_YEAR);

  const drift = municipalities.map((m, i) => {
    const own = Math.sqrt(sum(base[i]?.total ?? []) / Math.max(1, m.population2019)) - 1;
    const noise = 0.002 * normal(rngFor(seed, 'drift', m.nis));
    return clamp(0.6 * (own - flemishGrowth) + noise, -0.02, 0.02);
  });
  const nonBelgianRate = municipalities.map((m, i) => {
    const b = base[i];
    const share = b ? sum(b.nonBelgian) / Math.max(1, sum(b.total)) : flemishShare;
    const catchUp = clamp(Math.log(flemishShare / Math.max(share, 0.005)), -1.5, 1.5);
    return 0.055 * (1 + 0.3 * normal(rngFor(seed, 'etr-growth', m.nis))) + 0.012 * catchUp;
  });

  const cache = new Map<number, YearPopulation>();
  const build = (year: number): YearPopulation => {
    const dt = year - REFERENCE_YEAR;
    if (dt === 0)
      return finish(
        year,
        base.map((b) => b.total),
        base.map((b) => b.nonBelgian),
      );
    // Totals: municipality trend within the Flemish band targets.
    const raw = base.map((b, i) => {
      const out = new Float64Array(PER_MUNICIPALITY);
      const trend = Math.exp((drift[i] ?? 0) * dt);
      for (let s = 0; s < 2; s++)
        for (let a = 0; a < AGE_COUNT; a++) {
          const k = s * AGE_COUNT + a;
          out[k] = (b.total[k] ?? 0) * (bandRates[s]?.[bandOf(a)] ?? 1) ** dt * trend;
        }
      return out;
    });
    const targetBands = flemishBands.map(
      (v, cell) => v * (bandRates[Math.floor(cell / 3)]?.[cell % 3] ?? 1) ** dt,
    );
    const scaleAll = flemishTotal(year) / sum(targetBands);
    const rawBands = bandTotals(raw);
    for (const t of raw)
      for (let s = 0; s < 2; s++)
        for (let a = 0; a < AGE_COUNT; a++) {
          const cell = cellIndex(s, bandOf(a));
          t[s * AGE_COUNT + a] =
            ((t[s * AGE_COUNT + a] ?? 0) * (targetBands[cell] ?? 0) * scaleAll) / (rawBands[cell] || 1);
        }
    // Non-Belgians: municipal growth rates, rescaled to the Flemish share of the year.
    const growth = nonBelgianRate.map((rate) => Math.exp(rate * dt));
    let rawNonBelgian = 0;
    base.forEach((b, i) => {
      rawNonBelgian += sum(b.nonBelgian) * (growth[i] ?? 1);
    });
    const scale = (nonBelgianShareTarget(year) * flemishTotal(year)) / rawNonBelgian;
    const nonBelgian = base.map((b, i) => {
      const out = new Float64Array(PER_MUNICIPALITY);
      const t = raw[i] ?? out;
      for (let k = 0; k < PER_MUNICIPALITY; k++) {
        out[k] = Math.min((b.nonBelgian[k] ?? 0) * (growth[i] ?? 1) * scale, t[k] ?? 0);
      }
      return out;
    });
    return finish(year, raw, nonBelgian);
  };

  return {
    municipalities,
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

function finish(year: number, total: Float64Array[], nonBelgian: Float64Array[]): YearPopulation {
  const totalCells = total.map(roundCells);
  const nonBelgianCells = nonBelgian.map((n, i) => {
    const cells = roundCells(n);
    const t = totalCells[i];
    for (let c = 0; c < CELL_COUNT; c++) cells[c] = Math.min(cells[c] ?? 0, t?.[c] ?? 0);
    return cells;
  });
  return { year, total, nonBelgian, totalCells, nonBelgianCells };
}

function roundCells(perAge: Float64Array): Int32Array {
  const cells = new Float64Array(CELL_COUNT);
  for (let s = 0; s < 2; s++)
    for (let a = 0; a < AGE_COUNT; a++) {
      const c = cellIndex(s, bandOf(a));
      cells[c] = (cells[c] ?? 0) + (perAge[s * AGE_COUNT + a] ?? 0);
    }
  return Int32Array.from(cells, (v) => Math.round(v));
}

function splitReal(
  cells: RealCells | undefined,
  nis: string,
): { total: Float64Array; nonBelgian: Float64Array } {
  if (!cells) throw new Error(`no real 2021 population for municipality ${nis}`);
  const total = new Float64Array(PER_MUNICIPALITY);
  const nonBelgian = new Float64Array(PER_MUNICIPALITY);
  for (let s = 0; s < 2; s++)
    for (let a = 0; a < AGE_COUNT; a++) {
      const etr = cells[realIndex(s, 1, a)] ?? 0;
      total[s * AGE_COUNT + a] = (cells[realIndex(s, 0, a)] ?? 0) + etr;
      nonBelgian[s * AGE_COUNT + a] = etr;
    }
  return { total, nonBelgian };
}

/** Flemish sums per cell (sex × band). */
function bandTotals(perMunicipality: readonly Float64Array[]): number[] {
  const out = new Array<number>(CELL_COUNT).fill(0);
  for (const t of perMunicipality)
    for (let s = 0; s < 2; s++)
      for (let a = 0; a < AGE_COUNT; a++) {
        const c = cellIndex(s, bandOf(a));
        out[c] = (out[c] ?? 0) + (t[s * AGE_COUNT + a] ?? 0);
      }
  return out;
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i] ?? 0;
  return total;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
