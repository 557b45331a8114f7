/**
 * Server-side sessions in the store, so any web node serves any signed-in person: the cookie holds a
 * random token, the store its hash. A session ends after 12 hours, or after 2 hours without a request.
 */
import type { Kysely } from 'kysely';
import type { Role, SignedIn } from '../access/principal.js';
import type { Database, SessionTable } from '../store/tables.js';
import { loadAccount } from './repository.js';
import {
  deleteSession,
  deleteSessionsOf,
  deleteStaleSessions,
  insertSession,
  sessionWithAccount,
  touchSession,
} from './session-repository.js';
import { hashToken, newToken } from './tokens.js';

export interface SessionTimes {
  readonly lifetimeMs: number;
  readonly idleMs: number;
}

export const SESSION_TIMES: SessionTimes = { lifetimeMs: 12 * 3600_000, idleMs: 2 * 3600_000 };
/** A request refreshes `last_seen_at` at most this often (no write per page view). */
const TOUCH_EVERY_MS = 60_000;

export class Sessions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly times: SessionTimes = SESSION_TIMES,
  ) {}

  /** Starts a session; returns the cookie value (shown once, never stored). */
  async start(
    userId: number,
    method: SessionTable['method'],
    db: Kysely<Database> = this.db,
  ): Promise<string> {
    const token = newToken();
    const now = this.now();
    await insertSession(db, {
      idHash: hashToken(token),
      userId,
      method,
      now,
      expiresAt: new Date(now.getTime() + this.times.lifetimeMs),
    });
    return token;
  }

  /** The signed-in person of a cookie value, or undefined (unknown, ended, idle, account not active). */
  async resolve(token: string): Promise<SignedIn | undefined> {
    const idHash = hashToken(token);
    const row = await sessionWithAccount(this.db, idHash);
    if (!row) return undefined;
    const now = this.now();
    const idle = now.getTime() - row.last_seen_at.getTime() > this.times.idleMs;
    if (row.expires_at <= now || idle || row.status !== 'active') {
      await deleteSession(this.db, idHash);
      return undefined;
    }
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) await touchSession(this.db, idHash, now);
    const account = await loadAccount(this.db, row.user_id);
    if (!account) return undefined;
    return {
      kind: 'user',
      userId: account.id,
      email: account.email,
      name: account.name,
      roles: new Set<Role>(account.roles),
      municipalities: new Set(account.municipalities),
      sessionHash: idHash,
    };
  }

  async end(token: string): Promise<void> {
    await deleteSession(this.db, hashToken(token));
  }

  async endAllOf(userId: number, db: Kysely<Database> = this.db): Promise<void> {
    await deleteSessionsOf(db, userId);
  }

  async purge(): Promise<number> {
    const now = this.now();
    return deleteStaleSessions(this.db, now, new Date(now.getTime() - this.times.idleMs));
  }
}
