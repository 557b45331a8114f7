/** Reference LP answer for tests: minimum over all vertices of a bounded region, by enumeration. */
import type { LinearProgram } from '../../../src/indicators/disclosure/lp.js';

const TOL = 1e-9;

/** Minimum of c·x (undefined when infeasible); needs finite bounds and ≤ 3 variables to stay cheap. */
export function bruteForceMin(lp: LinearProgram, c: readonly number[]): number | undefined {
  const n = lp.variables;
  const lower = lp.lower ?? [];
  const upper = lp.upper ?? [];
  const planes: { a: number[]; b: number }[] = [];
  for (const row of lp.constraints) {
    const a = new Array<number>(n).fill(0);
    for (const [j, v] of row.terms) a[j] = (a[j] as number) + v;
    planes.push({ a, b: row.rhs });
  }
  for (let j = 0; j < n; j++) {
    const unit = (k: number) => (k === j ? 1 : 0);
    planes.push({ a: Array.from({ length: n }, (_, k) => unit(k)), b: lower[j] ?? 0 });
    planes.push({ a: Array.from({ length: n }, (_, k) => unit(k)), b: upper[j] ?? 0 });
  }
  let best: number | undefined;
  for (const pick of combinations(planes.length, n)) {
    const x = solveSquare(pick.map((i) => planes[i] as { a: number[]; b: number }));
    if (!x || !feasible(lp, x)) continue;
    const value = x.reduce((s, v, j) => s + v * (c[j] ?? 0), 0);
    if (best === undefined || value < best) best = value;
  }
  return best;
}

function feasible(lp: LinearProgram, x: number[]): boolean {
  for (let j = 0; j < lp.variables; j++) {
    if ((x[j] as number) < (lp.lower?.[j] ?? 0) - TOL || (x[j] as number) > (lp.upper?.[j] ?? 0) + TOL)
      return false;
  }
  return lp.constraints.every((row) => {
    const lhs = row.terms.reduce((s, [j, v]) => s + v * (x[j] as number), 0);
    if (row.sense === '<=') return lhs <= row.rhs + TOL;
    if (row.sense === '>=') return lhs >= row.rhs - TOL;
    return Math.abs(lhs - row.rhs) <= TOL;
  });
}

function* combinations(size: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = start; i < size; i++) yield* combinations(size, k, i + 1, [...prefix, i]);
}

/** Gaussian elimination with partial pivoting; undefined when singular. */
function solveSquare(planes: { a: number[]; b: number }[]): number[] | undefined {
  const n = planes.length;
  const m = planes.map((p) => [...p.a, p.b]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    if (Math.abs(m[pivot]?.[col] ?? 0) < 1e-12) return undefined;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const top = m[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r] as number[];
      const f = (row[col] as number) / (top[col] as number);
      for (let k = col; k <= n; k++) row[k] = (row[k] as number) - f * (top[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}
