/**
 * Dashboard queries (issue 10: any dashboard query < 100 ms p95 on a release with 10 demo years): the
 * query with its plans and the in-memory cube loaded (as a running server has them), next to DuckDB
 * running the bare aggregate of the same sums (same areas, periods and code sets) on the same release.
 * `BENCH_DASHBOARD_RELEASE=<data dir>` measures an existing data directory instead of building one.
 */
import { join } from 'node:path';
import { FACTS } from '../src/dashboard/facts.js';
import { filtersOf, runDashboardQuery } from '../src/dashboard/query.js';
import { parseSelection } from '../src/dashboard/selection.js';
import { type AggregateRequest, aggregateSql } from '../src/dashboard/sql.js';
import { generateDemoData } from '../src/demo/index.js';
import type { AreaLevel, Division } from '../src/domain/division.js';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadGeography } from '../src/geo/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import type { Dataset } from '../src/indicators/dataset.js';
import { BUNDLED_STATBEL_FILES, DEMO_DEFAULTS } from '../src/release/bundled.js';
import { importFiles } from '../src/release/import.js';
import type { ReleaseReader } from '../src/release/release-reader.js';
import { ReleaseStore } from '../src/release/release-store.js';
import { releaseHook } from '../src/report/release-derived.js';
import { tempDir } from '../test/support/real-release.js';
import { row } from './measure.js';

const SELECTIONS: Record<string, string>[] = [
  {},
  { gebied: 'provincie-10000', periode: 'kwartaal', doelgroep: 'verplicht' },
  { gebied: 'gemeente-44021', maat: 'trechter' },
  { feit: 'nieuwkomers', statuut: 'arbeid', maat: 'aandeel', weergave: 'rangschikking' },
  { gebied: 'provincie-40000', periode: 'kwartaal', weergave: 'kaart', maat: 'per10000' },
];

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] as number;

/** The bare aggregates of a selection: per dataset one DuckDB scan of the same sums the query needs. */
function bareRequests(
  release: ReleaseReader,
  datasets: ReadonlyMap<string, Dataset>,
  q: Record<string, string>,
  division: Division,
  areas: { level: AreaLevel; nis: string }[],
  periods: string[],
  quarters: boolean,
): AggregateRequest[] {
  const facts =
    q.maat === 'trechter'
      ? (['nieuwkomers', 'aangemeld', 'traject', 'attest'] as const)
      : [q.feit ?? 'aangemeld'];
  const byDataset = new Map<string, AggregateRequest>();
  for (const f of facts) {
    const def = FACTS[f as keyof typeof FACTS];
    const dataset = datasets.get(def.dataset) as Dataset;
    const filter: Record<string, string> = { ...(def.filter as Record<string, string> | undefined) };
    for (const [k, v] of Object.entries(q)) if (dataset.dimensions.some((d) => d.name === k)) filter[k] = v;
    const sets = [def.filter as Record<string, string> | undefined, filter].map((fl) =>
      dataset.dimensions.map((d) => (fl?.[d.name] ? [fl[d.name] as string] : undefined)),
    );
    const stored = release.manifest.datasets[dataset.id] ?? [];
    const own = quarters ? stored : [...new Set(stored.map((p) => p.slice(0, 4)))];
    const prev = byDataset.get(dataset.id);
    byDataset.set(dataset.id, {
      division,
      dataset: dataset.id,
      sets: [...(prev?.sets ?? []), ...sets],
      areas,
      periods: own.filter((p) => periods.includes(p)),
      byYear: !quarters,
    });
  }
  return [...byDataset.values()];
}

export async function benchDashboard(iterations = 40): Promise<string[]> {
  const geo = loadGeography();
  const catalog = loadCatalog();
  const countries = loadCountries();
  const given = process.env.BENCH_DASHBOARD_RELEASE;
  const tmp = given ? null : tempDir('oa-bench-dashboard-');
  try {
    let dataDir = given ?? '';
    if (tmp) {
      dataDir = join(tmp.dir, 'var');
      const demo = await generateDemoData(join(tmp.dir, 'demo'), {
        ...DEMO_DEFAULTS,
        quarterFromYear: DEMO_DEFAULTS.fromYear,
      });
      const quiet = { info() {}, warn() {} };
      await importFiles({
        dataDir,
        files: [...BUNDLED_STATBEL_FILES, ...demo.map((f) => f.path)],
        geo,
        logger: quiet,
        beforeActivate: releaseHook({ geo, catalog, countries }, quiet),
      });
    }
    const store = new ReleaseStore(dataDir);
    const release = await store.active();
    const ctx = { geo, catalog, countries, release };
    const params = filtersOf(catalog, countries).map((f) => f.param);
    const years = new Set((release.manifest.datasets.inburgering ?? []).map((p) => p.slice(0, 4)));
    const lines = [
      `dashboard: release with ${years.size} demo years of inburgering (${[...years].sort().join(', ')})`,
    ];
    for (const q of SELECTIONS) {
      const s = parseSelection(q, params);
      const warm = await runDashboardQuery(ctx, s); // plans and cubes loaded, as on a running server
      const times: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const t = performance.now();
        await runDashboardQuery(ctx, s);
        times.push(performance.now() - t);
      }
      const areas = [warm.subject, ...warm.ranking.map((c) => c.area)].map((a) => ({
        level: a.level,
        nis: a.nis,
      }));
      const requests = bareRequests(
        release,
        catalog.datasets,
        q,
        s.division,
        areas,
        [...warm.periods],
        s.periodKind === 'kwartaal',
      );
      const bare: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const t = performance.now();
        for (const r of requests) await release.query(aggregateSql(r));
        bare.push(performance.now() - t);
      }
      const label = `  query ${new URLSearchParams(q).toString() || '(default)'}`.slice(0, 44);
      lines.push(
        row(
          label,
          `${p95(times).toFixed(1)} ms`,
          `${p95(bare).toFixed(1)} ms`,
          p95(times) / p95(bare),
          '(p95; goal < 100 ms; baseline: DuckDB bare aggregate)',
        ),
      );
    }
    await store.close();
    return lines;
  } finally {
    tmp?.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of await benchDashboard()) console.log(l);
