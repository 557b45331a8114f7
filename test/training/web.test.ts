/** /vorming through the web application: forms with CSRF, registering, attendance, uploads and who gets a material. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { multipartBody } from '../support/multipart.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Workflow & { dispose(): Promise<void> };
let web: ReturnType<typeof appOn>;
const clients: Record<string, WebClient> = {};
let sessionId: number;

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
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function upload(client: WebClient, content: Buffer, name: string) {
  const page = await client.get(`/vorming/sessie/${sessionId}`);
  const action = page.body.match(/action="(\/vorming\/sessie\/\d+\/materiaal\?_csrf=[^"]+)"/)?.[1];
  if (!action) throw new Error('no upload form');
  const { payload, contentType } = multipartBody([{ field: 'bestand', name, content }], {
    titel: 'Presentatie',
  });
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return web.app.inject({
    method: 'POST',
    url: action.replaceAll('&amp;', '&'),
    payload,
    headers: { 'content-type': contentType, cookie },
  });
}

beforeAll(async () => {
  wf = await openTestWorkflow();
  web = appOn(wf);
  await person('trainer', ['trainer'], []);
  await person('gent', ['gemeente'], ['44021']);
  await person('antwerpen', ['gemeente'], ['11002']);
  clients.publiek = new WebClient(web.app);
});
afterAll(async () => {
  await web.close();
  await wf.dispose();
});

describe('/vorming', () => {
  it('lists the example edition and lets a trainer add a session to it', async () => {
    const list = await (clients.trainer as WebClient).get('/vorming');
    expect(list.statusCode).toBe(200);
    const example = list.body.match(
      /href="\/vorming\/editie\/(\d+)">Vormingstraject lokale integratieambtenaren 2020–2021/,
    )?.[1];
    expect(example).toBeDefined();
    const edition = await (clients.trainer as WebClient).get(`/vorming/editie/${example}`);
    expect(edition.body).toContain('vrijdag 18 september 2020');
    expect(edition.body).toContain('nog in te plannen');
    const res = await (clients.trainer as WebClient).submit(
      `/vorming/editie/${example}`,
      `/vorming/editie/${example}/sessies`,
      {
        onderwerp: 'Taalbeleid',
        doelen: '',
        datum: '2099-10-02',
        begin: '09:30',
        einde: '12:30',
        plaats: 'Gent',
        online: '',
        trainer: '',
        capaciteit: '1',
      },
    );
    expect(res.statusCode).toBe(303);
    sessionId = Number(String(res.headers.location).split('/').at(-1));
    const bad = await (clients.trainer as WebClient).submit(
      `/vorming/editie/${example}`,
      `/vorming/editie/${example}/sessies`,
      {
        onderwerp: 'Fout',
        datum: '2099-02-30',
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Datum: geef een datum als jjjj-mm-dd');
  });

  it('registers an officer of Gent; the next one goes on the waiting list', async () => {
    const gent = clients.gent as WebClient;
    const res = await gent.submit(
      `/vorming/sessie/${sessionId}`,
      `/vorming/sessie/${sessionId}/inschrijven`,
      {
        gemeente: '44021',
      },
    );
    expect(res.headers.location).toBe(`/vorming/sessie/${sessionId}?gedaan=ingeschreven`);
    expect((await gent.get(String(res.headers.location))).body).toContain('Je bent ingeschreven.');
    const other = await (clients.antwerpen as WebClient).submit(
      `/vorming/sessie/${sessionId}`,
      `/vorming/sessie/${sessionId}/inschrijven`,
      { gemeente: '11002' },
    );
    expect(other.headers.location).toContain('gedaan=wachtlijst');
    const out = await gent.submit(
      `/vorming/sessie/${sessionId}`,
      `/vorming/sessie/${sessionId}/uitschrijven`,
      {},
    );
    expect(out.headers.location).toContain('gedaan=uitgeschreven');
    await gent.submit(`/vorming/sessie/${sessionId}`, `/vorming/sessie/${sessionId}/inschrijven`, {
      gemeente: '44021',
    });
    const mails = await wf.db
      .selectFrom('mail_message')
      .select(['recipient', 'subject'])
      .orderBy('id')
      .execute();
    expect(mails.map((m) => m.subject)).toContain(
      'Er is een plaats vrij: je bent ingeschreven voor Taalbeleid',
    );
  });

  it('refuses a form without its CSRF token', async () => {
    const res = await (clients.gent as WebClient).post(`/vorming/sessie/${sessionId}/uitschrijven`, {});
    expect(res.statusCode).toBe(403);
  });

  it('lets the trainer mark attendance on the phone-sized form', async () => {
    const trainer = clients.trainer as WebClient;
    const page = await trainer.get(`/vorming/sessie/${sessionId}/aanwezigheid`);
    expect(page.body).toContain('Persoon antwerpen, Antwerpen (11002)');
    const userId = page.body.match(/name="status-(\d+)" value="aanwezig"/)?.[1] as string;
    const res = await trainer.submit(
      `/vorming/sessie/${sessionId}/aanwezigheid`,
      `/vorming/sessie/${sessionId}/aanwezigheid`,
      {
        [`status-${userId}`]: 'te_laat',
        [`opmerking-${userId}`]: 'file op de E40',
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Aanwezigheid bewaard voor 1 deelnemer.');
    expect(res.body).toMatch(new RegExp(`name="status-${userId}" value="te_laat" checked`));
    const wrong = await trainer.submit(
      `/vorming/sessie/${sessionId}/aanwezigheid`,
      `/vorming/sessie/${sessionId}/aanwezigheid`,
      {
        [`status-${userId}`]: 'ziek',
      },
    );
    expect(wrong.statusCode).toBe(400);
  });

  it('refuses an upload of the wrong type and one over the size limit, in Dutch', async () => {
    const trainer = clients.trainer as WebClient;
    const exe = await upload(trainer, Buffer.from('MZ\x90\x00 not a document'), 'slides.pdf');
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('Het bestand slides.pdf is geen toegelaten soort bestand');
    const big = await upload(trainer, Buffer.concat([PDF, Buffer.alloc(25_000_001)]), 'groot.pdf');
    expect(big.statusCode).toBe(400);
    expect(big.body).toContain('Het bestand groot.pdf is groter dan 25 MB');
    expect(await wf.db.selectFrom('training_material').selectAll().execute()).toEqual([]);
  });

  it('serves a material to participants and managers only, until it is published', async () => {
    const res = await upload(clients.trainer as WebClient, PDF, 'sessie 1.pdf');
    expect(res.statusCode).toBe(303);
    const [material] = await wf.db.selectFrom('training_material').selectAll().execute();
    expect(material).toMatchObject({
      content_type: 'application/pdf',
      bytes: PDF.length,
      file_name: 'sessie_1.pdf',
    });
    expect(material?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const url = `/vorming/materiaal/${material?.id}`;
    expect((await (clients.publiek as WebClient).get(url)).statusCode).toBe(303);
    const gent = await (clients.gent as WebClient).get(url);
    expect(gent.statusCode).toBe(200);
    expect(gent.rawPayload.equals(PDF)).toBe(true);
    await wf.training.sessions.unregister(sessionId, {
      userId: Number(
        (
          await wf.db
            .selectFrom('user_account')
            .select('id')
            .where('email', '=', 'gent@test.be')
            .executeTakeFirstOrThrow()
        ).id,
      ),
      email: 'gent@test.be',
      name: 'Persoon gent',
      municipalities: new Set(['44021']),
    });
    expect((await (clients.gent as WebClient).get(url)).statusCode).toBe(403);
    await (clients.trainer as WebClient).submit(`/vorming/sessie/${sessionId}`, `${url}/publiek`, {
      publiek: 'ja',
    });
    const open = await (clients.publiek as WebClient).get(url);
    expect(open.statusCode).toBe(200);
    const audit = await wf.audit.list({ limit: 50 });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'vorming.materiaal.opgeladen',
        'vorming.materiaal.gepubliceerd',
        'vorming.aanwezigheid',
      ]),
    );
  });
});
