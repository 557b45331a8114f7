/**
 * The sign-in lock-out, kept in the store so it holds across web nodes: after `maxFailures` wrong
 * attempts for one e-mail address within `windowMs`, that address is locked for `lockMs` — whether or
 * not it has an account (so the lock-out tells nobody which addresses exist). One atomic statement
 * counts a failure, so two nodes counting at once never lose one.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/tables.js';
import { hashToken } from './tokens.js';

export interface LockoutRules {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export const LOCKOUT_RULES: LockoutRules = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export class Lockout {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    readonly rules: LockoutRules = LOCKOUT_RULES,
  ) {}

  /** Until when the address is locked, if it is. */
  async lockedUntil(email: string): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('sign_in_failure')
      .select('locked_until')
      .where('key_hash', '=', hashToken(email))
      .executeTakeFirst();
    const until = row?.locked_until;
    return until && until > this.now() ? until : undefined;
  }

  /** Counts a failed attempt; returns the lock's end when this attempt locks the address. */
  async fail(email: string): Promise<Date | undefined> {
    const now = this.now();
    const windowStart = new Date(now.getTime() - this.rules.windowMs);
    const lockEnd = new Date(now.getTime() + this.rules.lockMs);
    const { maxFailures } = this.rules;
    const row = await this.db
      .insertInto('sign_in_failure')
      .values({ key_hash: hashToken(email), failures: 1, first_failure_at: now, locked_until: null })
      .onConflict((oc) =>
        oc.column('key_hash').doUpdateSet({
          failures: sql`case when sign_in_failure.first_failure_at < ${windowStart} then 1 else sign_in_failure.failures + 1 end`,
          first_failure_at: sql`case when sign_in_failure.first_failure_at < ${windowStart} then ${now} else sign_in_failure.first_failure_at end`,
        }),
      )
      .returning(['failures'])
      .executeTakeFirstOrThrow();
    if (row.failures < maxFailures) return undefined;
    await this.db
      .updateTable('sign_in_failure')
      .set({ locked_until: lockEnd, failures: 0, first_failure_at: now })
      .where('key_hash', '=', hashToken(email))
      .execute();
    return lockEnd;
  }

  async clear(email: string, db: Kysely<Database> = this.db): Promise<void> {
    await db.deleteFrom('sign_in_failure').where('key_hash', '=', hashToken(email)).execute();
  }

  /** Forgets failures and locks that no longer matter (housekeeping). */
  async purge(): Promise<void> {
    const now = this.now();
    const windowStart = new Date(now.getTime() - this.rules.windowMs);
    await this.db
      .deleteFrom('sign_in_failure')
      .where('first_failure_at', '<', windowStart)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .execute();
  }
}
