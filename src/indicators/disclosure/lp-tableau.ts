/**
 * Core of the auditor's LP solver: a dense bounded-variable primal simplex tableau. Every nonbasic column
 * sits on one of its bounds. Pricing is Dantzig's rule, falling back to Bland's rule while steps are
 * degenerate, so it cannot cycle.
 */

const PIVOT_EPS = 1e-9;
const COST_EPS = 1e-9;
const TIE_EPS = 1e-9;

export class BoundedTableau {
  /** Row-major m × width matrix B⁻¹A. */
  readonly tab: Float64Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  /** Current value of every column (basic or not). */
  readonly x: Float64Array;
  /** Column that is basic in each row. */
  readonly basis: Int32Array;
  /** Row in which each column is basic, or −1. */
  readonly rowOf: Int32Array;

  constructor(
    readonly m: number,
    readonly width: number,
    /** Consecutive degenerate steps after which pricing switches to Bland's rule (until progress resumes). */
    private readonly blandAfter: number,
  ) {
    this.tab = new Float64Array(m * width);
    this.lo = new Float64Array(width);
    this.hi = new Float64Array(width).fill(Number.POSITIVE_INFINITY);
    this.x = new Float64Array(width);
    this.basis = new Int32Array(m);
    this.rowOf = new Int32Array(width).fill(-1);
  }

  /** Minimises cost·x from the current (feasible) basis. */
  optimize(cost: Float64Array): 'optimal' | 'unbounded' {
    const d = this.reducedCosts(cost);
    const limit = 20_000 + 50 * (this.m + this.width);
    let degenerate = 0;
    for (let iter = 0; iter < limit; iter++) {
      const bland = degenerate >= this.blandAfter;
      const q = this.entering(d, bland);
      if (q < 0) return 'optimal';
      const dir = (d[q] as number) < 0 ? 1 : -1;
      const { t, row } = this.ratioTest(q, dir, bland);
      if (t === Number.POSITIVE_INFINITY) return 'unbounded';
      this.move(q, dir, t);
      if (row >= 0) this.pivot(row, q, d);
      else this.x[q] = dir > 0 ? (this.hi[q] as number) : (this.lo[q] as number);
      degenerate = t <= PIVOT_EPS ? degenerate + 1 : 0;
    }
    throw new Error('lp: iteration limit reached');
  }

  private reducedCosts(cost: Float64Array): Float64Array {
    const { m, width: w, tab } = this;
    const d = Float64Array.from(cost);
    for (let i = 0; i < m; i++) {
      const cb = cost[this.basis[i] as number] as number;
      if (cb === 0) continue;
      const row = i * w;
      for (let j = 0; j < w; j++) d[j] = (d[j] as number) - cb * (tab[row + j] as number);
    }
    for (let i = 0; i < m; i++) d[this.basis[i] as number] = 0;
    return d;
  }

  /** Nonbasic column whose move improves the objective, or −1 at the optimum. */
  private entering(d: Float64Array, bland: boolean): number {
    let best = -1;
    let bestScore = 0;
    for (let j = 0; j < this.width; j++) {
      if ((this.rowOf[j] as number) >= 0 || this.lo[j] === this.hi[j]) continue;
      const dj = d[j] as number;
      const xj = this.x[j] as number;
      const ok =
        (dj < -COST_EPS && xj < (this.hi[j] as number)) || (dj > COST_EPS && xj > (this.lo[j] as number));
      if (!ok) continue;
      if (bland) return j;
      if (Math.abs(dj) > bestScore) {
        best = j;
        bestScore = Math.abs(dj);
      }
    }
    return best;
  }

  /** Longest step for column q moving in direction dir; row −1 means it reaches its own other bound. */
  private ratioTest(q: number, dir: number, bland: boolean): { t: number; row: number } {
    const { m, width: w, tab, basis, x, lo, hi } = this;
    let t = (hi[q] as number) - (lo[q] as number);
    let row = -1;
    let pivotSize = 0;
    for (let i = 0; i < m; i++) {
      const a = (tab[i * w + q] as number) * dir;
      const b = basis[i] as number;
      let lim: number;
      if (a > PIVOT_EPS) lim = ((x[b] as number) - (lo[b] as number)) / a;
      else if (a < -PIVOT_EPS && hi[b] !== Number.POSITIVE_INFINITY)
        lim = ((hi[b] as number) - (x[b] as number)) / -a;
      else continue;
      lim = Math.max(lim, 0);
      const tie = Math.abs(lim - t) <= TIE_EPS && row >= 0;
      const better = tie ? (bland ? b < (basis[row] as number) : Math.abs(a) > pivotSize) : lim < t - TIE_EPS;
      if (better) {
        t = lim;
        row = i;
        pivotSize = Math.abs(a);
      }
    }
    return { t, row };
  }

  private move(q: number, dir: number, t: number): void {
    if (t === 0) return;
    const { m, width: w, tab, basis, x } = this;
    x[q] = (x[q] as number) + dir * t;
    for (let i = 0; i < m; i++) {
      const b = basis[i] as number;
      x[b] = (x[b] as number) - dir * t * (tab[i * w + q] as number);
    }
  }

  private pivot(r: number, q: number, d: Float64Array): void {
    const { m, width: w, tab, x, lo, hi } = this;
    const leaving = this.basis[r] as number;
    const xl = x[leaving] as number;
    // The leaving variable sits exactly on the bound it reached.
    x[leaving] =
      Math.abs(xl - (lo[leaving] as number)) <= Math.abs(xl - (hi[leaving] as number))
        ? (lo[leaving] as number)
        : (hi[leaving] as number);
    const pr = r * w;
    const p = tab[pr + q] as number;
    for (let j = 0; j < w; j++) tab[pr + j] = (tab[pr + j] as number) / p;
    tab[pr + q] = 1;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const f = tab[i * w + q] as number;
      if (f === 0) continue;
      const ri = i * w;
      for (let j = 0; j < w; j++) tab[ri + j] = (tab[ri + j] as number) - f * (tab[pr + j] as number);
      tab[ri + q] = 0;
    }
    const f = d[q] as number;
    if (f !== 0) for (let j = 0; j < w; j++) d[j] = (d[j] as number) - f * (tab[pr + j] as number);
    d[q] = 0;
    this.basis[r] = q;
    this.rowOf[q] = r;
    this.rowOf[leaving] = -1;
  }
}
