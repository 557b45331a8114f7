/**
 * The rondvraag of all municipalities (issue 11 §2): the contacts AgII imports (one per municipality of
 * the 2025 division), a rondvraag (one identified survey run, which keeps its closing day), its reminder
 * schedule, and every invitation and reminder sent (one row per municipality and round, so a retried job
 * or a restart can never mail a municipality twice in one round; the mail goes through `mail_message`).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rondvraag_contact')
    .addColumn('nis', 'text', (c) => c.primaryKey().check(sql`nis ~ '^[0-9]{5}$'`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('source_line', 'integer', (c) => c.notNull())
    // The account id only (no e-mail copied here): shown through user_account, or as a deleted account.
    .addColumn('imported_by', 'integer')
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('rondvraag')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('survey_version', 'integer', (c) => c.notNull())
    // The survey engine's run (identified mode): its closing day is the rondvraag's.
    .addColumn('run_id', 'integer', (c) => c.notNull().unique().references('survey_run.id'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('rondvraag_reminder')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('rondvraag_id', 'integer', (c) => c.notNull().references('rondvraag.id').onDelete('cascade'))
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'sent', 'skipped')`))
    .addColumn('sent_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'timestamptz')
    .addColumn('created_by', 'integer')
    .execute();
  await db.schema
    .createTable('rondvraag_send')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('rondvraag_id', 'integer', (c) => c.notNull().references('rondvraag.id').onDelete('cascade'))
    .addColumn('nis', 'text', (c) => c.notNull())
    // 0: the invitation; otherwise the reminder (rondvraag_reminder.id) it was sent for.
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('mail_id', 'integer')
    // The survey engine's invitation (its token identifies the municipality's response).
    .addColumn('invitation_id', 'integer', (c) => c.notNull().references('survey_invitation.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('rondvraag_send_once', ['rondvraag_id', 'nis', 'round'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rondvraag_send').execute();
  await db.schema.dropTable('rondvraag_reminder').execute();
  await db.schema.dropTable('rondvraag').execute();
  await db.schema.dropTable('rondvraag_contact').execute();
}
