/** /beheer/gebruik and its downloads for AgII, from counts in the store (refused to others: the matrix test). */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brusselsDay } from '../../src/usage/days.js';
import { addUsage } from '../../src/usage/repository.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Workflow & { dispose(): Promise<void> };
let node: ReturnType<typeof appOn>;
let admin: WebClient;

beforeAll(async () => {
  wf = await openTestWorkflow();
  node = appOn(wf);
  const { account, link } = await wf.accounts.invite(
    { email: 'beheer@agii.test', name: 'Beheerder', roles: ['agii'], municipalities: [] },
    SYSTEM,
    { mail: false },
  );
  await wf.accounts.setPassword(
    new URL(link).searchParams.get('token') as string,
    'een wachtwoord voor beheer',
  );
  admin = new WebClient(node.app);
  admin.cookies.set('oa_sessie', await wf.signIn.startSession(account.id, 'password'));
  const now = new Date();
  const today = brusselsDay(now);
  const c = (
    nis: string,
    event: 'view' | 'pdf_core' | 'csv' | 'embed' | 'api',
    own: boolean,
    hits: number,
  ) => ({
    day: today,
    nis,
    event,
    own,
    hits,
    lastAt: now,
  });
  await addUsage(wf.db, [
    c('44021', 'view', true, 3), // Gent: its own officers
    c('44021', 'view', false, 10),
    c('44021', 'pdf_core', true, 1),
    c('11002', 'view', false, 7), // Antwerpen: viewed, not by its own officers
    c('11002', 'csv', false, 2),
    c('71016', 'embed', false, 4), // Genk: only embedded
    c('71016', 'api', false, 5),
    // More than a year ago: in the month trend of no table, but "when last" remembers it.
    {
      day: '2024-01-10',
      nis: '31005',
      event: 'view',
      own: true,
      hits: 1,
      lastAt: new Date('2024-01-10T09:00:00Z'),
    },
  ]);
});
afterAll(async () => {
  await node.close();
  await wf.dispose();
});

describe('/beheer/gebruik', () => {
  it('lists all 285 municipalities with their use, a map and the months', async () => {
    const res = await admin.get('/beheer/gebruik');
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body.match(/<tr><th scope="row">/g)?.length).toBe(285 + 12);
    expect(body).toContain('<strong>1</strong> gemeenten gebruikten hun cijferrapport zelf');
    expect(body).toContain('<strong>2</strong> werden bekeken of gedownload');
    expect(body).toContain('<strong>282</strong> niet');
    const gent = body.slice(body.indexOf('>Gent</a>'), body.indexOf('</tr>', body.indexOf('>Gent</a>')));
    expect(gent).toContain('gebruikt door de gemeente zelf');
    expect(gent).toContain('13 (waarvan 3 door de gemeente zelf)');
    expect(gent).toContain('1 (PDF kern 1)');
    const brugge = body.slice(
      body.indexOf('>Brugge</a>'),
      body.indexOf('</tr>', body.indexOf('>Brugge</a>')),
    );
    expect(brugge).toContain('10 januari 2024'); // used long ago: not adopted now, but when last is shown
    expect(brugge).toContain('niet gebruikt');
    expect(body).toMatch(/<svg[^>]*role="img"/);
    expect(body).toContain(
      '1 gebruikt door de gemeente zelf, 2 bekeken maar niet door de gemeente zelf, 282 niet gebruikt',
    );
    expect(body).toContain('aria-sort="ascending"');
    // The months' trend as a chart too, with its text alternative.
    expect(body).toContain('>Gemeenten die hun cijfers zelf gebruikten, per maand</title>');
    expect(body).toMatch(/0 gemeenten in de eerste maand, 1 in de laatste \(lopende\) maand/);
  });

  it('sorts by a column, both ways, with the sorted header marked', async () => {
    const names = (body: string) =>
      [...body.matchAll(/<th scope="row"><a href="\/gemeente\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    const down = await admin.get('/beheer/gebruik?sorteer=bekeken&volgorde=af');
    expect(names(down.body).slice(0, 2)).toEqual(['Gent', 'Antwerpen']);
    expect(down.body).toContain('aria-sort="descending"');
    const up = await admin.get('/beheer/gebruik?sorteer=bekeken&volgorde=op');
    expect(names(up.body).slice(-2)).toEqual(['Antwerpen', 'Gent']);
    const byName = await admin.get('/beheer/gebruik?sorteer=onzin');
    expect(names(byName.body)[0]).toBe('Aalst');
  });

  it('downloads the same figures as CSV and Excel', async () => {
    const csv = await admin.get('/beheer/gebruik.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="gebruik-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = csv.body.trim().split('\n');
    expect(lines).toHaveLength(286);
    expect(lines[0]).toContain('nis,gemeente,provincie,gebruik,laatst_gebruikt_door_gemeente');
    const gent = lines.find((l) => l.startsWith('44021,')) as string;
    expect(gent.split(',').slice(5, 15)).toEqual(['4', '13', '3', '1', '0', '0', '0', '0', '0', '0']);
    const xlsx = await admin.get('/beheer/gebruik.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Per gemeente');
    expect(sheet?.rowCount).toBe(287);
    const months = book.getWorksheet('Per maand');
    expect(months?.rowCount).toBe(13);
    const last = months?.getRow(13).values as unknown[];
    expect(last.slice(1)).toEqual([brusselsDay(new Date()).slice(0, 7), 20, 3, 3, 4, 5, 1]);
  });
});
