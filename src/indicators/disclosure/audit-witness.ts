/**
 * Auditor: witnesses of non-recoverability. A witness is a second solution of the attacker's system: the
 * true values with some unknowns stepped by ±1, every equation still holding and every unknown within its
 * bounds. Next to the true values it shows that each stepped unknown can take two values 1 apart, so its
 * range is at least 1 wide. Candidates come from a depth-first search over the unbalanced equations;
 * each is checked against the equations and bounds on its own before it counts, so a search mistake can
 * only cost a missed witness, never a false one.
 */
import type { LocalSystem } from './audit-local.js';

const FREE_BUDGET = 400;
/** Second pass: at most this many steps that unsettle more equations than they settle, raised in turn. */
const GROWTH_LIMITS = [1, 2, 3, 4, 5, 6, 7, 8];
const LIMITED_BUDGET = 5000;
/** The same searches with this many times the budget, for unknowns no cheaper witness reached. */
const HARD_FACTOR = 10;
const MAX_SUPPORT = 96;

export class WitnessSearch {
  /** Per unknown: lowest and highest value seen in a checked solution (the truth included). */
  readonly seenLo: Float64Array;
  readonly seenHi: Float64Array;
  private readonly step: Int8Array;
  private readonly residual: Float64Array;
  private readonly support: number[] = [];
  private readonly dirty: number[] = [];
  private readonly isDirty: Uint8Array;
  private budget = 0;
  /** Steps the current branch may still take that leave Σ|residual| larger. */
  private growth = 0;

  constructor(
    private readonly s: LocalSystem,
    /** Outer bounds (see audit-bounds.ts): steps leaving them cannot be part of any solution. */
    private readonly lo: Float64Array,
    private readonly hi: Float64Array,
    /** The width a range must reach to count as wide (the protection level; float noise allowed). */
    private readonly width = 1,
  ) {
    this.seenLo = Float64Array.from(s.truth);
    this.seenHi = Float64Array.from(s.truth);
    this.step = new Int8Array(s.n);
    this.residual = new Float64Array(s.equations.length);
    this.isDirty = new Uint8Array(s.equations.length);
  }

  private factor = 1;

  /**
   * Looks for a witness stepping unknown j; true when j's seen range is now wide (see `width`). `hard`: with
   * a larger search budget.
   */
  widen(j: number, hard = false): boolean {
    this.factor = hard ? HARD_FACTOR : 1;
    for (const dir of [1, -1]) {
      if (this.wide(j)) return true;
      if (!this.canStep(j, dir)) continue;
      const found = this.find(j, dir);
      if (found) this.accept(found);
    }
    return this.wide(j);
  }

  wide(j: number): boolean {
    return (this.seenHi[j] as number) - (this.seenLo[j] as number) >= this.width - 1e-6;
  }

  private canStep(j: number, dir: number): boolean {
    const v = (this.s.truth[j] as number) + dir;
    return v >= (this.lo[j] as number) - 1e-9 && v <= (this.hi[j] as number) + 1e-9;
  }

  /** Checks the candidate on its own (equations touched and bounds) and records the values it shows. */
  private accept(steps: readonly (readonly [number, number])[]): void {
    const { s } = this;
    const x = new Map<number, number>();
    for (const [j, d] of steps) x.set(j, (s.truth[j] as number) + d);
    const equations = new Set<number>();
    for (const [j] of steps) for (const k of s.equationsOf[j] ?? []) equations.add(k);
    for (const k of equations) {
      const e = s.equations[k];
      if (!e) return;
      let lhs = 0;
      for (const [j, c] of e.terms) lhs += c * (x.get(j) ?? (s.truth[j] as number));
      if (lhs !== e.rhs) return;
    }
    for (const [j, v] of x) if (v < (s.lower[j] as number) || v > (s.upper[j] as number)) return;
    for (const [j, v] of x) {
      if (v < (this.seenLo[j] as number)) this.seenLo[j] = v;
      if (v > (this.seenHi[j] as number)) this.seenHi[j] = v;
    }
  }

