/**
 * Similar municipalities on the real Statbel file of 1/1/2021, both divisions: the features match the
 * release, big cities find big cities, small rural municipalities find none, merged 2025
 * municipalities work, and the groups are deterministic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipalityFeatures } from '../../../src/compare/similar/load-features.js';
import { similarMethodText } from '../../../src/compare/similar/method-text.js';
import {
  allSimilarGroups,
  loadSimilarityModel,
  type SimilarGroup,
  type SimilarityModel,
  similarGroup,
} from '../../../src/compare/similar/similar-groups.js';
import { asNisCode } from '../../../src/domain/brand.js';
import type { Division } from '../../../src/domain/division.js';
import type { Geography } from '../../../src/geo/index.js';
import type { ReleaseReader } from '../../../src/release/release-reader.js';
import type { ReleaseStore } from '../../../src/release/release-store.js';
import { importRealRelease, tempDir } from '../../support/real-release.js';

/** The 13 centrumsteden (Hasselt on both codes). */
const CITIES = new Set(
  '41002 11002 31005 71016 44021 71022 71072 34022 24062 12025 35013 36015 46021 13040'.split(' '),
);

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let store: ReleaseStore;
let release: ReleaseReader;
const models = new Map<Division, SimilarityModel>();

beforeAll(async () => {
  tmp = tempDir();
  ({ geo, store } = await importRealRelease(tmp.dir));
  release = await store.active();
  for (const division of ['2019-2024', '2025'] as const)
    models.set(division, await loadSimilarityModel(release, geo, division, 2025));
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

function group(division: Division, nis: string): SimilarGroup {
  const model = models.get(division);
  if (!model) throw new Error(division);
  const r = similarGroup(model, asNisCode(nis));
  if (!r.available) throw new Error(`${nis}: ${r.reason}`);
  return r.group;
}
const codes = (g: SimilarGroup) => g.members.map((m) => m.nis as string);

describe('features from the release', () => {
  it('covers every Flemish municipality of each division, from the latest year (2021)', () => {
    expect(models.get('2019-2024')?.space.municipalities).toHaveLength(300);
    expect(models.get('2025')?.space.municipalities).toHaveLength(285);
    for (const m of models.values()) {
      expect(m.missing).toEqual([]);
      expect(m.year).toBe(2021);
    }
  });

  it('gives the population, non-Belgians and age shares of the release', () => {
    const antwerpen = group('2019-2024', '11002').subject;
    expect(antwerpen.population).toBe(529_417);
    expect(antwerpen.nonBelgianShare).toBeCloseTo(114_753 / 529_417, 12);
    expect(antwerpen.share0to17 + antwerpen.share18to64 + antwerpen.share65plus).toBeCloseTo(1, 12);
    expect(antwerpen.density).toBeGreaterThan(2500);
    expect(antwerpen.density).toBeLessThan(2700);
  });

  it('sums the parts of a merged 2025 municipality', () => {
    expect(group('2025', '46030').subject.population).toBe(85_110);
    const withBorsbeek = group('2025', '11002').subject.population;
    expect(withBorsbeek).toBeGreaterThan(529_417);
  });

  it('loads in one query however many municipalities', async () => {
    let queries = 0;
    const counting = {
      query: (sql: string) => {
        queries++;
        return release.query(sql);
      },
    };
    await loadMunicipalityFeatures(counting, geo, '2025', 2021);
    expect(queries).toBe(1);
  });
});

describe('similar municipalities', () => {
  it.each(['2019-2024', '2025'] as const)(
    'puts big cities, Gent first, in the group of Antwerpen (%s)',
    (division) => {
      const g = group(division, '11002');
      expect(g.members).toHaveLength(10);
      expect(codes(g)[0]).toBe('44021');
      expect(codes(g).filter((c) => CITIES.has(c)).length).toBeGreaterThanOrEqual(6);
    },
  );

  it.each(['2019-2024', '2025'] as const)('finds Antwerpen among the group of Gent (%s)', (division) => {
    expect(codes(group(division, '44021'))).toContain('11002');
  });

  it.each(['2019-2024', '2025'] as const)(
    'gives Herstappe only small rural municipalities (%s)',
    (division) => {
      for (const m of group(division, '73028').members) {
        expect(CITIES.has(m.nis)).toBe(false);
        expect(m.population).toBeLessThan(10_000);
        expect(m.density).toBeLessThan(500);
      }
    },
  );

  it('works for merged 2025 municipalities, and says why they have no group on 2019-2024', () => {
    for (const nis of ['46030', '46029', '23106', '71072']) {
      const g = group('2025', nis);
      expect(g.members).toHaveLength(10);
      expect(codes(g)).not.toContain(nis);
    }
    const m = models.get('2019-2024');
    expect(m && similarGroup(m, asNisCode('46030'))).toEqual({
      available: false,
      reason: 'geen Vlaamse gemeente van de indeling 2019-2024',
    });
  });

  it('orders members by distance, then NIS code, never including the subject', () => {
    for (const [division, model] of models)
      for (const [nis, g] of allSimilarGroups(model)) {
        expect(codes(g), `${division} ${nis}`).not.toContain(nis);
        for (let i = 1; i < g.members.length; i++) {
          const [a, b] = [g.members[i - 1], g.members[i]];
          if (!a || !b) continue;
          expect(a.distance < b.distance || (a.distance === b.distance && a.nis < b.nis)).toBe(true);
        }
      }
  });

  it('is mostly mutual: ≥ 50 % of memberships hold both ways, ≥ 80 % within the other three times the group', async () => {
    for (const [division, model] of models) {
      const groups = allSimilarGroups(model);
      const wide = allSimilarGroups(await loadSimilarityModel(release, geo, division, 2021, { k: 30 }));
      let pairs = 0;
      let mutual = 0;
      let near = 0;
      for (const [nis, g] of groups)
        for (const m of g.members) {
          pairs++;
          if (groups.get(m.nis)?.members.some((x) => x.nis === nis)) mutual++;
          if (wide.get(m.nis)?.members.some((x) => x.nis === nis)) near++;
        }
      expect(mutual / pairs).toBeGreaterThan(0.5);
      expect(near / pairs).toBeGreaterThan(0.8);
    }
  });

  it('is deterministic: loading again gives exactly the same groups', async () => {
    const again = await loadSimilarityModel(release, geo, '2025', 2021);
    const first = models.get('2025');
    if (!first) throw new Error('no model');
    expect(allSimilarGroups(again)).toEqual(allSimilarGroups(first));
  });

  it('describes the method in Dutch', () => {
    const model = models.get('2025');
    if (!model) throw new Error('no model');
    const text = similarMethodText(model);
    expect(text).toContain('de tien Vlaamse gemeenten waarvan de bevolking op 1 januari 2021');
    expect(text).toContain('over de 285 Vlaamse gemeenten van de gemeentelijke indeling 2025');
    expect(text).toContain('aantal inwoners, bevolkingsdichtheid en aandeel niet-Belgen wegen elk 1');
    expect(text).toContain('aandeel 0–17-jarigen en aandeel 65-plussers wegen elk 0,5');
  });
});
