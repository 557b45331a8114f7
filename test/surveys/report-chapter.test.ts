/**
 * The report chapter "Wat inwoners en organisaties zeggen": an anonymous residents' run answered 30 times,
 * the officer chooses two closed questions and approves one quote; the municipality's report page then
 * shows them (charts with n and period, the small-number mark for a question under 5 answers, only the
 * approved quote), marked as the municipality's own survey. Other municipalities' reports do not.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import type { SurveyRun } from '../../src/surveys/service-types.js';
import { buildServer } from '../../src/web/server.js';
import { importRealRelease, tempDir } from '../support/real-release.js';
import { openTestWorkflow, SYSTEM, testClock } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let tmp: ReturnType<typeof tempDir>;
let releases: ReleaseStore;
let wf: Awaited<ReturnType<typeof openTestWorkflow>>;
let app: FastifyInstance;
let run: SurveyRun;
let officer: WebClient;

beforeAll(async () => {
  tmp = tempDir();
  const imported = await importRealRelease(tmp.dir);
  releases = imported.store;
  wf = await openTestWorkflow({ clock: testClock(new Date('2026-03-02T09:00:00Z')) });
  app = buildServer(
    { geo: imported.geo, catalog: loadCatalog(), countries: loadCountries(), releases },
    { workflow: wf },
  );
  run = await wf.surveys.createRun(
    {
      surveyKey: 'inwoners-buitenlandse-herkomst',
      ownerNis: '44021',
      mode: 'anonymous',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
    },
    SYSTEM,
  );
  for (let i = 0; i < 30; i++) {
    const { key, answering: first } = await wf.surveys.startAnonymous(run, 'nl');
    let a = first;
    const pages: Record<string, string | string[]>[] = [
      { jaren_in_belgie: 'meer_dan_10' },
      {
        noden: ['werk'],
        'dienstverlening.loket': '4',
        'dienstverlening.ocmw': '4',
        'dienstverlening.bib': '5',
      },
      { discriminatie: i < 3 ? 'soms' : 'nooit' },
      i < 3 ? { waar_discriminatie: ['straat'] } : {},
      { thuis_voelen: i % 2 ? 'ja' : 'nee', droom_tekst: `Droom ${i}` },
    ];
    for (const form of pages) {
      const page = wf.surveys.currentPage(a);
      if (!page) break;
      const out = await wf.surveys.savePage(a, page.id, form, 'next');
      expect(out.kind).not.toBe('invalid');
      const next = await wf.surveys.byResumeKey(run, key);
      if (!next) break;
      a = next;
    }
  }
  const { account, link } = await wf.accounts.invite(
    { email: 'ambtenaar@gent.be', name: 'Ambtenaar', roles: ['gemeente'], municipalities: ['44021'] },
    SYSTEM,
    { mail: false },
  );
  await wf.accounts.setPassword(
    new URL(link).searchParams.get('token') as string,
    'een lang genoeg wachtwoord',
  );
  officer = new WebClient(app);
  officer.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
}, 300_000);
afterAll(async () => {
  await app?.close();
  await wf?.dispose();
  await releases?.close();
  tmp?.cleanup();
});

describe('the report chapter of a municipality’s own survey', () => {
  it('is absent until the officer chooses results', async () => {
    const page = await new WebClient(app).get('/gemeente/44021');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Wat inwoners en organisaties zeggen');
  });

  it('shows the chosen questions with n and period, the small-number mark, and only approved quotes', async () => {
    const results = await officer.get(`/gemeente/44021/enquetes/${run.id}`);
    expect(results.body).toContain('Droom 7');
    const csrf = results.body.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;
    const answers = await wf.db
      .selectFrom('survey_answer')
      .select(['response_id', 'value'])
      .where('question_id', '=', 'droom_tekst')
      .execute();
    const seven = answers.find((r) => (r.value as { value?: string }).value === 'Droom 7');
    const quote = seven ? `${seven.response_id}:droom_tekst` : undefined;
    expect(results.body).toContain(`value="${quote}"`);
    expect(quote).toBeDefined();
    const saved = await officer.post(`/gemeente/44021/enquetes/${run.id}/rapport`, {
      _csrf: csrf,
      vraag: ['thuis_voelen', 'waar_discriminatie', 'niet_bestaand'],
      citaat: [quote as string, 'verzonnen:droom_tekst'],
    });
    expect(saved.statusCode).toBe(303);
    const page = await new WebClient(app).get('/gemeente/44021');
    expect(page.body).toContain(
      '<span id="wat-inwoners-en-organisaties-zeggen-kop">Wat inwoners en organisaties zeggen</span>',
    );
    expect(page.body).toContain('Eigen bevraging van de gemeente, geen officiële statistiek.');
    expect(page.body).toContain('Ja 15, Een beetje 0, Nee 15 (n = 30; 1 maart 2026 – 31 maart 2026)');
    // Three answered where: fewer than 5, so the mark instead of the counts.
    expect(page.body).toMatch(/Waar gebeurde dat\?<\/h4><p><strong>&lt; 5<\/strong> antwoorden/);
    expect(page.body).toContain('Droom 7');
    expect(page.body).not.toContain('Droom 8');
    const other = await new WebClient(app).get('/gemeente/11002');
    expect(other.body).not.toContain('Wat inwoners en organisaties zeggen');
  });
});
