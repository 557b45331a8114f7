/**
 * Suppression engine: protection by a least-cost perturbation found by linear programming, for the cells
 * the perturbation search (engine-cover.ts) could not protect (perturbations over many crossed
 * dimensions, e.g. a quarter and its merged municipality, are hard to find step by step).
 *
 * Around the cell, a neighbourhood of cells that can move (engine-neighbourhood.ts); every other cell
 * keeps its true value. Two LPs on the shifts y (split as y⁺ − y⁻): first push y_cell to ±1, then, with
 * y_cell held there, minimise the information lost, Σ cost·|y| (nearly nothing for a hidden cell, little
 * for a zero, the value otherwise). The vertex found is rounded and checked exactly against every
 * relation and policy bound; only an exact whole-step perturbation is used, like those of the search:
 * its cells are hidden and each is protected by it. The neighbourhood grows in steps until one is found:
 * around a municipality that changed arrondissement in 2025 a perturbation can reach thousands of cells
 * away, so the last steps are large (the sparse simplex of engine-eta.ts keeps them affordable).
 */
import type { MaximalBounds } from './engine-bounds.js';
import { EtaBasis } from './engine-eta.js';
import type { IndexedProblem } from './engine-index.js';
import { neighbourhood } from './engine-neighbourhood.js';
import type { Reach } from './engine-reach.js';
import { BoundedSimplex } from './engine-simplex.js';
import { type EngineState, NONE } from './engine-state.js';

/** Neighbourhood sizes (cells) tried in turn. */
const STEPS = [150, 600, 2500, 8000, 20_000];
/** Pivots spent on lowering the cost once the cell is moved (any vertex reached is a valid result). */
const COST_PIVOTS = 1000;
/** Costs per unit of shift: a hidden cell (keeps solutions small), a zero; other cells cost their value. */
const HIDDEN_COST = 0.01;
const ZERO_COST = 1;
const TOL = 1e-7;

interface Found {
  /** The whole-step shift of every cell it moves. */
  readonly shift: ReadonlyMap<number, number>;
  readonly cost: number;
}

export class LpCover {
  /** Per cell: how far (whole steps) it may move up and down in any solution. */
  private readonly up: Float64Array;
  private readonly down: Float64Array;

