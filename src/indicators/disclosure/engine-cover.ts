/**
 * Suppression engine: protection by explicit perturbations. A perturbation moves some suppressed cells by
 * one (up or down) such that every relation still adds up and every moved cell stays within what the
 * attacker knows of it: it is a second solution of the attacker's system next to the true values, so
 * every cell it moves has a range at least 1 wide. Hiding more cells keeps it a solution, so once found
 * it stays valid to the end (the engine never un-hides a cell while it builds perturbations).
 *
 * To protect a cell, a depth-first search builds such a perturbation: it moves the cell, then keeps
 * balancing the relation with the fewest ways left to be balanced, trying first the moves that balance
 * the most relations at once, then cells already hidden (free), then zeros (a zero can only step up, to
 * 1; hiding it as "< T" loses the least), then small values. Cells it moves that are not hidden yet are
 * hidden: a zero as "< T", a cell ≥ T as secondary. A first pass searches freely with a small budget; a
 * second one limits the number of moves that leave more relations unbalanced than before ("expansions":
 * a perturbation over d crossed dimensions needs d of them), raising the limit step by step, so it cannot
 * wander off. The first perturbation found is kept, and every step is in a fixed order, so the result is
 * deterministic. Where it finds none, the LP cover (engine-lp-cover.ts) takes over.
 *
 * Above protection width 1 (engine-reach.ts), the search first asks every moved cell for room for the
 * whole goal (two steps): such a perturbation, taken twice, is a solution too, so every cell it moves is
 * 2 wide at once. Where none exists, one step up and one step down (two perturbations) do it.
 */
import type { IndexedProblem } from './engine-index.js';
import type { Reach } from './engine-reach.js';
import { type EngineState, NONE } from './engine-state.js';

/** Steps (cells tried) of the free first pass, per cell and direction. */
const FREE_STEPS = 300;
/** Steps of the second pass, per cell and direction, over all its expansion limits. */
const LIMITED_STEPS = 4000;
const EXPANSION_LIMITS = [1, 2, 3, 4, 5, 6, 7, 8];
/** Most cells one perturbation may move. */
const MAX_MOVED = 64;
/** What hiding a zero costs in the search's ordering: below any cell ≥ T (T ≥ 2), above a hidden cell. */
const ZERO_COST = 1;

/** Relation membership of each cell with its coefficient, in flat arrays for the inner loops. */
class CellRelations {
  readonly start: Int32Array;
  readonly rel: Int32Array;
  readonly coef: Int8Array;

