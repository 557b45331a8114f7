/** Rate-limit counters in the store (shared by all web nodes): one atomic upsert per hit. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/tables.js';

export async function countHit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ hits: number; resetAt: Date }> {
  const resetAt = new Date(now.getTime() + windowMs);
  const row = await db
    .insertInto('rate_limit')
    .values({ key, hits: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when rate_limit.reset_at <= ${now} then 1 else rate_limit.hits + 1 end`,
        reset_at: sql`case when rate_limit.reset_at <= ${now} then ${resetAt} else rate_limit.reset_at end`,
      }),
    )
    .returning(['hits', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { hits: row.hits, resetAt: row.reset_at };
}

export async function deleteExpiredHits(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('rate_limit').where('reset_at', '<=', now).execute();
}
