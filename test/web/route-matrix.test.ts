/**
 * The authorisation matrix: EVERY route the application registers × every role × own/other municipality
 * → allowed, sent to sign in, or refused (403, in Dutch). The expectations below are written here, apart
 * from src/access: a route without a line here fails, and so does a line for a route that is gone.
 * Only the gate is under test: a hook answers 209 in place of the handler once the gate let a request by.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

/**
 * `coach`: agii and trainer; `own-or-coach`: the municipality's own officers, agii and trainer;
 * `own-only`: the municipality's own officers and nobody else (not even agii);
 * `officer`: officers (gemeente) of any municipality, nobody else.
 */
type Expectation =
  | 'open'
  | 'signed-in'
  | 'agii'
  | 'own-municipality'
  | 'coach'
  | 'own-or-coach'
  | 'own-only'
  | 'officer';

const EXPECTED: Record<string, Expectation> = {
  'GET /': 'open',
  'GET /zoek': 'open',
  'GET /gemeente/:nis': 'open',
  'GET /gemeente/:nis/grafiek/:block': 'open',
  'GET /embed/gemeente/:nis/:block': 'open',
  'GET /gemeente/:nis/rapport.pdf': 'open',
  'GET /gemeente/:nis/kernrapport.pdf': 'open',
  'GET /gemeente/:nis/rapport.xlsx': 'open',
  'GET /gemeente/:nis/rapport.csv': 'open',
  'GET /api/v1/gemeente/:nis/rapport': 'open',
  'GET /api/v1/health': 'open',
  'GET /health': 'open',
  'GET /indicatoren': 'open',
  'GET /api/v1/indicatoren': 'open',
  'GET /api/v1/indicatoren/:id': 'open',
  'GET /api/v1/gebieden': 'open',
  'GET /api/v1/indicatoren/:id/waarden': 'open',
  'GET /api/v1/openapi.json': 'open',
  'OPTIONS /api/v1*': 'open',
  'GET /api/docs': 'open',
  'GET /api/docs/': 'open',
  'GET /api/docs/static/index.html': 'open',
  'GET /api/docs/static/swagger-initializer.js': 'open',
  'GET /api/docs/json': 'open',
  'GET /api/docs/yaml': 'open',
  'GET /api/docs/static/*': 'open',
  'GET /indicator/:id': 'open',
  'GET /indicator/:id/:file': 'open',
  'GET /dashboard/inburgering': 'open',
  'GET /dashboard/inburgering/:file': 'open',
  'GET /aanmelden': 'open',
  'POST /aanmelden': 'open',
  'GET /aanmelden/oidc': 'open',
  'GET /aanmelden/oidc/terug': 'open',
  'GET /wachtwoord-vergeten': 'open',
  'POST /wachtwoord-vergeten': 'open',
  'GET /wachtwoord-instellen': 'open',
  'POST /wachtwoord-instellen': 'open',
  'GET /afmelden': 'open',
  'POST /afmelden': 'open',
  'GET /enquete/:slug': 'open',
  'POST /enquete/:slug': 'open',
  'GET /enquete/:slug/vragen': 'open',
  'POST /enquete/:slug/vragen': 'open',
  'GET /enquete/uitnodiging/:token': 'open',
  'POST /enquete/uitnodiging/:token': 'open',
  'GET /enquete/:slug/qr.svg': 'open',
  'GET /gemeente/:nis/enquetes': 'own-municipality',
  'POST /gemeente/:nis/enquetes': 'own-municipality',
  'GET /gemeente/:nis/enquetes/:run': 'own-municipality',
  'GET /gemeente/:nis/enquetes/:run/antwoorden.csv': 'own-municipality',
  'GET /gemeente/:nis/enquetes/:run/antwoorden.xlsx': 'own-municipality',
  'GET /mijn-gegevens': 'signed-in',
  'POST /mijn-gegevens/verwijderen': 'signed-in',
  'GET /gemeente/:nis/medewerkers': 'own-municipality',
  'GET /gemeente/:nis/rondvraag': 'own-municipality',
  'GET /beheer': 'agii',
  'GET /beheer/gebruikers': 'agii',
  'POST /beheer/gebruikers': 'agii',
  'GET /beheer/gebruikers/:id': 'agii',
  'POST /beheer/gebruikers/:id': 'agii',
  'POST /beheer/gebruikers/:id/uitschakelen': 'agii',
  'POST /beheer/gebruikers/:id/inschakelen': 'agii',
  'GET /beheer/audit': 'agii',
  'GET /beheer/uitgaande-mail': 'agii',
  'GET /beheer/uitgaande-mail/:id': 'agii',
  'GET /beheer/gebruik': 'agii',
  'GET /beheer/gebruik.csv': 'agii',
  'GET /beheer/gebruik.xlsx': 'agii',
  'GET /beheer/data': 'agii',
  'POST /beheer/data': 'agii',
  'GET /beheer/data/bouw/:id': 'agii',
  'GET /beheer/data/release/:release': 'agii',
  'POST /beheer/data/release/:release/activeren': 'agii',
  'POST /beheer/data/release/:release/plannen': 'agii',
  'GET /plan': 'signed-in',
  'GET /plannen': 'coach',
  'GET /gemeente/:nis/plan': 'own-or-coach',
  'GET /gemeente/:nis/plan/geschiedenis': 'own-or-coach',
  'GET /gemeente/:nis/plan.docx': 'own-or-coach',
  'GET /gemeente/:nis/plan.pdf': 'own-or-coach',
  'GET /gemeente/:nis/plan.json': 'own-or-coach',
  'POST /gemeente/:nis/plan/opmerkingen': 'own-or-coach',
  'POST /gemeente/:nis/plan/feedback': 'coach',
  'POST /gemeente/:nis/plan': 'own-only',
  'POST /gemeente/:nis/plan/status': 'own-only',
  'POST /gemeente/:nis/plan/sleutel/:key': 'own-only',
  'POST /gemeente/:nis/plan/sleutel/:key/acties': 'own-only',
  'POST /gemeente/:nis/plan/sleutel/:key/indicatoren': 'own-only',
  'POST /gemeente/:nis/plan/acties/:id': 'own-only',
  'POST /gemeente/:nis/plan/indicatoren/:id': 'own-only',
  'GET /vorming': 'signed-in',
  'POST /vorming': 'coach',
  'GET /vorming/editie/:edition': 'signed-in',
  'GET /vorming/editie/:edition/attest.pdf': 'signed-in',
  'POST /vorming/editie/:edition/sessies': 'coach',
  'GET /vorming/sessie/:session': 'signed-in',
  'POST /vorming/sessie/:session': 'coach',
  'POST /vorming/sessie/:session/afgelasten': 'coach',
  'POST /vorming/sessie/:session/gehouden': 'coach',
  'POST /vorming/sessie/:session/inschrijven': 'officer',
  'POST /vorming/sessie/:session/uitschrijven': 'officer',
  'GET /vorming/sessie/:session/aanwezigheid': 'coach',
  'POST /vorming/sessie/:session/aanwezigheid': 'coach',
  'POST /vorming/sessie/:session/peiling': 'coach',
  'POST /vorming/sessie/:session/peiling/antwoord': 'officer',
  'POST /vorming/sessie/:session/peiling/vastleggen': 'coach',
  'POST /vorming/sessie/:session/materiaal': 'coach',
  'POST /vorming/sessie/:session/link': 'coach',
  'POST /vorming/materiaal/:material/publiek': 'coach',
  // Open at the gate: the handler serves it to participants, trainers and AgII, or to all once published.
  'GET /vorming/materiaal/:material': 'open',
  'GET /vorming/overzicht': 'agii',
  'GET /vorming/overzicht.csv': 'agii',
  'GET /vorming/overzicht.xlsx': 'agii',
  'GET /beheer/rondvraag': 'agii',
  'POST /beheer/rondvraag/contacten': 'agii',
  'POST /beheer/rondvraag/starten': 'agii',
  'POST /beheer/rondvraag/uitnodigen': 'agii',
  'POST /beheer/rondvraag/herinneren': 'agii',
  'POST /beheer/rondvraag/sluitingsdatum': 'agii',
};

