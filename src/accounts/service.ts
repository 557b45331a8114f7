/**
 * The rules of accounts: inviting, one-time links, setting a password, changing roles and
 * municipalities, disabling, deleting one's own account. Every change is one transaction with its
 * audit entry and the mail it causes; the last active administrator can never be removed.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../access/principal.js';
import { type Actor, forgetPerson, recordAudit } from '../audit/repository.js';
import { invitationMail, resetMail } from '../mail/messages.js';
import { deleteMailTo } from '../mail/repository.js';
import type { Mailer } from '../mail/service.js';
import type { Database } from '../store/tables.js';
import type { Lockout } from './lockout.js';
import type { Passwords } from './passwords.js';
import {
  type Account,
  accountIdByEmail,
  accountIdsOfMunicipality,
  deleteAccount,
  insertAccount,
  loadAccount,
  loadAccounts,
  lockAccount,
  otherActiveAdmins,
  replaceAccess,
  updateAccount,
} from './repository.js';
import type { AccessInput, InviteInput } from './schema.js';
import type { Sessions } from './sessions.js';
import { insertToken, tokenByHash, tokenForUpdate, useTokens } from './token-repository.js';
import { hashToken, newToken } from './tokens.js';

export const INVITE_VALID_MS = 7 * 86400_000;
export const RESET_VALID_MS = 3600_000;

/** A refusal with a Dutch message for the form (and the field it is about). */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export interface AccountDeps {
  readonly db: Kysely<Database>;
  readonly passwords: Passwords;
  readonly mailer: Mailer;
  readonly sessions: Sessions;
  readonly lockout: Lockout;
  /** The site's address as people reach it (links in mail): `https://cijfers.example.be`. */
  readonly baseUrl: string;
  /** Whether a NIS code is a municipality of the 2025 division. */
  readonly isMunicipality: (nis: string) => boolean;
  /** Called after a commit that queued a job (the job runner starts at once). */
  readonly afterCommit: () => void;
  readonly now?: () => Date;
}

export type LinkState =
  | { readonly kind: 'valid'; readonly purpose: 'invite' | 'reset'; readonly account: Account }
  | { readonly kind: 'unknown' | 'used' | 'expired' };

const snapshot = (a: Account) => ({
  email: a.email,
  name: a.name,
  status: a.status,
  roles: a.roles,
  municipalities: a.municipalities,
});

export class Accounts {
  private readonly now: () => Date;

