/** The web application through Fastify's inject: pages work without JavaScript, the API is documented JSON. */
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { reportJsonSchema } from '../../src/report/report-schema.js';
import { buildServer } from '../../src/web/server.js';
import { importRealRelease, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let app: FastifyInstance;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  store = imported.store;
  app = buildServer({
    geo: imported.geo,
    catalog: loadCatalog(),
    countries: loadCountries(),
    releases: store,
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
  tmp.cleanup();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('pages', () => {
  it('starts with "Zoek je gemeente": a plain form and a list of all 285 municipalities', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Zoek je gemeente');
    expect(res.body).toMatch(/<form[^>]*action="\/zoek"/);
    expect(res.body.match(/href="\/gemeente\/\d{5}"/g)).toHaveLength(285);
    expect(res.body).not.toContain('<script');
  });

  for (const [query, nis] of [
    ['Gent', '44021'],
    ['gent', '44021'],
    ['Sint-Niklaas', '46021'],
    ['sint niklaas', '46021'],
    ['44021', '44021'],
  ] as const) {
    it(`finds "${query}" and sends the user to its report`, async () => {
      const res = await get(`/zoek?q=${encodeURIComponent(query)}`);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/gemeente/${nis}?indeling=2025`);
    });
  }

  it('leads "borsbeek" to the merged Antwerpen, with a line saying so', async () => {
    const res = await get('/zoek?q=borsbeek');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/gemeente/11002?indeling=2025&van=11007');
    const page = await get(res.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Borsbeek');
    expect(page.body).toMatch(/samengevoegd met Antwerpen/);
    expect(page.body).toContain('1 januari 2025');
  });

  it('opens the report page with figures, source and reference date under every table', async () => {
    const res = await get('/gemeente/11002?indeling=2019-2024&jaar=2021&hoofdstukken=alle');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('529.417');
    expect(res.body).toContain('114.753');
    expect(res.body).toContain('21,7\u00a0%');
    const ids = loadCatalog().indicators.map((i) => i.id);
    expect(
      ids.filter(
        (id) => !res.body.includes(`<section class="block`) || !res.body.includes(`id="blok-${id}"`),
      ),
    ).toEqual([]);
    // Every block but the key figures and the definitions states its source and period.
    const blocks = res.body.match(/<section class="block/g)?.length ?? 0;
    expect(res.body.match(/Periode: <strong>/g)).toHaveLength(blocks - 2);
    expect(res.body).toContain('Periode: <strong>toestand op 1 januari 2021</strong>');
    expect(res.body).toContain('<th scope="row">');
    expect(res.body).toContain('<caption');
    expect(res.body).not.toContain('<script');
  });

  it('shows the kernrapport first, a chapter or the full report one click further, and says which chapters exist', async () => {
    const kern = await get('/gemeente/44021?jaar=2021');
    expect(kern.statusCode).toBe(200);
    expect(kern.body).toContain('Kernrapport lokale diversiteit');
    expect(kern.body).toContain('Wat betekent dit voor het beleid?');
    expect(kern.body).not.toContain('id="blok-inwoners_naar_geslacht"');
    expect(kern.body).toContain('href="/gemeente/44021?jaar=2021&amp;indeling=2025&amp;hoofdstukken=alle"');
    const chapter = await get('/gemeente/44021?jaar=2021&hoofdstukken=bevolking');
    expect(chapter.statusCode).toBe(200);
    expect(chapter.body).toContain('id="blok-inwoners_naar_geslacht"');
    expect(chapter.body).not.toContain('id="blok-niet_belgen"');
    expect(chapter.body).toContain(
      '/gemeente/44021/rapport.pdf?jaar=2021&amp;indeling=2025&amp;hoofdstukken=bevolking',
    );
    const unknown = await get('/gemeente/44021?jaar=2021&hoofdstukken=sport');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('geen hoofdstuk sport');
  });

  it('shows the 2025 division by default and Beveren-Kruibeke-Zwijndrecht with 85.110 inhabitants', async () => {
    const res = await get('/gemeente/46030');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('85.110');
  });

  it('redirects a name in the address to the code', async () => {
    const res = await get('/gemeente/Gent');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/gemeente/44021?indeling=2025');
  });

  it('answers an unknown municipality with a friendly 404 and suggestions', async () => {
    const res = await get('/gemeente/Gentt');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Deze gemeente kennen we niet');
    expect(res.body).toContain('href="/gemeente/44021?indeling=2025"');
  });

  it('answers an old code on the 2025 division with a redirect to its merged municipality', async () => {
    const res = await get('/gemeente/11007');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/gemeente/11002?indeling=2025&van=11007');
  });

  it('explains a year without figures and a bad division', async () => {
    const year = await get('/gemeente/44021?jaar=1999');
    expect(year.statusCode).toBe(404);
    expect(year.body).toContain('Beschikbare jaren: 2021');
    const division = await get('/gemeente/44021?indeling=1977');
    expect(division.statusCode).toBe(400);
    expect(division.body).toMatch(/Ongeldige vraag: de waarde van (&quot;|")indeling(&quot;|") klopt niet\./);
  });
});

describe('report outputs', () => {
  it('tolerates a typo in the comparison field, suggests every other municipality, and offers embed code', async () => {
    const typo = await get('/gemeente/44021?jaar=2021&vergelijk=Antwrpen');
    expect(typo.statusCode).toBe(303);
    expect(typo.headers.location).toBe('/gemeente/44021?jaar=2021&indeling=2025&vergelijk=11002');
    const page = await get('/gemeente/44021?jaar=2021&indeling=2025&hoofdstukken=alle');
    expect(page.body).toContain('list="vergelijk-gemeenten"');
    expect(
      page.body.match(/<datalist id="vergelijk-gemeenten">(.*?)<\/datalist>/s)?.[1]?.match(/<option /g),
    ).toHaveLength(284);
    const code = page.body.match(/<textarea id="insluitcode-niet_belgen"[^>]*>(.*?)<\/textarea>/s)?.[1];
    expect(code).toMatch(
      /^&lt;iframe src=&quot;http:\/\/[^/]+\/embed\/gemeente\/44021\/niet_belgen\?jaar=2021/,
    );
  });

  it('serves each chart also laid out for a phone (358 px wide), offered to narrow screens', async () => {
    const wide = await get('/gemeente/44021/grafiek/niet_belgen.svg?jaar=2021&indeling=2025');
    const narrow = await get('/gemeente/44021/grafiek/niet_belgen-smal.svg?jaar=2021&indeling=2025');
    expect(narrow.statusCode).toBe(200);
    expect(narrow.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(wide.body).toMatch(/<svg[^>]*width="640"/);
    expect(narrow.body).toMatch(/<svg[^>]*width="358"/);
    const page = await get('/gemeente/44021?jaar=2021&indeling=2025&hoofdstukken=alle');
    expect(page.body).toContain(
      '<source media="(max-width: 40rem)" srcset="/gemeente/44021/grafiek/niet_belgen-smal.svg?jaar=2021&amp;indeling=2025',
    );
    expect(
      (await get('/gemeente/44021/grafiek/kaart-niet_belgen-vlaanderen-smal.svg?jaar=2021')).statusCode,
    ).toBe(404);
  });

  it('links a merged municipality to its former municipalities on the 2019–2024 division', async () => {
    const page = await get('/gemeente/11002?jaar=2021&indeling=2025');
    expect(page.body).toContain('De vroegere gemeenten apart (indeling 2019–2024)');
    expect(page.body).toContain('href="/gemeente/11007?jaar=2021&amp;indeling=2019-2024">Borsbeek</a>');
    const unmerged = await get('/gemeente/44021?jaar=2021&indeling=2025');
    expect(unmerged.body).not.toContain('De vroegere gemeenten apart');
  });

  it('adds the similar municipalities and an asked municipality as columns, side by side', async () => {
    const named = await get('/gemeente/44021?jaar=2021&vergelijk=Antwerpen');
    expect(named.statusCode).toBe(303);
    expect(named.headers.location).toBe('/gemeente/44021?jaar=2021&indeling=2025&vergelijk=11002');
    const res = await get('/gemeente/44021?jaar=2021&vergelijk=11002&vergelijk=Onbestaand');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('vergelijkbare gemeenten');
    expect(res.body).toMatch(
      /<strong>Vergelijkbare gemeenten<\/strong> \(een kolom in elke tabel\): [^<]*Leuven/,
    );
    expect(res.body).toContain('>Antwerpen</th>');
    expect(res.body).toContain('Geen gemeente gevonden voor &quot;Onbestaand&quot;');
    expect(res.body).toContain('name="vergelijk" value="11002"');
  });

  it('serves each chart as an SVG image with a text alternative, and each block as an embeddable page', async () => {
    const page = await get('/gemeente/44021?jaar=2021');
    const src = page.body.match(/<img src="([^"]+grafiek[^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toBeDefined();
    const svg = await get(src as string);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[^>]*role="img"/);
    expect(svg.body).toContain('<desc');
    const embed = await get('/embed/gemeente/44021/niet_belgen?jaar=2021&indeling=2025');
    expect(embed.statusCode).toBe(200);
    expect(embed.body).toContain('<svg');
    expect(embed.body).toContain(
      'href="/gemeente/44021?jaar=2021&amp;indeling=2025&amp;hoofdstukken=nationaliteit#blok-niet_belgen"',
    );
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect((await get('/embed/gemeente/44021/bestaat_niet')).statusCode).toBe(404);
  });

  it('downloads the report as Excel and tidy CSV with telling file names', async () => {
    const xlsx = await get('/gemeente/44021/rapport.xlsx?jaar=2021');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('cijferrapport-gent-44021-2021-indeling-2025.xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const csv = await get('/gemeente/44021/rapport.csv?jaar=2021');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Gent');
  });
});

describe('API', () => {
  it('gives the report as documented JSON', async () => {
    const res = await get('/api/v1/gemeente/73028/rapport?jaar=2021&indeling=2019-2024');
    expect(res.statusCode).toBe(200);
    const body = reportJsonSchema.parse(res.json());
    expect(body.subject.name).toBe('Herstappe');
    const inwoners = body.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.id === 'inwoners');
    expect(inwoners?.kind === 'table' && inwoners.rows[0]?.cells[0]?.count).toEqual({
      state: 'value',
      value: 78,
    });
  });

  it('answers unknown municipalities with 404 JSON and suggestions', async () => {
    const res = await get('/api/v1/gemeente/99999/rapport');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'unknown_area' });
  });

  it('has a health endpoint naming the active release', async () => {
    const res = await get('/api/v1/health');
    expect(res.json()).toMatchObject({ status: 'ok', years: [2021] });
  });
});

