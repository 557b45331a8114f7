/**
 * Issue 13 §3 on the whole application (workflow store, sign-in, administration): other methods on every
 * route are 405 with Allow, and malformed, over-limit or unsupported bodies on every POST route are 4xx,
 * never 500 — for the public and for a signed-in administrator (whose requests pass the gate).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patternRegex } from '../../src/web/method-table.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Workflow & { dispose(): Promise<void> };
let node: ReturnType<typeof appOn>;
let app: FastifyInstance;
let admin: WebClient;
const routes = new Set<string>();
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  wf = await openTestWorkflow();
  node = appOn(wf, routes);
  app = node.app;
  await app.ready();
  const { link } = await wf.accounts.invite(
    { email: 'beheer@agii.be', name: 'Beheer', roles: ['agii'], municipalities: [] },
    SYSTEM,
    { mail: false },
  );
  admin = new WebClient(app);
  const res = await admin.submit(link.replace('http://oa.test', ''), '/wachtwoord-instellen', {
    token: new URL(link).searchParams.get('token') as string,
    password: PASSWORD,
    repeat: PASSWORD,
  });
  expect(res.statusCode).toBe(303);
  expect((await admin.signIn('beheer@agii.be', PASSWORD)).statusCode).toBe(303);
});
afterAll(async () => {
  await node.close();
  await wf.dispose();
});

const cookieOf = (c: WebClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

const concrete = (pattern: string) =>
  pattern
    .replace(':nis', '44021')
    .replace(/:[A-Za-z_]+/g, 'x')
    .replace('*', 'x');

const byPath = () => {
  const paths = new Map<string, Set<string>>();
  for (const key of routes) {
    const [method, path] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)];
    paths.set(path, (paths.get(path) ?? new Set()).add(method));
  }
  return paths;
};

describe('methods on the whole application', () => {
  it('answers DELETE, OPTIONS, PUT, PATCH and POST on every route that does not take them with 405', async () => {
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
        for (const cookie of [undefined, cookieOf(admin)]) {
          const res = await app.inject({ method, url, ...(cookie ? { headers: { cookie } } : {}) });
          expect(res.statusCode, `${method} ${path}`).toBe(405);
          expect(res.headers.allow, `${method} ${path}`).toContain(own);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('refuses malformed JSON, over-limit and unsupported bodies on every POST route with 4xx', async () => {
    const posts = [...byPath()].filter(([, taken]) => taken.has('POST')).map(([path]) => path);
    expect(posts.length).toBeGreaterThan(5);
    const bodies = [
      { 'content-type': 'application/json', payload: '{"email": "a' },
      { 'content-type': 'application/x-www-form-urlencoded', payload: `a=${'x'.repeat(100 * 1024)}` },
      { 'content-type': 'application/json', payload: JSON.stringify({ a: 'x'.repeat(2 ** 21) }) },
      { 'content-type': 'text/x-onbekend', payload: 'a' },
    ];
    for (const path of posts)
      for (const { payload, ...headers } of bodies)
        for (const cookie of [undefined, cookieOf(admin)]) {
          const res = await app.inject({
            method: 'POST',
            url: concrete(path),
            headers: { ...headers, ...(cookie ? { cookie } : {}) },
            payload,
          });
          const what = `POST ${path} ${headers['content-type']} ${cookie ? 'agii' : 'public'}`;
          expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, what).toBeLessThan(500);
        }
  });
});
