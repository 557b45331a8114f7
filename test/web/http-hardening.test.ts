/**
 * Issue 13 §3 at the HTTP level, on the real release without a workflow store: every registered
 * route answers other methods with 405 + Allow (never 500), refused bodies are 4xx, every 5xx is logged
 * with its request id, and every page carries the security headers with a CSP whose nonces its inline
 * elements (and only those) carry.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { NONCE_SLOT } from '../../src/render/html/csp-nonce.js';
import { patternRegex } from '../../src/web/method-table.js';
import { buildServer } from '../../src/web/server.js';
import { importRealRelease, tempDir } from '../support/real-release.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let app: FastifyInstance;
let base: Parameters<typeof buildServer>[0];
const routes = new Set<string>();

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  store = imported.store;
  base = { geo: imported.geo, catalog: loadCatalog(), countries: loadCountries(), releases: store };
  app = buildServer(base, { routes });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await store.close();
  tmp.cleanup();
});

const PAGES = [
  '/',
  '/gemeente/44021',
  '/gemeente/44021?hoofdstukken=alle',
  '/embed/gemeente/44021/bevolkingspiramide',
  '/indicatoren',
  '/indicator/niet_belgen',
  '/bestaat-niet',
  '/gemeente/99999',
];

/** A concrete address for a route pattern (parameters filled with something plausible). */
function concrete(pattern: string): string {
  return pattern
    .replace(':nis', '44021')
    .replace(':block', 'bevolkingspiramide')
    .replace(/:[A-Za-z_]+/g, 'x')
    .replace('*', 'x');
}

