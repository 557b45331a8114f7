/**
 * A map from byte strings (a range of a buffer) to small non-negative integers, without making a JS
 * string per lookup: open addressing on an FNV-1a hash, keys copied into one byte pool. A column of a
 * tidy file holds few distinct texts (codes, periods, municipalities), so each text is decoded and
 * checked once and found here by its bytes afterwards.
 */

const EMPTY = -1;

export class ByteKeyMap {
  private slots: Int32Array; // entry index per slot, EMPTY if free
  private hashes: Int32Array = new Int32Array(16);
  private starts: Int32Array = new Int32Array(16);
  private lengths: Int32Array = new Int32Array(16);
  private values: Int32Array = new Int32Array(16);
  private pool: Uint8Array = new Uint8Array(256);
  private poolUsed = 0;
  /** The entry found last: tidy files repeat a column's value over consecutive rows. */
  private last = EMPTY;
  size = 0;

  constructor(capacity = 64) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(n).fill(EMPTY);
  }

  /** The value stored for buf[start, end), or -1. */
  get(buf: Uint8Array, start: number, end: number): number {
    const last = this.last;
    if (last !== EMPTY && this.equals(last, buf, start, end)) return this.values[last] as number;
    const hash = hashBytes(buf, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === EMPTY) return -1;
      if (this.hashes[entry] === hash && this.equals(entry, buf, start, end)) {
        this.last = entry;
        return this.values[entry] as number;
      }
    }
  }

  /** Stores `value` (≥ 0) for buf[start, end); the key must not be in the map yet. */
  set(buf: Uint8Array, start: number, end: number, value: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const entry = this.size++;
    if (entry === this.hashes.length) this.growEntries();
    const length = end - start;
    while (this.poolUsed + length > this.pool.length) {
      const bigger = new Uint8Array(this.pool.length * 2);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    this.pool.set(buf.subarray(start, end), this.poolUsed);
    const hash = hashBytes(buf, start, end);
    this.hashes[entry] = hash;
    this.starts[entry] = this.poolUsed;
    this.lengths[entry] = length;
    this.values[entry] = value;
    this.poolUsed += length;
    this.place(entry, hash);
    this.last = entry;
  }

  private equals(entry: number, buf: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.lengths[entry] !== length) return false;
    const at = this.starts[entry] as number;
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[at + i] !== buf[start + i]) return false;
    return true;
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity).fill(EMPTY);
    for (let entry = 0; entry < this.size; entry++) this.place(entry, this.hashes[entry] as number);
  }

  private growEntries(): void {
    const grow = (a: Int32Array): Int32Array => {
      const bigger = new Int32Array(a.length * 2);
      bigger.set(a);
      return bigger;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.values = grow(this.values);
  }
}

/** FNV-1a, 32 bits (signed, as an Int32Array stores it). */
export function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
  return h;
}
