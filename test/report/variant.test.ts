/** The kernrapport and the choice of chapters, taken from a real report (Statbel 2021, Gent). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import type { Catalog } from '../../src/indicators/catalog.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { reportCharts } from '../../src/publish/chart-source.js';
import { permalinkOf } from '../../src/publish/report-file.js';
import { reportHtml } from '../../src/publish/report-outputs.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/model.js';
import {
  fullSelection,
  kernSelection,
  parseChapters,
  UnknownChapterError,
} from '../../src/report/variant.js';
import { importRealRelease, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let catalog: Catalog;
let gent: Report;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  store = imported.store;
  catalog = loadCatalog();
  const subject = imported.geo.municipality('2025', asNisCode('44021'));
  if (!subject) throw new Error('Gent');
  gent = await buildReport(
    { geo: imported.geo, catalog, countries: loadCountries(), release: await store.active() },
    { subject, division: '2025', year: 2021 },
  );
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

describe('kernrapport', () => {
  it('holds the key figures, the catalog’s charts in its order, one province map and the policy text', () => {
    const kern = kernSelection(gent, catalog.report.kern);
    expect(kern.variant).toBe('kern');
    expect(kern.sections.map((s) => s.id)).toEqual([
      'kern-kerncijfers',
      'kern-grafieken',
      'kern-kaart',
      'kern-beleid',
    ]);
    const [key, charts, map, policy] = kern.sections;
    expect(key?.blocks.map((b) => b.kind)).toContain('keyfigures');
    const chartIds = charts?.blocks.map((b) => (b.kind === 'table' ? b.indicatorId : b.id));
    expect(chartIds).toEqual(catalog.report.kern?.charts);
    expect(map?.blocks).toHaveLength(1);
    expect(map?.blocks[0]).toMatchObject({ kind: 'map', indicatorId: 'niet_belgen', scope: 'province' });
    expect(policy?.title).toBe('Wat betekent dit voor het beleid?');
    expect(policy?.blocks.map((b) => (b.kind === 'text' ? b.text : '')).join(' ')).toContain(
      'Ken je realiteit',
    );
    // The same blocks as the full report: same figures, same protection.
    const full = gent.sections.flatMap((s) => s.blocks);
    for (const b of kern.sections.slice(0, 3).flatMap((s) => s.blocks)) expect(full).toContain(b);
  });

  it('knows where each of its blocks lives in the full report', () => {
    const kern = kernSelection(gent, catalog.report.kern);
    expect(kern.chapterOf.get('niet_belgen_top5_nationaliteiten')).toBe('nationaliteit');
    expect(kern.chapterOf.get('bevolkingspiramide')).toBe('bevolking');
    expect(kern.chapters.map((c) => c.number)).toEqual(gent.sections.map((_, i) => i + 1));
  });

  it('is the key figures alone for a catalog without a kernrapport', () => {
    expect(kernSelection(gent, undefined).sections.map((s) => s.id)).toEqual(['kern-kerncijfers']);
  });
});

describe('choice of chapters', () => {
  it('takes chapters in the report’s order, all of them for "alle" or nothing', () => {
    expect(parseChapters(gent, 'herkomst,bevolking')).toEqual(['bevolking', 'herkomst']);
    expect(parseChapters(gent, 'alle')).toEqual(gent.sections.map((s) => s.id));
    expect(parseChapters(gent, undefined)).toEqual(gent.sections.map((s) => s.id));
    expect(() => parseChapters(gent, 'bevolking,sport')).toThrow(UnknownChapterError);
    expect(() => parseChapters(gent, 'sport')).toThrow(/Onbekend hoofdstuk: sport/);
  });

  it('keeps the chapter numbers of the full report', () => {
    const two = fullSelection(gent, ['herkomst']);
    const number = gent.sections.findIndex((s) => s.id === 'herkomst') + 1;
    const html = reportHtml(gent, 'web', reportCharts(gent, permalinkOf(gent)), permalinkOf(gent), two);
    expect(html).toContain(`${number}. Herkomst`);
    expect(html).not.toContain('id="bevolking"');
  });
});

describe('web page', () => {
  const page = (selection: ReturnType<typeof fullSelection>) =>
    reportHtml(gent, 'web', reportCharts(gent, permalinkOf(gent)), permalinkOf(gent), selection);

  it('puts the kernrapport on top, with every chapter and both PDFs one click away', () => {
    const html = page(kernSelection(gent, catalog.report.kern));
    const base = '/gemeente/44021?jaar=2021&amp;indeling=2025';
    expect(html).toContain('Kernrapport lokale diversiteit');
    for (const s of gent.sections) expect(html).toContain(`href="${base}&amp;hoofdstukken=${s.id}"`);
    expect(html).toContain(`href="${base}&amp;hoofdstukken=alle"`);
    expect(html).toContain('href="/gemeente/44021/kernrapport.pdf?jaar=2021&amp;indeling=2025"');
    expect(html).toContain('href="/gemeente/44021/rapport.pdf?jaar=2021&amp;indeling=2025"');
    expect(html).toContain('aria-current="page"');
    // Not the full report: no block of the themes outside the kernrapport.
    expect(html).not.toContain('id="blok-inwoners_naar_geslacht"');
    // "Meer hierover" leads to the block in its chapter.
    expect(html).toContain(`href="${base}&amp;hoofdstukken=bevolking#blok-inwoners"`);
    expect(html).toContain('Het volledige rapport');
  });

  it('links every anchor of the page to an element that exists on it', () => {
    for (const selection of [
      kernSelection(gent, catalog.report.kern),
      fullSelection(gent),
      fullSelection(gent, ['taal']),
    ]) {
      const html = page(selection);
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
    }
  });
});