describe('methods', () => {
  it('matches route patterns like the router does', () => {
    expect(patternRegex('/gemeente/:nis/rapport.pdf').test('/gemeente/44021/rapport.pdf')).toBe(true);
    expect(patternRegex('/gemeente/:nis/rapport.pdf').test('/gemeente/44021/rapportXpdf')).toBe(false);
    expect(patternRegex('/gemeente/:nis').test('/gemeente/44021/grafiek/a.svg')).toBe(false);
    expect(patternRegex('/docs/*').test('/docs/static/index.html')).toBe(true);
  });

  it('answers every other method on every registered route with 405 and Allow, never 500', async () => {
    const keys = [...routes].map((key) => ({
      method: key.slice(0, key.indexOf(' ')),
      path: key.slice(key.indexOf(' ') + 1),
    }));
    const takes = (method: string, url: string) =>
      keys.some((k) => k.method === method && patternRegex(k.path).test(url));
    let checked = 0;
    for (const { method: own, path } of keys) {
      if (own === 'OPTIONS') continue; // the API's CORS preflight route
      const url = concrete(path);
      for (const method of ['DELETE', 'OPTIONS', 'PUT', 'PATCH', 'POST'] as const) {
        if (takes(method, url)) continue;
        const res = await app.inject({ method, url });
        expect(res.statusCode, `${method} ${path}`).toBe(405);
        expect(res.headers.allow, `${method} ${path}`).toContain(own);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    // The API's preflight answers OPTIONS itself: a refused preflight is 4xx, not 500.
    const pre = await app.inject({ method: 'OPTIONS', url: '/api/v1/gebieden' });
    expect(pre.statusCode).toBeLessThan(500);
  });

  it('says in Dutch which methods an address takes, as JSON under /api/', async () => {
    const page = await app.inject({ method: 'DELETE', url: '/gemeente/44021' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('kan alleen met GET, HEAD gevraagd worden, niet met DELETE');
    const api = await app.inject({ method: 'PUT', url: '/api/v1/gemeente/44021/rapport' });
    expect(api.statusCode).toBe(405);
    expect(api.json()).toMatchObject({ error: 'method_not_allowed' });
    expect((await app.inject({ method: 'DELETE', url: '/bestaat-niet' })).statusCode).toBe(404);
  });

  it('refuses malformed JSON, an unsupported body type and an over-limit body with 4xx', async () => {
    const json = { 'content-type': 'application/json' };
    for (const url of ['/gemeente/44021', '/api/v1/gemeente/44021/rapport', '/bestaat-niet']) {
      const bad = await app.inject({ method: 'POST', url, headers: json, payload: '{"jaar": 20' });
      expect(bad.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(bad.statusCode, url).toBeLessThan(500);
      const big = await app.inject({ method: 'POST', url, headers: json, payload: 'x'.repeat(2 ** 21) });
      expect(big.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(big.statusCode, url).toBeLessThan(500);
      const odd = await app.inject({
        method: 'PATCH',
        url,
        headers: { 'content-type': 'application/x-onbekend' },
        payload: 'a',
      });
      expect(odd.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(odd.statusCode, url).toBeLessThan(500);
    }
  });
});

describe('5xx', () => {
  it('logs every 5xx with its request id and shows the id on the Dutch page', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const broken = buildServer(
      {
        ...base,
        releases: {
          ...base.releases,
          layout: base.releases.layout,
          active: async () => {
            throw new Error('kapotte schijf');
          },
        } as unknown as ReleaseStore,
      },
      { logger: { level: 'warn', stream } },
    );
    try {
      const page = await broken.inject({ url: '/gemeente/44021', headers: { 'x-request-id': 'proxy-42' } });
      expect(page.statusCode).toBe(500);
      expect(page.body).toContain('vermeld dan deze code: proxy-42');
      expect(page.body).not.toContain('kapotte schijf');
      const api = await broken.inject('/api/v1/gemeente/44021/rapport');
      expect(api.statusCode).toBe(500);
      const id = /code: ([0-9a-f]{12})/.exec(api.json().message)?.[1] as string;
      expect(id).toMatch(/^[0-9a-f]{12}$/);
      const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; msg: string; err?: unknown });
      for (const reqId of ['proxy-42', id]) {
        expect(logged.some((l) => l.reqId === reqId && l.err !== undefined)).toBe(true);
        expect(logged.some((l) => l.reqId === reqId && l.msg.startsWith('500 GET'))).toBe(true);
      }
    } finally {
      await broken.close();
    }
  });
});

describe('security headers', () => {
  for (const url of PAGES) {
    it(`${url}: CSP with nonces that only its own inline elements carry, frame and feature policies`, async () => {
      const res = await app.inject(url);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('text/html');
      const csp = String(res.headers['content-security-policy']);
      const style = /style-src 'self' 'nonce-([0-9a-f]{32})'/.exec(csp)?.[1];
      const script = /script-src 'self' 'nonce-([0-9a-f]{32})'/.exec(csp)?.[1];
      expect(style).toBeDefined();
      expect(script).toBeDefined();
      expect(csp).not.toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("script-src-attr 'none'");
      // Every inline <style>/<script> has this response's nonce; no slot is left.
      const tags = res.body.match(/<(style|script)\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) {
        const kind = tag.startsWith('<style') ? style : script;
        expect(tag).toContain(`nonce="${kind}"`);
      }
      expect(res.body).not.toContain(NONCE_SLOT.style);
      expect(res.body).not.toContain(NONCE_SLOT.script);
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['permissions-policy']).toContain('camera=()');
      expect(res.headers['permissions-policy']).toContain('geolocation=()');
      if (url.startsWith('/embed/')) {
        expect(res.headers['x-frame-options']).toBeUndefined();
        expect(csp).toContain('frame-ancestors *');
      } else {
        expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(csp).toContain("frame-ancestors 'self'");
      }
    });
  }

  it('gives every response its own nonces', async () => {
    const nonce = async () =>
      /'nonce-([0-9a-f]+)'/.exec(String((await app.inject('/')).headers['content-security-policy']))?.[1];
    const [a, b] = [await nonce(), await nonce()];
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('does not give a nonce to a style element written by someone else', async () => {
    // A search for an inline element with a guessed slot name stays escaped text.
    const res = await app.inject(`/zoek?q=${encodeURIComponent('<style nonce="oa-style-nonce-x">')}`);
    expect(res.body).not.toMatch(/<style nonce="oa-style-nonce-x">/);
  });
});

describe('cached pages', () => {
  it('serves a report page, its JSON and its charts from the cache, each page with new nonces', async () => {
    const url = '/gemeente/11002?jaar=2021&indeling=2025';
    const [a, b] = [await app.inject(url), await app.inject(url)];
    const nonceOf = (r: typeof a) =>
      /'nonce-([0-9a-f]+)'/.exec(String(r.headers['content-security-policy']))?.[1];
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    const strip = (r: typeof a) => r.body.replace(/nonce="[0-9a-f]{32}"/g, 'nonce="N"');
    expect(strip(a)).toBe(strip(b));
    const svg = /src="(\/gemeente\/11002\/grafiek\/[^"]+\.svg[^"]*)"/
      .exec(a.body)?.[1]
      ?.replaceAll('&amp;', '&');
    expect(svg).toBeDefined();
    const [s1, s2] = [await app.inject(svg as string), await app.inject(svg as string)];
    expect(s1.statusCode).toBe(200);
    expect(s1.body).toBe(s2.body);
    expect(s1.body).toContain('<svg');
    const api = '/api/v1/gemeente/11002/rapport?jaar=2021';
    const [j1, j2] = [await app.inject(api), await app.inject(api)];
    expect(j1.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(j1.body).toBe(j2.body);
    expect(j1.json().subject.nis).toBe('11002');
  });

  it('keeps the notes of a request apart: a comparison that was not found is said on its own page only', async () => {
    const plain = await app.inject('/gemeente/44021?vergelijk=11002');
    const odd = await app.inject('/gemeente/44021?vergelijk=11002&vergelijk=Onbestaand');
    expect(odd.body).toContain('Geen gemeente gevonden voor &quot;Onbestaand&quot;');
    expect(plain.body).not.toContain('Onbestaand');
  });
});
