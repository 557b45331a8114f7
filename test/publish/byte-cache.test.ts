/** The output caches: bounded by size, least recently used out first, one release at a time. */
import { describe, expect, it } from 'vitest';
import { ByteCache, stringBytes } from '../../src/publish/byte-cache.js';

const sized = (max: number) => new ByteCache<string>(max, (s) => s.length);

describe('ByteCache', () => {
  it('returns what was stored and counts hits and misses', () => {
    const c = sized(100);
    expect(c.get('r1', 'a')).toBeUndefined();
    c.set('r1', 'a', 'aaaa');
    expect(c.get('r1', 'a')).toBe('aaaa');
    expect(c.stats()).toMatchObject({ entries: 1, bytes: 4, hits: 1, misses: 1, release: 'r1' });
  });

  it('stays within its size, dropping the least recently used first', () => {
    const c = sized(10);
    c.set('r', 'a', 'aaaa');
    c.set('r', 'b', 'bbbb');
    expect(c.get('r', 'a')).toBe('aaaa'); // a is now the most recent
    c.set('r', 'c', 'cccc'); // 12 > 10: b goes
    expect(c.get('r', 'b')).toBeUndefined();
    expect(c.get('r', 'a')).toBe('aaaa');
    expect(c.get('r', 'c')).toBe('cccc');
    expect(c.stats().bytes).toBeLessThanOrEqual(10);
    for (let i = 0; i < 1000; i++) c.set('r', `k${i}`, 'xyz');
    expect(c.stats().bytes).toBeLessThanOrEqual(10);
    expect(c.stats().entries).toBe(3);
  });

  it('does not keep a value larger than the whole cache, and replaces a key in place', () => {
    const c = sized(10);
    expect(c.set('r', 'big', 'x'.repeat(11))).toHaveLength(11);
    expect(c.get('r', 'big')).toBeUndefined();
    c.set('r', 'a', 'aa');
    c.set('r', 'a', 'aaaaa');
    expect(c.stats()).toMatchObject({ entries: 1, bytes: 5 });
  });

  it('empties itself when asked about another release: a switch never serves old outputs', () => {
    const c = sized(100);
    c.set('2021-a', 'page', 'old');
    expect(c.get('2021-b', 'page')).toBeUndefined();
    expect(c.stats()).toMatchObject({ entries: 0, bytes: 0, release: '2021-b' });
    expect(c.get('2021-a', 'page')).toBeUndefined();
  });

  it('builds a missing value once through `through`', () => {
    const c = sized(100);
    let built = 0;
    const build = () => {
      built++;
      return 'v';
    };
    expect(c.through('r', 'k', build)).toBe('v');
    expect(c.through('r', 'k', build)).toBe('v');
    expect(built).toBe(1);
  });

  it('estimates a string as two bytes a character', () => {
    expect(stringBytes('abc')).toBe(70);
    expect(stringBytes(null)).toBe(8);
  });
});
