/** The report model and its HTML and JSON forms, on the real data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNisCode } from '../../src/domain/brand.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import type { Geography } from '../../src/geo/index.js';
import type { Catalog } from '../../src/indicators/catalog.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { reportCharts } from '../../src/publish/chart-source.js';
import { permalinkOf } from '../../src/publish/report-file.js';
import { reportHtml } from '../../src/publish/report-outputs.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report, TableBlock } from '../../src/report/model.js';
import { reportJsonSchema } from '../../src/report/report-schema.js';
import { expectGolden, normaliseHtml } from '../support/golden.js';
import { importRealRelease, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let geo: Geography;
let store: ReleaseStore;
let release: ReleaseReader;
let catalog: Catalog;
const now = () => new Date('2026-01-15T12:00:00Z');

beforeAll(async () => {
  tmp = tempDir();
  ({ geo, store } = await importRealRelease(tmp.dir));
  release = await store.active();
  catalog = loadCatalog();
});
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

async function report(nis: string, division: '2019-2024' | '2025' = '2025'): Promise<Report> {
  const subject = geo.municipality(division, asNisCode(nis));
  if (!subject) throw new Error(nis);
  return buildReport(
    { geo, catalog, countries: loadCountries(), release, now },
    { subject, division, year: 2021 },
  );
}

function pageOf(r: Report): string {
  const link = permalinkOf(r);
  return reportHtml(r, 'web', reportCharts(r, link), link);
}

function table(r: Report, id: string): TableBlock {
  for (const s of r.sections) for (const b of s.blocks) if (b.kind === 'table' && b.id === id) return b;
  throw new Error(`no block ${id}`);
}

describe('report', () => {
  it('has one table per catalog indicator, with municipality, province and Vlaams Gewest columns', async () => {
    const r = await report('11002', '2019-2024');
    const ids = r.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table').map((b) => b.id));
    expect(ids).toEqual(catalog.indicators.map((i) => i.id));
    expect(r.areas.map((a) => a.label)).toEqual(['Antwerpen', 'provincie Antwerpen', 'Vlaams Gewest']);
    const foreign = table(r, 'niet_belgen').rows[0]?.cells.map((c) => [c.count, c.relative]);
    expect(foreign?.[0]).toEqual([
      { state: 'value', value: 114_753 },
      { state: 'value', value: 114_753 / 529_417 },
    ]);
    expect(foreign?.[2]?.[0]).toEqual({ state: 'value', value: 633_983 });
  });

  it('never returns a silent zero: an indicator without denominator has no relative value', async () => {
    const r = await report('73028');
    expect(table(r, 'inwoners').rows[0]?.cells[0]).toEqual({
      count: { state: 'value', value: 78 },
      relative: { state: 'not_applicable' },
    });
  });

  it('explains that a merged municipality is the sum of its former parts', async () => {
    const r = await report('46030');
    expect(r.notes.join(' ')).toMatch(/Beveren, Kruibeke en Zwijndrecht/);
    expect(table(r, 'inwoners').rows[0]?.cells[0]?.count).toEqual({ state: 'value', value: 85_110 });
    expect(r.areas[1]?.label).toBe('provincie Oost-Vlaanderen');
  });

  it('is valid against the documented JSON schema, also after a JSON round trip', async () => {
    const r = await report('44021');
    expect(reportJsonSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(r.catalog.version).toBe(catalog.version);
    expect(r.release.id).toBe(release.id);
  });

  it('renders Herstappe as HTML in nl-BE, identical to the reviewed golden file', async () => {
    const html = pageOf(await report('73028'));
    expect(html).not.toContain('<script');
    expect(html).toContain('1 januari 2021');
    expectGolden('report-73028-2025.html', normaliseHtml(html));
  });

  it('formats Antwerpen as 529.417 and 21,7 %', async () => {
    const html = pageOf(await report('11002', '2019-2024'));
    expect(html).toContain('529.417');
    expect(html).toContain('21,7\u00a0%');
    expect(html).toContain('114.753');
  });
});