const PROFILES = ['publiek', 'gemeente-eigen', 'gemeente-ander', 'agii', 'trainer'] as const;
type Profile = (typeof PROFILES)[number];
type Outcome = 'allowed' | 'sign-in' | 'refused';

const OWN = '44021'; // Gent: the officer's municipality
const OTHER = '11002'; // Antwerpen

function expected(kind: Expectation, profile: Profile, method: string): Outcome {
  if (kind === 'open') return 'allowed';
  if (profile === 'publiek') return method === 'GET' ? 'sign-in' : 'refused';
  if (kind === 'signed-in') return 'allowed';
  if (kind === 'own-only') return profile === 'gemeente-eigen' ? 'allowed' : 'refused';
  if ((kind === 'coach' || kind === 'own-or-coach') && profile === 'trainer') return 'allowed';
  if (kind === 'own-or-coach' && profile === 'gemeente-eigen') return 'allowed';
  if (kind === 'officer') return profile.startsWith('gemeente') ? 'allowed' : 'refused';
  if (profile === 'agii') return 'allowed';
  if (kind === 'own-municipality' && profile === 'gemeente-eigen') return 'allowed';
  return 'refused';
}

function concreteUrl(pattern: string, profile: Profile): string {
  const samples: Record<string, string> = {
    nis: profile === 'gemeente-ander' ? OTHER : OWN,
    block: 'niet_belgen',
    key: '4',
    file: pattern.startsWith('/dashboard/') ? 'weergave.csv' : 'gemeenten.csv',
    release: '20260101T000000Z-0a1b2c3d',
    edition: '1',
    session: '1',
    material: '1',
    slug: 'AbCdEfGhIjKlMnOp',
    run: '1',
    token: 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg',
    id: pattern.startsWith('/beheer') ? '1' : 'niet_belgen',
  };
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = samples[name];
    if (!value) throw new Error(`no sample value for :${name} in ${pattern}: add one to the matrix test`);
    return value;
  });
}

