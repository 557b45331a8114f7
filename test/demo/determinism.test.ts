import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoOptions } from '../../src/demo/index.js';
import { type Generated, generateInTemp } from './demo-files.js';

const OPTIONS: DemoOptions = { seed: 20240101, fromYear: 2020, toYear: 2022, division: '2019-2024' };

describe('demonstration data is deterministic', () => {
  let first: Generated;
  let again: Generated;
  let otherSeed: Generated;

  beforeAll(async () => {
    first = await generateInTemp(OPTIONS);
    again = await generateInTemp(OPTIONS);
    otherSeed = await generateInTemp({ ...OPTIONS, seed: OPTIONS.seed + 1 });
  });
  afterAll(() => {
    for (const g of [first, again, otherSeed]) g?.cleanup();
  });

  it('writes one DEMO- file per contract, with the same names every time', () => {
    expect(first.files).toHaveLength(12);
    for (const f of first.files) expect(basename(f.path)).toMatch(/^DEMO-[a-z0-9-]+\.csv$/);
    expect(first.files.map((f) => basename(f.path))).toEqual(again.files.map((f) => basename(f.path)));
  });

  it('gives byte-identical files for the same seed and options', () => {
    first.files.forEach((f, i) => {
      const twin = again.files[i];
      expect(twin?.rows).toBe(f.rows);
      expect(readFileSync(twin?.path ?? '').equals(readFileSync(f.path)), basename(f.path)).toBe(true);
    });
  });

  it('gives different files for another seed', () => {
    const differing = first.files.filter(
      (f, i) => !readFileSync(f.path).equals(readFileSync(otherSeed.files[i]?.path ?? '')),
    );
    // The real 2021 population fixes some totals, but every file carries seeded noise somewhere.
    expect(differing.map((f) => f.contract)).toEqual(first.files.map((f) => f.contract));
  });
});
