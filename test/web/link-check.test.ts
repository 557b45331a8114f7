/**
 * A link checker over whole pages (issue 8 §3): starting from the home page it reads every page a
 * visitor reaches without signing in — the home page, the indicator list and every indicator page,
 * the full and chapter views of two reports — and checks that each internal link, image and form
 * target answers (200, or a redirect to a page that does) and that each `#anchor` exists on its page.
 * Other internal links (the 285 reports, downloads) are fetched once for their status; PDFs are left
 * to the PDF suite (they need Chromium).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildServer } from '../../src/web/server.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { openTestWorkflow } from '../support/test-workflow.js';

let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let app: FastifyInstance;
let workflow: Awaited<ReturnType<typeof openTestWorkflow>>;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  store = imported.store;
  // As `npm start` serves it: with the workflow store, so the sign-in link in every page header exists.
  workflow = await openTestWorkflow();
  app = buildServer(
    { geo: imported.geo, catalog: loadCatalog(), countries: loadCountries(), releases: store },
    { workflow },
  );
}, 300_000);
afterAll(async () => {
  await app.close();
  await workflow.dispose();
  await store.close();
  tmp.cleanup();
});

/** Pages whose links are all followed (and whose anchors are checked): path and query. */
function isCrawled(target: string): boolean {
  return (
    target === '/' ||
    target === '/indicatoren' ||
    /^\/indicator\/[a-z0-9_]+$/.test(target) ||
    /^\/gemeente\/(44021|73028)(\?indeling=2025)?$/.test(target) ||
    /^\/gemeente\/(44021|73028)\?.*hoofdstukken=alle/.test(target)
  );
}

const ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function decode(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly type: string;
}

describe('every link on the public pages leads somewhere', () => {
  it('has no broken link, image, form target or anchor', async () => {
    const answers = new Map<string, Answer>();
    const fetchOnce = async (url: string): Promise<Answer> => {
      let answer = answers.get(url);
      if (!answer) {
        let res = await app.inject({ method: 'GET', url });
        for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 5; hops++) {
          res = await app.inject({ method: 'GET', url: String(res.headers.location) });
        }
        answer = { status: res.statusCode, body: res.body, type: String(res.headers['content-type'] ?? '') };
        answers.set(url, answer);
      }
      return answer;
    };

    const broken: string[] = [];
    const anchors: { readonly page: string; readonly target: string; readonly id: string }[] = [];
    const queue = ['/'];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const page = queue.shift() as string;
      const answer = await fetchOnce(page);
      if (answer.status !== 200) continue;
      if (!answer.type.includes('text/html') || !isCrawled(page)) continue;
      for (const match of answer.body.matchAll(ATTRIBUTE)) {
        const raw = decode(match[1] as string);
        if (raw === '' || /^(https?:|mailto:|data:|javascript:)/.test(raw)) continue;
        const url = new URL(raw, `http://x${page}`);
        const target = `${url.pathname}${url.search}`;
        if (url.hash.length > 1) anchors.push({ page, target, id: decodeURIComponent(url.hash.slice(1)) });
        if (url.pathname.endsWith('.pdf') || seen.has(target)) continue;
        seen.add(target);
        // Form targets are read with GET like the forms themselves (search, filters).
        queue.push(target);
      }
      if (answers.size > 4000) throw new Error('the crawl does not end: more than 4000 distinct URLs');
    }
    for (const url of seen) {
      const answer = answers.get(url);
      if (answer?.status !== 200) broken.push(`${url} → ${answer?.status ?? 'not fetched'}`);
    }
    for (const { page, target, id } of anchors) {
      const answer = await fetchOnce(target);
      const ids = new Set([...answer.body.matchAll(ID)].map((m) => decode(m[1] as string)));
      if (!ids.has(id)) broken.push(`${page}: #${id} is not on ${target}`);
    }
    expect(broken).toEqual([]);
    // The crawl really read the reports and the indicator pages.
    expect(seen.has('/indicatoren')).toBe(true);
    expect([...seen].filter((u) => u.startsWith('/indicator/')).length).toBeGreaterThan(60);
    expect(anchors.length).toBeGreaterThan(50);
  }, 600_000);
});
