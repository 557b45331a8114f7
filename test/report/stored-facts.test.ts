/**
 * The facts a release stores per area and per similar group equal those read from the database, for
 * every area and every similar group of both divisions; a report built from them equals one built without.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISIONS } from '../../src/domain/division.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { type Area, loadGeography } from '../../src/geo/index.js';
import { AreaFacts, areaKey } from '../../src/indicators/area-facts.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { availableYears, buildReport } from '../../src/report/build-report.js';
import { hasPrecomputedFacts, precomputeFacts, reportFacts } from '../../src/report/precomputed-facts.js';
import { SimilarSource } from '../../src/report/similar-source.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;

beforeAll(async () => {
  tmp = tempDir('oa-stored-facts-');
  store = await importDemoRelease(tmp.dir, geo);
  release = await store.active();
}, 600_000);
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

/** Every table of `facts` for `key`, as comparable plain values (order-independent). */
function plain(facts: AreaFacts, key: string) {
  const p = facts.plainArea(key);
  const sort = <T>(xs: readonly T[]) => [...xs].map((x) => JSON.stringify(x)).sort();
  return {
    periods: sort(p.periods),
    tables: sort(
      p.tables.map(([d, period, t]) => [
        d,
        period,
        'missing' in t ? t : { provisional: t.provisional, rows: sort(t.rows) },
      ]),
    ),
  };
}

describe('stored area facts', () => {
  it('equal the facts read from the release, for every area and similar group of both divisions', async () => {
    const ctx = { geo, catalog, release };
    const years = availableYears(catalog, release);
    expect(hasPrecomputedFacts(release, catalog.version)).toBe(false);
    await precomputeFacts(ctx, years, { info() {}, warn() {} });
    expect(hasPrecomputedFacts(release, catalog.version)).toBe(true);
    let areas = 0;
    let tables = 0;
    for (const division of DIVISIONS) {
      const all: Area[] = (['municipality', 'arrondissement', 'province', 'region'] as const).flatMap((l) => [
        ...geo.areas(division, l),
      ]);
      for (const a of all) {
        const key = areaKey(a.level, a.nis);
        const stored = await reportFacts(ctx, division, [a], []);
        const computed = await release.loadAreaFacts(catalog.datasets, division, [a]);
        const s = plain(stored, key);
        expect(s, `${division} ${key}`).toEqual(plain(computed, key));
        areas++;
        tables += s.tables.length;
      }
      const similar = new SimilarSource();
      let groups = 0;
      // Every group of the latest year (each year's groups are stored the same way; reading them all
      // back from the database would double this test's time).
      for (const year of years.slice(-1))
        for (const subject of geo.areas(division, 'municipality')) {
          const group = await similar.group(geo, release, division, year, subject);
          if (!group) continue;
          const g = { key: 'group:x', year, subject: subject.nis, members: group.members.map((m) => m.nis) };
          const stored = await reportFacts(ctx, division, [], [g]);
          const computed = new AreaFacts(catalog.datasets);
          await release.loadGroupFacts(computed, division, g.key, g.members);
          // (The group's periods are those of the report's areas; loadGroupFacts adds none.)
          expect(plain(stored, g.key).tables, `${division} ${year} ${subject.nis}`).toEqual(
            plain(computed, g.key).tables,
          );
          groups++;
        }
      expect(groups).toBeGreaterThan(250);
    }
    expect(areas).toBeGreaterThan(600);
    expect(tables).toBeGreaterThan(areas * 5);
  }, 600_000);

  it('give the same report as the facts read from the release, with similar municipalities', async () => {
    const subject = geo.municipality('2025', '44021' as Area['nis']);
    if (!subject) throw new Error('Gent');
    const ctx = { geo, catalog, countries, release, similar: new SimilarSource(), now: () => new Date(0) };
    const year = Math.max(...release.years);
    const fromStore = await buildReport(ctx, { subject, division: '2025', year });
    expect(fromStore.similar?.members.length).toBeGreaterThan(0);
    // Without the stored files (a release built before): the same report, read from the database.
    rmSync(join(release.dir, 'derived', catalog.version, 'facts-2025.json'));
    rmSync(join(release.dir, 'derived', catalog.version, 'facts-2019-2024.json'));
    const reopened = await ReleaseReader.openDir(release.dir, release.id);
    try {
      expect(hasPrecomputedFacts(reopened, catalog.version)).toBe(false);
      const fromDb = await buildReport({ ...ctx, release: reopened }, { subject, division: '2025', year });
      expect(fromDb).toEqual(fromStore);
    } finally {
      reopened.close();
    }
  }, 300_000);
});
