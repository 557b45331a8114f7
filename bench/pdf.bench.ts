/**
 * The PDFs of issue 8 §5 on the embedded default release (real Statbel data plus the embedded demo
 * data, plans solved — what `npm start` serves), with a warm browser, each next to a same-run baseline:
 * - the kernrapport (goal < 1,5 s), median over five municipalities, from the finished report (as the
 *   web server has it cached) to the PDF bytes;
 * - the full report with page numbers in its contents (two prints; goal < 4 s), median over Gent and
 *   Herstappe;
 * baseline: the same Chromium printing the same print HTML as a static file with plain `page.pdf`
 * (`child-pdf.ts page`: no header and footer, no tagging, one pass).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asNisCode } from '../src/domain/brand.js';
import { WarmBrowser } from '../src/pdf/browser.js';
import { reportCharts } from '../src/publish/chart-source.js';
import { permalinkOf } from '../src/publish/report-file.js';
import { reportHtml, reportPdf } from '../src/publish/report-outputs.js';
import { ReportService } from '../src/publish/report-service.js';
import type { Report } from '../src/report/model.js';
import { fullSelection, kernSelection, type ReportSelection } from '../src/report/variant.js';
import { defaultRelease } from './default-release.js';
import { median, row, runChild } from './measure.js';

function pages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
  ).length;
}

export async function benchPdf(): Promise<string[]> {
  const fixture = await defaultRelease('oa-bench-pdf');
  const { base, geo, store, out } = fixture;
  const browser = new WarmBrowser();
  try {
    const release = await store.active();
    const service = new ReportService(base, 16);
    const report = async (nis: string): Promise<Report> => {
      const subject = geo.municipality('2025', asNisCode(nis));
      if (!subject) throw new Error(nis);
      return service.report(release, { subject, division: '2025', year: 2021 });
    };
    const print = async (r: Report, selection: ReportSelection) => {
      const t = performance.now();
      const pdf = await reportPdf(browser, r, reportCharts(r, permalinkOf(r)), permalinkOf(r), selection);
      return { ms: performance.now() - t, pages: pages(pdf) };
    };
    const kernOf = (r: Report) => kernSelection(r, base.catalog.report.kern);
    await browser.warmUp();
    const gent = await report('44021');
    await print(gent, kernOf(gent)); // warm: the first page of a fresh browser context
    const kern: { ms: number; pages: number }[] = [];
    for (const nis of ['44021', '11002', '73028', '46030', '24062']) {
      const r = await report(nis);
      kern.push(await print(r, kernOf(r)));
    }
    const full: { ms: number; pages: number }[] = [];
    for (const nis of ['44021', '73028']) {
      const r = await report(nis);
      full.push(await print(r, fullSelection(r)));
    }
    const kernFile = join(out, 'gent-kern.html');
    writeFileSync(
      kernFile,
      reportHtml(gent, 'print', reportCharts(gent, permalinkOf(gent)), permalinkOf(gent), kernOf(gent)),
    );
    const fullFile = join(out, 'gent-full.html');
    writeFileSync(
      fullFile,
      reportHtml(
        gent,
        'print',
        reportCharts(gent, permalinkOf(gent)),
        permalinkOf(gent),
        fullSelection(gent),
      ),
    );
    const kernBase = runChild('child-pdf.ts', 'page', kernFile, '5') as unknown as { ms: number };
    const fullBase = runChild('child-pdf.ts', 'page', fullFile, '2') as unknown as { ms: number };
    const k = median(kern.map((x) => x.ms));
    const f = median(full.map((x) => x.ms));
    return [
      row(
        'kernrapport PDF, warm browser, median',
        `${k.toFixed(0)} ms`,
        `${kernBase.ms.toFixed(0)} ms`,
        k / kernBase.ms,
        'goal < 1.500 ms',
      ),
      `  (5 municipalities, ${kern.map((x) => x.pages).join('/')} pages; baseline: plain page.pdf of Gent's kernrapport HTML as a static file)`,
      row(
        'full report PDF with page numbers, median',
        `${f.toFixed(0)} ms`,
        `${fullBase.ms.toFixed(0)} ms`,
        f / fullBase.ms,
        'goal < 4.000 ms',
      ),
      `  (Gent ${full[0]?.pages} pages, Herstappe ${full[1]?.pages} pages, two prints each; baseline: one plain page.pdf of Gent's full print HTML)`,
    ];
  } finally {
    await browser.close();
    await fixture.close();
  }
}
