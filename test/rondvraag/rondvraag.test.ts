/**
 * The rondvraag end to end on the store: contacts (all or nothing), one invitation per municipality with
 * its own link, answering through that link (stop, resume, send), reminders only to those who did not
 * send, nothing twice after a restart or a repeated job, nothing after the closing day, and the overview.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../src/geo/index.js';
import { brusselsTime } from '../../src/rondvraag/closing.js';
import { readDashboard } from '../../src/rondvraag/dashboard.js';
import { rondvraagMunicipalities } from '../../src/rondvraag/municipalities.js';
import { REMINDER_JOB } from '../../src/rondvraag/service.js';
import { openStore } from '../../src/store/open-store.js';
import { SurveyClosedError } from '../../src/surveys/service-types.js';
import { brusselsDay } from '../../src/usage/days.js';
import { openWorkflow, type Workflow } from '../../src/workflow/open-workflow.js';
import { freshStoreConfig } from '../support/test-store.js';
import { isMunicipality2025, SYSTEM, TEST_PASSWORD_COST } from '../support/test-workflow.js';

/** In the future: jobs queued now (the database's clock) are due on it. */
// The real time, moved on by the test: the database stamps jobs and mail with its own clock (what is
// due, what the purge removes), so the test's clock must never be behind it.
let offset = 0;
const clock = {
  now: () => new Date(Date.now() + offset),
  advance: (ms: number) => {
    offset += ms;
  },
};
const DAY = 86400_000;
/** The Brussels day `n` days after the test began. */
const day = (n: number) => brusselsDay(new Date(START + n * DAY));
const START = clock.now().getTime();
/** Moves the clock to `hour`:00 of day `n`. */
const moveTo = (n: number, hour: number) =>
  clock.advance(brusselsTime(day(n), hour).getTime() - clock.now().getTime());
const municipalities = rondvraagMunicipalities(loadGeography());
let place: Awaited<ReturnType<typeof freshStoreConfig>>;
let wf: Workflow;

/** One "process" on the shared store (a restart is closing it and opening another). */
async function node(): Promise<Workflow> {
  return openWorkflow({
    store: await openStore(place.config),
    settings: { publicUrl: 'http://oa.test', mailFrom: 'oa@test.invalid', trustProxy: false },
    isMunicipality: isMunicipality2025,
    passwordCost: TEST_PASSWORD_COST,
    now: clock.now,
  });
}

const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);
const GOOD = csv([
  'nis;e-mail;naam',
  '44021;an@gent.be;An',
  '24062;bo@leuven.be;',
  '31005;cis@brugge.be;Cis',
]);

async function mails(purpose: string) {
  return (await wf.mailer.list()).filter((m) => m.purpose === purpose).sort((a, b) => a.id - b.id);
}

