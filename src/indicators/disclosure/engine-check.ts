/**
 * Suppression engine's recoverability check: splits the suppressed cells into components (linked by
 * shared relations), runs the range probe per component, and remembers what it proved: components found
 * safe are never solved again, and cells found wide are not asked again, since hiding more cells only
 * widens ranges (a release, which can narrow them, drops all of it).
 */
import type { IndexedProblem } from './engine-index.js';
import { narrowVariables } from './engine-probe.js';
import { type EngineState, NONE, PRIMARY } from './engine-state.js';

/** Float noise below a whole width that still counts as that width. */
const NOISE = 1e-7;

export class RecoverabilityCheck {
  private readonly safe = new Set<string>();
  /** Per cell: 1 once proven to have a range at least its goal wide. */
  private readonly wide: Uint8Array;
  private releasesSeen = 0;

  constructor(
    private readonly p: IndexedProblem,
    /** Per cell: the width its range must have (the protection level, less where no more is possible). */
    private readonly goal: Uint8Array,
  ) {
    this.wide = new Uint8Array(p.ids.length);
  }

  /** Cells proven elsewhere to have a range of at least 1 (per cell: 1); dropped again at a release. */
  markWide(cells: Uint8Array): void {
    cells.forEach((w, i) => {
      if (w === 1) this.wide[i] = 1;
    });
  }

  /** Rows of the largest component whose probe the next `recoverable` call would build. */
  largestOpenComponent(state: EngineState): number {
    let most = 0;
    for (const component of this.components(state.kind)) {
      if (component.every((cell) => this.wide[cell] === 1)) continue;
      const relations = new Set<number>();
      for (const cell of component) for (const r of this.p.cellRels[cell] as number[]) relations.add(r);
      most = Math.max(most, relations.size);
    }
    return most;
  }

  /** Suppressed cells (ascending) whose range an attacker can narrow below their goal width. */
  recoverable(state: EngineState): number[] {
    const { kind } = state;
    if (state.releases !== this.releasesSeen) {
      // Un-suppressing a cell can narrow ranges: drop what was proven.
      this.releasesSeen = state.releases;
      this.safe.clear();
      this.wide.fill(0);
    }
    const out: number[] = [];
    for (const component of this.components(kind)) {
      const key = component.join(',');
      if (this.safe.has(key)) continue;
      const narrow = this.narrowIn(component, kind);
      if (narrow.length === 0) this.safe.add(key);
      else out.push(...narrow);
    }
    return out.sort((a, b) => a - b);
  }

  private components(kind: Uint8Array): number[][] {
    const parent = new Int32Array(kind.length).map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        const up = parent[parent[i] as number] as number;
        parent[i] = up;
        i = up;
      }
      return i;
    };
    for (const cells of this.p.relCells) {
      let first = -1;
      for (const i of cells) {
        if (kind[i] === NONE) continue;
        if (first < 0) first = find(i);
        else parent[find(i)] = first;
      }
    }
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < kind.length; i++) {
      if (kind[i] === NONE) continue;
      const root = find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }

  /** Cells of one component whose range is too narrow, in y = x − true value coordinates. */
  private narrowIn(component: readonly number[], kind: Uint8Array): number[] {
    const { p } = this;
    // Nothing left to ask: no probe needed.
    if (component.every((cell) => this.wide[cell] === 1)) return [];
    const T = p.threshold;
    const local = new Map(component.map((cell, j) => [cell, j]));
    const relations = new Set<number>();
    for (const cell of component) for (const r of p.cellRels[cell] as number[]) relations.add(r);
    const rows = [...relations]
      .sort((a, b) => a - b)
      .map((r) => {
        const coefs = p.relCoefs[r] as Int32Array;
        const row: [number, number][] = [];
        (p.relCells[r] as Int32Array).forEach((cell, k) => {
          const j = local.get(cell);
          if (j !== undefined) row.push([j, coefs[k] as number]);
        });
        return row;
      });
    // "< T" (primary, hidden zeros included): 0..T−1; "x" (secondary): T..∞.
    const lower = component.map((cell) => (kind[cell] === PRIMARY ? 0 : T) - (p.values[cell] as number));
    const upper = component.map((cell) =>
      kind[cell] === PRIMARY ? T - 1 - (p.values[cell] as number) : Number.POSITIVE_INFINITY,
    );
    const asked = component.flatMap((cell, j) => (this.wide[cell] === 1 ? [] : [j]));
    const narrow = new Set<number>();
    for (const width of new Set(asked.map((j) => Math.max(1, this.goal[component[j] as number] as number)))) {
      const these = asked.filter((j) => Math.max(1, this.goal[component[j] as number] as number) === width);
      const system = { variables: component.length, rows, lower, upper };
      for (const j of narrowVariables(system, width - NOISE, these)) narrow.add(j);
    }
    for (const j of asked) if (!narrow.has(j)) this.wide[component[j] as number] = 1;
    return [...narrow].map((j) => component[j] as number);
  }
}
