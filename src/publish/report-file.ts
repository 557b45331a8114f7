/** One report as a file in one format: what the CLI writes, for one municipality or for all of them. */
import { renderReportCsv, renderReportXlsx, reportFileName } from '../export/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { WarmBrowser } from '../pdf/browser.js';
import { reportQuery } from '../render/html/report/controls.js';
import type { Report } from '../report/model.js';
import { fullSelection, kernSelection, type ReportVariant } from '../report/variant.js';
import { reportCharts } from './chart-source.js';
import { reportHtml, reportPdf } from './report-outputs.js';

export const REPORT_FORMATS = ['html', 'pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FileContext {
  readonly catalog: Catalog;
  /** For html and pdf: the kernrapport (default) or the full report. */
  readonly variant?: ReportVariant;
  /** Needed for PDF only. */
  readonly browser?: () => WarmBrowser;
}

export function permalinkOf(report: Report): string {
  return `/gemeente/${report.subject.nis}?${reportQuery(report)}`;
}

/** The bytes of a report in a format; HTML is the print document (self-contained, charts inline). */
export async function reportFile(
  ctx: FileContext,
  report: Report,
  format: ReportFormat,
): Promise<{ name: string; data: Buffer | string }> {
  const kern = (ctx.variant ?? 'kern') === 'kern' && (format === 'html' || format === 'pdf');
  const name = reportFileName(report, format, kern ? 'kernrapport' : 'cijferrapport');
  const permalink = permalinkOf(report);
  const selection = () => (kern ? kernSelection(report, ctx.catalog.report.kern) : fullSelection(report));
  switch (format) {
    case 'json':
      return { name, data: `${JSON.stringify(report, null, 2)}\n` };
    case 'csv':
      return { name, data: renderReportCsv(report) };
    case 'xlsx':
      return { name, data: await renderReportXlsx(report, { catalog: ctx.catalog }) };
    case 'html':
      return {
        name,
        data: reportHtml(report, 'print', reportCharts(report, permalink), permalink, selection()),
      };
    case 'pdf': {
      if (!ctx.browser) throw new Error('PDF needs a browser');
      return {
        name,
        data: await reportPdf(ctx.browser(), report, reportCharts(report, permalink), permalink, selection()),
      };
    }
  }
}