async function linkIn(mailId: number): Promise<string> {
  const body = (await wf.mailer.get(mailId))?.body_text ?? '';
  const link = body.match(/http:\/\/oa\.test\/enquete\/uitnodiging\/[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no link in mail ${mailId}:\n${body}`);
  return link;
}

const tokenOf = (link: string) => link.split('/').at(-1) as string;

beforeAll(async () => {
  place = await freshStoreConfig();
  wf = await node();
});
afterAll(async () => {
  await wf.close();
  await place.cleanup();
});

describe('rondvraag', () => {
  it('imports nothing from a contacts file with a bad line, and names the line', async () => {
    const bad = csv(['nis;e-mail', '44021;an@gent.be', '99999;x@y.be', '24062;geen adres']);
    const result = await wf.rondvraag.importContacts(bad, 'contacten.csv', SYSTEM);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, message: '99999 is geen Vlaamse gemeente van de huidige indeling (2025).' },
        { line: 4, message: '"geen adres" is geen geldig e-mailadres.' },
      ],
    });
    expect(await wf.rondvraag.contacts()).toEqual([]);
  });

  it('imports the contacts, and a later bad file leaves them as they were', async () => {
    expect(await wf.rondvraag.importContacts(GOOD, 'contacten.csv', SYSTEM)).toEqual({
      ok: true,
      imported: 3,
      replaced: 0,
    });
    const bad = csv(['nis;e-mail', '44021;an@gent.be', '44021;ander@gent.be']);
    expect((await wf.rondvraag.importContacts(bad, 'x.csv', SYSTEM)).ok).toBe(false);
    expect((await wf.rondvraag.contacts()).map((c) => c.nis)).toEqual(['24062', '31005', '44021']);
  });

  it('sends one invitation per municipality, each with its own link', async () => {
    const { invited } = await wf.rondvraag.start(
      { closesOn: day(29), reminders: [brusselsTime(day(14), 9)] },
      SYSTEM,
    );
    expect(invited).toBe(3);
    expect(await wf.jobs.runDue()).toBe(3);
    const sent = await mails('rondvraag-uitnodiging');
    expect(sent.map((m) => m.recipient).sort()).toEqual(['an@gent.be', 'bo@leuven.be', 'cis@brugge.be']);
    expect(sent.every((m) => m.status === 'outbox')).toBe(true);
    const links = await Promise.all(sent.map((m) => linkIn(m.id)));
    expect(new Set(links).size).toBe(3);
    // Inviting again sends nothing: every municipality with a contact has its invitation.
    expect(await wf.rondvraag.inviteNew(SYSTEM)).toBe(0);
    // A second rondvraag cannot start while this one is open.
    await expect(wf.rondvraag.start({ closesOn: day(60), reminders: [] }, SYSTEM)).rejects.toThrow(
      /Er loopt al een rondvraag/,
    );
  });

  it('lets a municipality stop halfway, resume through its link, and send', async () => {
    const gent = (await mails('rondvraag-uitnodiging')).find((m) => m.recipient === 'an@gent.be');
    const token = tokenOf(await linkIn(gent?.id ?? 0));
    const first = await wf.surveys.byToken(token);
    if (!first) throw new Error('the link of Gent does not open its response');
    expect(await wf.surveys.savePage(first, 'gebruik', { gebruikt: 'ja' }, 'next')).toEqual({
      kind: 'page',
      pageId: 'toepassing',
    });
    // Stopped; the link again resumes after the page saved last.
    const again = await wf.surveys.byToken(token);
    if (!again) throw new Error('no response to resume');
    expect(wf.surveys.currentPage(again)?.id).toBe('toepassing');
    expect(again.answers.gebruikt).toEqual({ type: 'single', choice: 'ja' });
    await wf.surveys.savePage(again, 'toepassing', { waar: ['omgevingsanalyse', 'meerjarenplan'] }, 'next');
    const third = await wf.surveys.byToken(token);
    await wf.surveys.savePage(third as NonNullable<typeof third>, 'verder', { cijferdienst: 'nee' }, 'next');
    const last = await wf.surveys.byToken(token);
    expect(
      await wf.surveys.savePage(last as NonNullable<typeof last>, 'contact', { contact_ok: 'nee' }, 'next'),
    ).toEqual({
      kind: 'submitted',
    });
    const data = await readDashboard(wf.db, wf.rondvraag, wf.usage, municipalities);
    expect(data.overview.total).toEqual({ invited: 3, answered: 1, rate: 1 / 3 });
    const row = data.overview.rows.find((r) => r.nis === '44021');
    expect([row?.state, row?.use, row?.mapClass]).toEqual(['beantwoord', 'ja', 3]);
    expect(data.answers.find((a) => a.nis === '44021')?.lines.slice(0, 2)).toEqual([
      {
        questionId: 'gebruikt',
        question: 'Heeft jullie gemeente de cijfers van het cijferrapport lokale diversiteit al gebruikt?',
        answer: 'Ja',
      },
      {
        questionId: 'waar',
        question: 'Waarvoor hebben jullie de cijfers gebruikt?',
        answer: 'De omgevingsanalyse; Het meerjarenplan',
      },
    ]);
  });

  it('reminds only the municipalities that did not send, with the same link, once', async () => {
    await wf.rondvraag.scheduleReminder(clock.now(), SYSTEM);
    expect(await wf.jobs.runDue()).toBe(3); // the reminder, then its two mails
    const reminders = await mails('rondvraag-herinnering');
    expect(reminders.map((m) => m.recipient).sort()).toEqual(['bo@leuven.be', 'cis@brugge.be']);
    const invitations = await mails('rondvraag-uitnodiging');
    for (const r of reminders) {
      const invitation = invitations.find((m) => m.recipient === r.recipient);
      expect(await linkIn(r.id)).toBe(await linkIn(invitation?.id ?? 0));
    }
  });

  it('sends nothing twice after a restart, nor when a done job runs again', async () => {
    const before = (await wf.mailer.list()).length;
    await wf.close();
    wf = await node(); // restart
    expect(await wf.jobs.runDue()).toBe(0);
    // A crash between the reminder's commit and the end of its job: the job runs again, and finds it done.
    await wf.db
      .updateTable('job')
      .set({ status: 'queued' })
      .where('kind', 'in', [REMINDER_JOB, 'mail.send'])
      .execute();
    await wf.jobs.runDue();
    expect((await wf.mailer.list()).length).toBe(before);
  });

  it('sends the scheduled reminder on its day, and nothing after the closing day', async () => {
    moveTo(14, 10); // the scheduled reminder's day, 10:00
    expect(await wf.jobs.runDue()).toBe(3);
    expect((await mails('rondvraag-herinnering')).length).toBe(4);
    await wf.rondvraag.scheduleReminder(brusselsTime(day(18), 9), SYSTEM);
    await wf.rondvraag.changeClosingDate(day(16), SYSTEM);
    moveTo(18, 10); // closed since the end of day 16
    expect(await wf.jobs.runDue()).toBe(1);
    expect((await mails('rondvraag-herinnering')).length).toBe(4);
    const current = await wf.rondvraag.current();
    const reminders = await wf.rondvraag.reminders(current?.id ?? 0);
    expect(reminders.map((r) => [r.status, r.sentCount])).toEqual([
      ['sent', 2],
      ['sent', 2],
      ['skipped', 0],
    ]);
    // Answering (or changing an answer) stops at the closing day.
    const gent = (await mails('rondvraag-uitnodiging')).find((m) => m.recipient === 'an@gent.be');
    const answering = await wf.surveys.byToken(tokenOf(await linkIn(gent?.id ?? 0)));
    await expect(
      wf.surveys.savePage(answering as NonNullable<typeof answering>, 'gebruik', { gebruikt: 'nee' }, 'next'),
    ).rejects.toBeInstanceOf(SurveyClosedError);
    await expect(wf.rondvraag.scheduleReminder(clock.now(), SYSTEM)).rejects.toThrow(/gesloten/);
  });

  it('logs every administrative step in the audit log', async () => {
    const actions = (await wf.audit.list({ limit: 100 })).map((e) => e.action);
    for (const action of [
      'rondvraag.contacten_geimporteerd',
      'rondvraag.gestart',
      'rondvraag.herinnering_gepland',
      'rondvraag.herinnering_verstuurd',
      'enquete.periode_gewijzigd',
    ])
      expect(actions).toContain(action);
  });
});
