/**
 * An anonymous residents' survey answered 30 times by a script, through the web: the results page (counts
 * per day, charts with n, free texts), a filter whose group has fewer than 5 respondents (the small-number
 * mark), CSV and XLSX exports (one row per response, a codebook sheet), and who may see them.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyRun } from '../../src/surveys/service-types.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM, testClock } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Awaited<ReturnType<typeof openTestWorkflow>>;
let web: ReturnType<typeof appOn>;
let run: SurveyRun;
let officer: WebClient;
const clock = testClock(new Date('2026-03-02T09:00:00Z'));
const DAY = 24 * 3600_000;

async function post(client: WebClient, url: string, form: Record<string, string | string[]>) {
  const page = await client.get(url);
  const csrf = page.body.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;
  const pagina = page.body.match(/name="pagina" value="([^"]+)"/)?.[1];
  return client.post(url, { _csrf: csrf, ...(pagina ? { pagina } : {}), richting: 'volgende', ...form });
}

/** Respondent i: 3 of the 30 are 65 or older (a group below 5), every 3rd feels at home only a little. */
async function answer(i: number): Promise<void> {
  const client = new WebClient(web.app);
  const base = `/enquete/${run.slug}`;
  const language = ['nl', 'nl-eenvoudig', 'en', 'fr'][i % 4] as string;
  await post(client, `${base}?taal=${language}`, { taal: language });
  const steps: Record<string, string | string[]>[] = [
    {
      jaren_in_belgie: i % 2 === 0 ? 'meer_dan_10' : '2_tot_5',
      leeftijd: i < 3 ? '65_of_ouder' : '25_tot_44',
    },
    {
      noden: i % 5 === 0 ? ['werk', 'andere'] : ['wonen'],
      noden__andere: i % 5 === 0 ? `Opvang ${i}` : '',
      'dienstverlening.loket': '4',
      'dienstverlening.ocmw': String(1 + (i % 5)),
      'dienstverlening.bib': 'nvt',
    },
    { discriminatie: i % 4 === 0 ? 'soms' : 'nooit' },
    i % 4 === 0 ? { waar_discriminatie: ['woning'], zorg_tekst: `Zorg nummer ${i}` } : { zorg_tekst: '' },
    {
      thuis_voelen: i % 3 === 0 ? 'een_beetje' : 'ja',
      droom_tekst: i === 7 ? 'Een buurthuis voor iedereen.' : '',
    },
  ];
  for (const step of steps) {
    const res = await post(client, `${base}/vragen`, step);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(303);
  }
}

beforeAll(async () => {
  wf = await openTestWorkflow({ clock });
  web = appOn(wf);
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
    if (i === 20) clock.advance(DAY);
    await answer(i);
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
  officer = new WebClient(web.app);
  officer.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
}, 240_000);
afterAll(async () => {
  await web.close();
  await wf.dispose();
});

