/**
 * Suppression engine's own bounded simplex (written apart from the auditor's lp.ts on purpose) on
 * Σ coef·y = 0, lower ≤ y ≤ upper. y is the shift from the true values, so y = 0 is feasible: with
 * zero-pinned artificials as first basis no phase 1 is needed. Revised, with the basis inverse kept
 * dense (engine-basis.ts) or as sparse factors (engine-eta.ts). The range probe (engine-probe.ts) and the LP cover
 * (engine-lp-cover.ts) build on it; `visit` lets a subclass watch every value a vertex takes.
 */
import type { SimplexBasis } from './engine-basis.js';

export interface ProbeSystem {
  readonly variables: number;
  /** Sparse rows as [variable, coefficient] pairs (no repeated variable within a row). */
  readonly rows: readonly (readonly (readonly [number, number])[])[];
  /** Per variable, lower ≤ 0 ≤ upper; upper may be Infinity. */
  readonly lower: ArrayLike<number>;
  readonly upper: ArrayLike<number>;
}

export const EPS = 1e-9;
/** Consecutive degenerate steps before pricing and ties follow Bland's rule (no cycling). */
export const BLAND_AFTER = 25;
const REFRESH_EVERY = 64;

export class BoundedSimplex<B extends SimplexBasis = SimplexBasis> {
  protected readonly n: number;
  protected readonly m: number;
  /** Columns 0..n−1 are the variables; column n + i is the artificial of row i, pinned at 0. */
  protected readonly lo: Float64Array;
  protected readonly hi: Float64Array;
  protected readonly y: Float64Array;
  protected readonly basis: Int32Array;
  /** Per column: its basis row, or −1 when nonbasic. */
  protected readonly pos: Int32Array;
  protected readonly inv: B;
  protected readonly alpha: Float64Array;
  private pivots = 0;

  /** `inv`: the basis inverse, built over the same rows (it starts as the identity). */
  constructor(s: ProbeSystem, inv: B) {
    const n = s.variables;
    const m = s.rows.length;
    this.n = n;
    this.m = m;
    this.inv = inv;
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
  }

  value(j: number): number {
    return this.y[j] as number;
  }

  /** New bounds for variable j; its current value must lie within them (up to float noise). */
  bound(j: number, lower: number, upper: number): void {
    const v = this.y[j] as number;
    if (v < lower - 1e-7 || v > upper + 1e-7) throw new Error('disclosure: bound cuts off the current point');
    this.lo[j] = lower;
    this.hi[j] = upper;
    this.y[j] = Math.min(upper, Math.max(lower, v));
  }

  /**
   * Minimises cost·y from the current point: 'optimal', 'unbounded' along some ray, or 'stopped' after
   * `steps` pivots (the point is still feasible, only maybe not optimal).
   */
  minimize(
    cost: ArrayLike<number>,
    steps = 10_000 + 50 * (this.n + this.m),
  ): 'optimal' | 'unbounded' | 'stopped' {
    const { n, m } = this;
    const cB = new Float64Array(m);
    let degenerate = 0;
    for (let iter = 0; iter < steps; iter++) {
      for (let i = 0; i < m; i++) {
        const b = this.basis[i] as number;
        cB[i] = b < n ? (cost[b] as number) : 0;
      }
      const bland = degenerate >= BLAND_AFTER;
      const [q, dir] = this.priceCost(cost, this.inv.duals(cB), bland);
      if (q < 0) return 'optimal';
      this.inv.column(q, this.alpha);
      const [t, row] = this.ratio(q, dir, bland);
      if (t === Number.POSITIVE_INFINITY) return 'unbounded';
      this.step(q, dir, t, row);
      degenerate = t <= EPS ? degenerate + 1 : 0;
    }
    return 'stopped';
  }

  /** Entering column and direction with a negative reduced cost, or [−1, 0] at the optimum. */
  private priceCost(cost: ArrayLike<number>, pi: Float64Array, bland: boolean): [number, number] {
    const { n, y, lo, hi } = this;
    const { colStart, colRow, colVal } = this.inv;
    let best = -1;
    let bestDir = 0;
    let bestScore = EPS;
    for (let k = 0; k < n; k++) {
      if ((this.pos[k] as number) >= 0) continue;
      let d = cost[k] as number;
      for (let e = colStart[k] as number; e < (colStart[k + 1] as number); e++) {
        d -= (pi[colRow[e] as number] as number) * (colVal[e] as number);
      }
      const dir = d < 0 ? 1 : -1;
      const room = dir > 0 ? (hi[k] as number) - (y[k] as number) : (y[k] as number) - (lo[k] as number);
      if (Math.abs(d) <= EPS || room <= EPS) continue;
      if (bland) return [k, dir];
      if (Math.abs(d) > bestScore) {
        best = k;
        bestDir = dir;
        bestScore = Math.abs(d);
      }
    }
    return [best, bestDir];
  }

  /** Step length for column q (image in alpha) moving in direction dir, and the blocking row (−1: none). */
  protected ratio(q: number, dir: number, bland: boolean): [number, number] {
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

  protected step(q: number, dir: number, t: number, row: number): void {
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
      if (leaving < n) this.visit(leaving);
      if (++this.pivots % REFRESH_EVERY === 0) {
        // Recompute basic values from the nonbasic ones to stop rounding drift.
        const fresh = this.inv.basicValues(y, (k) => (this.pos[k] as number) >= 0);
        for (let i = 0; i < m; i++) y[basis[i] as number] = fresh[i] as number;
      }
    }
    for (let i = 0; i < m; i++) {
      const b = basis[i] as number;
      if (b < n) this.visit(b);
    }
    if (q < n) this.visit(q);
  }

  /** Called with every variable whose value a step may have changed. */
  protected visit(_k: number): void {}
}
