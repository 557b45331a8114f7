/**
 * The engine simplex's basis inverse as a product of sparse pivot factors (the product form of the
 * inverse): B⁻¹ = E_k ⋯ E_1, each E_t the identity with one column replaced. A pivot only appends a factor
 * (the nonzeros of its column image), so each step costs the nonzeros of the factors instead of m². Used
 * by the LP cover (engine-lp-cover.ts), whose systems have thousands of rows but few pivots and ±1
 * entries, so the factors stay sparse; it never refactorises (its results are checked exactly anyway).
 */
import { basicRhs, type SimplexBasis, sparseColumns } from './engine-basis.js';

/** Column image entries smaller than this are dropped from a factor (float noise). */
const DROP = 1e-12;

export class EtaBasis implements SimplexBasis {
  readonly colStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colVal: Float64Array;
  /** Per factor: its pivot row and pivot value, and its other nonzeros in etaIdx/etaVal from etaStart. */
  private readonly etaRow: number[] = [];
  private readonly etaPivot: number[] = [];
  private readonly etaStart: number[] = [0];
  private readonly etaIdx: number[] = [];
  private readonly etaVal: number[] = [];

  constructor(
    n: number,
    readonly m: number,
    rows: readonly (readonly (readonly [number, number])[])[],
  ) {
    ({ colStart: this.colStart, colRow: this.colRow, colVal: this.colVal } = sparseColumns(n, rows));
  }

  column(q: number, alpha: Float64Array): void {
    const { colStart, colRow, colVal } = this;
    alpha.fill(0);
    for (let e = colStart[q] as number; e < (colStart[q + 1] as number); e++) {
      alpha[colRow[e] as number] = colVal[e] as number;
    }
    this.ftran(alpha);
  }

  duals(cB: Float64Array): Float64Array {
    const pi = Float64Array.from(cB);
    // π = c_B·E_k⋯E_1: each factor changes only the entry of its pivot row.
    for (let t = this.etaRow.length - 1; t >= 0; t--) {
      const r = this.etaRow[t] as number;
      let v = pi[r] as number;
      for (let e = this.etaStart[t] as number; e < (this.etaStart[t + 1] as number); e++) {
        v -= (pi[this.etaIdx[e] as number] as number) * (this.etaVal[e] as number);
      }
      pi[r] = v / (this.etaPivot[t] as number);
    }
    return pi;
  }

  pivot(row: number, alpha: Float64Array): void {
    this.etaRow.push(row);
    this.etaPivot.push(alpha[row] as number);
    for (let i = 0; i < this.m; i++) {
      const a = alpha[i] as number;
      if (i === row || Math.abs(a) <= DROP) continue;
      this.etaIdx.push(i);
      this.etaVal.push(a);
    }
    this.etaStart.push(this.etaIdx.length);
  }

  basicValues(y: Float64Array, isBasic: (k: number) => boolean): Float64Array {
    const rhs = basicRhs(this, this.m, y, isBasic);
    this.ftran(rhs);
    return rhs;
  }

  /** x := B⁻¹x = E_k⋯E_1·x, in place. */
  private ftran(x: Float64Array): void {
    for (let t = 0; t < this.etaRow.length; t++) {
      const r = this.etaRow[t] as number;
      const xr = (x[r] as number) / (this.etaPivot[t] as number);
      x[r] = xr;
      if (xr === 0) continue;
      for (let e = this.etaStart[t] as number; e < (this.etaStart[t + 1] as number); e++) {
        const i = this.etaIdx[e] as number;
        x[i] = (x[i] as number) - (this.etaVal[e] as number) * xr;
      }
    }
  }
}
