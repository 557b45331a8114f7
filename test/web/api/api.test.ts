/**
 * The public API on the real 2021 release: the OpenAPI 3.1 document validates and documents exactly
 * the routes tested here against their schemas; ETag/304, CORS, the rate limit's 429 and problem
 * details in Dutch and English.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadCountries } from '../../../src/geo/countries/index.js';
import type { Geography } from '../../../src/geo/index.js';
import { loadCatalog } from '../../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../../src/release/release-store.js';
import { reportJsonSchema } from '../../../src/report/report-schema.js';
import { problemSchema } from '../../../src/web/api/problem.js';
import { bulkResponse } from '../../../src/web/api/routes-bulk.js';
import {
  areasResponse,
  healthResponse,
  indicatorResponse,
  indicatorsResponse,
  valuesResponse,
} from '../../../src/web/api/schemas.js';
import { buildServer } from '../../../src/web/server.js';
import { importRealRelease, tempDir } from '../../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let geo: Geography;
let app: FastifyInstance;

const server = (options: Parameters<typeof buildServer>[1] = {}) =>
  buildServer({ geo, catalog: loadCatalog(), countries: loadCountries(), releases: store }, options);

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  store = imported.store;
  geo = imported.geo;
  app = server();
});
afterAll(async () => {
  await app.close();
  await store.close();
  tmp.cleanup();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

/** One request per documented route, and the schema its answer must meet. */
const DOCUMENTED: Record<string, { url: string; schema: z.ZodType }> = {
  '/api/v1/gebieden': { url: '/api/v1/gebieden?indeling=2025&niveau=gemeente', schema: areasResponse },
  '/api/v1/indicatoren': { url: '/api/v1/indicatoren', schema: indicatorsResponse },
  '/api/v1/indicatoren/{id}': { url: '/api/v1/indicatoren/niet_belgen', schema: indicatorResponse },
  '/api/v1/indicatoren/{id}/waarden': {
    url: '/api/v1/indicatoren/niet_belgen/waarden?niveau=gemeente,provincie&limit=50',
    schema: valuesResponse,
  },
  '/api/v1/gemeente/{nis}/rapport': {
    url: '/api/v1/gemeente/44021/rapport?jaar=2021',
    schema: reportJsonSchema,
  },
  '/api/v1/health': { url: '/api/v1/health', schema: healthResponse },
  '/api/v1/bulk': { url: '/api/v1/bulk', schema: bulkResponse },
};
/** Documented routes whose answer is a file, tested in bulk.test.ts. */
const FILES = ['/api/v1/bulk/{release}/omgevingsanalyse.zip'];

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and documents exactly the API routes', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths).sort()).toEqual([...Object.keys(DOCUMENTED), ...FILES].sort());
    // The docs page serves the same document.
    expect((await get('/api/docs/json')).json()).toEqual(doc);
  });

  for (const [path, { url, schema }] of Object.entries(DOCUMENTED)) {
    it(`answers ${path} as its schema says`, async () => {
      const res = await get(url);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      const parsed = schema.safeParse(res.json());
      expect(parsed.error?.issues ?? []).toEqual([]);
    });
  }

  it('shows Swagger UI at /api/docs with its scripts from this site only', async () => {
    const res = await get('/api/docs');
    expect(res.statusCode).toBe(200);
    const scripts = [...res.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\/api\/docs\/static\//);
      expect((await get(src as string)).statusCode).toBe(200);
    }
    expect(res.body).not.toMatch(/<script>(?!\s*<)/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('areas and values', () => {
  it('lists the 285 municipalities of 2025 with their parents and what they were formed from', async () => {
    const body = areasResponse.parse((await get('/api/v1/gebieden?niveau=gemeente')).json());
    expect(body.areas).toHaveLength(285);
    const antwerpen = body.areas.find((a) => a.nis === '11002');
    expect(antwerpen?.parents).toEqual({ arrondissement: '11000', province: '10000', region: '02000' });
    expect(antwerpen?.merger?.changed).toBe(true);
    expect(antwerpen?.merger?.formedFrom.map((f) => f.nis).sort()).toEqual(['11002', '11007']);
    const gent = body.areas.find((a) => a.nis === '44021');
    expect(gent?.merger).toEqual({
      formedFrom: [{ nis: '44021', name: 'Gent' }],
      becamePartOf: null,
      changed: false,
    });
  });

  it('says where a 2019–2024 municipality went', async () => {
    const body = areasResponse.parse(
      (await get('/api/v1/gebieden?indeling=2019-2024&niveau=gemeente')).json(),
    );
    expect(body.areas).toHaveLength(300);
    expect(body.areas.find((a) => a.nis === '11007')?.merger).toEqual({
      formedFrom: [],
      becamePartOf: { nis: '11002', name: 'Antwerpen' },
      changed: true,
    });
    const levels = areasResponse.parse((await get('/api/v1/gebieden?indeling=2019-2024')).json());
    expect(new Set(levels.areas.map((a) => a.level))).toEqual(
      new Set(['municipality', 'arrondissement', 'province', 'region']),
    );
  });

  it('gives the same figures as the indicator download, in pages that add up', async () => {
    const download = (await get('/indicator/niet_belgen/gemeenten.json?jaar=2021&indeling=2019-2024')).json();
    const all = valuesResponse.parse(
      (await get('/api/v1/indicatoren/niet_belgen/waarden?indeling=2019-2024&jaar=2021&limit=10000')).json(),
    );
    expect(all.total).toBe(download.rows.length);
    const fromDownload = download.rows.map(
      (r: Record<string, unknown>) => `${r.nis}|${r.categorie}|${r.aantal}`,
    );
    expect(
      all.values.map((v) => `${v.nis}|${v.category}|${v.count.state === 'value' ? v.count.value : null}`),
    ).toEqual(fromDownload);
    const pages: unknown[] = [];
    let url: string | null = '/api/v1/indicatoren/niet_belgen/waarden?indeling=2019-2024&jaar=2021&limit=400';
    while (url) {
      const page = valuesResponse.parse((await get(url)).json());
      pages.push(...page.values);
      url = page.next;
    }
    expect(pages).toEqual(all.values);
  });

  it('filters on area, level and category', async () => {
    const body = valuesResponse.parse(
      (await get('/api/v1/indicatoren/niet_belgen/waarden?gebied=44021,11002&categorie=total')).json(),
    );
    expect(new Set(body.values.map((v) => v.nis))).toEqual(new Set(['44021', '11002']));
    expect(new Set(body.values.map((v) => v.category))).toEqual(new Set(['total']));
    const provinces = valuesResponse.parse(
      (await get('/api/v1/indicatoren/niet_belgen/waarden?niveau=provincie&categorie=total')).json(),
    );
    expect(provinces.values).toHaveLength(5);
  });
});

describe('caching, CORS and problems', () => {
  it('tags answers with the release and answers 304 to a matching If-None-Match', async () => {
    const release = (await store.active()).id;
    const first = await get('/api/v1/indicatoren');
    const etag = first.headers.etag as string;
    expect(etag).toContain(release);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await get('/api/v1/indicatoren', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/api/v1/gebieden', { 'if-none-match': etag })).statusCode).toBe(200);
  });

  it('is open to every origin for GET, preflight included', async () => {
    const res = await get('/api/v1/health', { origin: 'https://example.org' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/indicatoren/niet_belgen/waarden',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toBe('GET, HEAD');
  });

  it('answers errors as problem details, in Dutch or in English', async () => {
    const nl = await get('/api/v1/indicatoren/bestaat_niet/waarden');
    expect(nl.statusCode).toBe(404);
    expect(nl.headers['content-type']).toContain('application/problem+json');
    expect(problemSchema.parse(nl.json())).toMatchObject({
      status: 404,
      title: 'Onbekende indicator',
      error: 'unknown_indicator',
      type: 'urn:omgevingsanalyse:probleem:unknown_indicator',
    });
    const en = await get('/api/v1/indicatoren/bestaat_niet/waarden', {
      'accept-language': 'en-GB,en;q=0.9,nl;q=0.5',
    });
    expect(en.json()).toMatchObject({ title: 'Unknown indicator', message: nl.json().detail });
    expect(en.headers['content-language']).toBe('en');

    const invalid = await get('/api/v1/gebieden?indeling=1999', { 'accept-language': 'en' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: 'bad_request', title: 'Invalid request' });
    expect(invalid.json().detail).toContain('"indeling"');
    const year = await get('/api/v1/indicatoren/niet_belgen/waarden?jaar=1990');
    expect(year.json()).toMatchObject({ status: 404, error: 'unknown_year' });
    const area = await get('/api/v1/indicatoren/niet_belgen/waarden?gebied=99999');
    expect(area.json()).toMatchObject({ status: 404, error: 'unknown_area' });
    const nowhere = await get('/api/v1/bestaat-niet');
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.headers['content-type']).toContain('application/problem+json');
  });

  it('limits each client, with a clear 429 and Retry-After', async () => {
    const limited = server({ apiRateLimit: { max: 3, windowMs: 60_000 } });
    const ask = (ip: string, lang?: string) =>
      limited.inject({
        method: 'GET',
        url: '/api/v1/indicatoren',
        remoteAddress: ip,
        headers: lang ? { 'accept-language': lang } : {},
      });
    try {
      for (let i = 0; i < 3; i++) expect((await ask('10.0.0.1')).statusCode).toBe(200);
      const over = await ask('10.0.0.1');
      expect(over.statusCode).toBe(429);
      expect(over.headers['content-type']).toContain('application/problem+json');
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(over.json()).toMatchObject({ status: 429, title: 'Te veel vragen', error: 'too_many_requests' });
      expect((await ask('10.0.0.1', 'en')).json().title).toBe('Too many requests');
      // Another client has its own budget.
      expect((await ask('10.0.0.2')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
