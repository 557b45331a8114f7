/** Runs the output attacker on a release: reads the outputs, builds the system, solves every hidden range. */
import type { CountryRegistry } from '../../../src/geo/countries/index.js';
import type { Geography } from '../../../src/geo/index.js';
import type { Catalog } from '../../../src/indicators/catalog.js';
import type { ReleaseReader } from '../../../src/release/release-reader.js';
import { figureId } from './figures.js';
import { type HiddenRange, hiddenRanges } from './ranges.js';
import { readOutputs, statbelCounts } from './read-outputs.js';
import { AttackerSystem } from './system.js';

export interface AttackResult {
  readonly downloads: number;
  readonly observations: number;
  readonly variables: number;
  readonly equations: number;
  readonly statbelFixed: number;
  readonly hidden: number;
  readonly lps: number;
  readonly components: number;
  readonly largest: number;
  readonly conflicts: readonly string[];
  readonly infeasible: readonly number[];
  /** Hidden "< T" figures narrower than the goal (must never happen), with their ids. */
  readonly pinned: readonly (HiddenRange & { id: string })[];
  /** Hidden "x" figures narrower than the goal (a count ≥ T hidden only to protect). */
  readonly pinnedSecondary: number;
  /** Number of hidden figures per width class: '0', '1', …, '5+', '∞'. */
  readonly widths: Readonly<Record<string, number>>;
  readonly ms: number;
  /** Of which reading the outputs. */
  readonly readMs: number;
}

export async function attack(
  ctx: { geo: Geography; catalog: Catalog; countries: CountryRegistry; release: ReleaseReader },
  datasets: ReadonlySet<string>,
  goal: number,
): Promise<AttackResult> {
  const started = performance.now();
  const outputs = await readOutputs(ctx, datasets);
  const readMs = performance.now() - started;
  const s = new AttackerSystem();
  for (const o of outputs.observations) s.observe(o);
  const hiddenSet = new Set<number>();
  s.observed.forEach((obs, i) => {
    if (obs && (s.lo[i] as number) !== (s.hi[i] as number)) hiddenSet.add(i);
  });
  // Shown as "< T" (a small count or a hidden zero): a finite upper bound as read.
  const primary = new Set([...hiddenSet].filter((i) => Number.isFinite(s.hi[i] as number)));
  const statbelFixed = s.addRelations(
    ctx.catalog.relations,
    outputs.reader,
    await statbelCounts(ctx.release, ctx.geo),
  );
  const quarterly = new Set(
    [...ctx.catalog.datasets.values()].filter((d) => d.periodType === 'quarter').map((d) => d.id),
  );
  s.addQuarterSums(quarterly);
  s.addAtoms((dataset, d) => {
    const dim = ctx.catalog.datasets.get(dataset)?.dimensions[d];
    return outputs.reader.universe.get(`${dataset}.${dim?.name}`) ?? [];
  });
  s.addAreaSums();
  // Still hidden after Statbel's figures (a fixed one is published there, hence known).
  const hidden = (i: number) => hiddenSet.has(i) && (s.lo[i] as number) !== (s.hi[i] as number);
  const solved = await hiddenRanges(s, hidden, goal);
  const widths: Record<string, number> = {};
  for (const r of solved.ranges) {
    const w = r.max - r.min;
    const k = !Number.isFinite(w) ? '∞' : w >= 5 - 1e-7 ? '5+' : String(Math.floor(w + 1e-7));
    widths[k] = (widths[k] ?? 0) + 1;
  }
  return {
    downloads: outputs.downloads,
    observations: outputs.observations.length,
    variables: s.figures.length,
    equations: s.equations.length,
    statbelFixed,
    hidden: solved.ranges.length,
    lps: solved.lps,
    components: solved.components,
    largest: solved.largest,
    conflicts: s.conflicts,
    infeasible: solved.infeasible,
    pinnedSecondary: solved.ranges.filter((r) => !primary.has(r.variable) && r.max - r.min < goal - 1e-6)
      .length,
    pinned: solved.ranges
      .filter((r) => primary.has(r.variable) && r.max - r.min < goal - 1e-6)
      .map((r) => ({
        ...r,
        id: figureId(
          s.figures[r.variable] as { dataset: string; period: string; members: string; sets: string[] },
        ),
      })),
    widths,
    ms: performance.now() - started,
    readMs,
  };
}
