/**
 * The durable job table: side effects that leave the process (mail now, reminders and background builds
 * later) are written as a job in the same transaction as the change that causes them, and done by
 * whichever node claims them. A claim is a lease: a node that dies mid-job loses it when `locked_until`
 * passes, and another node takes the job over.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/tables.js';

type Db = Kysely<Database>;

export interface Job {
  readonly id: number;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly attempts: number;
}

export async function enqueueJob(
  db: Db,
  kind: string,
  payload: Record<string, unknown>,
  runAt?: Date,
): Promise<number> {
  const row = await db
    .insertInto('job')
    .values({ kind, payload: JSON.stringify(payload), status: 'queued', ...(runAt ? { run_at: runAt } : {}) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Claims the oldest due job of the given kinds (SKIP LOCKED: two nodes never claim the same one). */
export async function claimJob(
  db: Db,
  kinds: readonly string[],
  now: Date,
  leaseMs: number,
): Promise<Job | undefined> {
  if (kinds.length === 0) return undefined;
  const until = new Date(now.getTime() + leaseMs);
  const result = await sql<Job>`
    update job set status = 'running', attempts = attempts + 1, locked_until = ${until}
    where id = (
      select id from job
      where kind in (${sql.join(kinds)})
        and ((status = 'queued' and run_at <= ${now}) or (status = 'running' and locked_until < ${now}))
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning id, kind, payload, attempts`.execute(db);
  return result.rows[0];
}

export async function finishJob(db: Db, id: number, now: Date): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'done', finished_at: now, locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: try again at `retryAt`, or give up (`failed`) when there is none. */
export async function failJob(db: Db, id: number, error: string, now: Date, retryAt?: Date): Promise<void> {
  await db
    .updateTable('job')
    .set({
      status: retryAt ? 'queued' : 'failed',
      run_at: retryAt ?? now,
      locked_until: null,
      last_error: error.slice(0, 2000),
      finished_at: retryAt ? null : now,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteFinishedJobs(db: Db, before: Date): Promise<void> {
  await db
    .deleteFrom('job')
    .where('status', 'in', ['done', 'failed'])
    .where('finished_at', '<', before)
    .execute();
}

export async function jobCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('job')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** A long job keeps its claim: moves the lease on while the node is still working on it. */
export async function extendJobLease(db: Db, id: number, until: Date): Promise<void> {
  await db
    .updateTable('job')
    .set({ locked_until: until })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}
