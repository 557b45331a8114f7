/** The SQL of server-side sessions: one row per signed-in browser, keyed by the hash of its cookie. */
import type { Kysely } from 'kysely';
import type { Database, SessionTable } from '../store/tables.js';

type Db = Kysely<Database>;

export async function insertSession(
  db: Db,
  values: { idHash: string; userId: number; method: SessionTable['method']; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('session')
    .values({
      id_hash: values.idHash,
      user_id: values.userId,
      method: values.method,
      created_at: values.now,
      last_seen_at: values.now,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** The session with its person, only while the account is active. */
export async function sessionWithAccount(db: Db, idHash: string) {
  return db
    .selectFrom('session')
    .innerJoin('user_account', 'user_account.id', 'session.user_id')
    .select([
      'session.id_hash',
      'session.user_id',
      'session.last_seen_at',
      'session.expires_at',
      'user_account.email',
      'user_account.display_name',
      'user_account.status',
    ])
    .where('session.id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, idHash: string, at: Date): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('session').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

export async function deleteStaleSessions(db: Db, now: Date, idleSince: Date): Promise<number> {
  const result = await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function sessionsOf(db: Db, userId: number) {
  return db
    .selectFrom('session')
    .select(['method', 'created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}
