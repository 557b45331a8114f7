/**
 * A file on the 2025 division (derived in the test from the real 2021 file by recoding merged
 * municipalities): detected as such; figures on the 2019-2024 division exist only for areas that
 * are unions of whole 2025 municipalities, and are marked not available otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { loadGeography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { tempDir } from '../support/real-release.js';
import { extractRealText } from '../support/real-text.js';

const geo = loadGeography();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;

beforeAll(async () => {
  tmp = tempDir();
  const text = readFileSync(await extractRealText(tmp.dir), 'utf8');
  // Recoded rows of merged parts share a key: summed here, as a real 2025 file has one row per key
  // (only age 100, "100 and older", is written as several rows).
  const out: string[] = [];
  const byKey = new Map<string, number>();
  for (const [i, line] of text.split('\r\n').entries()) {
    if (i === 0 || line === '') {
      out.push(line);
      continue;
    }
    const bar = line.indexOf('|');
    const next = geo.successor(asNisCode(line.slice(0, bar)));
    const fields = (next ? next + line.slice(bar) : line).split('|');
    const key = [0, 12, 13, 16, 19].map((f) => fields[f]).join('|');
    const at = fields[19] === '100' ? undefined : byKey.get(key);
    if (at === undefined) {
      byKey.set(key, out.length);
      out.push(fields.join('|'));
      continue;
    }
    const first = (out[at] as string).split('|');
    first[20] = String(Number(first[20]) + Number(fields[20]));
    out[at] = first.join('|');
  }
  const recoded = out.join('\r\n');
  const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2025.txt');
  writeFileSync(path, recoded);
  const result = await importFiles({ dataDir: join(tmp.dir, 'var'), files: [path], geo });
  expect(result.manifest.sources[0]).toMatchObject({ kind: 'statbel_pop_struct', division: '2025' });
  store = new ReleaseStore(join(tmp.dir, 'var'));
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

describe('data on the 2025 division', () => {
  it('gives 2025 municipalities directly, merged parts summed', async () => {
    const reader = await store.active();
    const f = await reader.areaFigures('2025', 2025, [{ level: 'municipality', nis: asNisCode('46030') }]);
    const c = f.get('municipality:46030');
    expect(c?.available && c.cube.sum()).toBe(85_110);
  });

  it('marks merged municipalities and cut provinces not available on division 2019-2024', async () => {
    const reader = await store.active();
    const keys = [
      { level: 'municipality', nis: '11007' },
      { level: 'province', nis: '10000' },
      { level: 'province', nis: '40000' },
      { level: 'arrondissement', nis: '73000' },
      { level: 'municipality', nis: '44021' },
      { level: 'region', nis: '02000' },
    ] as const;
    const f = await reader.areaFigures(
      '2019-2024',
      2025,
      keys.map((k) => ({ level: k.level, nis: asNisCode(k.nis) })),
    );
    const state = (k: (typeof keys)[number]) => f.get(`${k.level}:${k.nis}`)?.available;
    expect(keys.map(state)).toEqual([false, false, false, false, true, true]);
    const gent = f.get('municipality:44021');
    expect(gent?.available && gent.cube.sum()).toBe(263_703);
    const region = f.get('region:02000');
    expect(region?.available && region.cube.sum()).toBe(6_653_062);
    const borsbeek = f.get('municipality:11007');
    expect(borsbeek?.available === false && borsbeek.reason).toMatch(/Borsbeek/);
  });
});
