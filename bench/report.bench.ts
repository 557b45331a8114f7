/**
 * Report rendering for one municipality (model + HTML) vs the bare data fetch it needs
 * (the area cubes read from the release), both measured here, now.
 */
import { asNisCode } from '../src/domain/brand.js';
import { loadCountries } from '../src/geo/countries/index.js';
import { loadCatalog } from '../src/indicators/catalog-load.js';
import { reportCharts } from '../src/publish/chart-source.js';
import { permalinkOf } from '../src/publish/report-file.js';
import { reportHtml } from '../src/publish/report-outputs.js';
import { buildReport } from '../src/report/build-report.js';
import { comparisonAreas } from '../src/report/comparison-areas.js';
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
    const render = await timeMany(iterations, async () => {
      const report = await buildReport({ geo, catalog, countries: loadCountries(), release }, request);
      const html = reportHtml(report, 'web', reportCharts(report, permalinkOf(report)), permalinkOf(report));
      bytes = Buffer.byteLength(html);
    });
    const areas = comparisonAreas(geo, '2025', subject);
    const fetch = await timeMany(iterations, () => release.areaFigures('2025', 2021, areas));
    return [
      row(
        'report Gent → HTML, median',
        `${render.toFixed(1)} ms`,
        `${fetch.toFixed(1)} ms`,
        render / fetch,
        'goal < 50 ms',
      ),
      `  (baseline: reading the same area figures from the release; page weight ${(bytes / 1024).toFixed(0)} KB, no scripts)`,
    ];
  } finally {
    await store.close();
    tmp.cleanup();
  }
}
