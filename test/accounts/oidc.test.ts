/**
 * OpenID Connect against a real local provider (oidc-provider, started here with its development
 * login screens): an ACM/IDM-like `vo_orgcode` claim maps to Gent, the officer gets a gemeente account
 * bound to Gent and a session; an organisation that maps to no municipality is refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

const PUBLIC_URL = 'http://127.0.0.1:3159';
const ORG_OF: Record<string, string> = { els: '0207451227', piet: '0999999999' };

let server: Server;
let issuer: string;
let wf: Workflow & { dispose(): Promise<void> };
let node: ReturnType<typeof appOn>;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'omgevingsanalyse',
        client_secret: 'een-geheim-voor-de-test',
        redirect_uris: [`${PUBLIC_URL}/aanmelden/oidc/terug`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name'],
      vo: ['vo_orgcode'],
    },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        email: `${id}@gent.be`,
        email_verified: true,
        given_name: id,
        family_name: 'Test',
        vo_orgcode: ORG_OF[id],
      }),
    }),
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  wf = await openTestWorkflow({
    settings: {
      publicUrl: PUBLIC_URL,
      oidc: {
        issuer: new URL(issuer),
        clientId: 'omgevingsanalyse',
        clientSecret: 'een-geheim-voor-de-test',
        scopes: 'openid email profile vo',
        orgClaim: 'vo_orgcode',
        orgMap: new Map([['0207451227', '44021']]),
        label: 'Aanmelden via de Vlaamse overheid (ACM/IDM)',
        autoCreate: true,
      },
    },
  });
  node = appOn(wf);
});
afterAll(async () => {
  await node.close();
  await wf.dispose();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Walks the provider's login and consent screens as a browser would, until it sends us back. */
async function throughProvider(start: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  let method = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(PUBLIC_URL)) return url.slice(PUBLIC_URL.length);
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = (pair ?? '').split('=');
      if (k) jar.set(k, v.join('='));
    }
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await res.text();
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`no form at ${url} (${res.status}): ${html.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g))
      fields.set(m[1] as string, m[2] as string);
    if (html.includes('name="login"')) {
      fields.set('login', login);
      fields.set('password', 'wat-dan-ook');
    }
    url = new URL(action, url).href;
    method = 'POST';
    body = fields.toString();
  }
  throw new Error('the provider never sent the browser back');
}

describe('OpenID Connect (ACM/IDM-like)', () => {
  it('offers the button on the sign-in page', async () => {
    const res = await node.app.inject('/aanmelden');
    expect(res.body).toContain('Aanmelden via de Vlaamse overheid (ACM/IDM)');
  });

  it('signs in an officer whose organisation code maps to Gent, making a gemeente account for Gent', async () => {
    const web = new WebClient(node.app);
    const start = await web.get('/aanmelden/oidc');
    expect(start.statusCode).toBe(302);
    const back = await throughProvider(start.headers.location as string, 'els');
    const done = await web.get(back);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/gemeente/44021');
    const account = await wf.accounts.byEmail('els@gent.be');
    expect(account).toMatchObject({
      roles: ['gemeente'],
      municipalities: ['44021'],
      status: 'active',
      oidc: true,
    });
    expect((await web.get('/gemeente/44021/medewerkers')).statusCode).toBe(200);
    expect((await web.get('/gemeente/11002/medewerkers')).statusCode).toBe(403);
    const [entry] = await wf.audit.list({ limit: 1 });
    expect(entry).toMatchObject({ action: 'gebruiker.aangemaakt-via-oidc', actor: { label: 'oidc' } });
  });

  it('refuses an organisation that is no municipality, and a return without the flow’s cookie', async () => {
    const web = new WebClient(node.app);
    const start = await web.get('/aanmelden/oidc');
    const back = await throughProvider(start.headers.location as string, 'piet');
    const refused = await web.get(back);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('is hier niet gekoppeld aan een Vlaamse gemeente');
    expect(await wf.accounts.byEmail('piet@gent.be')).toBeUndefined();
    const stranger = await new WebClient(node.app).get(back);
    expect(stranger.statusCode).toBe(400);
  });
});
