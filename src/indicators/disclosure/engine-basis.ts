/**
 * Linear algebra of the engine's range probe: the constraint matrix as sparse columns and the dense
 * inverse of the current basis, updated in product form at each pivot. The basis starts as the identity
 * (the artificial columns), so no factorisation is ever needed.
 */
export class ProbeBasis {
  readonly colStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colVal: Float64Array;
  /** Row-major m × m inverse of the basis matrix. */
  private readonly binv: Float64Array;

  constructor(
    readonly n: number,
    readonly m: number,
    rows: readonly (readonly (readonly [number, number])[])[],
  ) {
    const start = new Int32Array(n + 1);
    for (const row of rows) for (const [j] of row) start[j + 1] = (start[j + 1] as number) + 1;
    for (let j = 0; j < n; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
    this.colStart = start;
    this.colRow = new Int32Array(start[n] as number);
    this.colVal = new Float64Array(start[n] as number);
    const fill = start.slice(0, n);
    rows.forEach((row, i) => {
      for (const [j, v] of row) {
        const k = fill[j] as number;
        this.colRow[k] = i;
        this.colVal[k] = v;
        fill[j] = k + 1;
      }
    });
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

  /** alpha = B⁻¹ times structural column q. */
  column(q: number, alpha: Float64Array): void {
    const { m, binv, colStart, colRow, colVal } = this;
    alpha.fill(0);
    for (let e = colStart[q] as number; e < (colStart[q + 1] as number); e++) {
      const row = colRow[e] as number;
      const v = colVal[e] as number;
      for (let i = 0; i < m; i++) alpha[i] = (alpha[i] as number) + (binv[i * m + row] as number) * v;
    }
  }

  /** The column with image alpha replaces the basic column of `row`. */
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

  /** Basic values (by row) for the given nonbasic structural values: B·y_B = −N·y_N. */
  basicValues(y: Float64Array, isBasic: (k: number) => boolean): Float64Array {
    const { n, m, binv, colStart, colRow, colVal } = this;
    const rhs = new Float64Array(m);
    for (let k = 0; k < n; k++) {
      const yk = y[k] as number;
      if (yk === 0 || isBasic(k)) continue;
      for (let e = colStart[k] as number; e < (colStart[k + 1] as number); e++) {
        const row = colRow[e] as number;
        rhs[row] = (rhs[row] as number) - (colVal[e] as number) * yk;
      }
    }
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let c = 0; c < m; c++) v += (binv[i * m + c] as number) * (rhs[c] as number);
      out[i] = v;
    }
    return out;
  }
}
