/**
 * Suppression engine: which cells are suppressed so far, how many suppressed cells each relation holds
 * (a relation with exactly one gives that cell away, so it is queued for protection), and which cells
 * are dead ends that no protective suppression may use.
 */
import type { IndexedProblem } from './engine-index.js';

export const NONE = 0;
/** Shown as "< T" (value 0..T−1): every small non-zero count, and zeros hidden to protect one. */
export const PRIMARY = 1;
/** Shown as "x" (value ≥ T). */
export const SECONDARY = 2;

export class EngineState {
  /** Per cell: NONE, PRIMARY or SECONDARY. */
  readonly kind: Uint8Array;
  /** Per relation: number of suppressed cells in it. */
  readonly count: Int32Array;
  /** Relations whose count became 1, in the order it happened (may hold stale entries). */
  readonly singles: number[] = [];
  /** How many cells were released so far (see release). */
  releases = 0;
  /** Per cell: 1 for a dead end (see findDeadEnds). */
  private readonly dead: Uint8Array;
  /** Per cell: 1 once released (see release); never suppressed again. */
  private readonly banned: Uint8Array;

  constructor(readonly p: IndexedProblem) {
    this.kind = new Uint8Array(p.ids.length);
    this.count = new Int32Array(p.relCells.length);
    this.dead = new Uint8Array(p.ids.length);
    this.banned = new Uint8Array(p.ids.length);
  }

  /** A small non-zero count: hidden whatever happens (primary). */
  required(i: number): boolean {
    const v = this.p.values[i] as number;
    return this.p.published[i] === 0 && v > 0 && v < this.p.threshold;
  }

  /**
   * May cell i be hidden to protect others? Not published, and either ≥ threshold (shown as "x") or a
   * zero (shown as "< T", which is only a range when T ≥ 2): the attacker knows that policy.
   */
  eligible(i: number): boolean {
    const { p } = this;
    const v = p.values[i] as number;
    return (
      this.kind[i] === NONE &&
      p.published[i] === 0 &&
      this.banned[i] === 0 &&
      (v >= p.threshold || (v === 0 && p.threshold >= 2))
    );
  }

  /** Hidden to protect others (a hidden zero or a secondary cell), so it may be released again. */
  optional(i: number): boolean {
    return this.kind[i] !== NONE && !this.required(i);
  }

  /** Hides an eligible cell for protection, with the mark its value calls for ("< T" for a zero, else "x"). */
  hide(i: number): void {
    this.suppress(i, (this.p.values[i] as number) < this.p.threshold ? PRIMARY : SECONDARY);
  }

  /** Eligible, and not a dead end. */
  usable(i: number): boolean {
    return this.dead[i] === 0 && this.eligible(i);
  }

  suppress(i: number, kind: typeof PRIMARY | typeof SECONDARY): void {
    this.kind[i] = kind;
    for (const r of this.p.cellRels[i] as number[]) {
      const c = (this.count[r] as number) + 1;
      this.count[r] = c;
      if (c === 1) this.singles.push(r);
    }
  }

  /**
   * Undoes a protective suppression that turned out to be given away anyway (it protects nothing then) and
   * bans the cell, so choices cannot go round in circles. Call findDeadEnds again afterwards.
   */
  release(i: number): void {
    if (!this.optional(i)) throw new Error(`disclosure: only cells hidden for protection can be released`);
    this.kind[i] = NONE;
    this.banned[i] = 1;
    this.releases++;
    for (const r of this.p.cellRels[i] as number[]) {
      const c = (this.count[r] as number) - 1;
      this.count[r] = c;
      if (c === 1) this.singles.push(r);
    }
  }

  /** The only suppressed cell of relation r (call when count[r] is 1). */
  loneCell(r: number): number {
    for (const i of this.p.relCells[r] as Int32Array) if (this.kind[i] !== NONE) return i;
    throw new Error(`disclosure: relation ${r} has no suppressed cell`);
  }

  /**
   * Call after primary suppression and after releases. A cell is a dead end when some relation without
   * suppressed cells offers no other live eligible cell: suppressing it would leave it alone there, given
   * away, unless a partner is suppressed there, which is a dead end itself. Found as a greatest fixpoint,
   * so cells that only lean on each other stay live. Suppressing live cells never creates dead ends
   * (counts only grow), so the set holds until a release.
   */
  findDeadEnds(): void {
    const { p, count, dead } = this;
    dead.fill(0);
    const live = new Int32Array(p.relCells.length);
    const queue: number[] = [];
    p.relCells.forEach((cells, r) => {
      for (const i of cells) if (this.eligible(i)) live[r] = (live[r] as number) + 1;
      if (count[r] === 0 && live[r] === 1) queue.push(r);
    });
    while (queue.length > 0) {
      const r = queue.pop() as number;
      if (count[r] !== 0 || live[r] !== 1) continue;
      const x = (p.relCells[r] as Int32Array).find((i) => dead[i] === 0 && this.eligible(i)) as number;
      dead[x] = 1;
      for (const r2 of p.cellRels[x] as number[]) {
        live[r2] = (live[r2] as number) - 1;
        if (count[r2] === 0 && live[r2] === 1) queue.push(r2);
      }
    }
  }
}
