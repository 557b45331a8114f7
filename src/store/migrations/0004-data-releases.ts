/**
 * Data releases managed in the browser (/beheer/data): every upload and its background build (status,
 * progress, the validation result), and every activation or roll-back of a release. The releases
 * themselves stay files in the data directory; these tables say who did what with them, and when.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_release_build')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'running', 'built', 'unchanged', 'invalid', 'failed')`),
    )
    .addColumn('upload_dir', 'text', (c) => c.notNull())
    .addColumn('files', 'jsonb', (c) => c.notNull())
    .addColumn('contract', 'text')
    .addColumn('phase', 'text')
    .addColumn('progress_done', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_total', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('error_location', 'jsonb')
    .addColumn('release_id', 'text')
    // The account id only (no name or e-mail here): shown through user_account, or as a deleted account.
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('data_release_activation')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('release_id', 'text', (c) => c.notNull())
    .addColumn('previous_release_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('activate', 'rollback')`))
    .addColumn('actor_id', 'integer')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_release_activation').execute();
  await db.schema.dropTable('data_release_build').execute();
}
