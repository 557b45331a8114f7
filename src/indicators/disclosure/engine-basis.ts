/**
 * Linear algebra of the engine's simplex (engine-simplex.ts): the constraint matrix as sparse columns and
 * the inverse of the current basis, updated in product form at each pivot. The basis starts as the
 * identity (the artificial columns), so no factorisation is ever needed. Dense here (ProbeBasis, for the
 * range probe, which reads single tableau entries); as a list of sparse pivot factors in engine-eta.ts.
 */

/** The constraint matrix (m rows, n structural columns) by column. */
export interface SparseColumns {
  readonly colStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colVal: Float64Array;
}

/** What the simplex needs of the basis inverse B⁻¹. */
export interface SimplexBasis extends SparseColumns {
  /** alpha = B⁻¹ times structural column q. */
  column(q: number, alpha: Float64Array): void;
  /** Simplex multipliers π = c_B·B⁻¹ for the costs of the basic columns (by row). */
  duals(cB: Float64Array): Float64Array;
  /** The column with image alpha replaces the basic column of `row`. */
  pivot(row: number, alpha: Float64Array): void;
  /** Basic values (by row) for the given nonbasic structural values: B·y_B = −N·y_N. */
  basicValues(y: Float64Array, isBasic: (k: number) => boolean): Float64Array;
}

type Rows = readonly (readonly (readonly [number, number])[])[];

export function sparseColumns(n: number, rows: Rows): SparseColumns {
  const colStart = new Int32Array(n + 1);
  for (const row of rows) for (const [j] of row) colStart[j + 1] = (colStart[j + 1] as number) + 1;
  for (let j = 0; j < n; j++) colStart[j + 1] = (colStart[j + 1] as number) + (colStart[j] as number);
  const colRow = new Int32Array(colStart[n] as number);
  const colVal = new Float64Array(colStart[n] as number);
  const fill = colStart.slice(0, n);
  rows.forEach((row, i) => {
    for (const [j, v] of row) {
      const k = fill[j] as number;
      colRow[k] = i;
      colVal[k] = v;
      fill[j] = k + 1;
    }
  });
  return { colStart, colRow, colVal };
}

/** −N·y_N over the nonbasic structural columns: what B·y_B must equal. */
export function basicRhs(
  a: SparseColumns,
  m: number,
  y: Float64Array,
  isBasic: (k: number) => boolean,
): Float64Array {
  const rhs = new Float64Array(m);
  const n = a.colStart.length - 1;
  for (let k = 0; k < n; k++) {
    const yk = y[k] as number;
    if (yk === 0 || isBasic(k)) continue;
    for (let e = a.colStart[k] as number; e < (a.colStart[k + 1] as number); e++) {
      const row = a.colRow[e] as number;
      rhs[row] = (rhs[row] as number) - (a.colVal[e] as number) * yk;
    }
  }
  return rhs;
}

export class ProbeBasis implements SimplexBasis {
  readonly colStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colVal: Float64Array;
  /** Row-major m × m inverse of the basis matrix. */
  private readonly binv: Float64Array;

  constructor(
    readonly n: number,
    readonly m: number,
    rows: Rows,
  ) {
    ({ colStart: this.colStart, colRow: this.colRow, colVal: this.colVal } = sparseColumns(n, rows));
    this.binv = new Float64Array(m * m);
    for (let i = 0; i < m; i++) this.binv[i * m + i] = 1;
  }

  /** Row r of B⁻¹ times structural column k: the tableau entry, computed on demand. */
  entry(r: number, k: number): number {
    const { binv, colStart, colRow, colVal } = this;
    const base = r * this.m;
    let g = 0;
    for (let e = colStart[k] as number; e < (colStart[k + 1] as number); e++) {
      g += (binv[base + (colRow[e] as number)] as number) * (colVal[e] as number);
    }
    return g;
  }

  duals(cB: Float64Array): Float64Array {
    const { m, binv } = this;
    const pi = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const c = cB[i] as number;
      if (c === 0) continue;
      const base = i * m;
      for (let k = 0; k < m; k++) pi[k] = (pi[k] as number) + c * (binv[base + k] as number);
    }
    return pi;
  }

  column(q: number, alpha: Float64Array): void {
    const { m, binv, colStart, colRow, colVal } = this;
    alpha.fill(0);
    for (let e = colStart[q] as number; e < (colStart[q + 1] as number); e++) {
      const row = colRow[e] as number;
      const v = colVal[e] as number;
      for (let i = 0; i < m; i++) alpha[i] = (alpha[i] as number) + (binv[i * m + row] as number) * v;
    }
  }

  pivot(row: number, alpha: Float64Array): void {
    const { m, binv } = this;
    const pr = row * m;
    const p = alpha[row] as number;
    for (let c = 0; c < m; c++) binv[pr + c] = (binv[pr + c] as number) / p;
    for (let i = 0; i < m; i++) {
      const f = alpha[i] as number;
      if (i === row || f === 0) continue;
      const pi = i * m;
      for (let c = 0; c < m; c++) binv[pi + c] = (binv[pi + c] as number) - f * (binv[pr + c] as number);
    }
  }

  basicValues(y: Float64Array, isBasic: (k: number) => boolean): Float64Array {
    const { m, binv } = this;
    const rhs = basicRhs(this, m, y, isBasic);
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let c = 0; c < m; c++) v += (binv[i * m + c] as number) * (rhs[c] as number);
      out[i] = v;
    }
    return out;
  }
}
