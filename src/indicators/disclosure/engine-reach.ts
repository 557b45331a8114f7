/**
 * Suppression engine: how far the kept perturbations move each cell. A perturbation is a whole-step
 * shift y with x + y a second solution of the attacker's system, so cell c can take every value between
 * its true value and x_c + y_c. Two perturbations that move c in opposite directions, or one that moves
 * it by two, leave it at least 2 wide (three possible values). A cell is covered once the steps seen up
 * and down add up to its goal: the protection level (`DisclosureProblem.minWidth`), or less where the
 * maximal bounds (engine-bounds.ts) prove that no suppression can give it more.
 */
import type { MaximalBounds } from './engine-bounds.js';
import type { IndexedProblem } from './engine-index.js';

const TOL = 1e-7;

export class Reach {
  /** Per cell: the largest whole step up / down a kept perturbation moves it (capped at its goal). */
  readonly up: Uint8Array;
  readonly down: Uint8Array;
  /** Per cell: 1 once up + down reaches its goal (its range is then at least that wide). */
  readonly covered: Uint8Array;
  /** Per cell: the width it must get (minWidth, or less where its maximal bounds are narrower). */
  readonly goal: Uint8Array;
  /** Per cell: how far it may move up / down in any solution (from the maximal bounds, capped at minWidth). */
  readonly roomUp: Uint8Array;
  readonly roomDown: Uint8Array;

  constructor(
    p: IndexedProblem,
    bounds: MaximalBounds,
    readonly minWidth: number,
  ) {
    const n = p.ids.length;
    this.up = new Uint8Array(n);
    this.down = new Uint8Array(n);
    this.covered = new Uint8Array(n);
    this.goal = new Uint8Array(n);
    this.roomUp = new Uint8Array(n);
    this.roomDown = new Uint8Array(n);
    for (let c = 0; c < n; c++) {
      // Published cells are known; the bounds already hold the policy ("< T": 0..T−1, else ≥ T).
      if (p.published[c] === 1) continue;
      const v = p.values[c] as number;
      const hi = bounds.hi[c] as number;
      const lo = bounds.lo[c] as number;
      const cap = (x: number) => Math.max(0, Math.min(minWidth, Math.floor(x + TOL)));
      this.roomUp[c] = hi === Number.POSITIVE_INFINITY ? minWidth : cap(hi - v);
      this.roomDown[c] = cap(v - lo);
      this.goal[c] = hi === Number.POSITIVE_INFINITY ? minWidth : cap(hi - lo);
    }
  }

  /** May cell c move `step` whole steps in direction s in some solution (as far as the bounds tell)? */
  room(c: number, s: number, step: number): boolean {
    return ((s > 0 ? this.roomUp[c] : this.roomDown[c]) as number) >= step;
  }

  /** Has no kept perturbation moved cell c in direction s yet? */
  lacks(c: number, s: number): boolean {
    return (s > 0 ? this.up[c] : this.down[c]) === 0;
  }

  /** Records that a kept perturbation moves cell c by `shift` whole steps (signed). */
  record(c: number, shift: number): void {
    const step = Math.min(this.minWidth, Math.abs(shift));
    if (shift > 0) this.up[c] = Math.max(this.up[c] as number, step);
    else if (shift < 0) this.down[c] = Math.max(this.down[c] as number, step);
    if ((this.up[c] as number) + (this.down[c] as number) >= (this.goal[c] as number)) this.covered[c] = 1;
  }

  /** The largest multiple of a unit perturbation (cells and directions) that stays within the bounds. */
  scale(cells: readonly number[], dirs: readonly number[]): number {
    let k = this.minWidth;
    cells.forEach((c, j) => {
      k = Math.min(k, ((dirs[j] as number) > 0 ? this.roomUp[c] : this.roomDown[c]) as number);
    });
    return k;
  }
}
