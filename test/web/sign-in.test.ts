/** Signing in through the web: one-time links, cookies, the lock-out across nodes, CSRF, rate limit, headers. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Workflow & { dispose(): Promise<void> };
let nodeA: ReturnType<typeof appOn>;
let nodeB: ReturnType<typeof appOn>;
let app: FastifyInstance;
const PASSWORD = 'correct paard batterij nietje';

beforeAll(async () => {
  wf = await openTestWorkflow({ lockoutRules: { maxFailures: 3, windowMs: 600_000, lockMs: 600_000 } });
  nodeA = appOn(wf);
  nodeB = appOn(wf); // a second web node on the same store
  app = nodeA.app;
  const { link } = await wf.accounts.invite(
    { email: 'an@gent.be', name: 'An Peeters', roles: ['gemeente'], municipalities: ['44021'] },
    SYSTEM,
    { mail: false },
  );
  const web = new WebClient(app);
  const path = link.replace('http://oa.test', '');
  const res = await web.submit(path, '/wachtwoord-instellen', {
    token: new URL(link).searchParams.get('token') as string,
    password: PASSWORD,
    repeat: PASSWORD,
  });
  expect(res.statusCode).toBe(303);
});
afterAll(async () => {
  await nodeA.close();
  await nodeB.close();
  await wf.dispose();
});

describe('sign-in', () => {
  it('shows a Dutch sign-in form with a CSRF token, and a sign-in link in every page header', async () => {
    const res = await app.inject('/aanmelden');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Aanmelden</h1>');
    expect(res.body).toMatch(/name="_csrf" value="[^"]+"/);
    expect(res.body).toContain('<a href="/aanmelden">Aanmelden</a>');
  });

  it('signs in: an httpOnly SameSite=Lax session cookie, the name in the header, no caching', async () => {
    const web = new WebClient(app);
    const res = await web.signIn('an@gent.be', PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/gemeente/44021');
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('oa_sessie=')) as string;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await web.get('/mijn-gegevens');
    expect(me.statusCode).toBe(200);
    expect(me.body).toContain('an@gent.be');
    expect(me.body).toContain('<a href="/mijn-gegevens">An Peeters</a>');
    expect(me.body).not.toContain('<a href="/aanmelden">Aanmelden</a>');
    expect(me.headers['cache-control']).toBe('private, no-store');
    // The same session works on the other node: nothing lives in one process.
    const other = new WebClient(nodeB.app);
    for (const [k, v] of web.cookies) other.cookies.set(k, v);
    expect((await other.get('/mijn-gegevens')).statusCode).toBe(200);
    // Signing out ends the session in the store.
    expect((await web.submit('/afmelden', '/afmelden', {})).statusCode).toBe(303);
    expect((await other.get('/mijn-gegevens')).statusCode).toBe(303);
  });

  it('marks the cookie Secure behind a TLS proxy (TRUST_PROXY and X-Forwarded-Proto)', async () => {
    const proxied = await openTestWorkflow({ settings: { trustProxy: true } });
    const node = appOn(proxied);
    try {
      await proxied.accounts.invite(
        { email: 'x@gent.be', name: 'X', roles: ['agii'], municipalities: [] },
        SYSTEM,
        { mail: false },
      );
      const res = await node.app.inject({ url: '/aanmelden', headers: { 'x-forwarded-proto': 'https' } });
      const csrfCookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('oa_csrf=')) as string;
      expect(csrfCookie).toMatch(/Secure/);
    } finally {
      await node.close();
      await proxied.dispose();
    }
  });

  it('refuses a wrong password in Dutch and locks the address after 3 failures, on every node', async () => {
    const web = new WebClient(app);
    const first = await web.signIn('an@gent.be', 'fout');
    expect(first.statusCode).toBe(401);
    expect(first.body).toContain('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    await web.signIn('an@gent.be', 'fout');
    const third = await web.signIn('an@gent.be', 'fout');
    expect(third.statusCode).toBe(429);
    expect(third.body).toContain('Te veel mislukte pogingen');
    // Even the right password is refused now, also on the other node.
    const elsewhere = new WebClient(nodeB.app);
    const locked = await elsewhere.signIn('an@gent.be', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.cookies.find((c) => c.name === 'oa_sessie')).toBeUndefined();
    await wf.lockout.clear('an@gent.be');
    expect((await elsewhere.signIn('an@gent.be', PASSWORD)).statusCode).toBe(303);
  });

  it('refuses a form posted without a token, or with the token of another session', async () => {
    const web = new WebClient(app);
    const bare = await web.post('/aanmelden', { email: 'an@gent.be', password: PASSWORD });
    expect(bare.statusCode).toBe(403);
    expect(bare.body).toContain('Dit formulier is verlopen');
    const token = await new WebClient(app).csrfFrom('/aanmelden');
    await web.get('/aanmelden'); // web has its own CSRF cookie, not the one the token belongs to
    const foreign = await web.post('/aanmelden', { email: 'an@gent.be', password: PASSWORD, _csrf: token });
    expect(foreign.statusCode).toBe(403);
  });

  it('rate-limits sign-in attempts per client, counted in the store', async () => {
    const web = new WebClient(app, { 'x-test': 'limit' });
    const token = await web.csrfFrom('/aanmelden');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const node = i % 2 === 0 ? app : nodeB.app; // both nodes count into the same rows
      const res = await node.inject({
        method: 'POST',
        url: '/aanmelden',
        remoteAddress: '10.9.9.9',
        headers: {
          cookie: [...web.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ email: `n${i}@x.be`, password: 'fout', _csrf: token }).toString(),
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe('security headers', () => {
  it('sends helmet headers on pages, and lets embeds be framed by any site', async () => {
    const page = await app.inject('/aanmelden');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const embed = await app.inject('/embed/gemeente/44021/niet_belgen');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
  });
});
