/**
 * The plan of approach through the whole web application on the real Statbel release: an officer of
 * Gent starts a plan and finds key 1 filled with Gent's figures as the report shows them, adds an
 * action under key 4 and an indicator, two officers save the same key concurrently (the second is told,
 * both texts shown, nothing lost), the plan is submitted, the trainer comments and gives feedback, AgII
 * cannot write, and the Word file read back (mammoth) holds the five keys and Gent's non-Belgian share.
 * Runs on PGlite and, in `npm run test:db`, on PostgreSQL.
 */
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { KEY_TITLES } from '../../src/plan/keys.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { buildServer } from '../../src/web/server.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let tmp: ReturnType<typeof tempDir>;
let releases: ReleaseStore;
let wf: Workflow & { dispose(): Promise<void> };
let app: FastifyInstance;
const people = new Map<string, WebClient>();

async function person(
  name: string,
  roles: ('gemeente' | 'agii' | 'trainer')[],
  municipalities: string[],
): Promise<WebClient> {
  const { account, link } = await wf.accounts.invite(
    { email: `${name}@plan.test`, name, roles, municipalities },
    SYSTEM,
    { mail: false },
  );
  await wf.accounts.setPassword(
    new URL(link).searchParams.get('token') as string,
    `het wachtwoord van ${name}`,
  );
  const client = new WebClient(app);
  client.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
  return client;
}

const PLAN = '/gemeente/44021/plan';
const who = (name: string) => people.get(name) as WebClient;
const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Gent's non-Belgian share as the report page shows it (its key figure card). */
async function reportShare(): Promise<string> {
  const page = await app.inject({ method: 'GET', url: '/gemeente/44021' });
  const share = page.body.match(/<h3 class="key-title">Niet-Belgen<\/h3><p class="key-value">([^<]+)</)?.[1];
  if (!share) throw new Error('no key figure Niet-Belgen on the report page');
  return share;
}

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  releases = imported.store;
  wf = await openTestWorkflow();
  app = buildServer(
    { geo: imported.geo, catalog: loadCatalog(), countries: loadCountries(), releases },
    { workflow: wf, countUsage: false },
  );
  people.set('anna', await person('anna', ['gemeente'], ['44021']));
  people.set('bert', await person('bert', ['gemeente'], ['44021']));
  people.set('antwerpen', await person('antwerpen', ['gemeente'], ['11002']));
  people.set('trainer', await person('trainer', ['trainer'], []));
  people.set('agii', await person('agii', ['agii'], []));
}, 180_000);
afterAll(async () => {
  await app?.close();
  await wf?.dispose();
  await releases?.close();
  tmp?.cleanup();
});

