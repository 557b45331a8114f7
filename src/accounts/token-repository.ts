/** The SQL of one-time links (invitation, password reset): stored as hashes, used once, expiring. */
import type { Kysely } from 'kysely';
import type { Database, TokenPurpose } from '../store/tables.js';

type Db = Kysely<Database>;

export async function insertToken(
  db: Db,
  values: { userId: number; purpose: TokenPurpose; hash: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('account_token')
    .values({
      user_id: values.userId,
      purpose: values.purpose,
      token_hash: values.hash,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** The token row, locked for the transaction so that two uses of one link cannot both succeed. */
export async function tokenForUpdate(db: Db, hash: string) {
  return db
    .selectFrom('account_token')
    .selectAll()
    .where('token_hash', '=', hash)
    .forUpdate()
    .executeTakeFirst();
}

export async function tokenByHash(db: Db, hash: string) {
  return db.selectFrom('account_token').selectAll().where('token_hash', '=', hash).executeTakeFirst();
}

/** Marks every open link of the person as used (a new link or a new password voids the old ones). */
export async function useTokens(db: Db, userId: number, at: Date): Promise<void> {
  await db
    .updateTable('account_token')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function tokensOf(db: Db, userId: number) {
  return db
    .selectFrom('account_token')
    .select(['purpose', 'created_at', 'expires_at', 'used_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}