  private find(j: number, dir: number): [number, number][] | undefined {
    this.put(j, dir);
    this.growth = Number.POSITIVE_INFINITY;
    this.budget = FREE_BUDGET * this.factor;
    let ok = this.extend();
    this.budget = LIMITED_BUDGET * this.factor;
    for (const limit of ok ? [] : GROWTH_LIMITS) {
      this.growth = limit;
      ok = this.extend();
      if (ok || this.budget <= 0) break;
    }
    const found = ok ? this.support.map((u): [number, number] => [u, this.step[u] as number]) : undefined;
    for (const u of this.support) this.step[u] = 0;
    for (const k of this.dirty) {
      this.residual[k] = 0;
      this.isDirty[k] = 0;
    }
    this.support.length = 0;
    this.dirty.length = 0;
    return found;
  }

  private put(u: number, d: number): void {
    this.step[u] = d;
    this.support.push(u);
    const eqs = this.s.equationsOf[u] ?? [];
    const cs = this.s.coefficientsOf[u] ?? [];
    for (let t = 0; t < eqs.length; t++) {
      const k = eqs[t] as number;
      this.residual[k] = (this.residual[k] as number) + d * (cs[t] as number);
      if (this.isDirty[k] === 0) {
        this.isDirty[k] = 1;
        this.dirty.push(k);
      }
    }
  }

  private take(u: number): void {
    const d = this.step[u] as number;
    this.step[u] = 0;
    this.support.pop();
    const eqs = this.s.equationsOf[u] ?? [];
    const cs = this.s.coefficientsOf[u] ?? [];
    for (let t = 0; t < eqs.length; t++) {
      const k = eqs[t] as number;
      this.residual[k] = (this.residual[k] as number) - d * (cs[t] as number);
    }
  }

  /** Steps that shrink equation k's residual: unknown and direction. */
  private movesFor(k: number): [number, number][] {
    const e = this.s.equations[k];
    const r = this.residual[k] as number;
    const out: [number, number][] = [];
    if (!e) return out;
    for (const [u, c] of e.terms) {
      if (this.step[u] !== 0) continue;
      const d = r * c > 0 ? -1 : 1;
      if (Math.abs(r + c * d) < Math.abs(r) && this.canStep(u, d)) out.push([u, d]);
    }
    return out;
  }

  private extend(): boolean {
    let target = -1;
    let moves: [number, number][] = [];
    for (const k of this.dirty) {
      if (this.residual[k] === 0) continue;
      const here = this.movesFor(k);
      if (here.length === 0) return false;
      if (target < 0 || here.length < moves.length) {
        target = k;
        moves = here;
      }
    }
    if (target < 0) return true;
    if (this.support.length >= MAX_SUPPORT || this.budget <= 0) return false;
    // Steps that settle the most other equations first.
    const ranked = moves
      .map(([u, d]) => ({ u, d, gain: this.gain(u, d) }))
      .filter((m) => m.gain >= 0 || this.growth > 0);
    ranked.sort((a, b) => b.gain - a.gain || a.u - b.u);
    for (const { u, d, gain } of ranked) {
      if (--this.budget < 0) return false;
      const grows = gain < 0 ? 1 : 0;
      this.growth -= grows;
      this.put(u, d);
      if (this.extend()) return true;
      this.take(u);
      this.growth += grows;
    }
    return false;
  }

  /** How much stepping u by d lowers the total imbalance Σ|residual|. */
  private gain(u: number, d: number): number {
    let g = 0;
    const eqs = this.s.equationsOf[u] ?? [];
    const cs = this.s.coefficientsOf[u] ?? [];
    for (let t = 0; t < eqs.length; t++) {
      const r = this.residual[eqs[t] as number] as number;
      g += Math.abs(r) - Math.abs(r + d * (cs[t] as number));
    }
    return g;
  }
}
