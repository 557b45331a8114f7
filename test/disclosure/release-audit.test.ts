import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disclosureHook } from '../../src/cli/disclosure-hook.js';
import { DIVISIONS } from '../../src/domain/division.js';
import { periodStartDate } from '../../src/domain/period.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { auditSuppression } from '../../src/indicators/disclosure/index.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildDisclosurePlan } from '../../src/report/disclosure/plan.js';
import { planKey, storedPlans } from '../../src/report/disclosure/plan-store.js';
import { planPeriodsOf } from '../../src/report/disclosure/plans.js';
import { planCategories } from '../../src/report/disclosure/published-keys.js';
import { buildIndicatorTable } from '../../src/report/indicator-table.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;

beforeAll(async () => {
  tmp = tempDir('oa-audit-');
  const silent = { info() {}, warn() {} };
  store = await importDemoRelease(tmp.dir, geo, disclosureHook({ geo, catalog, countries }, silent));
  release = await store.active();
}, 600_000);
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

const contractDatasets = () => [...catalog.datasets.values()].filter((d) => d.disclosureThreshold > 1);
/** No timing is asserted; this only bounds a hang (the largest dataset takes some 20 s to audit). */
const DATASET_LIMIT_MS = 300_000;

describe('small numbers in a release with demonstration data', () => {
  it('has a stored plan for every contract dataset and period', () => {
    const plans = storedPlans(release, catalog.version);
    expect(plans).toBeDefined();
    for (const d of contractDatasets()) {
      for (const p of planPeriodsOf(d, release.manifest.datasets[d.id] ?? []))
        expect(plans?.has(planKey(d.id, p)), `${d.id} ${p}`).toBe(true);
    }
  });

  it('covers all twelve contract datasets', () => {
    expect(contractDatasets().length).toBe(12);
  });

  for (const datasetId of contractDatasets().map((d) => d.id)) {
    it(
      `leaves nothing recoverable for ${datasetId}, and every output shows exactly what the plan publishes`,
      async () => {
        const dataset = catalog.datasets.get(datasetId);
        if (!dataset) throw new Error(datasetId);
        const stored = storedPlans(release, catalog.version);
        for (const period of planPeriodsOf(dataset, release.manifest.datasets[datasetId] ?? [])) {
          const plan = await buildDisclosurePlan(
            { geo, catalog, countries, release },
            dataset,
            period,
            stored?.get(planKey(datasetId, period)) ?? new Map(),
          );
          const problem = { ...plan.problem, threshold: plan.threshold };
          // The stored plan is the solver's: the fallback would hide every non-zero count, zeros never.
          const nonZero = problem.cells.filter((c) => c.value > 0).length;
          const hiddenZeros = problem.cells.filter((c) => c.value === 0 && plan.suppressed.has(c.id)).length;
          expect(plan.suppressed.size - hiddenZeros, `${datasetId} ${period}`).toBeLessThan(nonZero);
          const audit = auditSuppression(problem, plan.suppressed);
          expect(audit.recoverable, `${datasetId} ${period}`).toEqual([]);
          // The protection level of the plans (PROTECTION_WIDTH): nothing narrower.
          expect(audit.narrow.map((r) => r.id).slice(0, 5), `${datasetId} ${period}`).toEqual([]);
          expect(audit.unproven, `${datasetId} ${period}`).toEqual([]);
          expect([...plan.suppressed.values()].filter((k) => k === 'primary').length).toBeGreaterThan(0);
          for (const spec of catalog.indicators.filter((i) => i.numerator.dataset === datasetId)) {
            const categories = planCategories(catalog, countries, periodStartDate(period), spec, plan.keys);
            for (const division of DIVISIONS) {
              const table = await buildIndicatorTable(
                { geo, catalog, countries, release },
                spec,
                division,
                Number(period.slice(0, 4)),
              );
              if (table.period !== period) continue;
              for (const row of table.rows) {
                const areaId = plan.areaId(division, row.level, row.nis);
                if (!areaId || spec.unit === 'distinct') continue;
                // Rows derived from plan cells (the "other countries" of a top-N list) are not cells themselves.
                const cat =
                  row.categoryKey === 'total' ? undefined : categories.find((c) => c.key === row.categoryKey);
                if (row.categoryKey !== 'total' && !cat) continue;
                const sets = plan.keys.codeSets(spec.numerator.filter, cat?.filter);
                const state = sets ? plan.state(period, areaId, sets) : 'unknown';
                if (state === 'primary' || state === 'secondary')
                  expect(row.count.state, `${spec.id} ${row.nis} ${row.categoryKey}`).toBe('suppressed');
                // A balance (in minus out) is no count of persons; it is shown only when its parts are.
                const isCount = !spec.numerator.minus;
                // A count another dataset publishes exactly (Statbel's niet-Belgen) is shown as it is there.
                const published = sets ? plan.isPublished(period, areaId, sets) : false;
                if (
                  isCount &&
                  !published &&
                  row.count.state === 'value' &&
                  row.count.value > 0 &&
                  row.count.value < plan.threshold
                ) {
                  throw new Error(
                    `${spec.id} ${division} ${row.nis} ${row.categoryKey}: small count ${row.count.value} shown`,
                  );
                }
              }
            }
          }
        }
      },
      DATASET_LIMIT_MS,
    );
  }
});
