/** Everything the store holds about one person, as shown on /mijn-gegevens (docs/privacy.md lists it). */
import type { Kysely } from 'kysely';
import { type AuditRecord, listAudit } from '../audit/repository.js';
import { mailTo } from '../mail/repository.js';
import type { Database } from '../store/tables.js';
import { type Account, loadAccount } from './repository.js';
import { sessionsOf } from './session-repository.js';
import { tokensOf } from './token-repository.js';

export interface PersonalData {
  readonly account: Account;
  readonly sessions: Awaited<ReturnType<typeof sessionsOf>>;
  readonly links: Awaited<ReturnType<typeof tokensOf>>;
  readonly mail: Awaited<ReturnType<typeof mailTo>>;
  /** Audit entries of what the person did and what was done to their account. */
  readonly audit: readonly AuditRecord[];
}

export async function personalData(db: Kysely<Database>, id: number): Promise<PersonalData | undefined> {
  const account = await loadAccount(db, id);
  if (!account) return undefined;
  const [sessions, links, mail, acted, about] = await Promise.all([
    sessionsOf(db, id),
    tokensOf(db, id),
    mailTo(db, account.email),
    listAudit(db, { limit: 500, actorId: id }),
    listAudit(db, { limit: 500, subject: { type: 'user', id: String(id) } }),
  ]);
  const audit = [...new Map([...acted, ...about].map((r) => [r.id, r])).values()].sort((a, b) => b.id - a.id);
  return { account, sessions, links, mail, audit };
}
