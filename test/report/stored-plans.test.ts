/**
 * What a release stores so that a restarted server computes nothing first: a plan restored from the
 * stored file answers every output exactly as the plan that was solved (same area ids, same state for
 * every count any indicator publishes, same hidden cells), and a stored all-area table of the maps
 * equals the table computed from the release.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIVISIONS } from '../../src/domain/division.js';
import { periodStartDate } from '../../src/domain/period.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildDisclosurePlan, type SolvedPlan } from '../../src/report/disclosure/plan.js';
import { planFromIndex } from '../../src/report/disclosure/plan-index.js';
import { planKey, storedPlanEntries, writeStoredPlans } from '../../src/report/disclosure/plan-store.js';
import { planPeriodsOf } from '../../src/report/disclosure/plans.js';
import { planCategories } from '../../src/report/disclosure/published-keys.js';
import { buildIndicatorTable } from '../../src/report/indicator-table.js';
import {
  hasPrecomputedTables,
  precomputedTable,
  precomputedTableKeys,
  precomputeTables,
} from '../../src/report/precomputed-tables.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;
const solved = new Map<string, SolvedPlan>();
// A map's dataset, a yearly dataset with a country list, a quarterly one (quarters and their year), a small one.
const DATASETS = ['herkomst', 'nationaliteit', 'inburgering', 'kansarmoede'];

beforeAll(async () => {
  tmp = tempDir('oa-stored-plans-');
  store = await importDemoRelease(tmp.dir, geo);
  release = await store.active();
  for (const id of DATASETS) {
    const dataset = catalog.datasets.get(id);
    if (!dataset) throw new Error(id);
    for (const period of planPeriodsOf(dataset, release.manifest.datasets[id] ?? []))
      solved.set(
        planKey(id, period),
        await buildDisclosurePlan({ geo, catalog, countries, release }, dataset, period),
      );
  }
  writeStoredPlans(release, catalog.version, solved);
}, 600_000);
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

describe('a plan restored from the stored file', () => {
  it('is stored for every plan solved, with its index', () => {
    const entries = storedPlanEntries(release, catalog.version);
    expect([...(entries?.keys() ?? [])].sort()).toEqual([...solved.keys()].sort());
    expect(solved.size).toBeGreaterThan(DATASETS.length);
    for (const [k, plan] of solved) {
      expect(entries?.get(k)?.index).toEqual(plan.index);
      expect([...(entries?.get(k)?.suppressed ?? [])].sort()).toEqual([...plan.suppressed].sort());
    }
  });

  it('answers every published count of every area exactly as the solved plan', () => {
    const entries = storedPlanEntries(release, catalog.version);
    let compared = 0;
    let hidden = 0;
    for (const [k, plan] of solved) {
      const entry = entries?.get(k);
      if (!entry?.index) throw new Error(`no index for ${k}`);
      const restored = planFromIndex(plan.dataset, entry.index, entry.suppressed, entry.infeasible);
      expect(restored.periods).toEqual(plan.periods);
      expect(restored.threshold).toBe(plan.threshold);
      expect(restored.keys.present).toEqual(plan.keys.present);
      const specs = catalog.indicators.filter((s) => s.numerator.dataset === plan.dataset.id);
      const setsOf = plan.periods.map((period) =>
        specs.flatMap((spec) =>
          [undefined, ...planCategories(catalog, countries, periodStartDate(period), spec, plan.keys)]
            .map((cat) => plan.keys.codeSets(spec.numerator.filter, cat?.filter))
            .filter((sets) => sets !== undefined),
        ),
      );
      for (const division of DIVISIONS) {
        for (const level of ['municipality', 'arrondissement', 'province', 'region'] as const) {
          for (const area of geo.areas(division, level)) {
            const id = plan.areaId(division, level, area.nis);
            expect(restored.areaId(division, level, area.nis)).toBe(id);
            if (!id) continue;
            plan.periods.forEach((period, i) => {
              for (const sets of setsOf[i] ?? []) {
                const state = plan.state(period, id, sets);
                if (restored.state(period, id, sets) !== state) expect([period, id, sets]).toBe(state);
                compared++;
                if (state === 'primary' || state === 'secondary') hidden++;
              }
            });
          }
        }
      }
      // Counts outside the plan stay unknown.
      const someId = plan.index.areas[0] as string;
      const outside = plan.keys.present.map(() => ['\u0000none']);
      expect(restored.state(plan.periods[0] as string, someId, outside)).toBe(
        plan.state(plan.periods[0] as string, someId, outside),
      );
      expect(restored.state('1900-01-01', someId, outside)).toBe('unknown');
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(hidden).toBeGreaterThan(100);
  });
});

describe('a stored all-area table', () => {
  it('equals the table computed from the release, for every map of both divisions', async () => {
    const ctx = { geo, catalog, countries, release };
    // The maps whose plans are solved above (the Statbel population needs none).
    const keys = precomputedTableKeys(ctx, release.years).filter((k) =>
      ['bevolking', ...DATASETS].includes(catalog.indicator(k.spec)?.numerator.dataset ?? ''),
    );
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect(hasPrecomputedTables(release, catalog.version)).toBe(false);
    expect(await precomputeTables(ctx, keys, { info() {}, warn() {} })).toBe(keys.length);
    expect(hasPrecomputedTables(release, catalog.version)).toBe(true);
    let demo = 0;
    for (const k of keys) {
      const spec = catalog.indicator(k.spec);
      if (!spec) throw new Error(k.spec);
      const stored = precomputedTable(ctx, k.spec, k.division, k.year);
      const computed = await buildIndicatorTable(ctx, spec, k.division, k.year);
      expect(stored, `${k.spec} ${k.division} ${k.year}`).toEqual(computed);
      expect(computed.rows.length).toBeGreaterThan(300);
      if (computed.demo && computed.period) demo++;
    }
    // The demo's origin map (a dataset with a plan) is among them, on both divisions.
    expect(demo).toBeGreaterThanOrEqual(2);
    expect(precomputedTable(ctx, 'no-such-indicator', '2025', 2021)).toBeUndefined();
  });
});
