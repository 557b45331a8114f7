/**
 * Suppression engine: protection by explicit perturbations. A perturbation d (one step of ±1 on some
 * suppressed cells) that keeps every relation balanced and every suppressed cell within what the attacker
 * knows of it (primary 1..T−1, secondary ≥ T) is a second solution of the attacker's system next to the
 * true values: every cell it moves has a range at least 1 wide. Hiding more cells keeps it a solution, so
 * once found it stays valid until the end.
 *
 * For a cell to protect, a depth-first search builds such a perturbation: it moves the cell, then keeps
 * balancing the relation that has the fewest ways left to be balanced, preferring moves that balance more
 * relations at once, then cells already hidden (free), then small values. Cells it moves that are not
 * hidden yet become secondary. The first perturbation found is kept (deterministic order throughout).
 */
import type { MaximalBounds } from './engine-bounds.js';
import type { IndexedProblem } from './engine-index.js';
import { type EngineState, NONE, PRIMARY, SECONDARY } from './engine-state.js';

const EXPANSIONS = [1, 2, 3, 4, 5, 6, 7, 8];

export interface CoverOptions {
  /** Most cells a perturbation may move. */
  readonly maxSize?: number;
  /** Most search steps (cells tried) per protected cell and direction. */
  readonly budget?: number;
}

/** Relation membership with coefficients, in flat arrays for the search's inner loops. */
export class CellRelations {
  readonly start: Int32Array;
  readonly rel: Int32Array;
  readonly coef: Int8Array;

  constructor(p: IndexedProblem) {
    const n = p.ids.length;
    const start = new Int32Array(n + 1);
    p.relCells.forEach((cells) => {
      for (const i of cells) start[i + 1] = (start[i + 1] as number) + 1;
    });
    for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const fill = start.slice(0, n);
    this.rel = new Int32Array(start[n] as number);
    this.coef = new Int8Array(start[n] as number);
    p.relCells.forEach((cells, r) => {
      const coefs = p.relCoefs[r] as Int32Array;
      cells.forEach((i, k) => {
        const at = fill[i] as number;
        this.rel[at] = r;
        this.coef[at] = coefs[k] as number;
        fill[i] = at + 1;
      });
    });
    this.start = start;
  }
}

export class CoverSearch {
  /** Per cell: 1 once some perturbation kept moves it (its range is then at least 1 wide). */
  readonly covered: Uint8Array;
  private readonly links: CellRelations;
  /** Current perturbation: direction per cell (0: not moved). */
  private readonly dir: Int8Array;
  /** Per relation: Σ coef·dir over the moved cells. */
  private readonly bal: Int32Array;
  private readonly moved: number[] = [];
  /** Relations that became unbalanced at some point of this search (may hold balanced ones). */
  private readonly touched: number[] = [];
  private readonly inTouched: Uint8Array;
  private steps = 0;
  private readonly maxSize: number;
  private readonly budget: number;

  constructor(
    private readonly p: IndexedProblem,
    private readonly state: EngineState,
    private readonly bounds: MaximalBounds,
    options: CoverOptions = {},
  ) {
    const n = p.ids.length;
    this.covered = new Uint8Array(n);
    this.links = new CellRelations(p);
    this.dir = new Int8Array(n);
    this.bal = new Int32Array(p.relCells.length);
    this.inTouched = new Uint8Array(p.relCells.length);
    this.maxSize = options.maxSize ?? 64;
    this.budget = options.budget ?? 4000;
  }

  /**
   * Protects cell i: finds a perturbation moving it, hides the cells it needs and marks every moved cell
   * covered. False when none was found (within the search limits).
   */
  protect(i: number): boolean {
    if (this.covered[i] === 1) return true;
    let best: { cells: number[]; cost: number } | undefined;
    for (const s of [1, -1]) {
      if (!this.allowed(i, s)) continue;
      const found = this.search(i, s);
      if (found && (best === undefined || found.cost < best.cost)) best = found;
    }
    if (!best) return false;
    for (const c of best.cells) {
      if (this.state.kind[c] === NONE) this.state.suppress(c, SECONDARY);
      this.covered[c] = 1;
    }
    return true;
  }

  /** May cell c move by s (one step) in a perturbation? */
  private allowed(c: number, s: number): boolean {
    const { p, state } = this;
    if (p.published[c] === 1) return false;
    const v = p.values[c] as number;
    const T = p.threshold;
    const to = v + s;
    if (to < (this.bounds.lo[c] as number) - 1e-7 || to > (this.bounds.hi[c] as number) + 1e-7) return false;
    const k = state.kind[c];
    if (k === PRIMARY) return s > 0 ? v + 1 <= T - 1 : v - 1 >= 1;
    if (k === SECONDARY) return s > 0 || v - 1 >= T;
    if (!state.usable(c)) return false;
    return s > 0 || v - 1 >= T;
  }