  constructor(p: IndexedProblem) {
    const n = p.ids.length;
    const start = new Int32Array(n + 1);
    for (const cells of p.relCells) for (const i of cells) start[i + 1] = (start[i + 1] as number) + 1;
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

interface Perturbation {
  readonly cells: readonly number[];
  /** Direction (±1) of each cell. */
  readonly dirs: readonly number[];
  readonly cost: number;
}

export class CoverSearch {
  /** Per cell: 1 once the kept perturbations move it as far as its goal (see engine-reach.ts). */
  readonly covered: Uint8Array;
  private readonly links: CellRelations;
  /** Whole steps every moved cell must have room for in the current search (1, or the goal width). */
  private stride = 1;
  /** Current perturbation: direction per cell (0: not moved). */
  private readonly dir: Int8Array;
  /** Per relation: Σ coef·dir over the moved cells. */
  private readonly bal: Int32Array;
  private readonly moved: number[] = [];
  /** Relations unbalanced at some point of the current search (may hold balanced ones again). */
  private readonly touched: number[] = [];
  private readonly inTouched: Uint8Array;
  private steps = 0;
  private stepLimit = 0;
  /** Expansions the current branch may still make. */
  private expansions = 0;

  constructor(
    private readonly p: IndexedProblem,
    private readonly state: EngineState,
    private readonly reach: Reach,
  ) {
    const n = p.ids.length;
    this.covered = reach.covered;
    this.links = new CellRelations(p);
    this.dir = new Int8Array(n);
    this.bal = new Int32Array(p.relCells.length);
    this.inTouched = new Uint8Array(p.relCells.length);
  }

  /**
   * Protects suppressed cell i: finds a perturbation moving it, hides the cells it needs as secondary and
   * marks every moved cell covered. False when none was found within the search limits.
   */
  protect(i: number): boolean {
    if (this.covered[i] === 1) return true;
    const goal = this.reach.goal[i] as number;
    // First one perturbation with room for the whole goal in every cell it moves (cheapest of both
    // directions); for a goal above 1 then, where that found none, one step each way.
    this.stride = goal;
    const best = this.cheapest(i);
    this.stride = 1;
    if (best) this.keep(best);
    if (goal <= 1 || this.covered[i] === 1) return this.covered[i] === 1;
    for (const s of [1, -1]) {
      if (this.covered[i] === 1) break;
      if (!this.reach.lacks(i, s) || !this.allowed(i, s)) continue;
      const found = this.search(i, s);
      if (found) this.keep(found);
    }
    return this.covered[i] === 1;
  }

  private cheapest(i: number): Perturbation | undefined {
    let best: Perturbation | undefined;
    for (const s of [1, -1]) {
      if (!this.allowed(i, s)) continue;
      const found = this.search(i, s);
      if (found && (best === undefined || found.cost < best.cost)) best = found;
    }
    return best;
  }

  /** Hides the cells a perturbation moves and records how far each moves (the largest whole multiple). */
  private keep(found: Perturbation): void {
    const k = this.reach.scale(found.cells, found.dirs);
    found.cells.forEach((c, j) => {
      if (this.state.kind[c] === NONE) this.state.hide(c);
      this.reach.record(c, k * (found.dirs[j] as number));
    });
  }

  private allowed(c: number, s: number): boolean {
    return this.reach.room(c, s, this.stride);
  }

  private cost(c: number): number {
    if (this.state.kind[c] !== NONE) return 0;
    const v = this.p.values[c] as number;
    return v === 0 ? ZERO_COST : v;
  }

  private search(i: number, s: number): Perturbation | undefined {
    this.assign(i, s);
    this.expansions = Number.POSITIVE_INFINITY;
    this.steps = 0;
    this.stepLimit = FREE_STEPS;
    let ok = this.dfs();
    this.steps = 0;
    this.stepLimit = LIMITED_STEPS;
    for (const limit of ok ? [] : EXPANSION_LIMITS) {
      this.expansions = limit;
      ok = this.dfs();
      if (ok || this.steps >= this.stepLimit) break;
    }
    const cells = ok ? [...this.moved].sort((a, b) => a - b) : undefined;
    const dirs = cells?.map((c) => this.dir[c] as number);
    for (const c of this.moved) this.dir[c] = 0;
    for (const r of this.touched) {
      this.bal[r] = 0;
      this.inTouched[r] = 0;
    }
    this.moved.length = 0;
    this.touched.length = 0;
    if (!cells || !dirs) return undefined;
    let cost = 0;
    for (const c of cells) cost += this.cost(c);
    return { cells, dirs, cost };
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

  /** Ways to reduce relation r's imbalance with one more cell, counted up to `cap`. */
  private options(r: number, cap: number): number {
    const cells = this.p.relCells[r] as Int32Array;
    const coefs = this.p.relCoefs[r] as Int32Array;
    const need = (this.bal[r] as number) > 0 ? -1 : 1;
    let n = 0;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k] as number;
      if (this.dir[c] === 0 && this.allowed(c, need * (coefs[k] as number)) && ++n >= cap) return n;
    }
    return n;
  }

  /** Change of Σ|imbalance| over all relations if c moves by s. */
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
    if (this.moved.length >= MAX_MOVED || this.steps >= this.stepLimit) return false;
    const cells = p.relCells[pick] as Int32Array;
    const coefs = p.relCoefs[pick] as Int32Array;
    const need = (bal[pick] as number) > 0 ? -1 : 1;
    const choices: { net: number; cost: number; c: number; s: number }[] = [];
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k] as number;
      const s = need * (coefs[k] as number);
      if (this.dir[c] !== 0 || !this.allowed(c, s)) continue;
      const net = this.net(c, s);
      if (net > 0 && this.expansions <= 0) continue;
      choices.push({ net, cost: this.cost(c), c, s });
    }
    choices.sort((a, b) => a.net - b.net || a.cost - b.cost || a.c - b.c);
    for (const { net, c, s } of choices) {
      if (this.steps >= this.stepLimit) return false;
      this.steps++;
      const spent = net > 0 ? 1 : 0;
      this.expansions -= spent;
      this.assign(c, s);
      if (this.dfs()) return true;
      this.unassign(c);
      this.expansions += spent;
    }
    return false;
  }
}
