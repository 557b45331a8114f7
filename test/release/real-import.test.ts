/**
 * Integration: the real, complete Statbel file of 1/1/2021 through the real import, checked against
 * the acceptance figures and, for every area on both divisions, against independently derived tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import type { AreaLevel, Division } from '../../src/domain/division.js';
import type { Geography } from '../../src/geo/index.js';
import type { PopulationCube } from '../../src/indicators/population-cube.js';
import type { ImportResult } from '../../src/release/import.js';
import { importFiles } from '../../src/release/import.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { readPlainCsv } from '../support/csv.js';
import { importRealRelease, REAL_ZIP, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let store: ReleaseStore;
let reader: ReleaseReader;
let result: ImportResult;

beforeAll(async () => {
  tmp = tempDir();
  ({ geo, store, result } = await importRealRelease(tmp.dir));
  reader = await store.active();
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

async function cube(division: Division, level: AreaLevel, nis: string): Promise<PopulationCube> {
  const key = { level, nis: asNisCode(nis) };
  const figures = (await reader.areaFigures(division, 2021, [key])).get(`${level}:${nis}`);
  if (!figures?.available) throw new Error(`no figures for ${level} ${nis}`);
  return figures.cube;
}

describe('the real Statbel 2021 file', () => {
  it('imports completely, with provenance in the manifest', () => {
    expect(result.status).toBe('created');
    const [source] = result.manifest.sources;
    expect(source).toMatchObject({
      fileName: 'TF_SOC_POP_STRUCT_2021.zip',
      member: 'TF_SOC_POP_STRUCT_2021.txt',
      year: 2021,
      referenceDate: '2021-01-01',
      division: '2019-2024',
      rowsRead: 467_027,
      population: 11_521_238,
      municipalities: 581,
      demo: false,
    });
    // 312 keys occur 2–8 times (age 100+): summed, never overwritten.
    expect(source?.kind === 'statbel_pop_struct' && source.rowsAfterSummingDuplicates).toBeLessThan(467_027);
    expect(source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.manifest.software.name).toBe('omgevingsanalyse');
  });

  it('gives the Vlaams Gewest 6,653,062 inhabitants of whom 633,983 non-Belgians (9,53 %)', async () => {
    for (const division of ['2019-2024', '2025'] as const) {
      const c = await cube(division, 'region', '02000');
      expect(c.sum()).toBe(6_653_062);
      expect(c.sum({ nationality: 'ETR' })).toBe(633_983);
      expect(((100 * c.sum({ nationality: 'ETR' })) / c.sum()).toFixed(2)).toBe('9.53');
    }
  });

  it('gives Antwerpen (11002, 2019-2024) 529,417 inhabitants, 114,753 non-Belgians (21,68 %)', async () => {
    const c = await cube('2019-2024', 'municipality', '11002');
    expect(c.sum()).toBe(529_417);
    expect(c.sum({ nationality: 'ETR' })).toBe(114_753);
    expect(((100 * 114_753) / 529_417).toFixed(2)).toBe('21.68');
  });

  it('sums merged municipalities on division 2025: 46030 = 85,110 and Antwerpen includes Borsbeek', async () => {
    expect((await cube('2025', 'municipality', '46030')).sum()).toBe(85_110);
    const antwerpen2024 = (await cube('2019-2024', 'municipality', '11002')).sum();
    const borsbeek = (await cube('2019-2024', 'municipality', '11007')).sum();
    expect((await cube('2025', 'municipality', '11002')).sum()).toBe(antwerpen2024 + borsbeek);
  });

  it('reports Herstappe (73028), 78 inhabitants, correctly', async () => {
    const c = await cube('2019-2024', 'municipality', '73028');
    expect(c.sum()).toBe(78);
    expect((await cube('2025', 'municipality', '73028')).sum()).toBe(78);
  });

  for (const division of ['2019-2024', '2025'] as const) {
    it(`matches the independently derived table for all municipalities on division ${division}`, async () => {
      const file = `data/stats/statbel_pop_2021_by_municipality_${division.replace('-', '_')}.csv`;
      const rows = readPlainCsv(file);
      expect(rows).toHaveLength(division === '2025' ? 285 : 300);
      expect(geo.areas(division, 'municipality')).toHaveLength(rows.length);
      const all = await reader.areaFigures(
        division,
        2021,
        rows.map((r) => ({ level: 'municipality' as const, nis: asNisCode(r.nis_code ?? '') })),
      );
      for (const r of rows) {
        const f = all.get(`municipality:${r.nis_code}`);
        if (!f?.available) throw new Error(`missing ${r.nis_code}`);
        const c = f.cube;
        const actual = {
          nis: r.nis_code,
          total: c.sum(),
          belgian: c.sum({ nationality: 'BEL' }),
          non_belgian: c.sum({ nationality: 'ETR' }),
          male: c.sum({ sex: 'M' }),
          female: c.sum({ sex: 'F' }),
          age_0_17: c.sum({ age: { from: 0, to: 17 } }),
          age_18_64: c.sum({ age: { from: 18, to: 64 } }),
          age_65_plus: c.sum({ age: { from: 65 } }),
          non_belgian_age_0_17: c.sum({ nationality: 'ETR', age: { from: 0, to: 17 } }),
          non_belgian_age_65_plus: c.sum({ nationality: 'ETR', age: { from: 65 } }),
        };
        const expected = Object.fromEntries(
          Object.keys(actual).map((k) => [k, k === 'nis' ? r[`${k}_code`] : Number(r[k])]),
        );
        expect(actual).toEqual(expected);
      }
    });
  }

  it('matches the derived province and region totals on both divisions (Zwijndrecht moved)', async () => {
    for (const r of readPlainCsv('data/stats/statbel_pop_2021_provinces_region.csv')) {
      const division: Division = r.level === 'province_2019_2024' ? '2019-2024' : '2025';
      const level: AreaLevel = r.level === 'region' ? 'region' : 'province';
      const c = await cube(division, level, r.nis_code ?? '');
      expect([r.level, r.nis_code, c.sum(), c.sum({ nationality: 'ETR' })]).toEqual([
        r.level,
        r.nis_code,
        Number(r.total),
        Number(r.non_belgian),
      ]);
    }
  });

  it('keeps Brussels and Wallonia in the release, with empty province fields for Brussels', async () => {
    const rows = await reader.query(
      'SELECT region, count(*) AS n, count(province) AS with_province FROM municipality_as_written GROUP BY region ORDER BY region',
    );
    expect(rows).toEqual([
      ['02000', 300, 300],
      ['03000', 262, 262],
      ['04000', 19, 0],
    ]);
  });

  it('says so and changes nothing when the same file is imported again', async () => {
    const again = await importFiles({ dataDir: tmp.dir, files: [REAL_ZIP], geo });
    expect(again.status).toBe('unchanged');
    expect(again.releaseId).toBe(result.releaseId);
  });
});
