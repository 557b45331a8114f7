/**
 * Auditor: local LPs for the unknowns that neither propagated bounds nor a witness settled. Around the
 * unknown, a neighbourhood of unknowns linked to it by equations (breadth first, growing in steps):
 *
 * - restricted LP: only the neighbourhood varies, every other unknown stays at its true value, and all
 *   equations must hold. Its optima are solutions of the whole system (each is checked before use), so the
 *   values they show prove ranges at least that wide.
 * - relaxed LP: only the equations entirely inside the neighbourhood, the unknowns within their outer
 *   bounds. Every solution of the whole system solves it, so its optima bound the range from outside: a
 *   width below 1 proves the unknown recoverable.
 *
 * Once the neighbourhood is the whole component both are the exact LP, so a component small enough is
 * always settled; beyond the size cap an unknown can stay unproven.
 */
import type { LocalSystem } from './audit-local.js';
import { violation } from './audit-local.js';
import type { WitnessSearch } from './audit-witness.js';
import { type LinearProgram, type LpConstraint, LpSolver } from './lp.js';

const STEPS = [24, 80, 250];
const RECOVERABLE_BELOW = 1 - 1e-6;
/** Allowed violation of a checked LP solution (float noise), relative to the size of the numbers. */
const CHECK_TOL = 1e-10;

export class LocalLps {
  private readonly scale: number;

  constructor(
    private readonly s: LocalSystem,
    private readonly outer: { readonly lo: Float64Array; readonly hi: Float64Array },
    private readonly seen: WitnessSearch,
  ) {
    let scale = 1;
    for (const e of s.equations) scale = Math.max(scale, Math.abs(e.rhs));
    for (let j = 0; j < s.n; j++) scale = Math.max(scale, Math.abs(s.truth[j] as number));
    this.scale = scale;
  }

  /** Outer range of unknown j when proven narrower than 1; undefined when wide or unproven. */
  settle(j: number): { min: number; max: number } | undefined {
    let last = 0;
    for (const size of STEPS) {
      const hood = this.neighbourhood(j, size);
      if (hood.length === last) break;
      last = hood.length;
      this.restricted(j, hood);
      if (this.wide(j)) return undefined;
      const relaxed = this.relaxed(j, hood);
      if (relaxed && relaxed.max - relaxed.min < RECOVERABLE_BELOW) return relaxed;
    }
    return undefined;
  }

  private wide(j: number): boolean {
    return (this.seen.seenHi[j] as number) - (this.seen.seenLo[j] as number) >= RECOVERABLE_BELOW;
  }

  /**
   * Up to `size` unknowns nearest to j, j first. Crossing an equation costs its number of unknowns, so
   * the small equations that tie a cell to its own breakdowns come before long lists of areas.
   */
  private neighbourhood(j: number, size: number): number[] {
    const { s } = this;
    const distance = new Map<number, number>([[j, 0]]);
    const done = new Set<number>();
    const order: number[] = [];
    const frontier: number[] = [j];
    while (order.length < size && frontier.length > 0) {
      frontier.sort((a, b) => (distance.get(a) as number) - (distance.get(b) as number) || a - b);
      const u = frontier.shift() as number;
      if (done.has(u)) continue;
      done.add(u);
      order.push(u);
      const du = distance.get(u) as number;
      for (const e of s.equationsOf[u] ?? []) {
        const terms = s.equations[e]?.terms ?? [];
        for (const [w] of terms) {
          const dw = du + terms.length;
          if (done.has(w) || dw >= (distance.get(w) ?? Number.POSITIVE_INFINITY)) continue;
          distance.set(w, dw);
          frontier.push(w);
        }
      }
    }
    return order;
  }

  /** Restricted LP: records the values its checked optima show. */
  private restricted(j: number, hood: readonly number[]): void {
    const { s, outer } = this;
    const at = new Map(hood.map((u, k) => [u, k]));
    const equations = new Set<number>();
    for (const u of hood) for (const e of s.equationsOf[u] ?? []) equations.add(e);
    const constraints: LpConstraint[] = [];
    for (const e of [...equations].sort((a, b) => a - b)) {
      const eq = s.equations[e];
      if (!eq) continue;
      let rhs = eq.rhs;
      const terms: [number, number][] = [];
      for (const [u, c] of eq.terms) {
        const k = at.get(u);
        if (k === undefined) rhs -= c * (s.truth[u] as number);
        else terms.push([k, c]);
      }
      constraints.push({ terms, sense: '=', rhs });
    }
    // x_j need not go further than one from its true value: that keeps its optima finite.
    const t = s.truth[j] as number;
    const lp: LinearProgram = {
      variables: hood.length,
      constraints,
      lower: hood.map((u) =>
        Math.max(s.lower[u] as number, outer.lo[u] as number, u === j ? t - 1 : -Infinity),
      ),
      upper: hood.map((u) =>
        Math.min(s.upper[u] as number, outer.hi[u] as number, u === j ? t + 1 : Infinity),
      ),
    };
    const solver = new LpSolver(lp);
    if (!solver.feasible) return;
    const objective = hood.map((u) => (u === j ? 1 : 0));
    for (const result of [solver.maximize(objective), solver.minimize(objective)]) {
      if (result.status !== 'optimal') continue;
      const point = Float64Array.from(s.truth);
      hood.forEach((u, k) => {
        point[u] = result.x[k] as number;
      });
      if (violation(s, point) > CHECK_TOL * this.scale + 1e-9) continue;
      for (const u of hood) {
        const v = point[u] as number;
        if (v < (this.seen.seenLo[u] as number)) this.seen.seenLo[u] = v;
        if (v > (this.seen.seenHi[u] as number)) this.seen.seenHi[u] = v;
      }
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
