/**
 * Report rendering for one municipality (model + HTML) vs the bare data fetch it needs
 * (the area cubes read from the release), both measured here, now; and the same report with its
 * facts read from the database vs from the facts stored with the release (precomputed-facts.ts).
 */
import { asNisCode } from '../src/domain/brand.js';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { reportCharts } from '../src/publish/chart-source.js';
import { permalinkOf } from '../src/publish/report-file.js';
import { reportHtml } from '../src/publish/report-outputs.js';
import { availableYears, buildReport } from '../src/report/build-report.js';
import { comparisonAreas } from '../src/report/comparison-areas.js';
import { precomputeFacts } from '../src/report/precomputed-facts.js';
import { SimilarSource } from '../src/report/similar-source.js';
import { importRealRelease, tempDir } from '../test/support/real-release.js';
import { median, row } from './measure.js';

async function timeMany(n: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function benchReport(iterations: number): Promise<string[]> {
  const tmp = tempDir('oa-bench-report-');
  const { geo, store } = await importRealRelease(tmp.dir);
  try {
    const release = await store.active();
    const catalog = loadCatalog();
    const subject = geo.municipality('2025', asNisCode('44021'));
    if (!subject) throw new Error('Gent missing');
    const request = { subject, division: '2025' as const, year: 2021 };
    let bytes = 0;
    const similar = new SimilarSource();
    const build = async () => {
      const report = await buildReport(
        { geo, catalog, countries: loadCountries(), release, similar },
        request,
      );
      const html = reportHtml(report, 'web', reportCharts(report, permalinkOf(report)), permalinkOf(report));
      bytes = Buffer.byteLength(html);
    };
    // First with the facts read from the database (a release without stored facts), then stored.
    const fromDb = await timeMany(iterations, build);
    const precomputeStarted = performance.now();
    await precomputeFacts({ geo, catalog, release }, availableYears(catalog, release), {
      info() {},
      warn() {},
    });
    const precompute = (performance.now() - precomputeStarted) / 1000;
    const render = await timeMany(iterations, build);
    const areas = comparisonAreas(geo, '2025', subject);
    const fetch = await timeMany(iterations, () => release.areaFigures('2025', 2021, areas));
    return [
      row(
        'report Gent → HTML, stored facts, median',
        `${render.toFixed(1)} ms`,
        `${fetch.toFixed(1)} ms`,
        render / fetch,
        'goal < 50 ms',
      ),
      row(
        'report Gent → HTML, stored vs read facts',
        `${render.toFixed(1)} ms`,
        `${fromDb.toFixed(1)} ms`,
        render / fromDb,
        'lower is better',
      ),
      `  (baselines: reading the same area figures from the release; the same report reading its facts from the database; with similar municipalities; page weight ${(bytes / 1024).toFixed(0)} KB, no scripts)`,
      `  (storing the facts of every area and similar group, once per release at import: ${precompute.toFixed(1)} s)`,
    ];
  } finally {
    await store.close();
    tmp.cleanup();
  }
}
