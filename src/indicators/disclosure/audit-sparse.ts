/**
 * Auditor: a sparse LP for wide neighbourhoods (thousands of unknowns), where the dense local LPs of
 * audit-proof.ts are too slow. Only the unknowns of the neighbourhood vary, as shifts d = x − truth from
 * the true values (every other unknown keeps its true value), so d = 0 is a solution to start from and
 * every equation touching the neighbourhood reads Σ c·d = 0. It pushes one shift towards +1 or −1 with a
 * bounded primal simplex whose basis inverse is a product of sparse elementary factors (never
 * refactorised: the point it returns is checked on its own by the caller before it counts).
 */
import type { LocalSystem } from './audit-local.js';

const TINY = 1e-9;
/** Degenerate steps in a row before entering and leaving columns follow the lowest index (no cycling). */
const SWITCH_TO_LOWEST = 30;
const MAX_STEPS = 20_000;

/**
 * A solution of the whole system (all unknowns) with unknown `j` moved by `dir` (±1) from its truth,
 * found by varying only the unknowns in `hood`; undefined when none exists within the hood or the steps.
 */
export function pushWithin(
  s: LocalSystem,
  hood: readonly number[],
  j: number,
  dir: number,
  outer: { readonly lo: Float64Array; readonly hi: Float64Array },
  /** How far to push (whole steps): 1, or the protection level. */
  step = 1,
): Float64Array | undefined {
  const at = new Map(hood.map((u, k) => [u, k]));
  const rowOf = new Map<number, number>();
  const cols: [number, number][][] = hood.map(() => []);
  hood.forEach((u, k) => {
    const eqs = s.equationsOf[u] ?? [];
    const cs = s.coefficientsOf[u] ?? [];
    eqs.forEach((e, t) => {
      if (!rowOf.has(e)) rowOf.set(e, rowOf.size);
      (cols[k] as [number, number][]).push([rowOf.get(e) as number, cs[t] as number]);
    });
  });
  const lo = hood.map((u) => Math.max(s.lower[u] as number, outer.lo[u] as number) - (s.truth[u] as number));
  const hi = hood.map((u) => Math.min(s.upper[u] as number, outer.hi[u] as number) - (s.truth[u] as number));
  const target = at.get(j);
  if (target === undefined) return undefined;
  lo[target] = Math.max(lo[target] as number, -step);
  hi[target] = Math.min(hi[target] as number, step);
  const lp = new ShiftSimplex(rowOf.size, cols, lo, hi);
  if (!lp.push(target, dir, step)) return undefined;
  const point = Float64Array.from(s.truth);
  hood.forEach((u, k) => {
    point[u] = (s.truth[u] as number) + lp.shift(k);
  });
  return point;
}

class ShiftSimplex {
  private readonly d: Float64Array;
  /** Which column sits in each basis slot (−1 − slot: the slot's own artificial, pinned at 0). */
  private readonly slot: Int32Array;
  /** Per column: its basis slot, or −1. */
  private readonly where: Int32Array;
  private readonly factors: {
    readonly slot: number;
    readonly pivot: number;
    readonly rest: Map<number, number>;
  }[] = [];

  constructor(
    private readonly rows: number,
    private readonly cols: readonly (readonly [number, number][])[],
    private readonly lo: number[],
    private readonly hi: number[],
  ) {
    this.d = new Float64Array(cols.length);
    this.slot = Int32Array.from({ length: rows }, (_, i) => -1 - i);
    this.where = new Int32Array(cols.length).fill(-1);
  }

  shift(k: number): number {
    return this.d[k] as number;
  }

  /** Raises dir·d_t to `goal` if the system allows it. */
  push(t: number, dir: number, goal = 1): boolean {
    let flat = 0;
    for (let step = 0; step < MAX_STEPS; step++) {
      if (dir * (this.d[t] as number) >= goal - TINY) return this.settle();
      const lowest = flat >= SWITCH_TO_LOWEST;
      const enter = this.choose(t, dir, lowest);
      if (!enter) return false;
      const [q, way] = enter;
      const image = this.solve(this.cols[q] as [number, number][]);
      const [len, leave] = this.limit(q, way, image, lowest);
      if (len === Number.POSITIVE_INFINITY) return false; // only possible with inconsistent bounds
      this.move(q, way, len, image, leave);
      flat = len <= TINY ? flat + 1 : 0;
    }
    return false;
  }

