/**
 * Prints a report page (server-rendered HTML, no scripts) to PDF on a warm browser: A4 portrait, running
 * header and footer, backgrounds, tagged and with an outline when the Chromium has them, after the fonts
 * are ready. Nothing is fetched: the HTML is set as content and every network request is aborted.
 */

import type { Page } from 'playwright-core';
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

type PdfOptions = Parameters<Page['pdf']>[0];

/**
 * The `page.pdf` options. A draft (the first pass of a two-pass print, read only for where things
 * landed) has the same page box but no header and footer, no tags and no outline: they cost time and
 * do not move anything.
 */
function pdfOptions(options: PrintOptions, version: string, draft = false): PdfOptions {
  const { tagged, outline } = pdfFeatures(version);
  return {
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
    ...(draft
      ? {}
      : {
          displayHeaderFooter: true,
          headerTemplate: headerTemplate(options.area, options.documentName),
          footerTemplate: footerTemplate(footerLine(options)),
          ...(tagged ? { tagged: true } : {}),
          ...(outline ? { outline: true } : {}),
        }),
  };
}

async function load(page: Page, html: string, timeout: number): Promise<void> {
  page.setDefaultTimeout(timeout);
  await page.setContent(html, { waitUntil: 'load', timeout });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export async function printPdf(browser: WarmBrowser, html: string, options: PrintOptions): Promise<Buffer> {
  const timeout = options.timeoutMs ?? 30_000;
  return browser.withPage(async (page, version) => {
    await load(page, html, timeout);
    return page.pdf(pdfOptions(options, version));
  });
}

/** The element holding the page number of a chapter in the contents: `<span data-chapter="id">`. */
export const PAGE_NUMBER_SELECTOR = '[data-chapter]';

/**
 * Prints a document whose contents name the page of each chapter, in two passes on one loaded page:
 * a draft with a placeholder as wide as any page number (`p. 999`), read for where Chromium put each
 * chapter (its named destination: the contents link to it); then the real numbers are written into the
 * contents (`[data-chapter]` elements, in place: no second load) and the document is printed. The
 * numbers do not move the chapters: only the placeholder's text changes, inside a line of the contents.
 */
export async function printWithPageNumbers(
  browser: WarmBrowser,
  html: string,
  chapterIds: readonly string[],
  options: PrintOptions,
): Promise<{ pdf: Buffer; pages: ReadonlyMap<string, number> }> {
  const timeout = options.timeoutMs ?? 30_000;
  return browser.withPage(async (page, version) => {
    await load(page, html, timeout);
    await setPageNumbers(page, new Map(chapterIds.map((id) => [id, 999])));
    const found = destinationPages(await page.pdf(pdfOptions(options, version, true)));
    const pages = new Map(
      chapterIds.flatMap((id) => {
        const n = found.get(id);
        return n === undefined ? [] : [[id, n] as const];
      }),
    );
    await setPageNumbers(page, pages);
    return { pdf: await page.pdf(pdfOptions(options, version)), pages };
  });
}

function setPageNumbers(page: Page, pages: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...pages];
  return page.evaluate(
    ({ selector, entries }) => {
      const byId = new Map(entries);
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const n = byId.get(el.dataset.chapter ?? '');
        el.textContent = n === undefined ? '' : `p. ${n}`;
      }
    },
    { selector: PAGE_NUMBER_SELECTOR, entries },
  );
}
