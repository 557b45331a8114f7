/**
 * Suppression engine's range probe: finds the unknowns of Σ coef·y = 0, lower ≤ y ≤ upper whose range
 * is narrower than `width` (engine-simplex.ts does the simplex steps). Every vertex it visits widens the
 * known range of every variable, and each search stops as soon as the range is wide enough, so most
 * unknowns cost no pivot at all.
 */
import { ProbeBasis } from './engine-basis.js';
import { BLAND_AFTER, BoundedSimplex, EPS, type ProbeSystem } from './engine-simplex.js';

export type { ProbeSystem } from './engine-simplex.js';

/** Of the variables `asked` (default: all), those whose range is narrower than `width`. */
export function narrowVariables(system: ProbeSystem, width: number, asked?: readonly number[]): number[] {
  const probe = new Probe(system);
  const narrow: number[] = [];
  for (const j of asked ?? Array.from({ length: system.variables }, (_, k) => k)) {
    if (!probe.reach(j, 1, width) && !probe.reach(j, -1, width)) narrow.push(j);
  }
  return narrow;
}

class Probe extends BoundedSimplex<ProbeBasis> {
  /** Range of each variable over all vertices visited so far (all feasible). */
  private readonly seenLo: Float64Array;
  private readonly seenHi: Float64Array;

  constructor(s: ProbeSystem) {
    super(s, new ProbeBasis(s.variables, s.rows.length, s.rows));
    this.seenLo = new Float64Array(s.variables);
    this.seenHi = new Float64Array(s.variables);
  }

  /** Pushes y_j in direction s until its seen range is `width` wide (true) or y_j is at its optimum. */
  reach(j: number, s: number, width: number): boolean {
    let degenerate = 0;
    const limit = 10_000 + 50 * (this.n + this.m);
    for (let iter = 0; iter < limit; iter++) {
      if ((this.seenHi[j] as number) - (this.seenLo[j] as number) >= width) return true;
      const [q, dir] = this.price(j, s, degenerate >= BLAND_AFTER);
      if (q < 0) return false;
      this.inv.column(q, this.alpha);
      const [t, row] = this.ratio(q, dir, degenerate >= BLAND_AFTER);
      if (t === Number.POSITIVE_INFINITY) return true; // s·y_j is unbounded
      this.step(q, dir, t, row);
      degenerate = t <= EPS ? degenerate + 1 : 0;
    }
    throw new Error('disclosure: range probe did not converge');
  }

  /** Entering column and direction that increase s·y_j, or [−1, 0] at the optimum. */
  private price(j: number, s: number, bland: boolean): [number, number] {
    const { n, y, lo, hi } = this;
    const r = this.pos[j] as number;
    if (r < 0) {
      const room = s > 0 ? (y[j] as number) < (hi[j] as number) : (y[j] as number) > (lo[j] as number);
      return room ? [j, s] : [-1, 0];
    }
    // Raising y_k by t changes y_j by −g·t, with g = (B⁻¹ a_k)_r.
    let best = -1;
    let bestDir = 0;
    let bestScore = EPS;
    for (let k = 0; k < n; k++) {
      if ((this.pos[k] as number) >= 0) continue;
      const g = this.inv.entry(r, k);
      const dir = s * g < 0 ? 1 : -1;
      const room = dir > 0 ? (hi[k] as number) - (y[k] as number) : (y[k] as number) - (lo[k] as number);
      if (Math.abs(g) <= EPS || room <= 0) continue;
      if (bland) return [k, dir];
      if (Math.abs(g) > bestScore) {
        best = k;
        bestDir = dir;
        bestScore = Math.abs(g);
      }
    }
    return [best, bestDir];
  }

  protected override visit(k: number): void {
    const v = this.y[k] as number;
    if (v < (this.seenLo[k] as number)) this.seenLo[k] = v;
    if (v > (this.seenHi[k] as number)) this.seenHi[k] = v;
  }
}
