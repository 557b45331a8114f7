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
