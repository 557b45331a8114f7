/**
 * Prints a report page (server-rendered HTML, no scripts) to PDF on a warm browser: A4 portrait, running
 * header and footer, backgrounds, tagged and with an outline when the Chromium has them, after the fonts
 * are ready. Nothing is fetched: the HTML is set as content and every network request is aborted.
 */
import { formatDate } from '../domain/format.js';
import type { WarmBrowser } from './browser.js';
import { footerTemplate, headerTemplate } from './header-footer.js';
import { mm, PAGE_MARGIN_MM } from './page-format.js';
import { pdfFeatures } from './pdf-features.js';

export interface PrintOptions {
  /** The municipality (or other area) of the report, for the running header. */
  readonly area: string;
  /** Id of the data release the figures come from, for the footer. */
  readonly release: string;
  /** Date for the footer as ISO `yyyy-mm-dd` (e.g. the day the report was made); shown as `15 januari 2026`. */
  readonly date: string;
  /** Upper bound for loading and printing, in ms (default 30 000). */
  readonly timeoutMs?: number;
}

export function footerLine(options: Pick<PrintOptions, 'release' | 'date'>): string {
  return `Datarelease ${options.release} · ${formatDate(options.date)}`;
}

export async function printPdf(browser: WarmBrowser, html: string, options: PrintOptions): Promise<Buffer> {
  const timeout = options.timeoutMs ?? 30_000;
  const headerFooter = {
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options.area),
    footerTemplate: footerTemplate(footerLine(options)),
  };
  return browser.withPage(async (page, version) => {
    page.setDefaultTimeout(timeout);
    await page.setContent(html, { waitUntil: 'load', timeout });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const { tagged, outline } = pdfFeatures(version);
    const pdf = await page.pdf({
      format: 'A4',
      landscape: false,
      margin: {
        top: mm(PAGE_MARGIN_MM.top),
        right: mm(PAGE_MARGIN_MM.right),
        bottom: mm(PAGE_MARGIN_MM.bottom),
        left: mm(PAGE_MARGIN_MM.left),
      },
      preferCSSPageSize: true,
      printBackground: true,
      ...headerFooter,
      ...(tagged ? { tagged: true } : {}),
      ...(outline ? { outline: true } : {}),
    });
    return pdf;
  });
}
