/** Accounts on the store (PGlite here, PostgreSQL in the database suite): invite, link, password, roles, audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountError } from '../../src/accounts/service.js';
import type { Workflow } from '../../src/workflow/open-workflow.js';
import { openTestWorkflow, SYSTEM, type TestClock, testClock } from '../support/test-workflow.js';

const existing = async (email: string) => {
  const account = await wf.accounts.byEmail(email);
  if (!account) throw new Error(`no account ${email}`);
  return account;
};

let wf: Workflow & { dispose(): Promise<void> };
let clock: TestClock;

beforeAll(async () => {
  clock = testClock();
  wf = await openTestWorkflow({ clock });
});
afterAll(() => wf.dispose());

const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string;

describe('invitations and one-time links', () => {
  it('invites an administrator: an invited account, a link, an audit entry, a queued mail', async () => {
    const { account, link } = await wf.accounts.invite(
      { email: 'beheer@agii.be', name: 'Beheer AgII', roles: ['agii'], municipalities: [] },
      SYSTEM,
      { mail: true },
    );
    expect(account).toMatchObject({
      email: 'beheer@agii.be',
      status: 'invited',
      roles: ['agii'],
      hasPassword: false,
    });
    expect(link).toMatch(/^http:\/\/oa\.test\/wachtwoord-instellen\?token=[\w-]{43}$/);
    const audit = await wf.audit.list({ limit: 10 });
    expect(audit[0]).toMatchObject({
      action: 'gebruiker.uitgenodigd',
      subjectId: String(account.id),
      actor: { label: 'test' },
    });
    expect(audit[0]?.after).toMatchObject({ email: 'beheer@agii.be', roles: ['agii'] });
    const mails = await wf.mailer.list();
    expect(mails[0]).toMatchObject({ recipient: 'beheer@agii.be', status: 'queued', purpose: 'uitnodiging' });
    // The link is not stored: only its hash.
    const tokens = await wf.db.selectFrom('account_token').select('token_hash').execute();
    expect(tokens.map((t) => t.token_hash)).not.toContain(tokenOf(link));
  });

  it('refuses a second account for the same address, and unknown municipalities', async () => {
    await expect(
      wf.accounts.invite(
        { email: 'beheer@agii.be', name: 'X', roles: ['agii'], municipalities: [] },
        SYSTEM,
        { mail: false },
      ),
    ).rejects.toThrow('Er bestaat al een account met dit e-mailadres.');
    await expect(
      wf.accounts.invite(
        { email: 'a@gent.be', name: 'A', roles: ['gemeente'], municipalities: ['11007'] },
        SYSTEM,
        { mail: false },
      ),
    ).rejects.toThrow('Geen gemeente van de indeling 2025: 11007.');
    await expect(
      wf.accounts.invite({ email: 'a@gent.be', name: 'A', roles: ['gemeente'], municipalities: [] }, SYSTEM, {
        mail: false,
      }),
    ).rejects.toThrow(AccountError);
    expect(await wf.accounts.byEmail('a@gent.be')).toBeUndefined();
  });

  it('sets a password once from the link, which then no longer works', async () => {
    const { link } = await wf.accounts.invite(
      { email: 'an@gent.be', name: 'An Peeters', roles: ['gemeente'], municipalities: ['44021'] },
      SYSTEM,
      { mail: false },
    );
    expect(await wf.accounts.linkState(tokenOf(link))).toMatchObject({ kind: 'valid', purpose: 'invite' });
    const account = await wf.accounts.setPassword(tokenOf(link), 'een lang wachtwoord');
    expect(account).toMatchObject({ status: 'active', hasPassword: true, municipalities: ['44021'] });
    expect(await wf.accounts.linkState(tokenOf(link))).toEqual({ kind: 'used' });
    await expect(wf.accounts.setPassword(tokenOf(link), 'nog een wachtwoord')).rejects.toThrow(
      'niet (meer) geldig',
    );
    const hash = await wf.db
      .selectFrom('user_account')
      .select('password_hash')
      .where('id', '=', account.id)
      .executeTakeFirst();
    expect(hash?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('lets a link expire', async () => {
    const { link } = await wf.accounts.invite(
      { email: 'laat@gent.be', name: 'Laat', roles: ['gemeente'], municipalities: ['44021'] },
      SYSTEM,
      { mail: false },
    );
    clock.advance(8 * 86400_000);
    expect(await wf.accounts.linkState(tokenOf(link))).toEqual({ kind: 'expired' });
  });
});

describe('sign-in, reset, access changes', () => {
  it('signs in with the right password only, and resets a password by a mailed link', async () => {
    expect((await wf.signIn.signIn('an@gent.be', 'een lang wachtwoord')).kind).toBe('ok');
    expect((await wf.signIn.signIn('an@gent.be', 'fout wachtwoord!!')).kind).toBe('invalid');
    expect((await wf.signIn.signIn('niemand@gent.be', 'een lang wachtwoord')).kind).toBe('invalid');
    await wf.accounts.requestReset('an@gent.be');
    await wf.accounts.requestReset('niemand@gent.be'); // says nothing, sends nothing
    const mail = (await wf.mailer.list()).find((m) => m.purpose === 'wachtwoord-herstel');
    expect(mail?.recipient).toBe('an@gent.be');
    const body = (await wf.mailer.get(mail?.id as number))?.body_text ?? '';
    const link = body.match(/http:\/\/oa\.test\/wachtwoord-instellen\?token=[\w-]+/)?.[0] as string;
    await wf.accounts.setPassword(tokenOf(link), 'een nieuw lang wachtwoord');
    expect((await wf.signIn.signIn('an@gent.be', 'een lang wachtwoord')).kind).toBe('invalid');
    expect((await wf.signIn.signIn('an@gent.be', 'een nieuw lang wachtwoord')).kind).toBe('ok');
  });

  it('changes roles and municipalities with before and after in the audit log', async () => {
    const an = await existing('an@gent.be');
    const admin = await existing('beheer@agii.be');
    const actor = { id: admin.id, label: admin.email };
    const changed = await wf.accounts.changeAccess(
      an.id,
      { name: 'An Peeters', roles: ['gemeente'], municipalities: ['44021', '11002'] },
      actor,
    );
    expect(changed.municipalities).toEqual(['11002', '44021']);
    const [entry] = await wf.audit.list({ limit: 1 });
    expect(entry).toMatchObject({
      action: 'gebruiker.gewijzigd',
      actor: { id: admin.id, label: 'beheer@agii.be' },
    });
    expect(entry?.before).toMatchObject({ municipalities: ['44021'] });
    expect(entry?.after).toMatchObject({ municipalities: ['11002', '44021'] });
  });

  it('never removes or disables the last administrator', async () => {
    const admin = await existing('beheer@agii.be');
    await expect(wf.accounts.setEnabled(admin.id, false, SYSTEM)).rejects.toThrow(
      'laatste actieve beheerder',
    );
    await expect(
      wf.accounts.changeAccess(admin.id, { name: 'B', roles: ['trainer'], municipalities: [] }, SYSTEM),
    ).rejects.toThrow('laatste actieve beheerder');
    await expect(wf.accounts.deleteOwn(admin.id)).rejects.toThrow('laatste actieve beheerder');
  });

  it('disables an account: its sessions end and it cannot sign in', async () => {
    const an = await existing('an@gent.be');
    const result = await wf.signIn.signIn('an@gent.be', 'een nieuw lang wachtwoord');
    if (result.kind !== 'ok') throw new Error('sign-in failed');
    expect(await wf.sessions.resolve(result.sessionToken)).toMatchObject({ userId: an.id });
    await wf.accounts.setEnabled(an.id, false, SYSTEM);
    expect(await wf.sessions.resolve(result.sessionToken)).toBeUndefined();
    expect((await wf.signIn.signIn('an@gent.be', 'een nieuw lang wachtwoord')).kind).toBe('disabled');
    await wf.accounts.setEnabled(an.id, true, SYSTEM);
    expect((await wf.signIn.signIn('an@gent.be', 'een nieuw lang wachtwoord')).kind).toBe('ok');
  });
});