let wf: Workflow & { dispose(): Promise<void> };
let forms: ReturnType<typeof appOn>;
let gated: ReturnType<typeof appOn>;
const routes = new Set<string>();
const clients = new Map<Profile, WebClient>();

beforeAll(async () => {
  wf = await openTestWorkflow();
  forms = appOn(wf);
  gated = appOn(wf, routes);
  gated.app.addHook('preHandler', async (_req, reply) => reply.code(209).send('door de poort'));
  await gated.app.ready();
  const people: Record<
    Exclude<Profile, 'publiek' | 'gemeente-ander'>,
    { roles: ('agii' | 'gemeente' | 'trainer')[]; municipalities: string[] }
  > = {
    agii: { roles: ['agii'], municipalities: [] },
    'gemeente-eigen': { roles: ['gemeente'], municipalities: [OWN] },
    trainer: { roles: ['trainer'], municipalities: [] },
  };
  clients.set('publiek', new WebClient(forms.app));
  for (const [profile, access] of Object.entries(people)) {
    const { account, link } = await wf.accounts.invite(
      { email: `${profile}@test.be`, name: profile, ...access },
      SYSTEM,
      { mail: false },
    );
    await wf.accounts.setPassword(
      new URL(link).searchParams.get('token') as string,
      'een wachtwoord van de matrix',
    );
    const client = new WebClient(forms.app);
    client.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
    clients.set(profile as Profile, client);
  }
  clients.set('gemeente-ander', clients.get('gemeente-eigen') as WebClient);
});
afterAll(async () => {
  await gated.close();
  await forms.close();
  await wf.dispose();
});

const PREFLIGHT = { origin: 'https://example.org', 'access-control-request-method': 'GET' };

async function outcome(
  app: FastifyInstance,
  client: WebClient,
  method: string,
  url: string,
  profile: Profile,
): Promise<Outcome | string> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  // One client address per profile, so the rate limits of one never answer for another.
  const remoteAddress = `127.0.0.${PROFILES.indexOf(profile) + 10}`;
  const res =
    method === 'GET'
      ? await app.inject({ method: 'GET', url, remoteAddress, headers: { cookie } })
      : method === 'OPTIONS'
        ? await app.inject({ method, url, remoteAddress, headers: { cookie, ...PREFLIGHT } })
        : await app.inject({
            method: 'POST',
            url,
            remoteAddress,
            headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
            payload: `_csrf=${encodeURIComponent(client.cookies.get('token') ?? '')}`,
          });
  if (res.statusCode === 209) return 'allowed';
  // A CORS preflight is answered (204) by its hook, after the gate let it by.
  if (method === 'OPTIONS' && res.statusCode === 204) return 'allowed';
  if (res.statusCode === 303 && String(res.headers.location).startsWith('/aanmelden?terug='))
    return 'sign-in';
  if (res.statusCode === 403 && res.body.includes('<h1>Geen toegang</h1>')) return 'refused';
  return `status ${res.statusCode}`;
}

describe('routes × roles', () => {
  it('has an expectation for every registered route, and a route for every expectation', () => {
    expect([...routes].filter((r) => !(r in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !routes.has(r))).toEqual([]);
  });

  for (const profile of PROFILES) {
    it(`gives ${profile} exactly what the matrix says, on every route`, async () => {
      const client = clients.get(profile) as WebClient;
      // A valid CSRF token of this person's session, so a refusal is never about the token.
      client.cookies.set('token', await client.csrfFrom('/aanmelden'));
      const wrong: string[] = [];
      for (const route of routes) {
        const [method, pattern] = route.split(' ') as [string, string];
        const want = expected(EXPECTED[route] as Expectation, profile, method);
        const got = await outcome(gated.app, client, method, concreteUrl(pattern, profile), profile);
        if (got !== want) wrong.push(`${route} as ${profile}: expected ${want}, got ${got}`);
      }
      client.cookies.delete('token');
      expect(wrong).toEqual([]);
    });
  }

  it('walks every route with every profile', () => {
    expect(routes.size * PROFILES.length).toBeGreaterThanOrEqual(38 * 5);
  });
});
