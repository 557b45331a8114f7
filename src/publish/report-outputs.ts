/**
 * Every output of one report from the same model: the web page, the print document and its PDF,
 * one block as an embeddable page or an SVG image, Excel, tidy CSV and JSON.
 */

import type { WarmBrowser } from '../pdf/browser.js';
import { printPdf, printWithPageNumbers } from '../pdf/print-report.js';
import { withoutNonces } from '../render/html/csp-nonce.js';
import { renderDocument } from '../render/html/document.js';
import { FULL_NAME, KERN_NAME } from '../render/html/report/chapter-nav.js';
import { EmbedPage } from '../render/html/report/embed-page.js';
import { ReportPage } from '../render/html/report/report-page.js';
import type { ChartSource, RenderMode, ReportView } from '../render/html/report/view.js';
import type { Block, Report } from '../report/model.js';
import { fullSelection, type ReportSelection } from '../report/variant.js';

export function reportHtml(
  report: Report,
  mode: RenderMode,
  charts: ChartSource,
  permalink: string,
  selection: ReportSelection = fullSelection(report),
  pages?: ReadonlyMap<string, number>,
  /** What only the web page has: the comparison field's suggestions, links to former municipalities. */
  web: Pick<ReportView, 'municipalities' | 'formerMunicipalities'> = {},
): string {
  const view = {
    mode,
    charts,
    permalink,
    ...(pages ? { pages } : {}),
    ...web,
  };
  const html = renderDocument(ReportPage({ report, view, selection }));
  // Print and files have no CSP; the web layer fills the nonce slots of the web page per response.
  return mode === 'print' ? withoutNonces(html) : html;
}

export function findBlock(report: Report, id: string): Block | undefined {
  for (const s of report.sections) for (const b of s.blocks) if (b.id === id) return b;
  return undefined;
}

export function embedHtml(report: Report, block: Block, charts: ChartSource, permalink: string): string {
  return renderDocument(EmbedPage({ report, block, view: { mode: 'embed', charts, permalink } }));
}

export async function reportPdf(
  browser: WarmBrowser,
  report: Report,
  charts: ChartSource,
  permalink: string,
  selection: ReportSelection = fullSelection(report),
): Promise<Buffer> {
  const options = {
    area: report.demo ? `${report.subject.label} · DEMODATA (geen echte cijfers)` : report.subject.label,
    release: report.release.id,
    date: report.generatedAt.slice(0, 10),
    documentName: selection.variant === 'kern' ? KERN_NAME : FULL_NAME,
  };
  if (selection.variant === 'kern')
    return printPdf(browser, reportHtml(report, 'print', charts, permalink, selection), options);
  const html = reportHtml(report, 'print', charts, permalink, selection, new Map());
  const ids = selection.sections.map((s) => s.id);
  return (await printWithPageNumbers(browser, html, ids, options)).pdf;
}
