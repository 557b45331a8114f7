/**
 * Prints a report page (server-rendered HTML, no scripts) to PDF on a warm browser: A4 portrait, running
 * header and footer, backgrounds, tagged and with an outline when the Chromium has them, after the fonts
 * are ready. Nothing is fetched: the HTML is set as content and every network request is aborted.
 */
import { formatDate } from '../domain/format.js';
import type { WarmBrowser } from './browser.js';
import { footerTemplate, headerTemplate } from './header-footer.js';
import { mm, PAGE_MARGIN_MM } from './page-format.js';
import { destinationPages } from './pdf-destinations.js';
import { pdfFeatures } from './pdf-features.js';

export interface PrintOptions {
  /** The municipality (or other area) of the report, for the running header. */
  readonly area: string;
  /** Id of the data release the figures come from, for the footer. */
  readonly release: string;
  /** Date for the footer as ISO `yyyy-mm-dd` (e.g. the day the report was made); shown as `15 januari 2026`. */
  readonly date: string;
  /** The document's name in the running header (default `Cijferrapport lokale diversiteit`). */
  readonly documentName?: string;
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
    headerTemplate: headerTemplate(options.area, options.documentName),
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

/**
 * Prints a document whose contents name the page of each chapter, in two passes: first with a
 * placeholder as wide as any page number (999), read where Chromium put each chapter (its named
 * destination: the contents link to it), then again with the real numbers. The numbers do not move the
 * chapters: only the placeholder's width changes, inside a line of the contents.
 */
export async function printWithPageNumbers(
  browser: WarmBrowser,
  render: (pages: ReadonlyMap<string, number>) => string,
  chapterIds: readonly string[],
  options: PrintOptions,
): Promise<{ pdf: Buffer; pages: ReadonlyMap<string, number> }> {
  const first = await printPdf(browser, render(new Map(chapterIds.map((id) => [id, 999]))), options);
  const found = destinationPages(first);
  const pages = new Map(
    chapterIds.flatMap((id) => {
      const page = found.get(id);
      return page === undefined ? [] : [[id, page] as const];
    }),
  );
  return { pdf: await printPdf(browser, render(pages), options), pages };
}
