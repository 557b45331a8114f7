/**
 * Counting through the whole web application on a real release and a test store: what is counted, for
 * whom, what is not (bots, failures), that a broken store fails no request, that the public gets no
 * cookie, and the home page's line. Runs on PGlite and, in `npm run test:db`, on PostgreSQL.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { addUsage, usageByMunicipality } from '../../src/usage/repository.js';
import { buildServer } from '../../src/web/server.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';

const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

let tmp: ReturnType<typeof tempDir>;
let releases: ReleaseStore;
let wf: Workflow & { dispose(): Promise<void> };
let app: FastifyInstance;
let officerCookie: string;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  releases = imported.store;
  wf = await openTestWorkflow();
  app = buildServer(
    { geo: imported.geo, catalog: loadCatalog(), countries: loadCountries(), releases },
    { workflow: wf },
  );
  const { account, link } = await wf.accounts.invite(
    { email: 'ambtenaar@gent.test', name: 'Ambtenaar Gent', roles: ['gemeente'], municipalities: ['44021'] },
    SYSTEM,
    { mail: false },
  );
  await wf.accounts.setPassword(
    new URL(link).searchParams.get('token') as string,
    'een wachtwoord voor gent',
  );
  officerCookie = `oa_sessie=${await wf.signIn.startSession(account.id, 'password')}`;
}, 180_000);
afterAll(async () => {
  await app?.close();
  await wf?.dispose();
  await releases?.close();
  tmp?.cleanup();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER, ...headers } });

async function counted(): Promise<string[]> {
  await wf.usage.counter.flush();
  const sums = await usageByMunicipality(wf.db, '2000-01-01', '2100-01-01');
  return sums.map((s) => `${s.nis} ${s.event} ${s.own ? 'eigen' : 'anderen'} ${s.hits}`).sort();
}

describe('usage counting on the web', () => {
  it('counts report views, downloads, embeds and API calls per municipality, own officers apart', async () => {
    expect((await get('/gemeente/44021', { cookie: officerCookie })).statusCode).toBe(200);
    expect((await get('/gemeente/11002/rapport.csv')).statusCode).toBe(200);
    expect((await get('/gemeente/44021/rapport.xlsx', { cookie: officerCookie })).statusCode).toBe(200);
    expect((await get('/api/v1/gemeente/11002/rapport', { 'user-agent': 'curl/8.5.0' })).statusCode).toBe(
      200,
    );
    const json = await get('/api/v1/gemeente/11002/rapport', { accept: 'text/html,application/xhtml+xml' });
    expect(json.statusCode).toBe(200);
    const page = await get('/gemeente/44021');
    const block = page.body.match(/href="\/embed\/gemeente\/44021\/([a-z0-9_-]+)/)?.[1] ?? 'kerncijfers';
    expect((await get(`/embed/gemeente/44021/${block}`)).statusCode).toBe(200);
    expect(await counted()).toEqual([
      '11002 api anderen 1',
      '11002 csv anderen 1',
      '11002 json anderen 1',
      '44021 embed anderen 1',
      '44021 view anderen 1',
      '44021 view eigen 1',
      '44021 xlsx eigen 1',
    ]);
  });

  it('does not count bots, failures, redirects or an officer of another municipality as own', async () => {
    const before = await counted();
    await get('/gemeente/44021', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' });
    await get('/gemeente/44021', { 'user-agent': `${BROWSER} HeadlessChrome/131.0` });
    expect((await get('/gemeente/99999')).statusCode).toBe(404);
    expect((await get('/gemeente/44021?jaar=1900')).statusCode).toBe(404);
    await get('/gemeente/Gent'); // a redirect to the code: the page it leads to is what counts
    expect(await counted()).toEqual(before);
    expect((await get('/gemeente/11002', { cookie: officerCookie })).statusCode).toBe(200);
    expect(await counted()).toContain('11002 view anderen 1');
  });

  it('sets no cookie for the public and keeps nothing of the request but the count', async () => {
    const res = await get('/gemeente/44021');
    expect(res.headers['set-cookie']).toBeUndefined();
    await wf.usage.counter.flush();
    const columns = await wf.db
      .selectFrom('information_schema.columns' as never)
      .select('column_name' as never)
      .where('table_name' as never, '=', 'usage_daily' as never)
      .execute();
    expect(columns.map((c) => (c as { column_name: string }).column_name).sort()).toEqual(
      ['day', 'event', 'hits', 'last_at', 'nis', 'own'].sort(),
    );
  });

  it('adds the counts of two nodes writing the same key', async () => {
    const at = new Date('2024-06-01T10:00:00Z');
    const one = { day: '2024-06-01', nis: '71016', event: 'view' as const, own: true, hits: 2, lastAt: at };
    await Promise.all([
      addUsage(wf.db, [one]),
      addUsage(wf.db, [{ ...one, hits: 3, lastAt: new Date(at.getTime() + 1000) }]),
    ]);
    const sums = await usageByMunicipality(wf.db, '2024-06-01', '2024-06-01');
    expect(sums).toEqual([
      { nis: '71016', event: 'view', own: true, hits: 5, lastAt: new Date(at.getTime() + 1000) },
    ]);
  });

  it('says on the home page how many municipalities viewed their own report', async () => {
    await wf.usage.counter.flush();
    await wf.usage.refreshSummary();
    const home = await get('/');
    expect(home.body).toContain('1 van de 285 gemeenten bekeek haar cijferrapport in de laatste 12 maanden.');
  });

  it('answers every request while the store cannot be written', async () => {
    const counter = wf.usage.counter as unknown as { options: { write: () => Promise<void> } };
    const write = counter.options.write;
    counter.options.write = () => Promise.reject(new Error('databank onbereikbaar'));
    try {
      for (let i = 0; i < 3; i++) {
        expect((await get('/gemeente/44021')).statusCode).toBe(200);
        await wf.usage.counter.flush();
      }
      expect(wf.usage.counter.waiting).toBe(3); // kept for when the store is back
    } finally {
      counter.options.write = write;
    }
    await wf.usage.counter.flush();
    expect(wf.usage.counter.waiting).toBe(0);
  });
});
