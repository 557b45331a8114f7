/**
 * Suppression engine's own LP (written apart from the auditor's lp.ts on purpose): finds the unknowns of
 * Σ coef·y = 0, lower ≤ y ≤ upper whose range is narrower than `width`. y is the shift from the true
 * values, so y = 0 is feasible: with zero-pinned artificials as first basis no phase 1 is needed.
 * Revised bounded simplex with a dense basis inverse (no tableau: rows ≪ columns here). Every vertex it
 * visits widens the known range of every variable, and each search stops as soon as the range is wide
 * enough, so most unknowns cost no pivot at all.
 */
import { ProbeBasis } from './engine-basis.js';

export interface ProbeSystem {
  readonly variables: number;
  /** Sparse rows as [variable, coefficient] pairs (no repeated variable within a row). */
  readonly rows: readonly (readonly (readonly [number, number])[])[];
  /** Per variable, lower ≤ 0 ≤ upper; upper may be Infinity. */
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
}

const EPS = 1e-9;
const BLAND_AFTER = 25;
const REFRESH_EVERY = 64;

/** Of the variables `asked` (default: all), those whose range is narrower than `width`. */
export function narrowVariables(system: ProbeSystem, width: number, asked?: readonly number[]): number[] {
  const probe = new Probe(system);
  const narrow: number[] = [];
  for (const j of asked ?? Array.from({ length: system.variables }, (_, k) => k)) {
    if (!probe.reach(j, 1, width) && !probe.reach(j, -1, width)) narrow.push(j);
  }
  return narrow;
}

class Probe {
  private readonly n: number;
  private readonly m: number;
  /** Columns 0..n−1 are the variables; column n + i is the artificial of row i, pinned at 0. */
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly y: Float64Array;
  private readonly basis: Int32Array;
  private readonly pos: Int32Array;
  private readonly inv: ProbeBasis;
  private readonly alpha: Float64Array;
  /** Range of each variable over all vertices visited so far (all feasible). */
  private readonly seenLo: Float64Array;
  private readonly seenHi: Float64Array;
  private pivots = 0;

  constructor(s: ProbeSystem) {
    const n = s.variables;
    const m = s.rows.length;
    this.n = n;
    this.m = m;
    this.inv = new ProbeBasis(n, m, s.rows);
    this.lo = new Float64Array(n + m);
    this.hi = new Float64Array(n + m);
    for (let j = 0; j < n; j++) {
      this.lo[j] = s.lower[j] as number;
      this.hi[j] = s.upper[j] as number;
    }
    this.y = new Float64Array(n + m);
    this.basis = Int32Array.from({ length: m }, (_, i) => n + i);
    this.pos = new Int32Array(n + m).fill(-1);
    for (let i = 0; i < m; i++) this.pos[n + i] = i;
    this.alpha = new Float64Array(m);
    this.seenLo = new Float64Array(n);
    this.seenHi = new Float64Array(n);
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

  /** Step length for column q (image in alpha) moving in direction dir, and the blocking row (−1: none). */
  private ratio(q: number, dir: number, bland: boolean): [number, number] {
    const { m, alpha, basis, y, lo, hi } = this;
    let t = dir > 0 ? (hi[q] as number) - (y[q] as number) : (y[q] as number) - (lo[q] as number);
    let block = -1;
    let size = 0;
    for (let i = 0; i < m; i++) {
      const a = dir * (alpha[i] as number);
      const b = basis[i] as number;
      let lim: number;
      if (a > EPS) lim = ((y[b] as number) - (lo[b] as number)) / a;
      else if (a < -EPS && hi[b] !== Number.POSITIVE_INFINITY)
        lim = ((hi[b] as number) - (y[b] as number)) / -a;
      else continue;
      if (lim < 0) lim = 0;
      const tie = block >= 0 && Math.abs(lim - t) <= EPS;
      if (tie ? (bland ? b < (basis[block] as number) : Math.abs(a) > size) : lim < t - EPS) {
        t = lim;
        block = i;
        size = Math.abs(a);
      }
    }
    return [t, block];
  }

  private step(q: number, dir: number, t: number, row: number): void {
    const { n, m, alpha, basis, y, lo, hi } = this;
    if (t > 0) {
      y[q] = (y[q] as number) + dir * t;
      for (let i = 0; i < m; i++) {
        const b = basis[i] as number;
        y[b] = (y[b] as number) - dir * t * (alpha[i] as number);
      }
    }
    if (row < 0) {
      y[q] = dir > 0 ? (hi[q] as number) : (lo[q] as number);
    } else {
      const leaving = basis[row] as number;
      // The leaving variable sits exactly on the bound it reached.
      y[leaving] = dir * (alpha[row] as number) > 0 ? (lo[leaving] as number) : (hi[leaving] as number);
      this.inv.pivot(row, alpha);
      basis[row] = q;
      this.pos[q] = row;
      this.pos[leaving] = -1;
      this.see(leaving);
      if (++this.pivots % REFRESH_EVERY === 0) {
        // Recompute basic values from the nonbasic ones to stop rounding drift.
        const fresh = this.inv.basicValues(y, (k) => (this.pos[k] as number) >= 0);
        for (let i = 0; i < m; i++) y[basis[i] as number] = fresh[i] as number;
      }
    }
    for (let i = 0; i < m; i++) this.see(basis[i] as number);
    if (q < n) this.see(q);
  }

  private see(k: number): void {
    if (k >= this.n) return;
    const v = this.y[k] as number;
    if (v < (this.seenLo[k] as number)) this.seenLo[k] = v;
    if (v > (this.seenHi[k] as number)) this.seenHi[k] = v;
  }
}
