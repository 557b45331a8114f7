/**
 * NT2 (Dutch as a second language) course participants per year. Within an inburgering trajectory: most
 * people who started a trajectory that year or the year before; outside: a rate per adult non-Belgian.
 * University language centres (utc) mainly near university towns.
 */
import { multinomialExact } from './allocate.js';
import type { DemoContext } from './context.js';
import { decodeInburgering } from './inburgering-sim.js';
import { binomial, lognormal, poisson, rngFor } from './random.js';
import type { DemoFile } from './types.js';
import { writeYearlyFile } from './yearly-file.js';

const PROVIDERS = ['cvo', 'cbe', 'utc'] as const;
const TRAJECT_FASE = 1;

export function writeNt2(ctx: DemoContext): Promise<DemoFile> {
  let starts: Map<number, number>[] | undefined;
  /** Trajectory starts per municipality × year. */
  const startsOf = (index: number, year: number): number => {
    starts ??= ctx.inburgering().map((events) => {
      const perYear = new Map<number, number>();
      for (const [key, count] of events) {
        const k = decodeInburgering(key);
        if (k.fase !== TRAJECT_FASE) continue;
        const y = Math.floor(k.quarter / 4);
        perYear.set(y, (perYear.get(y) ?? 0) + count);
      }
      return perYear;
    });
    return starts[index]?.get(year) ?? 0;
  };
  return writeYearlyFile(ctx, {
    id: 'nt2',
    columns: ['nis', 'jaar', 'aanbieder', 'traject', 'aantal'],
    codes: { aanbieder: [...PROVIDERS], traject: ['inburgering', 'andere'] },
    period: String,
    rows(m, year, emit) {
      const rng = rngFor(ctx.seed, 'nt2', m.nis, year);
      const level = lognormal(rngFor(ctx.seed, 'nt2-level', m.nis), 0.25);
      const university = Math.min(3, ctx.profiles[m.index]?.factor('student', '') ?? 1);
      const utc = university > 1.2 ? university : 0.3;
      const pop = ctx.population.year(year).nonBelgianCells[m.index];
      const adults = (pop?.[1] ?? 0) + (pop?.[2] ?? 0) + (pop?.[4] ?? 0) + (pop?.[5] ?? 0);
      const inTraject =
        binomial(rng, startsOf(m.index, year), 0.85) + binomial(rng, startsOf(m.index, year - 1), 0.35);
      const outside = poisson(rng, adults * 0.06 * level);
      const split = (total: number, weights: readonly number[]) => multinomialExact(rng, total, weights);
      const a = split(inTraject, [0.55, 0.35, 0.1 * utc]);
      const b = split(outside, [0.6, 0.15, 0.25 * utc]);
      PROVIDERS.forEach((provider, i) => {
        emit([provider, 'inburgering'], a[i] ?? 0);
        emit([provider, 'andere'], b[i] ?? 0);
      });
    },
  });
}