describe('the plan of approach on the web', () => {
  it('is started by an officer of Gent, key 1 filled with Gent figures from the active release', async () => {
    const before = await who('anna').get(PLAN);
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Plan van aanpak starten');
    // Only the officers of the municipality itself may start it.
    expect((await who('agii').get(PLAN)).body).not.toContain('Plan van aanpak starten');
    const started = await who('anna').submit(PLAN, PLAN, {});
    expect(started.statusCode).toBe(303);
    const run = await wf.surveys.createRun(
      {
        surveyKey: 'inwoners-buitenlandse-herkomst',
        ownerNis: '44021',
        mode: 'anonymous',
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
      },
      SYSTEM,
    );
    const page = await who('anna').get(PLAN);
    // The municipality's own questionnaires are listed in key 1, with their responses.
    expect(decode(page.body)).toContain(
      `<a href="/gemeente/44021/enquetes/${run.id}">${run.title}</a> (1 maart 2026 tot en met 31 maart 2026): 0 ingestuurde antwoorden`,
    );
    const share = await reportShare();
    expect(share).toMatch(/^\d+,\d\u00a0%$/);
    expect(page.body).toContain('Cijfers uit het rapport van Gent');
    expect(page.body).toContain(share);
    const release = (await releases.active()).id;
    expect(page.body).toContain(`Datarelease ${release}`);
    expect(page.body).toContain(`catalogusversie ${loadCatalog().version}`);
    // The situation of key 1 starts with the report's comparison sentences.
    expect(decode(page.body)).toMatch(
      /In Gent heeft [\d,]+\u00a0% van de inwoners niet de Belgische nationaliteit/,
    );
    for (const title of Object.values(KEY_TITLES)) expect(decode(page.body)).toContain(title);
  });

  it('adds an action under key 4 and an indicator to follow with its baseline from the report', async () => {
    const added = await who('anna').submit(PLAN, `${PLAN}/sleutel/4/acties`, {
      what: 'Oefenkansen Nederlands in de bibliotheek',
      kind: 'taal',
      owner: 'integratiedienst',
      partners: 'bibliotheek, Huis van het Nederlands',
      timing: 'najaar 2026',
      budget: '€ 2.000',
      status: 'gepland',
    });
    expect(added.statusCode).toBe(303);
    const indicator = await who('anna').submit(PLAN, `${PLAN}/sleutel/1/indicatoren`, {
      indicator: 'niet_belgen|total',
      doel: 'opvolgen',
    });
    expect(indicator.statusCode).toBe(303);
    const page = decode((await who('anna').get(PLAN)).body);
    expect(page).toContain('Oefenkansen Nederlands in de bibliotheek (taal en Nederlands oefenen, gepland)');
    expect(page).toContain(`Niet-Belgen: ${await reportShare()} (toestand op 1 januari 2021`);
    const refused = await who('anna').submit(PLAN, `${PLAN}/sleutel/4/acties`, {
      what: '',
      kind: 'taal',
      status: 'gepland',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Zeg wat de actie is.');
  });

  it('tells the second of two officers saving key 2 at once, shows both texts and loses nothing', async () => {
    const annaToken = await who('anna').csrfFrom(PLAN);
    const bertToken = await who('bert').csrfFrom(PLAN);
    const revision = (await who('anna').get(PLAN)).body.match(
      /action="\/gemeente\/44021\/plan\/sleutel\/2"><input type="hidden" name="_csrf" value="[^"]+"\/><input type="hidden" name="revisie" value="(\d+)"/,
    )?.[1];
    expect(revision).toBeDefined();
    const first = await who('anna').post(`${PLAN}/sleutel/2`, {
      _csrf: annaToken,
      revisie: revision as string,
      situatie: 'De regie ligt bij de integratiedienst (Anna).',
      doelen: '',
    });
    expect(first.statusCode).toBe(303);
    const second = await who('bert').post(`${PLAN}/sleutel/2`, {
      _csrf: bertToken,
      revisie: revision as string,
      situatie: 'Het overleg met de OCMW-diensten loopt (Bert).',
      doelen: '',
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('iemand anders bewaarde dit intussen');
    expect(second.body).toContain('anna@plan.test');
    expect(second.body).toContain('De regie ligt bij de integratiedienst (Anna).');
    expect(second.body).toContain('Het overleg met de OCMW-diensten loopt (Bert).');
    const stored = await who('bert').get(PLAN);
    expect(stored.body).toContain('De regie ligt bij de integratiedienst (Anna).');
    const history = await who('trainer').get(`${PLAN}/geschiedenis`);
    expect(history.body).toContain('sleutel 2: teksten aangepast');
    expect(history.body).toContain('anna@plan.test');
  });

  it('is submitted by the officer, commented and sent back by the trainer; AgII and others cannot write', async () => {
    expect((await who('anna').submit(PLAN, `${PLAN}/status`, { naar: 'ingediend' })).statusCode).toBe(303);
    const submitted = await who('trainer').get(PLAN);
    expect(submitted.body).toContain('ingediend');
    expect(submitted.body).toContain('Feedback geven');
    const comment = await who('trainer').submit(PLAN, `${PLAN}/opmerkingen`, {
      onderdeel: 'sleutel-4',
      tekst: 'Betrek ook de scholen bij het taalbeleid.',
    });
    expect(comment.statusCode).toBe(303);
    expect((await who('trainer').submit(PLAN, `${PLAN}/feedback`, { naar: 'feedback' })).statusCode).toBe(
      303,
    );
    const back = await who('anna').get(PLAN);
    expect(back.body).toContain('Betrek ook de scholen bij het taalbeleid.');
    expect(back.body).toContain('feedback ontvangen');
    const agii = who('agii');
    const token = await agii.csrfFrom(PLAN);
    expect(
      (await agii.post(`${PLAN}/sleutel/3`, { _csrf: token, revisie: '1', situatie: 'x' })).statusCode,
    ).toBe(403);
    expect((await who('antwerpen').get(PLAN)).statusCode).toBe(403);
  });

  it('exports Word with the five keys and Gent non-Belgian share as the report shows it, and JSON', async () => {
    const docx = await who('anna').get(`${PLAN}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const { value: text } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    for (const [k, title] of Object.entries(KEY_TITLES)) expect(text).toContain(`Sleutel ${k}: ${title}`);
    expect(text).toContain(await reportShare());
    expect(text).toContain('Oefenkansen Nederlands in de bibliotheek');
    const json = JSON.parse((await who('trainer').get(`${PLAN}.json`)).body);
    expect(json.schema).toBe('omgevingsanalyse.plan-van-aanpak');
    expect(json.keys.map((k: { title: string }) => k.title)).toEqual(Object.values(KEY_TITLES));
    expect(json.figures.releaseId).toBe((await releases.active()).id);
    expect(
      json.figures.figures.find((f: { indicatorId: string }) => f.indicatorId === 'niet_belgen').shown,
    ).toBe(await reportShare());
  });

  it('exports the PDF on the report print pipeline', async () => {
    const pdf = await who('trainer').get(`${PLAN}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(10_000);
  }, 60_000);

  it('shows AgII the overview of all plans: keys with actions, kinds, indicators and the map', async () => {
    const page = decode((await who('agii').get('/plannen')).body);
    expect(page).toContain('1 gemeente heeft een plan van aanpak.');
    expect(page).toContain('Gent (44021)');
    expect(page).toContain('taal en Nederlands oefenen: 1');
    expect(page).toContain('Niet-Belgen: 1 plan');
    expect(page).toContain('<svg');
    expect(page).toMatch(
      /Kaart van de 285 gemeenten van het Vlaams Gewest: 284 geen plan, 0 concept, 1 ingediend of in feedback/,
    );
    expect((await who('anna').get('/plannen')).statusCode).toBe(403);
  });
});