describe('indicator pages and downloads', () => {
  it('lists every indicator and explains one with its definition, source, reference date and small-number rule', async () => {
    const list = await get('/indicatoren');
    expect(list.statusCode).toBe(200);
    expect(list.body.match(/href="\/indicator\/[a-z0-9_]+"/g)?.length).toBe(loadCatalog().indicators.length);
    const page = await get('/indicator/niet_belgen');
    expect(page.statusCode).toBe(200);
    for (const text of [
      'Teller',
      'Noemer',
      'Referentiedatum',
      'toestand op 1 januari',
      'Kleine aantallen',
      'Bijwerking',
      '1 januari 2021',
    ]) {
      expect(page.body).toContain(text);
    }
    expect((await get('/indicator/bestaat_niet')).statusCode).toBe(404);
  });

  it('shows the map and the ranking of all municipalities on the indicator page', async () => {
    const page = await get('/indicator/niet_belgen?indeling=2025');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="alle-gemeenten"');
    expect(page.body).toContain('<svg');
    const rows = [
      ...page.body.matchAll(
        /<tr><td>(\d+|–)<\/td><th scope="row"><a href="\/gemeente\/(\d{5})\?indeling=2025">([^<]+)<\/a><\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g,
      ),
    ];
    expect(rows).toHaveLength(285);
    expect(rows[0]?.[1]).toBe('1');
    // From high to low: the shares of the first rows decrease.
    const shares = rows
      .slice(0, 10)
      .map((r) => Number((r[4] ?? '').replace(/[^\d,]/g, '').replace(',', '.')));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    const gent = rows.find((r) => r[2] === '44021');
    expect(gent?.[4]).toBe('15,5\u00a0%');
    expect(gent?.slice(5)).toEqual(['Gent', 'Oost-Vlaanderen']);
  });

  const explorerRows = (body: string) =>
    [
      ...body.matchAll(
        /<tr><td>(\d+|–)<\/td><th scope="row"><a href="\/gemeente\/(\d{5})\?indeling=2025">([^<]+)<\/a><\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g,
      ),
    ].map((m) => ({ rank: m[1], nis: m[2], name: m[3], figure: m[4], arrondissement: m[5], province: m[6] }));

  it('explores an indicator by province and order, on the server, with a GET form', async () => {
    const all = explorerRows((await get('/indicator/niet_belgen?indeling=2025')).body);
    const page = await get('/indicator/niet_belgen?indeling=2025&provincie=40000&sorteer=naam');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<form class="controls" method="get" action="\/indicator\/niet_belgen">/);
    expect(page.body).toMatch(
      /<option (selected )?value="40000"( selected(="")?)?>Oost-Vlaanderen<\/option>/,
    );
    expect(page.body).toMatch(/<option[^>]*selected[^>]*>Oost-Vlaanderen<\/option>/);
    const rows = explorerRows(page.body);
    const inProvince = all.filter((r) => r.province === 'Oost-Vlaanderen');
    expect(rows.length).toBe(inProvince.length);
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((r) => r.province === 'Oost-Vlaanderen')).toBe(true);
    const names = rows.map((r) => r.name ?? '');
    expect(names).toEqual([...names].sort(new Intl.Collator('nl-BE').compare));
    // The place stays the place in Flanders.
    const gent = rows.find((r) => r.nis === '44021');
    expect(gent?.rank).toBe(all.find((r) => r.nis === '44021')?.rank);
    const byProvince = explorerRows(
      (await get('/indicator/niet_belgen?indeling=2025&sorteer=provincie')).body,
    );
    expect(byProvince[0]?.province).toBe('Antwerpen');
    expect(byProvince.at(-1)?.province).toBe('West-Vlaanderen');
  });

  it('downloads exactly the table on screen as CSV', async () => {
    const page = await get('/indicator/niet_belgen?indeling=2025&jaar=2021&provincie=40000&sorteer=naam');
    const link = /href="(\/indicator\/niet_belgen\/tabel\.csv\?[^"]+)"/
      .exec(page.body)?.[1]
      ?.replaceAll('&amp;', '&');
    expect(link).toBe(
      '/indicator/niet_belgen/tabel.csv?indeling=2025&jaar=2021&provincie=40000&sorteer=naam',
    );
    const csv = await get(link as string);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    const header = lines.findIndex((l) => l.startsWith('plaats,nis,gemeente'));
    expect(lines.slice(0, header).join('\n')).toContain('provincie Oost-Vlaanderen');
    const fromCsv = lines.slice(header + 1).map((l) => l.split(',').slice(0, 5).join('|'));
    const fromPage = explorerRows(page.body).map((r) =>
      [r.rank === '–' ? '' : r.rank, r.nis, r.name, r.arrondissement, r.province].join('|'),
    );
    expect(fromCsv).toEqual(fromPage);
  });

  it('downloads one indicator for all areas as tidy CSV, Excel and JSON', async () => {
    const csv = await get('/indicator/niet_belgen/gemeenten.csv?indeling=2025&jaar=2021');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('niet_belgen-2025-2021-01-01.csv');
    const lines = csv.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'niveau,nis,gebied,indicator,periode,periode_label,categorie,categorie_label,aantal,relatief,eenheid,status,demo,voorlopig',
    );
    expect(lines).toHaveLength(1 + 1 + 5 + 22 + 285);
    const json = (await get('/indicator/niet_belgen/gemeenten.json?indeling=2019-2024&jaar=2021')).json();
    const antwerpen = json.rows.find(
      (r: { nis: string; niveau: string }) => r.nis === '11002' && r.niveau === 'gemeente',
    );
    expect(antwerpen).toMatchObject({
      aantal: 114_753,
      relatief: 21.675352,
      eenheid: 'procent',
      demo: 'nee',
    });
    const xlsx = await get('/indicator/niet_belgen/gemeenten.xlsx?indeling=2025&jaar=2021');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('niveau');
    expect(sheet?.rowCount).toBe(1 + 1 + 5 + 22 + 285);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