  private cost(c: number): number {
    return this.state.kind[c] === NONE ? (this.p.values[c] as number) : 0;
  }

  /** Expansions (moves that leave more relations unbalanced than before) still allowed. */
  private expansions = 0;

  private search(i: number, s: number): { cells: number[]; cost: number } | undefined {
    this.steps = 0;
    this.assign(i, s);
    // First a plain search with a small budget (finds most perturbations at once), then one that allows
    // ever more expansions, which cannot wander off.
    this.expansions = Number.POSITIVE_INFINITY;
    const plainBudget = Number(process.env.PLAIN ?? 300);
    this.steps = this.budget - plainBudget;
    let ok = this.dfs();
    this.steps = 0;
    for (const e of ok ? [] : EXPANSIONS) {
      this.expansions = e;
      ok = this.dfs();
      if (ok || this.steps >= this.budget) break;
    }
    const cells = ok ? [...this.moved] : undefined;
    // Undo everything.
    for (const c of this.moved) this.dir[c] = 0;
    for (const r of this.touched) {
      this.bal[r] = 0;
      this.inTouched[r] = 0;
    }
    this.moved.length = 0;
    this.touched.length = 0;
    if (!cells) return undefined;
    let cost = 0;
    for (const c of cells) cost += this.cost(c);
    return { cells: cells.sort((a, b) => a - b), cost };
  }

  private assign(c: number, s: number): void {
    const { links, bal } = this;
    this.dir[c] = s;
    this.moved.push(c);
    for (let e = links.start[c] as number; e < (links.start[c + 1] as number); e++) {
      const r = links.rel[e] as number;
      bal[r] = (bal[r] as number) + (links.coef[e] as number) * s;
      if (this.inTouched[r] === 0) {
        this.inTouched[r] = 1;
        this.touched.push(r);
      }
    }
  }

  private unassign(c: number): void {
    const { links, bal } = this;
    const s = this.dir[c] as number;
    this.dir[c] = 0;
    this.moved.pop();
    for (let e = links.start[c] as number; e < (links.start[c + 1] as number); e++) {
      const r = links.rel[e] as number;
      bal[r] = (bal[r] as number) - (links.coef[e] as number) * s;
    }
  }

  /** Ways to reduce relation r's imbalance by one cell, counting up to `cap`. */
  private options(r: number, cap: number): number {
    const { p, bal } = this;
    const cells = p.relCells[r] as Int32Array;
    const coefs = p.relCoefs[r] as Int32Array;
    const need = (bal[r] as number) > 0 ? -1 : 1;
    let n = 0;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k] as number;
      if (this.dir[c] !== 0) continue;
      if (this.allowed(c, need * (coefs[k] as number))) {
        n++;
        if (n >= cap) return n;
      }
    }
    return n;
  }

  /** Change in total imbalance Σ|bal| if c moves by s. */
  private net(c: number, s: number): number {
    const { links, bal } = this;
    let d = 0;
    for (let e = links.start[c] as number; e < (links.start[c + 1] as number); e++) {
      const b = bal[links.rel[e] as number] as number;
      d += Math.abs(b + (links.coef[e] as number) * s) - Math.abs(b);
    }
    return d;
  }

  private dfs(): boolean {
    const { p, bal } = this;
    let pick = -1;
    let fewest = Number.POSITIVE_INFINITY;
    for (const r of this.touched) {
      if (bal[r] === 0) continue;
      const n = this.options(r, fewest);
      if (n === 0) return false;
      if (n < fewest) {
        fewest = n;
        pick = r;
      }
    }
    if (pick < 0) return true;
    if (this.moved.length >= this.maxSize || this.steps >= this.budget) return false;
    const cells = p.relCells[pick] as Int32Array;
    const coefs = p.relCoefs[pick] as Int32Array;
    const need = (bal[pick] as number) > 0 ? -1 : 1;
    const choices: [number, number, number, number][] = [];
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k] as number;
      const s = need * (coefs[k] as number);
      if (this.dir[c] !== 0 || !this.allowed(c, s)) continue;
      const net = this.net(c, s);
      if (net > 0 && this.expansions === 0) continue;
      choices.push([net, this.cost(c), c, s]);
    }
    choices.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    for (const choice of choices) {
      const [, , c, s] = choice;
      if (this.steps >= this.budget) return false;
      this.steps++;
      const expands = choice[0] > 0 ? 1 : 0;
      this.expansions -= expands;
      this.assign(c, s);
      if (this.dfs()) return true;
      this.unassign(c);
      this.expansions += expands;
    }
    return false;
  }
}
