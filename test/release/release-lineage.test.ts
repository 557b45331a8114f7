/** A second reference year builds a new release on top of the active one; years are replaced, never mixed. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Geography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { importRealRelease, REAL_ZIP, tempDir } from '../support/real-release.js';
import { extractRealText } from '../support/real-text.js';

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let firstId: string;

beforeAll(async () => {
  tmp = tempDir();
  const first = await importRealRelease(tmp.dir);
  geo = first.geo;
  firstId = first.result.releaseId;
  await first.store.close();
});
afterAll(() => tmp.cleanup());

async function regionTotals(): Promise<unknown[][]> {
  const store = new ReleaseStore(tmp.dir);
  const reader = await store.active();
  const rows = await reader.query(
    `SELECT year, division, sum(population) FROM area_population WHERE level = 'region' GROUP BY ALL ORDER BY ALL`,
  );
  await store.close();
  return rows;
}

describe('release lineage', () => {
  it('adds a second year as a new release based on the previous one', async () => {
    const text = await extractRealText(tmp.dir);
    const year2022 = join(tmp.dir, 'TF_SOC_POP_STRUCT_2022.txt');
    renameSync(text, year2022);
    const result = await importFiles({ dataDir: tmp.dir, files: [year2022], geo });
    expect(result.status).toBe('created');
    expect(result.manifest.basedOn).toBe(firstId);
    expect(result.manifest.years).toEqual([2021, 2022]);
    expect(
      result.manifest.sources.map((s) => [s.kind === 'statbel_pop_struct' ? s.year : s.dataset, s.fileName]),
    ).toEqual([
      [2021, 'TF_SOC_POP_STRUCT_2021.zip'],
      [2022, 'TF_SOC_POP_STRUCT_2022.txt'],
    ]);
    expect(await regionTotals()).toEqual([
      [2021, '2019-2024', 6_653_062],
      [2021, '2025', 6_653_062],
      [2022, '2019-2024', 6_653_062],
      [2022, '2025', 6_653_062],
    ]);
  });

  it('replaces a year that is imported again with other content', async () => {
    const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2022.txt');
    const lines = readFileSync(path, 'utf8').split('\r\n');
    // Herstappe's first row gets 10 more inhabitants.
    const i = lines.findIndex((l) => l.startsWith('73028|'));
    const fields = (lines[i] ?? '').split('|');
    fields[20] = String(Number(fields[20]) + 10);
    lines[i] = fields.join('|');
    writeFileSync(path, lines.join('\r\n'));
    const result = await importFiles({ dataDir: tmp.dir, files: [path], geo });
    expect(result.manifest.years).toEqual([2021, 2022]);
    expect(await regionTotals()).toEqual([
      [2021, '2019-2024', 6_653_062],
      [2021, '2025', 6_653_062],
      [2022, '2019-2024', 6_653_072],
      [2022, '2025', 6_653_072],
    ]);
  });

  it('treats a file it already holds as a no-op', async () => {
    const result = await importFiles({ dataDir: tmp.dir, files: [REAL_ZIP], geo });
    expect(result.status).toBe('unchanged');
  });
});
