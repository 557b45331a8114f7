/** The report-like fixture printed to PDF and read back with pdfjs: pages, text, fonts, vector chart. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WarmBrowser } from '../../src/pdf/browser.js';
import { A4_PT } from '../../src/pdf/page-format.js';
import { printPdf } from '../../src/pdf/print-report.js';
import { FIXTURE, longTableRow, reportFixtureHtml } from '../fixtures/pdf/report-fixture.js';
import { CHROMIUM, describeWithChromium } from './chromium-guard.js';
import { fontDescriptors, hasImageXObject, inspectPdf, type PdfInfo } from './inspect-pdf.js';

const ROWS = 90;

describeWithChromium('report PDF', () => {
  const browser = new WarmBrowser({ executablePath: CHROMIUM });
  let pdf: Buffer;
  let info: PdfInfo;

  /** 0-based index of the only page whose text contains `text`. */
  function pageOf(text: string | RegExp): number {
    const hits = info.pages.flatMap((p, i) =>
      (typeof text === 'string' ? p.text.includes(text) : text.test(p.text)) ? [i] : [],
    );
    expect(hits, `pages with ${String(text)}`).toHaveLength(1);
    return hits[0] as number;
  }

  beforeAll(async () => {
    pdf = await printPdf(browser, reportFixtureHtml({ rows: ROWS }), FIXTURE);
    info = await inspectPdf(pdf);
  });
  afterAll(() => browser.close());

  it('is a PDF that pdfjs opens, every page A4 portrait (595 × 842 pt)', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const page of info.pages) {
      expect(Math.abs(page.width - A4_PT.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(page.height - A4_PT.height)).toBeLessThanOrEqual(1);
    }
  });

  it('has a sane number of pages: cover, contents, chapter 1, and chapter 2 over 2–4 pages', () => {
    expect(info.pages.length).toBeGreaterThanOrEqual(5);
    expect(info.pages.length).toBeLessThanOrEqual(7);
  });

  it('runs the header and "pagina X van N" footer on every page', () => {
    const n = info.pages.length;
    info.pages.forEach((page, i) => {
      expect(page.text).toContain(`${FIXTURE.area} Cijferrapport lokale diversiteit`);
      expect(page.text).toContain('Datarelease 2026-01-15 · 15 januari 2026');
      expect(page.text).toContain(`pagina ${i + 1} van ${n}`);
    });
  });

  it('puts the cover alone on page 1 and the contents alone on page 2', () => {
    const [cover, toc] = info.pages;
    expect(cover?.text).toContain(`Cijferrapport lokale diversiteit ${FIXTURE.area} Cijfers voor 2021`);
    expect(cover?.text).toContain('gemaakt op 15 januari 2026');
    expect(cover?.text).not.toContain('Inhoud');
    expect(toc?.text).toContain(`Inhoud 1. ${FIXTURE.chapters[0]} 2. ${FIXTURE.chapters[1]}`);
    expect(toc?.text).not.toContain('Inleiding');
  });

  it('starts each chapter on a new page, with its heading', () => {
    const one = pageOf('Inleiding bij hoofdstuk één');
    const two = pageOf('Inleiding bij hoofdstuk twee');
    expect(one).toBe(2);
    expect(two).toBeGreaterThan(one);
    expect(info.pages[one]?.text.startsWith(FIXTURE.chapters[0])).toBe(true);
    expect(info.pages[two]?.text.startsWith(FIXTURE.chapters[1])).toBe(true);
    expect(pageOf('Slotzin van hoofdstuk één')).toBeLessThan(two);
  });

  it('writes numbers and dates the nl-BE way', () => {
    const text = info.pages[2]?.text ?? '';
    expect(text).toContain('Inwoners 529.417 100,0 % 1.887.000 100,0 % 6.653.062 100,0 %');
    expect(text).toContain('Niet-Belgen 114.880 21,7 %');
    expect(text).toContain('toestand op 1 januari 2021');
  });

  it('prints the evolution table that sits in a closed <details>', () => {
    expect(info.pages[2]?.text).toContain('Evolutie (2019 – 2021)');
    expect(info.pages[2]?.text).toContain('1 januari 2019 523.248');
  });

  it('leaves out navigation, forms and buttons', () => {
    const all = info.pages.map((p) => p.text).join(' ');
    for (const screenOnly of ['Naar de inhoud', 'Gemeenten', 'Indicatoren', 'Zoek', 'Toon', 'Jaar']) {
      expect(all).not.toMatch(new RegExp(`\\b${screenOnly}\\b`));
    }
  });

  it('prints external link targets after the link, internal ones not', () => {
    const all = info.pages.map((p) => p.text).join(' ');
    expect(all).toContain(`Statbel (${FIXTURE.externalUrl})`);
    expect(all).not.toContain('/indicator/inwoners');
    expect(all).not.toContain('#herkomst');
    expect(all).toContain('Over deze indicator');
  });

  it('splits the long table only between rows, repeating its header row on every page', () => {
    const rowPages = Array.from({ length: ROWS }, (_, k) => {
      const row = longTableRow(k + 1);
      const page = pageOf(new RegExp(`${row.label} ${row.count.replace('.', '\\.')} `));
      return page;
    });
    const pages = [...new Set(rowPages)];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) {
      const text = info.pages[p]?.text ?? '';
      expect(text).toContain(`${FIXTURE.longTableHeader} aantal %`);
      // the header row comes before the first row on that page
      const first = longTableRow(rowPages.indexOf(p) + 1).label;
      expect(text.indexOf(FIXTURE.longTableHeader)).toBeLessThan(text.indexOf(first));
    }
    expect(rowPages).toEqual([...rowPages].sort((a, b) => a - b));
    expect(pageOf(FIXTURE.longTableCaption)).toBe(rowPages[0]);
    expect(pageOf('Inleiding bij hoofdstuk twee')).toBe(rowPages[0]);
  });

  it('draws the inline SVG chart as vector paths with real text, no image', () => {
    const page = info.pages[pageOf('Figuur 1.')];
    for (const label of FIXTURE.chartLabels) expect(page?.text).toContain(label);
    expect(page?.ops.get('constructPath') ?? 0).toBeGreaterThan(FIXTURE.chartLabels.length);
    for (const op of ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject']) {
      expect(page?.ops.has(op), op).toBe(false);
    }
    expect(hasImageXObject(pdf)).toBe(false);
  });

  it('embeds every font it uses (Liberation Sans from Debian), as subsets, none as Type 3 outlines', () => {
    expect(info.fonts.size).toBeGreaterThan(0);
    for (const font of info.fonts.values()) {
      expect(font.missingFile, font.name).toBe(false);
      expect(font.isType3Font, font.name).toBe(false);
      expect(font.name).toMatch(/^[A-Z]{6}\+(LiberationSans|DejaVuSans)/);
    }
    expect([...info.fonts.values()].some((f) => /\+LiberationSans$/.test(f.name))).toBe(true);
    const raw = fontDescriptors(pdf);
    expect(raw.count).toBeGreaterThan(0);
    expect(raw.embedded).toBe(raw.count);
    expect(raw.type3).toBe(0);
  });

  it('is tagged (accessible), in Dutch, titled, with bookmarks from the headings', () => {
    expect(info.marked).toBe(true);
    expect(info.language).toBe('nl-BE');
    expect(info.title).toBe(FIXTURE.title);
    expect(info.outline).toEqual(expect.arrayContaining([FIXTURE.area, ...FIXTURE.chapters]));
  });

  it('a longer table gives more pages, a shorter one fewer', async () => {
    const short = await inspectPdf(await printPdf(browser, reportFixtureHtml({ rows: 10 }), FIXTURE));
    const long = await inspectPdf(await printPdf(browser, reportFixtureHtml({ rows: 300 }), FIXTURE));
    expect(short.pages.length).toBe(4);
    expect(long.pages.length).toBeGreaterThan(info.pages.length + 4);
    expect(browser.stats().launches).toBe(1);
  });
});
