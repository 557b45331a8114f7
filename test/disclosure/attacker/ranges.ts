/**
 * Min and max of every hidden observed figure in the attacker's system, by HiGHS (the `highs` package:
 * HiGHS compiled to WebAssembly), component by component. Every solution HiGHS returns widens the seen
 * range of every hidden figure of the component, so a figure already seen `goal` wide needs no LP of
 * its own; the others get an exact minimum and maximum.
 */
import highsModule, { type Highs } from 'highs';
import type { AttackerSystem } from './system.js';

export interface HiddenRange {
  readonly variable: number;
  readonly min: number;
  readonly max: number;
  /** True when both ends are LP optima (else: values of solutions, the exact range is at least as wide). */
  readonly exact: boolean;
}

type Loader = () => Promise<Highs>;
// The package's types describe a CommonJS module; Node's ESM entry (build/highs.mjs) exports the loader itself.
const highsLoader: Loader =
  (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);
let runtime: Promise<Highs> | undefined;
export const loadHighs = (): Promise<Highs> => {
  runtime ??= highsLoader();
  return runtime;
};

/** Union-find over variables that are not fixed, joined by equations. */
function components(s: AttackerSystem): number[][] {
  const n = s.figures.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const free = (i: number) => (s.lo[i] as number) !== (s.hi[i] as number);
  for (const e of s.equations) {
    const vars = [e.total, ...e.parts].filter(free);
    for (let k = 1; k < vars.length; k++) parent[find(vars[k] as number)] = find(vars[0] as number);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!free(i)) continue;
    const r = find(i);
    groups.get(r)?.push(i) ?? groups.set(r, [i]);
  }
  return [...groups.values()];
}

export async function hiddenRanges(
  s: AttackerSystem,
  hidden: (i: number) => boolean,
  goal: number,
): Promise<{
  ranges: HiddenRange[];
  lps: number;
  components: number;
  largest: number;
  /** Sizes of components whose system has no solution (a false statement in the outputs). */
  infeasible: number[];
}> {
  const highs = await loadHighs();
  const out: HiddenRange[] = [];
  let lps = 0;
  let largest = 0;
  const infeasible: number[] = [];
  const comps = components(s).filter((c) => c.some(hidden));
  for (const comp of comps) {
    largest = Math.max(largest, comp.length);
    const local = new Map(comp.map((v, j) => [v, j]));
    // Rows: Σ parts − total = 0 over free variables, constants moved to the bounds.
    const rowStarts: number[] = [0];
    const rowIndex: number[] = [];
    const rowValue: number[] = [];
    const rowBound: number[] = [];
    for (const e of s.equations) {
      const terms = new Map<number, number>();
      let constant = 0;
      const add = (v: number, c: number) => {
        const j = local.get(v);
        if (j === undefined) {
          if ((s.lo[v] as number) === (s.hi[v] as number)) constant += c * (s.lo[v] as number);
          else return false; // another component (cannot happen: joined by this equation)
        } else terms.set(j, (terms.get(j) ?? 0) + c);
        return true;
      };
      let mine = false;
      for (const v of [e.total, ...e.parts]) if (local.has(v)) mine = true;
      if (!mine) continue;
      add(e.total, -1);
      for (const p of e.parts) add(p, 1);
      for (const [j, c] of terms)
        if (c !== 0) {
          rowIndex.push(j);
          rowValue.push(c);
        }
      rowStarts.push(rowIndex.length);
      rowBound.push(-constant);
    }
    const numRows = rowBound.length;
    using model = highs.createModel({
      numCols: comp.length,
      numRows,
      colCost: new Float64Array(comp.length),
      colLower: comp.map((v) => s.lo[v] as number),
      colUpper: comp.map((v) => (Number.isFinite(s.hi[v]) ? (s.hi[v] as number) : highs.infinity)),
      rowLower: rowBound,
      rowUpper: rowBound,
      matrix: {
        format: 'csr',
        numRows,
        numCols: comp.length,
        starts: rowStarts,
        indices: rowIndex,
        values: rowValue,
      },
    });
    model.options.set('output_flag', false);
    const wanted = comp.map((v, j) => [v, j] as const).filter(([v]) => hidden(v));
    const seenLo = new Float64Array(comp.length).fill(Number.POSITIVE_INFINITY);
    const seenHi = new Float64Array(comp.length).fill(Number.NEGATIVE_INFINITY);
    const exactLo = new Uint8Array(comp.length);
    const exactHi = new Uint8Array(comp.length);
    const solve = (costs: Float64Array, sense: 'min' | 'max'): number | undefined => {
      model.changeColsCost({ kind: 'range', from: 0, to: comp.length - 1 }, costs);
      model.changeObjectiveSense(
        sense === 'min' ? highs.constants.objectiveSense.minimize : highs.constants.objectiveSense.maximize,
      );
      model.run();
      lps++;
      const status = model.getModelStatus();
      if (status === highs.constants.modelStatus.infeasible) {
        infeasible.push(comp.length);
        return undefined;
      }
      if (status !== highs.constants.modelStatus.optimal) return undefined;
      const x = model.getSolution().colValue;
      for (const [, j] of wanted) {
        const v = x[j] as number;
        if (v < (seenLo[j] as number)) seenLo[j] = v;
        if (v > (seenHi[j] as number)) seenHi[j] = v;
      }
      return model.getObjectiveValue();
    };
    // Two solutions pulling every hidden figure down, then up: most are wide after these.
    const all = new Float64Array(comp.length);
    for (const [, j] of wanted) all[j] = 1;
    const before = infeasible.length;
    if (solve(all, 'min') === undefined && infeasible.length > before) continue;
    solve(all, 'max');
    // Then objectives with mixed signs over the figures still narrow (some pulled down, the others up):
    // each solution widens many at once, so far fewer LPs per figure are left.
    const narrow = () =>
      wanted.filter(([, j]) => (seenHi[j] as number) - (seenLo[j] as number) < goal - 1e-7);
    for (let round = 0; round < 12; round++) {
      const open = narrow();
      if (open.length < 4) break;
      const mixed = new Float64Array(comp.length);
      for (const [v, j] of open) mixed[j] = ((v * 2654435761 + round * 40503) >>> 7) & 1 ? 1 : -1;
      solve(mixed, 'min');
      solve(mixed, 'max');
      if (narrow().length > open.length * 0.9) break;
    }
    for (const [, j] of wanted) {
      if ((seenHi[j] as number) - (seenLo[j] as number) >= goal - 1e-7) continue;
      const one = new Float64Array(comp.length);
      one[j] = 1;
      const min = solve(one, 'min');
      if (min !== undefined) {
        seenLo[j] = min;
        exactLo[j] = 1;
      }
      if ((seenHi[j] as number) - (seenLo[j] as number) >= goal - 1e-7) continue;
      const max = solve(one, 'max');
      if (max !== undefined) {
        seenHi[j] = max;
        exactHi[j] = 1;
      } else seenHi[j] = Number.POSITIVE_INFINITY; // unbounded above
    }
    for (const [v, j] of wanted)
      out.push({
        variable: v,
        min: seenLo[j] as number,
        max: seenHi[j] as number,
        exact: exactLo[j] === 1 && exactHi[j] === 1,
      });
  }
  return { ranges: out, lps, components: comps.length, largest, infeasible };
}
