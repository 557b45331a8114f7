/**
 * /beheer/rondvraag and /gemeente/:nis/rondvraag through the web: the contacts upload (a bad file names
 * its lines and imports nothing; no CSRF token, no upload), starting the rondvraag from the form, and a
 * municipality's officer who finds the municipality's own link (the one in its invitation) on its page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/access/principal.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { multipartBody } from '../support/multipart.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

let wf: Workflow & { dispose(): Promise<void> };
let node: ReturnType<typeof appOn>;
let admin: WebClient;

async function activated(email: string, roles: Role[], municipalities: string[]): Promise<WebClient> {
  const { link } = await wf.accounts.invite({ email, name: email, roles, municipalities }, SYSTEM, {
    mail: false,
  });
  const client = new WebClient(node.app);
  const token = new URL(link).searchParams.get('token') as string;
  const password = 'een lang genoeg wachtwoord';
  await client.submit(`/wachtwoord-instellen?token=${token}`, '/wachtwoord-instellen', {
    token,
    password,
    repeat: password,
  });
  return client;
}

async function upload(content: string, withToken = true) {
  const token = await admin.csrfFrom('/beheer/rondvraag');
  const { payload, contentType } = multipartBody([{ field: 'contacten', name: 'contacten.csv', content }], {
    _csrf: token,
  });
  return node.app.inject({
    method: 'POST',
    url: withToken
      ? `/beheer/rondvraag/contacten?_csrf=${encodeURIComponent(token)}`
      : '/beheer/rondvraag/contacten',
    headers: {
      cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': contentType,
    },
    payload,
  });
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

beforeAll(async () => {
  wf = await openTestWorkflow();
  node = appOn(wf);
  admin = await activated('beheer@agii.be', ['agii'], []);
});
afterAll(async () => {
  await node.close();
  await wf.dispose();
});

describe('the rondvraag on the web', () => {
  it('shows the dashboard before anything is sent', async () => {
    const res = await admin.get('/beheer/rondvraag');
    expect(res.statusCode).toBe(200);
    expect(text(res.body)).toContain('Nog niet gestart.');
    expect(text(res.body)).toContain('nog niemand uitgenodigd');
    expect(res.body).toContain('Kaart van de 285 gemeenten van het Vlaams Gewest volgens de rondvraag');
  });

  it('refuses a bad contacts file with its lines, and an upload without CSRF token', async () => {
    const bad = await upload('nis,email\n44021,an@gent.be\n4402,x@gent.be\n24062,\n');
    expect(bad.statusCode).toBe(400);
    const body = text(bad.body);
    expect(body).toContain('Er is niets geïmporteerd: het bestand heeft 2 problemen.');
    expect(body).toContain('Regel 3: "4402" is geen NIS-code (vijf cijfers, bv. 44021 voor Gent).');
    expect(body).toContain('Regel 4: Het e-mailadres ontbreekt.');
    expect(await wf.rondvraag.contacts()).toEqual([]);
    expect((await upload('nis,email\n44021,an@gent.be\n', false)).statusCode).toBe(403);
    expect(await wf.rondvraag.contacts()).toEqual([]);
  });

  it('imports contacts and starts the rondvraag from the form', async () => {
    const good = await upload('nis,email\n44021,an@gent.be\n24062,bo@leuven.be\n');
    expect(good.statusCode).toBe(200);
    expect(text(good.body)).toContain('2 contacten geïmporteerd.');
    const closesOn = new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10);
    const started = await admin.submit('/beheer/rondvraag', '/beheer/rondvraag/starten', {
      sluitingsdatum: closesOn,
      herinneringen: 'morgen',
    });
    expect(started.statusCode).toBe(400);
    expect(text(started.body)).toContain('"morgen" is geen datum');
    const ok = await admin.submit('/beheer/rondvraag', '/beheer/rondvraag/starten', {
      sluitingsdatum: closesOn,
      herinneringen: '',
    });
    expect(ok.statusCode).toBe(200);
    expect(text(ok.body)).toContain('De rondvraag is gestart: 2 uitnodigingen zijn onderweg.');
    expect(text(ok.body)).toMatch(/0 van 2 beantwoord \(0,0\s%\)/);
    const audit = (await wf.audit.list({ limit: 20 })).map((e) => `${e.action} ${e.actor.label}`);
    expect(audit).toContain('rondvraag.gestart beheer@agii.be');
    expect(audit).toContain('rondvraag.contacten_geimporteerd beheer@agii.be');
  });

  it("shows a municipality's officer its own link, the one of its invitation", async () => {
    const officer = await activated('els@gent.be', ['gemeente'], ['44021']);
    const page = await officer.get('/gemeente/44021/rondvraag');
    expect(page.statusCode).toBe(200);
    expect(text(page.body)).toContain('Toestand: nog niet beantwoord.');
    const link = page.body.match(/href="(http:\/\/oa\.test\/enquete\/uitnodiging\/[A-Za-z0-9_-]+)"/)?.[1];
    const mail = (await wf.mailer.list()).find((m) => m.recipient === 'an@gent.be');
    expect((await wf.mailer.get(mail?.id ?? 0))?.body_text).toContain(link);
    expect((await officer.get('/gemeente/24062/rondvraag')).statusCode).toBe(403);
    // Leuven's page, for AgII, holds Leuven's link, not Gent's.
    const leuven = await admin.get('/gemeente/24062/rondvraag');
    expect(leuven.statusCode).toBe(200);
    expect(leuven.body).not.toContain(link);
  });
});
