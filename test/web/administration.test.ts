/** Administration through the web: invite from /beheer/gebruikers, the outbox, an officer's own municipality, own data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { appOn } from '../support/test-app.js';
import { openTestWorkflow, SYSTEM } from '../support/test-workflow.js';
import { WebClient } from '../support/web-client.js';

const existing = async (email: string) => {
  const account = await wf.accounts.byEmail(email);
  if (!account) throw new Error(`no account ${email}`);
  return account;
};

let wf: Workflow & { dispose(): Promise<void> };
let node: ReturnType<typeof appOn>;
const admin = () => new WebClient(node.app);
let adminClient: WebClient;

async function activate(link: string, password: string, client: WebClient) {
  const token = new URL(link).searchParams.get('token') as string;
  return client.submit(`/wachtwoord-instellen?token=${token}`, '/wachtwoord-instellen', {
    token,
    password,
    repeat: password,
  });
}

beforeAll(async () => {
  wf = await openTestWorkflow();
  node = appOn(wf);
  const { link } = await wf.accounts.invite(
    { email: 'beheer@agii.be', name: 'Beheerder', roles: ['agii'], municipalities: [] },
    SYSTEM,
    {
      mail: false,
    },
  );
  adminClient = admin();
  expect((await activate(link, 'beheerder wachtwoord 1', adminClient)).headers.location).toBe('/beheer');
});
afterAll(async () => {
  await node.close();
  await wf.dispose();
});

describe('an administrator invites an officer of Gent', () => {
  let officer: WebClient;

  it('invites through the form; without SMTP the mail waits in the outbox, and the change is audited', async () => {
    const res = await adminClient.submit('/beheer/gebruikers', '/beheer/gebruikers', {
      email: 'Els@Gent.be',
      name: 'Els Gent',
      roles: 'gemeente',
      municipalities: '44021',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('is uitgenodigd');
    expect(res.body).toContain('de uitnodiging staat in de uitgaande e-mail');
    expect(await wf.jobs.runDue()).toBe(1);
    const outbox = await adminClient.get('/beheer/uitgaande-mail');
    expect(outbox.body).toContain('els@gent.be');
    expect(outbox.body).toContain('in de outbox (geen mailserver)');
    const id = outbox.body.match(/href="\/beheer\/uitgaande-mail\/(\d+)"/)?.[1];
    const mail = await adminClient.get(`/beheer/uitgaande-mail/${id}`);
    const link = mail.body.match(/http:\/\/oa\.test\/wachtwoord-instellen\?token=[\w-]+/)?.[0] as string;
    expect(link).toBeTruthy();
    officer = new WebClient(node.app);
    const set = await activate(link, 'een wachtwoord voor Els', officer);
    expect(set.headers.location).toBe('/gemeente/44021');
    const audit = await adminClient.get('/beheer/audit');
    for (const action of ['gebruiker.uitgenodigd', 'mail.gelezen', 'account.geactiveerd'])
      expect(audit.body).toContain(action);
  });

  it('lets the officer see Gent’s accounts and never Antwerpen’s, nor the administration', async () => {
    const own = await officer.get('/gemeente/44021/medewerkers');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Medewerkers van Gent (44021)');
    expect(own.body).toContain('els@gent.be');
    const other = await officer.get('/gemeente/11002/medewerkers');
    expect(other.statusCode).toBe(403);
    expect(other.body).toContain('<h1>Geen toegang</h1>');
    expect(other.body).not.toContain('Medewerkers van Antwerpen');
    expect((await officer.get('/beheer/gebruikers')).statusCode).toBe(403);
    const post = await officer.submit('/mijn-gegevens', '/beheer/gebruikers', {
      email: 'x@y.be',
      name: 'X',
      roles: 'agii',
    });
    expect(post.statusCode).toBe(403);
    expect(await wf.accounts.byEmail('x@y.be')).toBeUndefined();
  });

  it('changes the officer’s municipalities and disables the account, with before and after in the log', async () => {
    const els = await existing('els@gent.be');
    const changed = await adminClient.submit(`/beheer/gebruikers/${els.id}`, `/beheer/gebruikers/${els.id}`, {
      name: 'Els Gent',
      roles: 'gemeente',
      municipalities: '44021, 11002',
    });
    expect(changed.body).toContain('Opgeslagen.');
    expect((await officer.get('/gemeente/11002/medewerkers')).statusCode).toBe(200); // applies at once
    const bad = await adminClient.submit(`/beheer/gebruikers/${els.id}`, `/beheer/gebruikers/${els.id}`, {
      name: 'Els Gent',
      roles: 'gemeente',
      municipalities: '99999',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Geen gemeente van de indeling 2025: 99999.');
    await adminClient.submit(`/beheer/gebruikers/${els.id}`, `/beheer/gebruikers/${els.id}/uitschakelen`, {});
    expect((await officer.get('/mijn-gegevens')).statusCode).toBe(303); // the session ended
    const [entry] = await wf.audit.list({ limit: 1 });
    expect(entry).toMatchObject({ action: 'gebruiker.uitgeschakeld', actor: { label: 'beheer@agii.be' } });
    expect(entry?.before).toMatchObject({ status: 'active' });
    expect(entry?.after).toMatchObject({ status: 'disabled' });
  });
});

describe('a person’s own data', () => {
  it('shows what is stored and deletes it, leaving the log without name or e-mail', async () => {
    const { link, account } = await wf.accounts.invite(
      { email: 'jan@gent.be', name: 'Jan', roles: ['gemeente'], municipalities: ['44021'] },
      SYSTEM,
      {
        mail: true,
      },
    );
    const jan = new WebClient(node.app);
    await activate(link, 'wachtwoord van jan!', jan);
    const page = await jan.get('/mijn-gegevens');
    for (const text of ['jan@gent.be', 'Gent (44021)', 'uitnodiging', 'Uitnodiging: je account'])
      expect(page.body).toContain(text);
    const refused = await jan.submit('/mijn-gegevens', '/mijn-gegevens/verwijderen', {});
    expect(refused.statusCode).toBe(400);
    const gone = await jan.submit('/mijn-gegevens', '/mijn-gegevens/verwijderen', { bevestig: 'ja' });
    expect(gone.body).toContain('Je account is verwijderd');
    expect(await wf.accounts.byEmail('jan@gent.be')).toBeUndefined();
    expect((await wf.mailer.list()).some((m) => m.recipient === 'jan@gent.be')).toBe(false);
    const log = JSON.stringify(
      await wf.audit.list({ limit: 100, subject: { type: 'user', id: String(account.id) } }),
    );
    expect(log).not.toContain('jan@gent.be');
    expect(log).not.toContain('"Jan"');
    expect(log).toContain('account.verwijderd');
  });
});
