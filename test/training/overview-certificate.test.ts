/** AgII's overview per municipality (page, CSV, Excel) and the completion certificate (PDF). */

import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { describeWithChromium } from '../pdf/chromium-guard.js';
import { inspectPdf, normalize } from '../pdf/inspect-pdf.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Workflow & { dispose(): Promise<void> };
let web: ReturnType<typeof appOn>;
const clients: Record<string, WebClient> = {};
const ids: Record<string, number> = {};
let editionId: number;

async function person(key: string, roles: ('gemeente' | 'trainer' | 'agii')[], municipalities: string[]) {
  const { account, link } = await wf.accounts.invite(
    { email: `${key}@test.be`, name: `Persoon ${key}`, roles, municipalities },
    SYSTEM,
    { mail: false },
  );
  await wf.accounts.setPassword(
    new URL(link).searchParams.get('token') as string,
    'een wachtwoord voor de vorming',
  );
  const client = new WebClient(web.app);
  client.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
  clients[key] = client;
  ids[key] = account.id;
  return {
    userId: account.id,
    email: `${key}@test.be`,
    name: `Persoon ${key}`,
    municipalities: new Set(municipalities),
  };
}

beforeAll(async () => {
  wf = await openTestWorkflow();
  web = appOn(wf);
  await person('agii', ['agii'], []);
  const gent = await person('gent', ['gemeente'], ['44021']);
  const aalst = await person('aalst', ['gemeente'], ['41002']);
  editionId = await wf.training.sessions.createEdition(
    { title: 'Editie met attest', description: '', attendancePercent: 50 },
    SYSTEM,
  );
  const input = {
    topic: 'Ken je realiteit',
    goals: '',
    day: '2026-02-06',
    startTime: '09:30',
    endTime: '12:00',
    place: 'Brussel',
    onlineUrl: null,
    trainer: null,
    capacity: null,
  };
  const s1 = await wf.training.sessions.addSession(editionId, input, SYSTEM);
  const s2 = await wf.training.sessions.addSession(
    editionId,
    { ...input, topic: 'Regierol', day: '2026-02-20' },
    SYSTEM,
  );
  for (const s of [s1, s2]) {
    await wf.training.sessions.register(s, gent, '44021');
    await wf.training.sessions.register(s, aalst, '41002');
  }
  await wf.training.attendance.record(
    s1,
    [
      { userId: gent.userId, status: 'aanwezig', remark: '' },
      { userId: aalst.userId, status: 'afwezig', remark: '' },
    ],
    SYSTEM,
  );
  await wf.training.attendance.record(
    s2,
    [
      { userId: gent.userId, status: 'verontschuldigd', remark: '' },
      { userId: aalst.userId, status: 'afwezig', remark: '' },
    ],
    SYSTEM,
  );
  await wf.training.sessions.markHeld(s1, SYSTEM);
});
afterAll(async () => {
  await web.close();
  await wf.dispose();
});

describe('the overview per municipality', () => {
  it('counts participants and attendance per municipality, and those that never took part', async () => {
    const page = await (clients.agii as WebClient).get('/vorming/overzicht');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      '2 deelnemers uit 2 gemeenten; 283 van de 285 gemeenten namen nog nooit deel.',
    );
    expect(page.body).toContain('25,0');
    expect(page.body).toContain('<svg');
    const csv: Record<string, string>[] = parse(
      (await (clients.agii as WebClient).get('/vorming/overzicht.csv')).body,
      { columns: true },
    );
    const gent = csv.find((r) => r.nis === '44021');
    expect(gent).toMatchObject({
      deelnemers: '1',
      inschrijvingen: '2',
      aanwezigheden_genoteerd: '2',
      aanwezig_of_te_laat: '1',
      aanwezigheidsgraad: '0.5',
    });
    expect(csv.find((r) => r.nis === '41002')?.deelname).toBe('ingeschreven, nog niet aanwezig');
    expect(csv.filter((r) => r.deelname === 'nooit deelgenomen')).toHaveLength(283);
    const xlsx = await (clients.agii as WebClient).get('/vorming/overzicht.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Per gemeente')?.rowCount).toBe(287);
  });

  it('is for AgII only', async () => {
    expect((await (clients.gent as WebClient).get('/vorming/overzicht')).statusCode).toBe(403);
  });
});

describe('the certificate', () => {
  it('is refused while sessions are still to come', async () => {
    const res = await (clients.gent as WebClient).get(`/vorming/editie/${editionId}/attest.pdf`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('nu 1 van 1, nog 1 te gaan');
  });

  describeWithChromium('once the rule is met', () => {
    it('prints the participant’s own certificate', { timeout: 120_000 }, async () => {
      const sessions = (await wf.training.sessions.edition(editionId))?.sessions ?? [];
      await wf.training.sessions.markHeld(sessions[1]?.id as number, SYSTEM);
      const res = await (clients.gent as WebClient).get(`/vorming/editie/${editionId}/attest.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = normalize((await inspectPdf(res.rawPayload)).pages.map((p) => p.text).join(' '));
      expect(text).toContain('Attest van deelname');
      expect(text).toContain('Persoon gent (Gent (44021))');
      expect(text).toContain('Aanwezig op 1 van de 2 gehouden sessies');
      expect(text).toContain('Ken je realiteit: vrijdag 6 februari 2026, 9.30–12.00 uur');
      const other = await (clients.aalst as WebClient).get(`/vorming/editie/${editionId}/attest.pdf`);
      expect(other.statusCode).toBe(409);
    });
  });
});
