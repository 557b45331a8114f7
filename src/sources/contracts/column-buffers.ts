/**
 * Typed column buffers that grow by whole chunks (no copying when they grow, no per-row objects).
 * A chunk holds CHUNK_ROWS values, a multiple of DuckDB's vector size, so chunks go to DuckDB as they are.
 */

/** Rows per chunk: 8 DuckDB vectors of 2048. */
export const CHUNK_ROWS = 1 << 14;
const SHIFT = 14;
const MASK = CHUNK_ROWS - 1;

export type NumberArray = Int32Array | Float64Array | Uint8Array;

export class ChunkedColumn<A extends NumberArray> {
  private readonly parts: A[] = [];
  private current: A | undefined;
  private fill = CHUNK_ROWS;
  length = 0;

  constructor(private readonly make: (n: number) => A) {}

  push(value: number): void {
    if (this.fill === CHUNK_ROWS) {
      this.current = this.make(CHUNK_ROWS);
      this.parts.push(this.current);
      this.fill = 0;
    }
    (this.current as A)[this.fill++] = value;
    this.length++;
  }

  get(row: number): number {
    return (this.parts[row >>> SHIFT] as A)[row & MASK] as number;
  }

  /** The filled part of each chunk, in order (views, not copies). */
  *chunks(): Generator<A> {
    for (const [i, part] of this.parts.entries()) {
      const n = i === this.parts.length - 1 ? this.length - i * CHUNK_ROWS : CHUNK_ROWS;
      yield part.subarray(0, n) as A;
    }
  }
}

export const int32Column = (): ChunkedColumn<Int32Array> => new ChunkedColumn((n) => new Int32Array(n));
export const float64Column = (): ChunkedColumn<Float64Array> => new ChunkedColumn((n) => new Float64Array(n));
export const uint8Column = (): ChunkedColumn<Uint8Array> => new ChunkedColumn((n) => new Uint8Array(n));
