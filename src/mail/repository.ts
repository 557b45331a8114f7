/** The SQL of outgoing mail: one row per message, its status and when it left. */
import type { Kysely } from 'kysely';
import type { Database, MailAttachment, MailStatus } from '../store/tables.js';

type Db = Kysely<Database>;

export async function insertMail(
  db: Db,
  values: {
    to: string;
    subject: string;
    text: string;
    purpose: string;
    messageId: string;
    attachments?: readonly MailAttachment[] | undefined;
  },
): Promise<number> {
  const row = await db
    .insertInto('mail_message')
    .values({
      recipient: values.to,
      subject: values.subject,
      body_text: values.text,
      purpose: values.purpose,
      status: 'queued',
      message_id: values.messageId,
      attachments: values.attachments?.length ? JSON.stringify(values.attachments) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function mailById(db: Db, id: number) {
  return db.selectFrom('mail_message').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markMail(
  db: Db,
  id: number,
  status: MailStatus,
  at: Date,
  error?: string,
): Promise<void> {
  await db
    .updateTable('mail_message')
    .set({ status, delivered_at: status === 'failed' ? null : at, last_error: error ?? null })
    .where('id', '=', id)
    .execute();
}

export async function listMail(db: Db, limit: number) {
  return db
    .selectFrom('mail_message')
    .select(['id', 'recipient', 'subject', 'purpose', 'status', 'created_at', 'delivered_at', 'last_error'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function mailTo(db: Db, recipient: string) {
  return db
    .selectFrom('mail_message')
    .select(['id', 'subject', 'purpose', 'status', 'created_at', 'delivered_at'])
    .where('recipient', '=', recipient)
    .orderBy('id')
    .execute();
}

export async function deleteMailTo(db: Db, recipient: string): Promise<void> {
  await db.deleteFrom('mail_message').where('recipient', '=', recipient).execute();
}

/** Mail that left more than `before` ago is deleted: its links have long expired. */
export async function deleteOldMail(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('mail_message').where('created_at', '<', before).execute();
}
