/**
 * The cijferrapport's outputs on the embedded default release (real Statbel data plus the embedded
 * demo data, plans solved — what `npm start` serves), each next to a same-run baseline:
 * - one report → HTML page, median (goal < 50 ms, issue 8 §5) vs handing out a static HTML file of the same size;
 * - HTML for all municipalities of the 2025 division (goal < 20 s) vs the same number of static files;
 * - PDF per municipality with a warm browser, end to end (report, charts, print; goal < 1,5 s) vs
 *   Chromium printing the same print HTML as a static file;
 * - the page weight without optional scripts (goal < 300 KB; chart images load lazily, counted apart).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asNisCode } from '../src/domain/brand.js';
import { WarmBrowser } from '../src/pdf/browser.js';
import { reportCharts } from '../src/publish/chart-source.js';
import { permalinkOf } from '../src/publish/report-file.js';
import { reportHtml, reportPdf } from '../src/publish/report-outputs.js';
import { ReportService } from '../src/publish/report-service.js';
import { defaultRelease } from './default-release.js';
import { median, row, runChild } from './measure.js';

export async function benchReportOutputs(iterations: number): Promise<string[]> {
  const fixture = await defaultRelease('oa-bench-outputs');
  const { base: base0, geo, store, out } = fixture;
  try {
    const release = await store.active();
    const base = base0;
    const gent = geo.municipality('2025', asNisCode('44021'));
    if (!gent) throw new Error('Gent missing');
    const ask = { subject: gent, division: '2025' as const, year: 2021 };
    const page = async (service: ReportService, a = ask) => {
      const report = await service.report(release, a);
      const link = permalinkOf(report);
      const charts = reportCharts(report, link);
      return { html: reportHtml(report, 'web', charts, link), report, charts };
    };
    // No report cache (capacity 0): every round builds the report. The similarity model and the all-area
    // tables of the maps are shared by all reports of a release, as in a running server: warmed once.
    const service = new ReportService(base, 0);
    const warm = performance.now();
    await page(service);
    const warmMs = performance.now() - warm;
    const times: number[] = [];
    let html = '';
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      html = (await page(service)).html;
      times.push(performance.now() - t);
    }
    const file = join(out, 'gent.html');
    writeFileSync(file, html);
    const staticTimes: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      Buffer.byteLength(readFileSync(file, 'utf8'));
      staticTimes.push(performance.now() - t);
    }
    const one = median(times);
    const baseOne = median(staticTimes);
    const { report, charts } = await page(service);
    const chartBytes = report.sections
      .flatMap((s) => s.blocks)
      .filter((b) => charts.has(b))
      .map((b) => Buffer.byteLength(charts.svg(b) ?? ''));

    const all = geo.areas('2025', 'municipality');
    const t0 = performance.now();
    for (const subject of all) {
      const r = await page(service, { subject, division: '2025', year: 2021 });
      writeFileSync(join(out, `${subject.nis}.html`), r.html);
    }
    const allMs = performance.now() - t0;
    const t1 = performance.now();
    for (const subject of all) writeFileSync(join(out, `copy-${subject.nis}.html`), readFileSync(file));
    const allBase = performance.now() - t1;

    const printFile = join(out, 'gent-print.html');
    writeFileSync(printFile, reportHtml(report, 'print', charts, permalinkOf(report)));
    const pdfBase = runChild('child-pdf.ts', 'page', printFile, '5') as unknown as { ms: number };
    // End to end, as the web server and the batch do it: build the report, render its charts, print.
    const browser = new WarmBrowser();
    const pdfTimes: number[] = [];
    let pdfBytes = 0;
    try {
      await browser.warmUp();
      for (const nis of ['44021', '11002', '73028', '46030', '24062']) {
        const subject = geo.municipality('2025', asNisCode(nis));
        if (!subject) continue;
        const t = performance.now();
        const r = await service.report(release, { subject, division: '2025', year: ask.year });
        const pdf = await reportPdf(browser, r, reportCharts(r, permalinkOf(r)), permalinkOf(r));
        pdfTimes.push(performance.now() - t);
        if (nis === '44021') pdfBytes = pdf.length;
      }
    } finally {
      await browser.close();
    }
    const pdf = { ms: median(pdfTimes), bytes: pdfBytes };
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    return [
      row(
        'report Gent → HTML page, median',
        `${one.toFixed(1)} ms`,
        `${baseOne.toFixed(2)} ms`,
        one / baseOne,
        'goal < 50 ms',
      ),
      `  (baseline: reading a static HTML file of the same size, ${kb(Buffer.byteLength(html))}; the first report of a release also loads the shared tables: ${warmMs.toFixed(0)} ms)`,
      row(
        `HTML for all ${all.length} municipalities`,
        `${(allMs / 1000).toFixed(1)} s`,
        `${(allBase / 1000).toFixed(2)} s`,
        allMs / allBase,
        'goal < 20 s',
      ),
      row(
        'PDF per municipality, warm, end to end',
        `${pdf.ms.toFixed(0)} ms`,
        `${pdfBase.ms.toFixed(0)} ms`,
        pdf.ms / pdfBase.ms,
        'goal < 1.500 ms',
      ),
      `  (median of 5 municipalities: report, charts and print; baseline: the same Chromium printing Gent's print HTML as a static file; Gent ${kb(pdf.bytes)})`,
      `page weight Gent without optional scripts: ${kb(Buffer.byteLength(html))} (goal < 300 KB); ` +
        `${chartBytes.length} chart images loaded lazily, ${kb(chartBytes.reduce((a, b) => a + b, 0))} in total, median ${kb(median(chartBytes))}`,
    ];
  } finally {
    await fixture.close();
  }
}
