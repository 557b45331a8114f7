/**
 * Auditor: local LPs for the unknowns that neither propagated bounds nor a witness settled. Around the
 * unknown, a neighbourhood of unknowns linked to it by equations (nearest first, growing in steps,
 * audit-hood.ts):
 *
 * - restricted LP (audit-sparse.ts): only the neighbourhood varies, every other unknown stays at its true
 *   value, and all equations must hold; it pushes the unknown one step up and one step down. The points
 *   it reaches are solutions of the whole system (each is checked before use), so the values they show
 *   prove ranges at least that wide. Sparse, so it also runs on wide neighbourhoods up to whole
 *   components of thousands of unknowns.
 * - relaxed LP (small neighbourhoods only): only the equations entirely inside the neighbourhood, the
 *   unknowns within their outer bounds. Every solution of the whole system solves it, so its optima bound
 *   the range from outside: a width below 1 proves the unknown recoverable.
 *
 * Once the neighbourhood is the whole component both are the exact LP, so a component of up to 250
 * unknowns is always settled; in larger ones an unknown can stay unproven (reported as recoverable).
 */

import { nearestUnknowns } from './audit-hood.js';
import { type LocalSystem, violation } from './audit-local.js';
import { pushWithin } from './audit-sparse.js';
import type { WitnessSearch } from './audit-witness.js';
import { type LinearProgram, type LpConstraint, LpSolver } from './lp.js';

/** Neighbourhood sizes for both LPs, then for the restricted one only. */
const STEPS = [24, 80, 250];
const WIDE_STEPS = [800, 2500, 10_000];
/** Float noise below a whole width that still counts as that width. */
const NOISE = 1e-6;
/** Allowed violation of a checked LP solution (float noise), relative to the size of the numbers. */
const CHECK_TOL = 1e-10;

export class LocalLps {
  private readonly scale: number;

  constructor(
    private readonly s: LocalSystem,
    private readonly outer: { readonly lo: Float64Array; readonly hi: Float64Array },
    private readonly seen: WitnessSearch,
    /** The width a range must have (the protection level). */
    private readonly width = 1,
  ) {
    let scale = 1;
    for (const e of s.equations) scale = Math.max(scale, Math.abs(e.rhs));
    for (let j = 0; j < s.n; j++) scale = Math.max(scale, Math.abs(s.truth[j] as number));
    this.scale = scale;
  }

  /** Outer range of unknown j when proven narrower than the width; undefined when wide or unproven. */
  settle(j: number): { min: number; max: number } | undefined {
    let last = 0;
    for (const size of [...STEPS, ...WIDE_STEPS]) {
      const hood = nearestUnknowns(this.s, j, size);
      if (hood.length === last) break;
      last = hood.length;
      for (const dir of [1, -1])
        if (!this.wide(j)) this.record(pushWithin(this.s, hood, j, dir, this.outer, this.width));
      if (this.wide(j)) return undefined;
      if (size > (STEPS[STEPS.length - 1] as number)) continue;
      const relaxed = this.relaxed(j, hood);
      if (relaxed && relaxed.max - relaxed.min < this.width - NOISE) return relaxed;
    }
    return undefined;
  }

  private wide(j: number): boolean {
    return (this.seen.seenHi[j] as number) - (this.seen.seenLo[j] as number) >= this.width - NOISE;
  }

  /** Records the values a point shows, once it is checked to be a solution of the whole system. */
  private record(point: Float64Array | undefined): void {
    const { s } = this;
    if (!point || violation(s, point) > CHECK_TOL * this.scale + 1e-9) return;
    for (let u = 0; u < s.n; u++) {
      const v = point[u] as number;
      if (v < (this.seen.seenLo[u] as number)) this.seen.seenLo[u] = v;
      if (v > (this.seen.seenHi[u] as number)) this.seen.seenHi[u] = v;
    }
  }

  /** Relaxed LP: outer range of x_j from the equations inside the neighbourhood. */
  private relaxed(j: number, hood: readonly number[]): { min: number; max: number } | undefined {
    const { s, outer } = this;
    const at = new Map(hood.map((u, k) => [u, k]));
    const equations = new Set<number>();
    for (const u of hood) for (const e of s.equationsOf[u] ?? []) equations.add(e);
    const constraints: LpConstraint[] = [];
    for (const e of [...equations].sort((a, b) => a - b)) {
      const eq = s.equations[e];
      if (!eq || eq.terms.some(([u]) => !at.has(u))) continue;
      constraints.push({
        terms: eq.terms.map(([u, c]) => [at.get(u) as number, c] as const),
        sense: '=',
        rhs: eq.rhs,
      });
    }
    const lp: LinearProgram = {
      variables: hood.length,
      constraints,
      lower: hood.map((u) => outer.lo[u] as number),
      upper: hood.map((u) => outer.hi[u] as number),
    };
    const solver = new LpSolver(lp);
    if (!solver.feasible) return undefined;
    const objective = hood.map((u) => (u === j ? 1 : 0));
    const max = solver.maximize(objective);
    const min = solver.minimize(objective);
    if (max.status !== 'optimal' || min.status !== 'optimal') return undefined;
    return { min: min.objective, max: max.objective };
  }
}
