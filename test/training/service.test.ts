/** The training track's rules on a real store: example edition, waiting list, mails with .ics, polls, attendance. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { parseIcs } from '../support/ics.js';
import { openTestWorkflow, SYSTEM, type TestClock, testClock } from '../support/test-workflow.js';

let wf: Workflow & { dispose(): Promise<void> };
let clock: TestClock;
const officers: { userId: number; email: string; name: string; municipalities: Set<string> }[] = [];

async function officer(n: number, nis: string) {
  const email = `medewerker${n}@gemeente.test`;
  const { account } = await wf.accounts.invite(
    { email, name: `Medewerker ${n}`, roles: ['gemeente'], municipalities: [nis] },
    SYSTEM,
    { mail: false },
  );
  return { userId: account.id, email, name: `Medewerker ${n}`, municipalities: new Set([nis]) };
}

async function mailsTo(email: string) {
  return wf.db
    .selectFrom('mail_message')
    .select(['subject', 'body_text', 'attachments', 'purpose'])
    .where('recipient', '=', email)
    .orderBy('id')
    .execute();
}

const session = (day: string | null, extra: Partial<Record<string, unknown>> = {}) => ({
  topic: 'Regierol opnemen',
  goals: 'Je kent de vijf sleutels.',
  day,
  startTime: day ? '09:30' : null,
  endTime: day ? '12:00' : null,
  place: 'Brussel',
  onlineUrl: null,
  trainer: 'Trainer T.',
  capacity: 2,
  ...extra,
});

beforeAll(async () => {
  clock = testClock(new Date('2026-03-02T09:00:00Z'));
  wf = await openTestWorkflow({ clock });
  for (const [i, nis] of ['44021', '44021', '11002'].entries()) officers.push(await officer(i + 1, nis));
});
afterAll(() => wf.dispose());

describe('the example edition', () => {
  it('ships with the seed: five dated sessions and the terugkomdag still to be planned', async () => {
    const editions = await wf.training.sessions.editions();
    const example = editions.find((e) => e.is_example);
    expect(example?.title).toContain('2020–2021');
    const found = await wf.training.sessions.edition(example?.id as number);
    expect(found?.sessions.map((s) => s.day)).toEqual([
      '2020-09-18',
      '2020-11-20',
      '2020-12-11',
      '2021-01-29',
      '2021-03-19',
      null,
    ]);
    expect(found?.sessions.at(-1)?.topic).toContain('nog in te plannen');
  });
});

describe('registrations', () => {
  let editionId: number;
  let sessionId: number;
  beforeAll(async () => {
    editionId = await wf.training.sessions.createEdition(
      { title: 'Editie 2026', description: '', attendancePercent: 50 },
      SYSTEM,
    );
    sessionId = await wf.training.sessions.addSession(editionId, session('2026-04-17'), SYSTEM);
  });

  it('registers up to the capacity, then puts people on the waiting list', async () => {
    const [a, b, c] = officers as [(typeof officers)[0], (typeof officers)[0], (typeof officers)[0]];
    expect(await wf.training.sessions.register(sessionId, a, '44021')).toBe('ingeschreven');
    expect(await wf.training.sessions.register(sessionId, b, '44021')).toBe('ingeschreven');
    expect(await wf.training.sessions.register(sessionId, c, '11002')).toBe('wachtlijst');
    await expect(wf.training.sessions.register(sessionId, a, '44021')).rejects.toThrow('al ingeschreven');
    await expect(wf.training.sessions.register(sessionId, a, '11002')).rejects.toThrow(
      'gemeente waarvoor je werkt',
    );
  });

  it('mails a confirmation with an .ics invitation in Brussels time, the waiting list without', async () => {
    const [mail] = await mailsTo('medewerker1@gemeente.test');
    expect(mail?.subject).toBe('Inschrijving bevestigd: Regierol opnemen');
    const ics = parseIcs(mail?.attachments?.[0]?.content ?? '');
    expect(ics.METHOD).toBe('REQUEST');
    // 17 April 2026, 9.30 in Brussels (summer time) is 7.30 UTC.
    expect(ics.DTSTART).toBe('20260417T073000Z');
    expect(ics.DTEND).toBe('20260417T100000Z');
    expect(ics.SUMMARY).toBe('Regierol opnemen');
    expect(mail?.attachments?.[0]?.contentType).toContain('text/calendar');
    const [waiting] = await mailsTo('medewerker3@gemeente.test');
    expect(waiting?.subject).toBe('Op de wachtlijst: Regierol opnemen');
    expect(waiting?.attachments).toBeNull();
  });

  it('gives a freed place to the first on the waiting list, who gets the invitation', async () => {
    await wf.training.sessions.unregister(sessionId, officers[1] as (typeof officers)[0]);
    const gone = await mailsTo('medewerker2@gemeente.test');
    expect(parseIcs(gone.at(-1)?.attachments?.[0]?.content ?? '').METHOD).toBe('CANCEL');
    const promoted = (await mailsTo('medewerker3@gemeente.test')).at(-1);
    expect(promoted?.subject).toContain('Er is een plaats vrij');
    expect(parseIcs(promoted?.attachments?.[0]?.content ?? '').METHOD).toBe('REQUEST');
    const view = await wf.training.sessions.session(sessionId);
    expect(view?.registrations.map((r) => [r.email, r.status])).toEqual([
      ['medewerker1@gemeente.test', 'ingeschreven'],
      ['medewerker2@gemeente.test', 'uitgeschreven'],
      ['medewerker3@gemeente.test', 'ingeschreven'],
    ]);
  });

  it('moves a session keeping the original day and reason, and mails an updated invitation', async () => {
    await expect(
      wf.training.sessions.updateSession(sessionId, session('2026-05-08'), '', SYSTEM),
    ).rejects.toThrow('reden');
    await wf.training.sessions.updateSession(sessionId, session('2026-05-08'), 'zaal niet vrij', SYSTEM);
    const view = await wf.training.sessions.session(sessionId);
    expect(view?.session.status).toBe('verplaatst');
    expect(view?.session.original_day).toBe('2026-04-17');
    expect(view?.session.change_reason).toBe('zaal niet vrij');
    const mail = (await mailsTo('medewerker1@gemeente.test')).at(-1);
    expect(mail?.body_text).toContain('verplaatst van vrijdag 17 april 2026 naar vrijdag 8 mei 2026');
    const ics = parseIcs(mail?.attachments?.[0]?.content ?? '');
    expect(ics.SEQUENCE).toBe('1');
    expect(ics.DTSTART).toBe('20260508T073000Z');
    const audit = await wf.audit.list({
      limit: 5,
      subject: { type: 'vorming-sessie', id: String(sessionId) },
    });
    expect(audit.map((a) => a.action)).toContain('vorming.sessie.verplaatst');
  });

  it('records attendance for registered people only, and gives the certificate when the rule is met', async () => {
    const [a, , c] = officers as [(typeof officers)[0], (typeof officers)[0], (typeof officers)[0]];
    await wf.training.attendance.record(
      sessionId,
      [
        { userId: a.userId, status: 'te_laat', remark: 'trein' },
        { userId: c.userId, status: 'verontschuldigd', remark: '' },
      ],
      SYSTEM,
    );
    await expect(
      wf.training.attendance.record(
        sessionId,
        [{ userId: (officers[1] as (typeof officers)[0]).userId, status: 'aanwezig', remark: '' }],
        SYSTEM,
      ),
    ).rejects.toThrow('ingeschreven');
    expect((await wf.training.attendance.certificate(editionId, a.userId))?.met).toBe(false); // not held yet
    await wf.training.sessions.markHeld(sessionId, SYSTEM);
    expect(await wf.training.attendance.certificate(editionId, a.userId)).toMatchObject({
      held: 1,
      attended: 1,
      met: true,
    });
    expect(await wf.training.attendance.certificate(editionId, c.userId)).toMatchObject({
      attended: 0,
      met: false,
    });
  });

  it('cancels with a CANCEL invitation to the registered', async () => {
    const other = await wf.training.sessions.addSession(
      editionId,
      session('2026-06-05', { capacity: null }),
      SYSTEM,
    );
    await wf.training.sessions.register(other, officers[1] as (typeof officers)[0], '44021');
    await wf.training.sessions.cancelSession(other, 'te weinig inschrijvingen', SYSTEM);
    const mail = (await mailsTo('medewerker2@gemeente.test')).at(-1);
    expect(mail?.subject).toBe('Afgelast: Regierol opnemen');
    expect(parseIcs(mail?.attachments?.[0]?.content ?? '')).toMatchObject({
      METHOD: 'CANCEL',
      STATUS: 'CANCELLED',
    });
    await expect(
      wf.training.sessions.register(other, officers[0] as (typeof officers)[0], '44021'),
    ).rejects.toThrow('afgelast');
  });
});

describe('date polls', () => {
  let sessionId: number;
  let optionIds: number[];
  beforeAll(async () => {
    const edition = await wf.training.sessions.createEdition(
      { title: 'Editie met peiling', description: '', attendancePercent: 80 },
      SYSTEM,
    );
    const first = await wf.training.sessions.addSession(
      edition,
      session('2026-04-24', { capacity: null }),
      SYSTEM,
    );
    await wf.training.sessions.register(first, officers[0] as (typeof officers)[0], '44021');
    await wf.training.sessions.register(first, officers[2] as (typeof officers)[0], '11002');
    sessionId = await wf.training.sessions.addSession(
      edition,
      session(null, { topic: 'Terugkomdag', capacity: null }),
      SYSTEM,
    );
    await wf.training.sessions.register(sessionId, officers[0] as (typeof officers)[0], '44021');
    await wf.training.polls.create(
      sessionId,
      [
        { day: '2026-09-18', start: '09:30', end: '12:30' },
        { day: '2026-09-25', start: null, end: null },
      ],
      new Date('2026-03-09T09:00:00Z'),
      SYSTEM,
    );
    optionIds = ((await wf.training.sessions.session(sessionId))?.poll?.options ?? []).map((o) => o.id);
  });

  it('takes answers from the edition’s participants while open', async () => {
    await wf.training.polls.answer(
      sessionId,
      (officers[2] as (typeof officers)[0]).userId,
      new Map([[optionIds[0] as number, 'ja']]),
    );
    await expect(
      wf.training.polls.answer(
        sessionId,
        (officers[1] as (typeof officers)[0]).userId,
        new Map([[optionIds[0] as number, 'ja']]),
      ),
    ).rejects.toThrow('Alleen deelnemers');
  });

  it('refuses an answer after the poll closed', async () => {
    clock.advance(8 * 86400_000);
    await expect(
      wf.training.polls.answer(
        sessionId,
        (officers[0] as (typeof officers)[0]).userId,
        new Map([[optionIds[1] as number, 'nee']]),
      ),
    ).rejects.toThrow('De datumpeiling is gesloten');
  });

  it('fixing the date notifies every participant, the registered with an invitation', async () => {
    await wf.training.polls.fix(sessionId, optionIds[0] as number, SYSTEM);
    const view = await wf.training.sessions.session(sessionId);
    expect([view?.session.day, view?.session.start_time]).toEqual(['2026-09-18', '09:30']);
    const registered = (await mailsTo('medewerker1@gemeente.test')).at(-1);
    expect(registered?.subject).toBe('Datum vastgelegd: Terugkomdag');
    expect(parseIcs(registered?.attachments?.[0]?.content ?? '').DTSTART).toBe('20260918T073000Z');
    const other = (await mailsTo('medewerker3@gemeente.test')).at(-1);
    expect(other?.subject).toBe('Datum vastgelegd: Terugkomdag');
    expect(other?.attachments).toBeNull();
    expect(other?.body_text).toContain('nog niet ingeschreven');
  });
});
