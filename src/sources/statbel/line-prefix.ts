import type { ColumnLayout } from './header.js';

/**
 * Rows of one municipality repeat the same leading fields (codes and names, ~70% of each line).
 * Comparing that prefix with the previous row's in one native call lets the scanner skip it.
 */
export class LinePrefix {
  private readonly bytes = Buffer.alloc(4096);
  private length = 0; // 0 = nothing remembered
  private readonly relStart: Int32Array;
  private readonly relEnd: Int32Array;

  /** The leading fields before the first per-row column (sex, nationality, …) may repeat. */
  static forLayout(layout: ColumnLayout): LinePrefix {
    const { sex, nationality, civilStatus, age, population, year, count } = layout;
    return new LinePrefix(Math.min(sex, nationality, civilStatus, age, population, year < 0 ? count : year));
  }

  /** `fields`: how many leading fields may repeat. */
  constructor(readonly fields: number) {
    this.relStart = new Int32Array(fields);
    this.relEnd = new Int32Array(fields);
  }

  /**
   * If the line at `lineStart` starts with the remembered prefix, fills in the offsets of its
   * leading fields and returns the prefix length (it ends just after a '|'); else returns 0.
   */
  match(buf: Buffer, lineStart: number, end: number, fieldStart: Int32Array, fieldEnd: Int32Array): number {
    const n = this.length;
    if (n === 0 || lineStart + n > end || buf.compare(this.bytes, 0, n, lineStart, lineStart + n) !== 0)
      return 0;
    for (let f = 0; f < this.fields; f++) {
      fieldStart[f] = lineStart + (this.relStart[f] as number);
      fieldEnd[f] = lineStart + (this.relEnd[f] as number);
    }
    return n;
  }

  /** Remembers the leading fields of a line that was just parsed and accepted. */
  remember(buf: Buffer, lineStart: number, fieldStart: Int32Array, fieldEnd: Int32Array): void {
    const k = this.fields;
    const n = k === 0 ? 0 : (fieldStart[k] as number) - lineStart;
    if (n <= 0 || n > this.bytes.length) {
      this.length = 0;
      return;
    }
    buf.copy(this.bytes, 0, lineStart, lineStart + n);
    for (let f = 0; f < k; f++) {
      this.relStart[f] = (fieldStart[f] as number) - lineStart;
      this.relEnd[f] = (fieldEnd[f] as number) - lineStart;
    }
    this.length = n;
  }
}
