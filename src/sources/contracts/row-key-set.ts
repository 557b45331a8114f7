/**
 * Finds rows with the same key (municipality, period and dimension codes) without building a key
 * string per row: an open-addressing table of row numbers with their hashes, hashed and compared on
 * the rows' code ids as the key columns hold them. 8 bytes per slot, at most half full.
 */
import type { ChunkedColumn } from './column-buffers.js';

const EMPTY = -1;

export class RowKeySet {
  private rows: Int32Array = new Int32Array(1024).fill(EMPTY);
  private hashes: Int32Array = new Int32Array(1024);
  private size = 0;

  constructor(private readonly columns: readonly ChunkedColumn<Int32Array>[]) {}

  /**
   * `key`: the code ids of row `row` (not yet in the columns), one per key column. Returns the earlier
   * row with the same ids, or -1 after remembering `row` (which the caller then adds to the columns).
   */
  findOrAdd(key: Int32Array, row: number): number {
    if ((this.size + 1) * 2 > this.rows.length) this.grow();
    const hash = hashIds(key);
    const rows = this.rows;
    const mask = rows.length - 1;
    let slot = hash & mask;
    for (;;) {
      const stored = rows[slot] as number;
      if (stored === EMPTY) break;
      if (this.hashes[slot] === hash && this.sameKey(stored, key)) return stored;
      slot = (slot + 1) & mask;
    }
    rows[slot] = row;
    this.hashes[slot] = hash;
    this.size++;
    return -1;
  }

  private sameKey(row: number, key: Int32Array): boolean {
    const columns = this.columns;
    for (let c = 0; c < key.length; c++) {
      if ((columns[c] as ChunkedColumn<Int32Array>).get(row) !== key[c]) return false;
    }
    return true;
  }

  private grow(): void {
    const oldRows = this.rows;
    const oldHashes = this.hashes;
    const rows = new Int32Array(oldRows.length * 2).fill(EMPTY);
    const hashes = new Int32Array(rows.length);
    const mask = rows.length - 1;
    for (let i = 0; i < oldRows.length; i++) {
      const row = oldRows[i] as number;
      if (row === EMPTY) continue;
      const hash = oldHashes[i] as number;
      let slot = hash & mask;
      while (rows[slot] !== EMPTY) slot = (slot + 1) & mask;
      rows[slot] = row;
      hashes[slot] = hash;
    }
    this.rows = rows;
    this.hashes = hashes;
  }
}

/** FNV-style combination of the ids, then the murmur3 finaliser so that small ids spread out. */
export function hashIds(key: Int32Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ (key[i] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
