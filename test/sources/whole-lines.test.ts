import { describe, expect, it } from 'vitest';
import { wholeLines } from '../../src/sources/statbel/whole-lines.js';

async function regroup(text: string, chunkSize: number): Promise<string[]> {
  const bytes = Buffer.from(text, 'utf8');
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const out: string[] = [];
  for await (const buf of wholeLines(chunks())) out.push(buf.toString('utf8'));
  return out;
}

describe('wholeLines', () => {
  const text = '\uFEFFa|b\r\nccc|dé\r\n\r\nlast';
  for (const size of [1, 2, 3, 5, 64]) {
    it(`yields whole lines only, with chunks of ${size} bytes`, async () => {
      const groups = await regroup(text, size);
      for (const g of groups) expect(g.endsWith('\n')).toBe(true);
      expect(groups.join('')).toBe('a|b\r\nccc|dé\r\n\r\nlast\n');
    });
  }

  it('drops only a leading BOM and yields nothing for empty input', async () => {
    expect(await regroup('\uFEFF', 1)).toEqual([]);
    expect(await regroup('', 1)).toEqual([]);
    expect((await regroup('x\uFEFF\n', 2)).join('')).toBe('x\uFEFF\n');
  });
});

describe('wholeLines line bound', () => {
  it('throws once an unfinished line passes the bound, however the chunks fall', async () => {
    async function* chunks() {
      yield Buffer.from('ok\nxx');
      for (let i = 0; i < 100; i++) yield Buffer.alloc(10, 0x41);
    }
    const seen: string[] = [];
    const run = async () => {
      for await (const buf of wholeLines(chunks(), {
        maxLineBytes: 50,
        tooLong: (n) => new Error(`long ${n}`),
      }))
        seen.push(buf.toString());
    };
    await expect(run()).rejects.toThrow(/^long 5\d$/);
    expect(seen).toEqual(['ok\n']);
  });

  it('accepts a line of exactly the bound', async () => {
    async function* chunks() {
      yield Buffer.alloc(20, 0x41);
      yield Buffer.from('AAAAA\n');
    }
    const out: string[] = [];
    for await (const buf of wholeLines(chunks(), { maxLineBytes: 25 })) out.push(buf.toString());
    expect(out.join('')).toBe(`${'A'.repeat(25)}\n`);
  });
});