  /** Column to enter and its direction, improving dir·d_t; undefined at the optimum. */
  private choose(t: number, dir: number, lowest: boolean): [number, number] | undefined {
    const slotT = this.where[t] as number;
    if (slotT < 0) return this.room(t, dir) ? [t, dir] : undefined;
    // Row slotT of B⁻¹: d_t changes by −(that row · column k) per unit of column k.
    const unit = new Float64Array(this.rows);
    unit[slotT] = 1;
    const row = this.transposeSolve(unit);
    let best: [number, number] | undefined;
    let score = TINY;
    for (let k = 0; k < this.cols.length; k++) {
      if ((this.where[k] as number) >= 0) continue;
      let g = 0;
      for (const [i, c] of this.cols[k] as [number, number][]) g += (row[i] as number) * c;
      if (Math.abs(g) <= TINY) continue;
      const way = dir * g < 0 ? 1 : -1;
      if (!this.room(k, way)) continue;
      if (lowest) return [k, way];
      if (Math.abs(g) > score) {
        score = Math.abs(g);
        best = [k, way];
      }
    }
    return best;
  }

  /** Recomputes the basic shifts from the others (drops rounding drift); true for the caller's convenience. */
  private settle(): true {
    const rhs: [number, number][] = [];
    this.cols.forEach((col, k) => {
      const v = this.d[k] as number;
      if ((this.where[k] as number) < 0 && v !== 0) for (const [i, c] of col) rhs.push([i, -c * v]);
    });
    const x = this.solve(rhs);
    for (let i = 0; i < this.rows; i++) {
      const b = this.slot[i] as number;
      if (b >= 0) this.d[b] = x[i] as number;
    }
    return true;
  }

  private room(k: number, way: number): boolean {
    const v = this.d[k] as number;
    return way > 0 ? v < (this.hi[k] as number) - TINY : v > (this.lo[k] as number) + TINY;
  }

  /** Longest step for column q and the slot whose variable stops it (−1: q reaches its own bound). */
  private limit(q: number, way: number, image: Float64Array, lowest: boolean): [number, number] {
    let len =
      way > 0
        ? (this.hi[q] as number) - (this.d[q] as number)
        : (this.d[q] as number) - (this.lo[q] as number);
    let leave = -1;
    for (let i = 0; i < this.rows; i++) {
      const rate = way * (image[i] as number);
      if (Math.abs(rate) <= TINY) continue;
      const b = this.slot[i] as number;
      const v = b < 0 ? 0 : (this.d[b] as number);
      const l = b < 0 ? 0 : (this.lo[b] as number);
      const h = b < 0 ? 0 : (this.hi[b] as number);
      const cap = Math.max(
        0,
        rate > 0 ? (v - l) / rate : h === Number.POSITIVE_INFINITY ? Infinity : (h - v) / -rate,
      );
      const better = cap < len - TINY || (lowest && leave >= 0 && Math.abs(cap - len) <= TINY && i < leave);
      if (better) {
        len = cap;
        leave = i;
      }
    }
    return [len, leave];
  }

  private move(q: number, way: number, len: number, image: Float64Array, leave: number): void {
    this.d[q] = (this.d[q] as number) + way * len;
    for (let i = 0; i < this.rows; i++) {
      const b = this.slot[i] as number;
      if (b >= 0) this.d[b] = (this.d[b] as number) - way * len * (image[i] as number);
    }
    if (leave < 0) return;
    const out = this.slot[leave] as number;
    if (out >= 0) {
      // Snap the leaving variable onto the bound it reached.
      const rate = way * (image[leave] as number);
      this.d[out] = rate > 0 ? (this.lo[out] as number) : (this.hi[out] as number);
      this.where[out] = -1;
    }
    const rest = new Map<number, number>();
    image.forEach((a, i) => {
      if (i !== leave && Math.abs(a) > 1e-12) rest.set(i, a);
    });
    this.factors.push({ slot: leave, pivot: image[leave] as number, rest });
    this.slot[leave] = q;
    this.where[q] = leave;
  }

  /** B⁻¹·column, applying the factors oldest first. */
  private solve(column: readonly [number, number][]): Float64Array {
    const x = new Float64Array(this.rows);
    for (const [i, c] of column) x[i] = (x[i] as number) + c;
    for (const f of this.factors) {
      const xs = (x[f.slot] as number) / f.pivot;
      x[f.slot] = xs;
      if (xs !== 0) for (const [i, a] of f.rest) x[i] = (x[i] as number) - a * xs;
    }
    return x;
  }

  /** vᵀ·B⁻¹, applying the factors newest first. */
  private transposeSolve(v: Float64Array): Float64Array {
    for (let k = this.factors.length - 1; k >= 0; k--) {
      const f = this.factors[k] as (typeof this.factors)[number];
      let sum = v[f.slot] as number;
      for (const [i, a] of f.rest) sum -= (v[i] as number) * a;
      v[f.slot] = sum / f.pivot;
    }
    return v;
  }
}