describe('results of 30 anonymous responses', () => {
  it('shows the counts per day, every closed question as a chart with n, and the free texts', async () => {
    const page = await officer.get(`/gemeente/44021/enquetes/${run.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<strong>30</strong> verzonden antwoorden');
    expect(page.body).toMatch(/<td>2 maart 2026<\/td><td>20<\/td>/);
    expect(page.body).toMatch(/<td>3 maart 2026<\/td><td>10<\/td>/);
    expect(page.body).toContain('Voel je je thuis in onze gemeente? (n = 30)');
    expect(page.body).toMatch(/<th scope="row">Een beetje<\/th><td>10<\/td><td>33,3\u00a0%<\/td>/);
    expect((page.body.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(5);
    // Asked only of those who said "soms" or "vaak" (8 of 30).
    expect(page.body).toContain('Waar gebeurde dat? (n = 8)');
    expect(page.body).toContain('Een buurthuis voor iedereen.');
    expect(page.body).toContain('Opvang 5');
  });

  it('shows the small-number mark for a group of fewer than 5 respondents', async () => {
    const page = await officer.get(`/gemeente/44021/enquetes/${run.id}?filter=leeftijd:65_of_ouder`);
    expect(page.body).toContain('&lt; 5 respondenten: niet getoond');
    expect(page.body).toContain('<strong>&lt; 5</strong> antwoorden: minder dan 5 respondenten');
    expect(page.body).not.toContain('Een buurthuis voor iedereen.');
    const big = await officer.get(`/gemeente/44021/enquetes/${run.id}?filter=leeftijd:25_tot_44`);
    expect(big.body).toContain('27 respondenten');
  });

  it('exports one row per response as CSV and XLSX with a codebook', async () => {
    const csv = await officer.get(`/gemeente/44021/enquetes/${run.id}/antwoorden.csv`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(31);
    const header = (lines[0] as string).split(',');
    expect(header.slice(0, 5)).toEqual(['antwoord', 'status', 'taal', 'begonnen_op', 'verzonden_op']);
    expect(header).toContain('noden_werk');
    expect(header).toContain('dienstverlening_ocmw');
    expect(header).not.toContain('nis');
    const xlsx = await officer.get(`/gemeente/44021/enquetes/${run.id}/antwoorden.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Antwoorden')?.rowCount).toBe(31);
    const codebook = book.getWorksheet('Codeboek');
    const rows = codebook
      ?.getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[])[1]);
    expect(rows).toEqual(header);
    expect(String(codebook?.getRow(header.indexOf('thuis_voelen') + 2).getCell(4).value)).toBe(
      'ja = Ja; een_beetje = Een beetje; nee = Nee',
    );
  });

  it('keeps the raw answers from other municipalities and the public', async () => {
    const { account, link } = await wf.accounts.invite(
      { email: 'x@antwerpen.be', name: 'X', roles: ['gemeente'], municipalities: ['11002'] },
      SYSTEM,
      { mail: false },
    );
    await wf.accounts.setPassword(
      new URL(link).searchParams.get('token') as string,
      'een lang genoeg wachtwoord',
    );
    const other = new WebClient(web.app);
    other.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
    expect((await other.get(`/gemeente/44021/enquetes/${run.id}`)).statusCode).toBe(403);
    // Its own address with another municipality's run: not found.
    expect((await other.get(`/gemeente/11002/enquetes/${run.id}`)).statusCode).toBe(404);
    expect(
      (await new WebClient(web.app).get(`/gemeente/44021/enquetes/${run.id}/antwoorden.csv`)).statusCode,
    ).toBe(303);
  });

  it('stores nothing finer than the day and no link to a person', async () => {
    const rows = await wf.db.selectFrom('survey_response').selectAll().where('run_id', '=', run.id).execute();
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.invitation_id === null && r.submitted_at === null)).toBe(true);
    expect(new Set(rows.map((r) => r.submitted_on))).toEqual(new Set(['2026-03-02', '2026-03-03']));
    const qr = await new WebClient(web.app).get(`/enquete/${run.slug}/qr.svg`);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');
  });
});

describe('starting a run', () => {
  it('lets an officer start an anonymous run from a template, and refuses a closing day before the opening day', async () => {
    const list = await officer.get('/gemeente/44021/enquetes');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Wonen en leven in onze gemeente');
    const csrf = list.body.match(/name="_csrf" value="([^"]+)"/)?.[1] as string;
    const bad = await officer.post('/gemeente/44021/enquetes', {
      _csrf: csrf,
      sjabloon: 'inwoners-buitenlandse-herkomst',
      wijze: 'anonymous',
      opent: '2026-03-10',
      sluit: '2026-03-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('de sluitingsdag niet voor de openingsdag');
    const made = await officer.post('/gemeente/44021/enquetes', {
      _csrf: csrf,
      sjabloon: 'inwoners-buitenlandse-herkomst',
      wijze: 'anonymous',
      opent: '2026-03-10',
      sluit: '2026-04-10',
    });
    expect(made.statusCode).toBe(303);
    const page = await officer.get(made.headers.location as string);
    expect(page.body).toContain('<strong>0</strong> verzonden antwoorden');
    expect(page.body).toContain('10 maart 2026 tot 10 april 2026');
  });
});
