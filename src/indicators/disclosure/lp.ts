/**
 * Small dense LP solver for the disclosure auditor: two-phase bounded-variable primal simplex (see
 * lp-tableau.ts). Minimises or maximises c·x subject to linear constraints and lower ≤ x ≤ upper.
 */
import { BoundedTableau } from './lp-tableau.js';

export type Sense = '<=' | '=' | '>=';

export interface LpConstraint {
  /** Sparse row as [variable index, coefficient] pairs; repeated indices add up. */
  readonly terms: readonly (readonly [number, number])[];
  readonly sense: Sense;
  readonly rhs: number;
}

export interface LinearProgram {
  readonly variables: number;
  readonly constraints: readonly LpConstraint[];
  /** Finite lower bounds; default 0. */
  readonly lower?: readonly number[];
  /** Upper bounds (Infinity allowed); default Infinity. */
  readonly upper?: readonly number[];
}

export interface LpOptions {
  /** Consecutive degenerate steps before pricing switches to Bland's rule; 0 = Bland's rule throughout. */
  readonly blandAfter?: number;
}

export type LpSolution =
  | { readonly status: 'optimal'; readonly objective: number; readonly x: readonly number[] }
  | { readonly status: 'infeasible' }
  | { readonly status: 'unbounded' };

/**
 * Phase 1 runs once in the constructor; each objective then starts from the last optimal basis, which
 * stays feasible because only the objective changes (the auditor asks 2 objectives per unknown).
 */
export class LpSolver {
  readonly feasible: boolean;
  private readonly n: number;
  /** Columns: n structural, m slack (pinned at 0 for '=' rows), m artificial. */
  private readonly t: BoundedTableau;

  constructor(lp: LinearProgram, options: LpOptions = {}) {
    const n = lp.variables;
    const m = lp.constraints.length;
    const t = new BoundedTableau(m, n + 2 * m, options.blandAfter ?? 25);
    this.n = n;
    this.t = t;
    let boxOk = true;
    for (let j = 0; j < n; j++) {
      const lo = lp.lower?.[j] ?? 0;
      const hi = lp.upper?.[j] ?? Number.POSITIVE_INFINITY;
      if (!Number.isFinite(lo) || Number.isNaN(hi)) throw new Error(`lp: bad bounds for x${j}`);
      if (lo > hi) boxOk = false;
      t.lo[j] = lo;
      t.hi[j] = hi;
      t.x[j] = lo;
    }
    let scale = 1;
    for (let i = 0; i < m; i++) {
      const c = lp.constraints[i] as LpConstraint;
      this.initRow(i, c);
      scale = Math.max(scale, Math.abs(c.rhs));
    }
    if (!boxOk) {
      this.feasible = false;
      return;
    }
    // Phase 1: minimise the sum of artificials; zero means the constraints can hold.
    const cost = new Float64Array(t.width);
    for (let i = 0; i < m; i++) cost[n + m + i] = 1;
    t.optimize(cost);
    let infeasibility = 0;
    for (let i = 0; i < m; i++) infeasibility += t.x[n + m + i] as number;
    this.feasible = infeasibility <= 1e-9 * scale;
    // Artificials are pinned at 0 from now on: basic ones leave at the first pivot touching their row.
    for (let i = 0; i < m; i++) t.hi[n + m + i] = 0;
  }

  minimize(objective: readonly number[]): LpSolution {
    if (!this.feasible) return { status: 'infeasible' };
    const cost = new Float64Array(this.t.width);
    for (let j = 0; j < this.n; j++) cost[j] = objective[j] ?? 0;
    if (this.t.optimize(cost) === 'unbounded') return { status: 'unbounded' };
    const x = Array.from(this.t.x.subarray(0, this.n));
    let value = 0;
    for (let j = 0; j < this.n; j++) value += (cost[j] as number) * (x[j] as number);
    return { status: 'optimal', objective: value, x };
  }

  maximize(objective: readonly number[]): LpSolution {
    const result = this.minimize(objective.map((c) => -c));
    return result.status === 'optimal' ? { ...result, objective: -result.objective } : result;
  }

  /** Equality row with a slack for inequalities, sign-flipped so its artificial starts ≥ 0. */
  private initRow(i: number, c: LpConstraint): void {
    const { n, t } = this;
    const { m, width: w, tab } = t;
    const row = i * w;
    for (const [j, a] of c.terms) {
      if (!(j >= 0 && j < n)) throw new Error(`lp: variable ${j} out of range`);
      tab[row + j] = (tab[row + j] as number) + a;
    }
    let residual = c.rhs;
    for (let j = 0; j < n; j++) residual -= (tab[row + j] as number) * (t.lo[j] as number);
    tab[row + n + i] = c.sense === '<=' ? 1 : c.sense === '>=' ? -1 : 0;
    if (c.sense === '=') t.hi[n + i] = 0;
    if (residual < 0) {
      for (let j = 0; j < n + m; j++) tab[row + j] = -(tab[row + j] as number);
      residual = -residual;
    }
    tab[row + n + m + i] = 1;
    // A slack with coefficient +1 can start in the basis (the textbook start); else the artificial does.
    const start = tab[row + n + i] === 1 ? n + i : n + m + i;
    if (start === n + i) t.hi[n + m + i] = 0;
    t.basis[i] = start;
    t.rowOf[start] = i;
    t.x[start] = residual;
  }
}

/** One-shot convenience: minimise (or maximise) `objective` over `lp`. */
export function solveLp(
  lp: LinearProgram,
  objective: readonly number[],
  goal: 'min' | 'max' = 'min',
): LpSolution {
  const solver = new LpSolver(lp);
  return goal === 'min' ? solver.minimize(objective) : solver.maximize(objective);
}