  constructor(private readonly deps: AccountDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  list(): Promise<Account[]> {
    return loadAccounts(this.deps.db);
  }

  get(id: number): Promise<Account | undefined> {
    return loadAccount(this.deps.db, id);
  }

  async ofMunicipality(nis: string): Promise<Account[]> {
    return loadAccounts(this.deps.db, await accountIdsOfMunicipality(this.deps.db, nis));
  }

  async byEmail(email: string): Promise<Account | undefined> {
    const id = await accountIdByEmail(this.deps.db, email);
    return id === undefined ? undefined : this.get(id);
  }

  private checkAccess(input: AccessInput): { roles: Role[]; municipalities: string[] } {
    const roles = [...new Set(input.roles)].sort();
    const municipalities = [...new Set(input.municipalities)].sort();
    const unknown = municipalities.filter((nis) => !this.deps.isMunicipality(nis));
    if (unknown.length > 0)
      throw new AccountError(`Geen gemeente van de indeling 2025: ${unknown.join(', ')}.`, 'municipalities');
    if (roles.includes('gemeente') && municipalities.length === 0)
      throw new AccountError(
        'Een account met de rol gemeente hoort bij minstens één gemeente.',
        'municipalities',
      );
    return { roles, municipalities };
  }

  /** Creates an invited account and its one-time link; mails it when `mail` is set. */
  async invite(
    input: InviteInput,
    actor: Actor,
    options: { mail: boolean },
  ): Promise<{ account: Account; link: string }> {
    const access = this.checkAccess(input);
    const token = newToken();
    const expires = new Date(this.now().getTime() + INVITE_VALID_MS);
    const link = `${this.deps.baseUrl}/wachtwoord-instellen?token=${token}`;
    const taken = new AccountError('Er bestaat al een account met dit e-mailadres.', 'email');
    const account = await this.deps.db
      .transaction()
      .execute(async (tx) => {
        if ((await accountIdByEmail(tx, input.email)) !== undefined) throw taken;
        const id = await insertAccount(tx, { email: input.email, name: input.name, status: 'invited' });
        await replaceAccess(tx, id, access.roles, access.municipalities);
        await insertToken(tx, { userId: id, purpose: 'invite', hash: hashToken(token), expiresAt: expires });
        if (options.mail)
          await this.deps.mailer.queue(invitationMail(input.email, input.name, link, expires), tx);
        const created = (await loadAccount(tx, id)) as Account;
        await recordAudit(tx, {
          actor,
          action: 'gebruiker.uitgenodigd',
          subjectType: 'user',
          subjectId: id,
          after: snapshot(created),
        });
        return created;
      })
      .catch((err: Error & { code?: string }) => {
        throw err.code === '23505' ? taken : err; // the same address invited twice at once
      });
    if (options.mail) this.deps.afterCommit();
    return { account, link };
  }

  async linkState(token: string): Promise<LinkState> {
    const row = await tokenByHash(this.deps.db, hashToken(token));
    if (!row) return { kind: 'unknown' };
    if (row.used_at) return { kind: 'used' };
    if (row.expires_at <= this.now()) return { kind: 'expired' };
    const account = await loadAccount(this.deps.db, row.user_id);
    if (!account || account.status === 'disabled') return { kind: 'unknown' };
    return { kind: 'valid', purpose: row.purpose, account };
  }

  /** Uses a one-time link: sets the password, activates the account, ends its other sessions. */
  async setPassword(token: string, password: string): Promise<Account> {
    const hash = await this.deps.passwords.hash(password); // the slow part, outside the transaction
    const now = this.now();
    const account = await this.deps.db.transaction().execute(async (tx) => {
      const row = await tokenForUpdate(tx, hashToken(token));
      if (!row || row.used_at || row.expires_at <= now)
        throw new AccountError('Deze link is niet (meer) geldig. Vraag een nieuwe aan.');
      const before = await loadAccount(tx, row.user_id);
      if (!before || before.status === 'disabled') throw new AccountError('Dit account is uitgeschakeld.');
      await updateAccount(tx, row.user_id, { passwordHash: hash, status: 'active' });
      await useTokens(tx, row.user_id, now);
      await this.deps.sessions.endAllOf(row.user_id, tx);
      await recordAudit(tx, {
        actor: { id: before.id, label: before.email },
        action: row.purpose === 'invite' ? 'account.geactiveerd' : 'wachtwoord.hersteld',
        subjectType: 'user',
        subjectId: before.id,
        before: { status: before.status },
        after: { status: 'active' },
      });
      return (await loadAccount(tx, row.user_id)) as Account;
    });
    await this.deps.lockout.clear(account.email);
    return account;
  }

  /** Mails a reset link to an active account; says nothing about whether the address has one. */
  async requestReset(email: string): Promise<void> {
    const id = await accountIdByEmail(this.deps.db, email);
    const account = id === undefined ? undefined : await loadAccount(this.deps.db, id);
    if (account?.status !== 'active') return;
    const token = newToken();
    const expires = new Date(this.now().getTime() + RESET_VALID_MS);
    const link = `${this.deps.baseUrl}/wachtwoord-instellen?token=${token}`;
    await this.deps.db.transaction().execute(async (tx) => {
      await useTokens(tx, account.id, this.now()); // one open link at a time
      await insertToken(tx, {
        userId: account.id,
        purpose: 'reset',
        hash: hashToken(token),
        expiresAt: expires,
      });
      await this.deps.mailer.queue(resetMail(account.email, account.name, link, expires), tx);
    });
    this.deps.afterCommit();
  }

  private async guardLastAdmin(tx: Kysely<Database>, account: Account, keepsAdmin: boolean): Promise<void> {
    if (!keepsAdmin && account.roles.includes('agii') && (await otherActiveAdmins(tx, account.id)) === 0)
      throw new AccountError(
        'Dit is de laatste actieve beheerder (rol agii): maak eerst iemand anders beheerder.',
      );
  }

  private async change(
    id: number,
    actor: Actor,
    action: string,
    apply: (tx: Kysely<Database>, before: Account) => Promise<void>,
  ): Promise<Account> {
    return this.deps.db.transaction().execute(async (tx) => {
      if (!(await lockAccount(tx, id))) throw new AccountError('Dit account bestaat niet (meer).');
      const before = (await loadAccount(tx, id)) as Account;
      await apply(tx, before);
      const after = (await loadAccount(tx, id)) as Account;
      await recordAudit(tx, {
        actor,
        action,
        subjectType: 'user',
        subjectId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return after;
    });
  }

  changeAccess(id: number, input: AccessInput, actor: Actor): Promise<Account> {
    const access = this.checkAccess(input);
    return this.change(id, actor, 'gebruiker.gewijzigd', async (tx, before) => {
      await this.guardLastAdmin(tx, before, access.roles.includes('agii') || before.status === 'disabled');
      await replaceAccess(tx, id, access.roles, access.municipalities);
      await updateAccount(tx, id, { name: input.name });
    });
  }

  setEnabled(id: number, enabled: boolean, actor: Actor): Promise<Account> {
    return this.change(
      id,
      actor,
      enabled ? 'gebruiker.ingeschakeld' : 'gebruiker.uitgeschakeld',
      async (tx, before) => {
        if (enabled) {
          await updateAccount(tx, id, { status: before.hasPassword ? 'active' : 'invited' });
          return;
        }
        await this.guardLastAdmin(tx, before, false);
        await updateAccount(tx, id, { status: 'disabled' });
        await useTokens(tx, id, this.now());
        await this.deps.sessions.endAllOf(id, tx);
      },
    );
  }

  /** Deletes a person's own account and what is stored about them (docs/privacy.md). */
  async deleteOwn(id: number): Promise<void> {
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await lockAccount(tx, id))) return;
      const account = (await loadAccount(tx, id)) as Account;
      await this.guardLastAdmin(tx, account, false);
      await forgetPerson(tx, id);
      await deleteMailTo(tx, account.email);
      await deleteAccount(tx, id); // sessions, links, roles and municipalities go with it
      await recordAudit(tx, {
        actor: { id: null, label: `verwijderd account #${id}` },
        action: 'account.verwijderd',
        subjectType: 'user',
        subjectId: id,
      });
      await this.deps.lockout.clear(account.email, tx);
    });
  }
}
