/**
 * The kernrapport and the full report as PDF, on the real Statbel data with demonstration data (what the
 * default release serves), read back with pdfjs: pages, text, contents with the right page numbers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { WarmBrowser } from '../../src/pdf/browser.js';
import { reportCharts } from '../../src/publish/chart-source.js';
import { permalinkOf } from '../../src/publish/report-file.js';
import { reportPdf } from '../../src/publish/report-outputs.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/model.js';
import { fullSelection, kernSelection } from '../../src/report/variant.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';
import { CHROMIUM, describeWithChromium } from './chromium-guard.js';
import { inspectPdf, type PdfInfo } from './inspect-pdf.js';

const WEB_ONLY = ['Toon de cijfers', 'Meer hierover', 'Hoe gekozen?', 'Insluiten'];

describeWithChromium('kernrapport and full report as PDF', () => {
  const geo = loadGeography();
  const catalog = loadCatalog();
  const browser = new WarmBrowser({ executablePath: CHROMIUM });
  let tmp: ReturnType<typeof tempDir>;
  let store: ReleaseStore;
  const reports = new Map<string, Report>();
  const kern = new Map<string, PdfInfo>();
  let full: PdfInfo;
  let herstappe: Report;

  const pdfOf = async (r: Report, selection = kernSelection(r, catalog.report.kern)) =>
    inspectPdf(await reportPdf(browser, r, reportCharts(r, permalinkOf(r)), permalinkOf(r), selection));

  beforeAll(async () => {
    tmp = tempDir('oa-kern-pdf-');
    store = await importDemoRelease(tmp.dir, geo);
    const release = await store.active();
    for (const nis of ['44021', '73028']) {
      const subject = geo.municipality('2025', asNisCode(nis));
      if (!subject) throw new Error(nis);
      const r = await buildReport(
        { geo, catalog, countries: loadCountries(), release },
        { subject, division: '2025', year: 2021 },
      );
      reports.set(nis, r);
      kern.set(nis, await pdfOf(r));
    }
    herstappe = reports.get('73028') as Report;
    full = await pdfOf(herstappe, fullSelection(herstappe));
  }, 600_000);
  afterAll(async () => {
    await browser.close();
    await store?.close();
    tmp?.cleanup();
  });

  const all = (info: PdfInfo) => info.pages.map((p) => p.text).join(' ');

  it.each([
    ['44021', 'Gent'],
    ['73028', 'Herstappe'],
  ])('the kernrapport of %s (%s) has 4–8 A4 pages with the key figures and the comparison', (nis, name) => {
    const info = kern.get(nis) as PdfInfo;
    expect(info.pages.length).toBeGreaterThanOrEqual(4);
    expect(info.pages.length).toBeLessThanOrEqual(8);
    const text = all(info);
    for (const s of [name, 'Kerncijfers', 'vergelijkbare gemeenten', '1 januari 2021'])
      expect(text).toContain(s);
    expect(text).toContain('Kernrapport lokale diversiteit');
    expect(text).toContain('Wat betekent dit voor het beleid?');
    expect(text).toContain('Ken je realiteit');
    expect(text).toContain('Het volledige rapport');
    for (const label of WEB_ONLY) expect(text).not.toContain(label);
  });

  it('has a contents in the full report whose page numbers are the pages the chapters start on', () => {
    const toc = full.pages.findIndex((p) => p.text.includes('Inhoud'));
    expect(toc).toBeGreaterThanOrEqual(0);
    const tocText = full.pages[toc]?.text ?? '';
    herstappe.sections.forEach((s, i) => {
      const m = new RegExp(`${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} p\\. (\\d+)`).exec(tocText);
      expect(m, `contents line of ${s.title}`).not.toBeNull();
      const page = Number(m?.[1]);
      // The chapter heading "N. Title" opens that page (after the running header).
      const text = full.pages[page - 1]?.text ?? '';
      expect(text, `page ${page} of ${s.title}`).toContain(`${i + 1}. ${s.title}`);
    });
  });

  it('prints no web-only labels, no list of all municipalities and no near-empty page', () => {
    const text = all(full);
    for (const label of WEB_ONLY) expect(text).not.toContain(label);
    // A municipality far from Herstappe appears only in a list of all municipalities.
    expect(text).not.toContain('Wervik');
    full.pages.slice(1).forEach((p, i) => {
      expect(p.text.length, `page ${i + 2}: ${p.text.slice(0, 80)}`).toBeGreaterThan(350);
    });
  });

  it('marks DEMODATA across demo blocks only: a page of real Statbel figures has only the running header mark', () => {
    const count = (t: string) => t.match(/DEMODATA/g)?.length ?? 0;
    const population = full.pages.find((p) => p.text.includes('2. Bevolking en leeftijd'));
    expect(population).toBeDefined();
    expect(count(population?.text ?? '')).toBe(1);
    const migration = full.pages.find((p) => p.text.includes('5. Migratie'));
    expect(count(migration?.text ?? '')).toBeGreaterThanOrEqual(3);
  });
});
