/**
 * Answering through the web, without script: an anonymous run (start, pages saved one by one, resumed by
 * the cookie, errors tied to fields, sent, the cookie forgotten) and an identified run (resume by token,
 * status per invitation). Nothing of an anonymous response is finer than the day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyRun } from '../../src/surveys/service-types.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM, testClock } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Awaited<ReturnType<typeof openTestWorkflow>>;
let web: ReturnType<typeof appOn>;
let anonymous: SurveyRun;
const clock = testClock(new Date('2026-03-02T09:13:27Z'));

beforeAll(async () => {
  wf = await openTestWorkflow({ clock });
  web = appOn(wf);
  anonymous = await wf.surveys.createRun(
    {
      surveyKey: 'inwoners-buitenlandse-herkomst',
      ownerNis: '44021',
      mode: 'anonymous',
      opensOn: '2026-03-01',
      closesOn: '2026-03-31',
    },
    SYSTEM,
  );
});
afterAll(async () => {
  await web.close();
  await wf.dispose();
});

async function submitPage(client: WebClient, url: string, form: Record<string, string | string[]>) {
  const page = await client.get(url);
  const csrf = page.body.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;
  const pagina = page.body.match(/name="pagina" value="([^"]+)"/)?.[1] as string;
  return client.post(url, { _csrf: csrf, pagina, richting: 'volgende', ...form });
}

describe('an anonymous run', () => {
  it('starts in the chosen language, saves each page, resumes, and forgets the respondent when sent', async () => {
    const client = new WebClient(web.app);
    const base = `/enquete/${anonymous.slug}`;
    const start = await client.get(`${base}?taal=fr`);
    expect(start.statusCode).toBe(200);
    expect(start.body).toContain('lang="fr-BE"');
    const csrf = start.body.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;
    const started = await client.post(base, { _csrf: csrf, taal: 'fr' });
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe(`${base}/vragen`);

    // A required question left open: 400, the error tied to its fieldset.
    const invalid = await submitPage(client, `${base}/vragen`, {});
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Cette question est obligatoire.');
    expect(invalid.body).toMatch(
      /<fieldset class="survey-question" id="v-jaren_in_belgie" aria-describedby="v-jaren_in_belgie-fout" aria-invalid="true">/,
    );
    // An option that is not offered is refused at the edge.
    const forged = await submitPage(client, `${base}/vragen`, { jaren_in_belgie: 'drop table' });
    expect(forged.statusCode).toBe(400);

    const one = await submitPage(client, `${base}/vragen`, {
      jaren_in_belgie: '2_tot_5',
      leeftijd: '25_tot_44',
    });
    expect(one.statusCode).toBe(303);
    expect(one.headers.location).toBe(`${base}/vragen?pagina=noden`);
    // Stop here; a new visit of the open link resumes.
    const again = await client.get(base);
    expect(again.statusCode).toBe(303);
    const resumed = await client.get(`${base}/vragen`);
    expect(resumed.body).toContain('name="pagina" value="noden"');

    const tooMany = await submitPage(client, `${base}/vragen`, {
      noden: ['werk', 'wonen', 'taal', 'contact'],
    });
    expect(tooMany.body).toContain('Choisissez-en au maximum 3.');
    const otherEmpty = await submitPage(client, `${base}/vragen`, {
      noden: ['werk', 'andere'],
      'dienstverlening.loket': '4',
      'dienstverlening.ocmw': '3',
      'dienstverlening.bib': 'nvt',
    });
    expect(otherEmpty.statusCode).toBe(400);
    expect(otherEmpty.body).toContain('id="v-noden-andere-tekst"');
    const two = await submitPage(client, `${base}/vragen`, {
      noden: ['werk', 'andere'],
      noden__andere: 'Kinderopvang',
      'dienstverlening.loket': '4',
      'dienstverlening.ocmw': '3',
      'dienstverlening.bib': 'nvt',
    });
    expect(two.headers.location).toBe(`${base}/vragen?pagina=zorgen`);
    const three = await submitPage(client, `${base}/vragen`, { discriminatie: 'nooit' });
    // "nooit" skips the question on where: the next page shows only the free text.
    expect(three.headers.location).toBe(`${base}/vragen?pagina=zorgen_meer`);
    const skipped = await client.get(`${base}/vragen?pagina=zorgen_meer`);
    expect(skipped.body).not.toContain('waar_discriminatie');
    await submitPage(client, `${base}/vragen?pagina=zorgen_meer`, { zorg_tekst: 'De wachtlijsten.' });
    const sent = await submitPage(client, `${base}/vragen?pagina=dromen`, { thuis_voelen: 'ja' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${base}?verzonden=1&taal=fr`);
    expect(client.cookies.has(`oa_enquete_${anonymous.slug}`)).toBe(false);

    const rows = await wf.db
      .selectFrom('survey_response')
      .selectAll()
      .where('run_id', '=', anonymous.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      invitation_id: null,
      status: 'submitted',
      language: 'fr',
      started_on: '2026-03-02',
      submitted_on: '2026-03-02',
      submitted_at: null,
    });
    const answers = await wf.db
      .selectFrom('survey_answer')
      .select(['question_id', 'value'])
      .where('response_id', '=', rows[0]?.id as string)
      .execute();
    expect(Object.fromEntries(answers.map((a) => [a.question_id, a.value]))).toMatchObject({
      noden: { type: 'multiple', choices: ['werk', 'andere'], other: 'Kinderopvang' },
      dienstverlening: { type: 'likert', items: { loket: '4', ocmw: '3', bib: 'nvt' } },
    });
    // Nothing about the respondent reached the audit log.
    const audit = await wf.db.selectFrom('audit_event').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(['enquete.afname_aangemaakt']);
  });

  it('says so outside its period', async () => {
    const later = await wf.surveys.createRun(
      {
        surveyKey: 'inwoners-buitenlandse-herkomst',
        ownerNis: '44021',
        mode: 'anonymous',
        opensOn: '2026-04-01',
        closesOn: '2026-04-30',
      },
      SYSTEM,
    );
    const page = await new WebClient(web.app).get(`/enquete/${later.slug}`);
    expect(page.body).toContain('Deze bevraging is nog niet geopend.');
  });
});

describe('an identified run', () => {
  it('is answered through a personal token, resumed by it, and reported per invitation', async () => {
    const run = await wf.surveys.createRun(
      {
        surveyKey: 'inwoners-buitenlandse-herkomst',
        ownerNis: null,
        mode: 'identified',
        opensOn: '2026-03-01',
        closesOn: '2026-03-31',
      },
      SYSTEM,
    );
    const a = await wf.surveys.createInvitation(run.id, { nis: '44021', email: 'a@gent.be' });
    const b = await wf.surveys.createInvitation(run.id, { nis: '11002', email: 'b@antwerpen.be' });
    expect(a.url).toMatch(/^http:\/\/oa\.test\/enquete\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
    const path = new URL(a.url).pathname;
    const client = new WebClient(web.app);
    const first = await submitPage(client, path, { jaren_in_belgie: 'geboren' });
    expect(first.headers.location).toBe(`${path}?pagina=noden`);
    // Another browser (no cookie at all) resumes by the token.
    const other = await new WebClient(web.app).get(path);
    expect(other.body).toContain('name="pagina" value="noden"');
    const status = await wf.surveys.responseStatus(run.id);
    expect(status.map((s) => [s.nis, s.status, s.pageId])).toEqual([
      ['44021', 'started', 'over_jou'],
      ['11002', 'none', null],
    ]);
    expect(b.invitationId).toBeGreaterThan(a.invitationId);
    const open = await new WebClient(web.app).get(`/enquete/${run.slug}`);
    expect(open.body).toContain('persoonlijke link');
    expect(
      (await new WebClient(web.app).get('/enquete/uitnodiging/onbekendonbekendonbekend')).statusCode,
    ).toBe(404);
  });
});
