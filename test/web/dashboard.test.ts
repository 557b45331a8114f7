/**
 * The dashboard through Fastify's inject, on a demo release: the page works without JavaScript (GET
 * form, server SVG, table), the URL is the whole state, the downloads hold exactly the table the page
 * shows with the source, period, filters and demo mark, and a bad selection is a Dutch 400.
 */

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildServer } from '../../src/web/server.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let app: FastifyInstance;
const geo = loadGeography();

beforeAll(async () => {
  tmp = tempDir('oa-dashboard-web-');
  store = await importDemoRelease(tmp.dir, geo);
  app = buildServer({ geo, catalog: loadCatalog(), countries: loadCountries(), releases: store });
}, 600_000);
afterAll(async () => {
  await app.close();
  await store.close();
  tmp.cleanup();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const ANTWERPEN_Q =
  'indeling=2019-2024&gebied=provincie-10000&periode=kwartaal&van=2021&tot=2021&doelgroep=verplicht';

/** The cells of the page's table, as text (tags stripped, entities of the renderer decoded). */
function tableCells(html: string): string[][] {
  const table = html.slice(html.indexOf('<table id="dashboard-tabel"'), html.indexOf('</table>') + 8);
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...(m[1] as string).matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) =>
      (c[1] as string)
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&')
        .replace(/&nbsp;|\u00a0/g, '\u00a0'),
    ),
  );
}

describe('the dashboard page', () => {
  it('shows the selection as a GET form, a server-rendered chart and the table, marked as demo', async () => {
    const res = await get(`/dashboard/inburgering?${ANTWERPEN_Q}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<form method="get" action="\/dashboard\/inburgering"/);
    expect(res.body).toContain('<option value="verplicht" selected');
    expect(res.body).toContain('<option value="provincie-10000" selected');
    expect(res.body).toMatch(/<svg [^>]*role="img"/);
    expect(res.body).toContain('Let op: dit dashboard toont demonstratiedata.');
    expect(res.body).toContain('DEMODATA');
    const rows = tableCells(res.body);
    expect(rows.map((r) => r[0])).toEqual(['K1 2021', 'K2 2021', 'K3 2021', 'K4 2021']);
    // Scripts only from this site; the page works without them.
    expect(res.body).toContain('<script src="/dashboard/inburgering/eiland.js" defer>');
  });

  it('the map links every municipality of the province to its dashboard (table) and clicks (island data)', async () => {
    const res = await get(`/dashboard/inburgering?${ANTWERPEN_Q}&weergave=kaart`);
    expect(res.statusCode).toBe(200);
    const members = geo.municipalitiesIn('2019-2024', 'province', '10000' as never);
    const data = JSON.parse(
      (
        res.body.match(/<script type="application\/json" id="dashboard-chart">(.*?)<\/script>/s)?.[1] ?? '{}'
      ).replace(/\\u003c/g, '<'),
    ) as { links: Record<string, string>; maps: Record<string, unknown> };
    expect(Object.keys(data.links).sort()).toEqual([...members].sort());
    expect(data.links['11002']).toContain('gebied=gemeente-11002');
    expect(Object.keys(data.maps).length).toBeGreaterThan(0);
    expect(res.body).toContain(
      'href="/dashboard/inburgering?periode=kwartaal&amp;van=2021&amp;tot=2021&amp;indeling=2019-2024&amp;gebied=gemeente-11002&amp;doelgroep=verplicht"',
    );
  });

  it('a municipality’s dashboard links to its report', async () => {
    const res = await get('/dashboard/inburgering?indeling=2019-2024&gebied=gemeente-11002');
    expect(res.body).toContain('<a href="/gemeente/11002">Cijferrapport van Antwerpen</a>');
  });

  it('refuses an unknown area or filter value in Dutch', async () => {
    for (const q of ['gebied=gemeente-99999', 'doelgroep=iedereen', 'maat=veel']) {
      const res = await get(`/dashboard/inburgering?${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Ongeldige selectie');
    }
  });
});

describe('the dashboard downloads', () => {
  for (const view of ['trend', 'kaart'] as const) {
    it(`CSV of the ${view} view: exactly the page's table, then selection, source and demo mark`, async () => {
      const q = `${ANTWERPEN_Q}&weergave=${view}`;
      const page = await get(`/dashboard/inburgering?${q}`);
      const csv = await get(`/dashboard/inburgering/weergave.csv?${q}`);
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toMatch(/filename="DEMO-dashboard-inburgering-aangemeld-/);
      const [header, ...rows] = parse(csv.body.replace(/^\ufeff/, '')) as string[][];
      const cells = tableCells(page.body);
      expect(rows.length).toBe(cells.length);
      const width = (header as string[]).length - 3;
      expect((header as string[]).slice(width)).toEqual(['Selectie', 'Bron', 'Demodata']);
      expect(rows.map((r) => r.slice(0, width))).toEqual(cells);
      for (const r of rows) {
        expect(r[width]).toContain('Antwerpen');
        expect(r[width]).toContain('doelgroep inburgering: verplichte inburgeraar');
        expect(r[width + 1]).toContain('Kruispuntbank Inburgering');
        expect(r[width + 2]).toContain('DEMODATA');
      }
    });
  }

  it('XLSX: the demo mark, the selection, the source and the same rows, numbers as numbers', async () => {
    const q = 'indeling=2019-2024&gebied=gemeente-11002&maat=trechter';
    const page = await get(`/dashboard/inburgering?${q}`);
    const res = await get(`/dashboard/inburgering/weergave.xlsx?${q}`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('DEMODATA');
    expect(sheet).toBeDefined();
    const values = (sheet?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(String(values[0]?.[0])).toContain('DEMODATA');
    expect(String(values[2]?.[0])).toContain('Selectie: Antwerpen');
    expect(String(values[3]?.[0])).toContain('Bron:');
    const cells = tableCells(page.body);
    const body = values.slice(5);
    expect(body.length).toBe(cells.length);
    const counted = body.filter((r) => typeof r[2] === 'number');
    expect(counted.length).toBeGreaterThan(0);
    for (const [i, r] of body.entries()) {
      const shown = (cells[i] as string[])[2] as string;
      if (typeof r[2] === 'number') expect(shown).toBe(r[2].toLocaleString('nl-BE'));
      else expect(r[2]).toBe(shown);
    }
  }, 300_000);

  it('SVG of the chart with its title, description and demo mark; no SVG for the table view', async () => {
    const res = await get(`/dashboard/inburgering/grafiek.svg?${ANTWERPEN_Q}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toMatch(/^<svg /);
    expect(res.body).toContain('<desc id="dash-desc">');
    expect(res.body).toContain('DEMO');
    const table = await get(`/dashboard/inburgering?${ANTWERPEN_Q}&weergave=tabel`);
    expect(table.body).not.toContain('grafiek.svg');
  });
});