  constructor(
    private readonly p: IndexedProblem,
    private readonly state: EngineState,
    bounds: MaximalBounds,
    /** Shared with the perturbation search: how far kept perturbations move each cell. */
    private readonly reach: Reach,
  ) {
    const n = p.ids.length;
    this.up = new Float64Array(n);
    this.down = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      if (p.published[c] === 1) continue;
      const v = p.values[c] as number;
      this.up[c] = Math.max(0, Math.floor((bounds.hi[c] as number) - v + TOL));
      this.down[c] = Math.max(0, Math.floor(v - (bounds.lo[c] as number) + TOL));
    }
  }

  /** Protects suppressed cell i as the search would (hides and covers); false when no LP found a way. */
  protect(i: number): boolean {
    const { covered } = this.reach;
    if (covered[i] === 1) return true;
    const goal = this.reach.goal[i] as number;
    const movable = (c: number) => (this.up[c] as number) > 0 || (this.down[c] as number) > 0;
    let last = 0;
    for (const size of STEPS) {
      const hood = neighbourhood(this.p, i, size, movable);
      if (hood === undefined) continue;
      if (hood.length === last) break;
      last = hood.length;
      // The whole goal in one shift (cheapest direction), else for a goal above 1 one step each way.
      let best: Found | undefined;
      for (const s of [1, -1]) {
        if (((s > 0 ? this.up[i] : this.down[i]) as number) < goal) continue;
        const found = this.solve(hood, s, goal);
        if (found && (best === undefined || found.cost < best.cost)) best = found;
      }
      if (best) this.keep(best);
      for (const s of goal > 1 ? [1, -1] : []) {
        if (covered[i] === 1) break;
        if (!this.reach.lacks(i, s) || (s > 0 ? this.up[i] : this.down[i]) === 0) continue;
        const found = this.solve(hood, s, 1);
        if (found) this.keep(found);
      }
      if (covered[i] === 1) return true;
    }
    return false;
  }

  private keep(found: Found): void {
    for (const [c, y] of found.shift) {
      if (this.state.kind[c] === NONE) this.state.hide(c);
      this.reach.record(c, y);
    }
  }

  private cost(c: number): number {
    if (this.state.kind[c] !== NONE) return HIDDEN_COST;
    const v = this.p.values[c] as number;
    return v === 0 ? ZERO_COST : v;
  }

  /** Least-cost perturbation moving hood[0] by s·step within the neighbourhood, if an exact one comes out. */
  private solve(hood: readonly number[], s: number, step: number): Found | undefined {
    const { p } = this;
    const local = new Map(hood.map((c, k) => [c, k]));
    const relations = new Set<number>();
    for (const c of hood) for (const r of p.cellRels[c] as number[]) relations.add(r);
    const rows = [...relations]
      .sort((a, b) => a - b)
      .map((r) => {
        const row: [number, number][] = [];
        (p.relCells[r] as Int32Array).forEach((c, e) => {
          const k = local.get(c);
          const a = (p.relCoefs[r] as Int32Array)[e] as number;
          if (k !== undefined) row.push([2 * k, a], [2 * k + 1, -a]);
        });
        return row;
      });
    const lower = new Float64Array(2 * hood.length);
    const upper = Float64Array.from({ length: 2 * hood.length }, (_, x) =>
      x % 2 === 0
        ? (this.up[hood[x >> 1] as number] as number)
        : (this.down[hood[x >> 1] as number] as number),
    );
    // Column of the target's shift in direction s; the other direction is closed.
    const a = s > 0 ? 0 : 1;
    upper[1 - a] = 0;
    upper[a] = step;
    const lp = new BoundedSimplex(
      { variables: 2 * hood.length, rows, lower, upper },
      new EtaBasis(2 * hood.length, rows.length, rows),
    );
    const push = new Float64Array(2 * hood.length);
    push[a] = -1;
    if (lp.minimize(push) !== 'optimal') return undefined;
    if (lp.value(a) < step - TOL) return undefined;
    lp.bound(a, step, step);
    const cost = Float64Array.from({ length: 2 * hood.length }, (_, x) => this.cost(hood[x >> 1] as number));
    cost[a] = 0;
    if (lp.minimize(cost, COST_PIVOTS) === 'unbounded') return undefined;
    const shift = new Map<number, number>();
    hood.forEach((c, k) => {
      const y = Math.round(lp.value(2 * k) - lp.value(2 * k + 1));
      if (y !== 0) shift.set(c, y);
    });
    if (!this.exact(shift, hood[0] as number, s * step)) return undefined;
    let total = 0;
    for (const c of shift.keys()) if (this.state.kind[c] === NONE) total += this.cost(c);
    return { shift: new Map([...shift].sort((x, y) => x[0] - y[0])), cost: total };
  }

  /** Is the rounded shift an exact second solution: every relation adds up, every bound holds? */
  private exact(shift: ReadonlyMap<number, number>, target: number, y: number): boolean {
    const { p } = this;
    if (shift.get(target) !== y) return false;
    const T = p.threshold;
    const relations = new Set<number>();
    for (const [c, y] of shift) {
      if (p.published[c] === 1) return false;
      const was = p.values[c] as number;
      const v = was + y;
      // The policy: "< T" cells stay within 0..T−1, "x" cells at T or more.
      if (was < T ? v < 0 || v > T - 1 : v < T) return false;
      for (const r of p.cellRels[c] as number[]) relations.add(r);
    }
    for (const r of relations) {
      let sum = 0;
      (p.relCells[r] as Int32Array).forEach((c, e) => {
        sum += ((p.relCoefs[r] as Int32Array)[e] as number) * (shift.get(c) ?? 0);
      });
      if (sum !== 0) return false;
    }
    return true;
  }
}
