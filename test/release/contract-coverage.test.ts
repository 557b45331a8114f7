/** Issue 13 §1: missing contract rows are not zeros — the missing-Gent migratie file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import { ReleaseStore } from '../../src/release/release-store.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('a contract file that misses rows', () => {
  it('lists the missing-Gent migratie file: Gent 2024 not available, never 0', async () => {
    const text = readFileSync('data/samples/contracts/DEMO-migratie.csv', 'utf8');
    const kept = text.split('\n').filter((line) => !line.startsWith('44021,2024,'));
    const path = join(tmp.dir, 'DEMO-migratie.csv');
    writeFileSync(path, kept.join('\n'));
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(m) };
    const dataDir = join(tmp.dir, 'var');
    await importFiles({ dataDir, files: [path], geo, logger, countries: loadCountries() });
    const line2024 = said.find((m) => m.startsWith('DEMO-migratie.csv, periode 2024'));
    expect(line2024).toMatch(
      /^DEMO-migratie\.csv, periode 2024: geleverd voor 3 van de 300 gemeenten; ontbreekt \(wel in andere perioden, hier niet beschikbaar, nooit 0\): Gent \(44021\); 296 andere gemeenten niet geleverd \(niet beschikbaar\)$/,
    );
    expect(said.find((m) => m.startsWith('DEMO-migratie.csv, periode 2023'))).toMatch(
      /geleverd voor 4 van de 300/,
    );
    const store = new ReleaseStore(dataDir);
    try {
      const reader = await store.active();
      const rows = (await reader.query(
        "SELECT period, complete FROM area_fact_status WHERE dataset = 'migratie' AND division = '2019-2024' AND level = 'municipality' AND area_nis = '44021' ORDER BY period",
      )) as unknown[][];
      expect(rows.map((r) => [String(r[0]), r[1]])).toEqual([
        ['2023', true],
        ['2024', false],
      ]);
      const [[facts]] = (await reader.query(
        "SELECT count(*) FROM area_fact WHERE dataset = 'migratie' AND area_nis = '44021' AND period = '2024'",
      )) as [[bigint]];
      expect(Number(facts)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
