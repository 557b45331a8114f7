/** The pure pieces behind the columnar contract reader: chunked columns, byte-keyed map, row keys. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteKeyMap } from '../../../src/sources/contracts/byte-key-map.js';
import { CodeDictionary } from '../../../src/sources/contracts/code-dictionary.js';
import {
  CHUNK_ROWS,
  type ChunkedColumn,
  float64Column,
  int32Column,
} from '../../../src/sources/contracts/column-buffers.js';
import { RowKeySet } from '../../../src/sources/contracts/row-key-set.js';

describe('ChunkedColumn', () => {
  it('keeps values across chunk boundaries and hands out the filled part of each chunk', () => {
    const column = float64Column();
    const n = 2 * CHUNK_ROWS + 5;
    for (let i = 0; i < n; i++) column.push(i * 1.5);
    expect(column.length).toBe(n);
    expect([0, CHUNK_ROWS - 1, CHUNK_ROWS, n - 1].map((i) => column.get(i))).toEqual(
      [0, CHUNK_ROWS - 1, CHUNK_ROWS, n - 1].map((i) => i * 1.5),
    );
    const chunks = [...column.chunks()];
    expect(chunks.map((c) => c.length)).toEqual([CHUNK_ROWS, CHUNK_ROWS, 5]);
    expect(chunks[2]?.[4]).toBe((n - 1) * 1.5);
  });

  it('holds whole numbers beyond 32 bits exactly as doubles', () => {
    const column = float64Column();
    column.push(Number.MAX_SAFE_INTEGER);
    expect(column.get(0)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('has no chunks while empty', () => {
    expect([...int32Column().chunks()]).toEqual([]);
  });
});

describe('CodeDictionary', () => {
  it('numbers distinct values in order of first appearance', () => {
    const d = new CodeDictionary();
    expect(['b', 'a', 'b', 'c', 'a'].map((v) => d.id(v))).toEqual([0, 1, 0, 2, 1]);
    expect(d.values).toEqual(['b', 'a', 'c']);
  });
});

describe('ByteKeyMap', () => {
  it('finds byte strings by content, wherever they sit in a buffer', () => {
    const map = new ByteKeyMap();
    const buf = Buffer.from('44021,44021,4402,MAR,,MAR');
    expect(map.get(buf, 0, 5)).toBe(-1);
    map.set(buf, 0, 5, 7);
    expect(map.get(buf, 6, 11)).toBe(7);
    expect(map.get(buf, 12, 16)).toBe(-1);
    map.set(buf, 17, 20, 3);
    map.set(buf, 21, 21, 9); // the empty string is a key too
    expect(map.get(buf, 22, 25)).toBe(3);
    expect(map.get(buf, 21, 21)).toBe(9);
    expect(map.get(buf, 6, 11)).toBe(7);
  });

  it('agrees with a Map of strings over many keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), (texts) => {
        const map = new ByteKeyMap();
        const reference = new Map<string, number>();
        for (const text of texts) {
          const buf = Buffer.from(`«${text}»`);
          const [start, end] = [2, buf.length - 2]; // « and » are two bytes each
          const want = reference.get(text) ?? -1;
          expect(map.get(buf, start, end)).toBe(want);
          if (want < 0) {
            reference.set(text, reference.size);
            map.set(buf, start, end, reference.size - 1);
          }
        }
        expect(map.size).toBe(reference.size);
      }),
    );
  });
});

describe('RowKeySet', () => {
  function table(keyColumns: number) {
    const columns = Array.from({ length: keyColumns }, () => int32Column());
    const set = new RowKeySet(columns);
    let rows = 0;
    /** Returns the earlier row with the same key, or -1 after adding the row. */
    const add = (...ids: number[]): number => {
      const earlier = set.findOrAdd(Int32Array.from(ids), rows);
      if (earlier < 0) {
        for (const [c, id] of ids.entries()) (columns[c] as ChunkedColumn<Int32Array>).push(id);
        rows++;
      }
      return earlier;
    };
    return { add };
  }

  it('returns the earlier row of a key seen before', () => {
    const { add } = table(3);
    expect(add(1, 2, 3)).toBe(-1);
    expect(add(1, 2, 4)).toBe(-1);
    expect(add(3, 2, 1)).toBe(-1);
    expect(add(1, 2, 4)).toBe(1);
  });

  it('agrees with a set of joined keys over many rows (the table grows many times)', () => {
    const { add } = table(4);
    const firstRow = new Map<string, number>();
    let rows = 0;
    let state = 12345;
    const random = (n: number): number => {
      // xorshift32
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % n;
    };
    for (let i = 0; i < 60_000; i++) {
      const ids = [random(300), random(12), random(40), random(3)];
      const key = ids.join(',');
      const want = firstRow.get(key) ?? -1;
      expect(add(...ids)).toBe(want);
      if (want < 0) firstRow.set(key, rows++);
    }
    expect(firstRow.size).toBeGreaterThan(40_000);
  });
});
