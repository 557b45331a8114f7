/** The SQL of the rondvraag: contacts, the rondvraag itself, its reminders and every send. */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import type { Contact } from './contacts-csv.js';

type Db = Kysely<Database>;

export interface StoredContact {
  readonly nis: string;
  readonly email: string;
  readonly name: string | null;
  readonly line: number;
  readonly importedAt: Date;
  readonly importedBy: string | null;
}

export async function listContacts(db: Db): Promise<StoredContact[]> {
  const rows = await db
    .selectFrom('rondvraag_contact')
    .leftJoin('user_account', 'user_account.id', 'rondvraag_contact.imported_by')
    .select([
      'rondvraag_contact.nis',
      'rondvraag_contact.email',
      'rondvraag_contact.name',
      'rondvraag_contact.source_line',
      'rondvraag_contact.imported_at',
      'user_account.email as imported_by_email',
    ])
    .orderBy('rondvraag_contact.nis')
    .execute();
  return rows.map((r) => ({
    nis: r.nis,
    email: r.email,
    name: r.name,
    line: r.source_line,
    importedAt: r.imported_at,
    importedBy: r.imported_by_email,
  }));
}

/** Replaces every contact by the imported ones (in the caller's transaction). */
export async function replaceContacts(
  db: Db,
  contacts: readonly Contact[],
  by: number | null,
): Promise<number> {
  const before = await db.deleteFrom('rondvraag_contact').returning('nis').execute();
  if (contacts.length > 0)
    await db
      .insertInto('rondvraag_contact')
      .values(
        contacts.map((c) => ({
          nis: c.nis,
          email: c.email,
          name: c.name,
          source_line: c.line,
          imported_by: by,
        })),
      )
      .execute();
  return before.length;
}

export interface RondvraagRecord {
  readonly id: number;
  readonly surveyId: string;
  readonly surveyVersion: number;
  readonly runId: number;
  readonly createdAt: Date;
}

const toRecord = (r: {
  id: number;
  survey_id: string;
  survey_version: number;
  run_id: number;
  created_at: Date;
}): RondvraagRecord => ({
  id: r.id,
  surveyId: r.survey_id,
  surveyVersion: r.survey_version,
  runId: r.run_id,
  createdAt: r.created_at,
});

/** The rondvraag shown and sent: the latest one. */
export async function currentRondvraag(db: Db): Promise<RondvraagRecord | undefined> {
  const row = await db.selectFrom('rondvraag').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function rondvraagById(db: Db, id: number): Promise<RondvraagRecord | undefined> {
  const row = await db.selectFrom('rondvraag').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function insertRondvraag(
  db: Db,
  values: { surveyId: string; surveyVersion: number; runId: number; by: number | null },
): Promise<number> {
  const row = await db
    .insertInto('rondvraag')
    .values({
      survey_id: values.surveyId,
      survey_version: values.surveyVersion,
      run_id: values.runId,
      created_by: values.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ReminderRecord {
  readonly id: number;
  readonly dueAt: Date;
  readonly status: 'planned' | 'sent' | 'skipped';
  readonly sentCount: number;
  readonly doneAt: Date | null;
}

export async function insertReminder(
  db: Db,
  rondvraagId: number,
  dueAt: Date,
  by: number | null,
): Promise<number> {
  const row = await db
    .insertInto('rondvraag_reminder')
    .values({ rondvraag_id: rondvraagId, due_at: dueAt, status: 'planned', created_by: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listReminders(db: Db, rondvraagId: number): Promise<ReminderRecord[]> {
  const rows = await db
    .selectFrom('rondvraag_reminder')
    .selectAll()
    .where('rondvraag_id', '=', rondvraagId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    dueAt: r.due_at,
    status: r.status,
    sentCount: r.sent_count,
    doneAt: r.done_at,
  }));
}

/** Holds the rondvraag for this transaction: two administrators sending at once send once. */
export async function lockRondvraag(db: Db, id: number): Promise<void> {
  await db.selectFrom('rondvraag').select('id').where('id', '=', id).forUpdate().execute();
}

/** Takes a planned reminder for this transaction (a second node waits, then finds it done). */
export async function lockPlannedReminder(db: Db, id: number) {
  return db
    .selectFrom('rondvraag_reminder')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'planned')
    .forUpdate()
    .executeTakeFirst();
}

export async function finishReminder(
  db: Db,
  id: number,
  status: 'sent' | 'skipped',
  sentCount: number,
  at: Date,
): Promise<void> {
  await db
    .updateTable('rondvraag_reminder')
    .set({ status, sent_count: sentCount, done_at: at })
    .where('id', '=', id)
    .execute();
}

export interface SendRecord {
  readonly nis: string;
  readonly round: number;
  readonly email: string;
  readonly mailId: number | null;
  readonly invitationId: number;
  readonly createdAt: Date;
  readonly mailStatus: string | null;
}

export async function listSends(db: Db, rondvraagId: number): Promise<SendRecord[]> {
  const rows = await db
    .selectFrom('rondvraag_send')
    .leftJoin('mail_message', 'mail_message.id', 'rondvraag_send.mail_id')
    .select([
      'rondvraag_send.nis',
      'rondvraag_send.round',
      'rondvraag_send.email',
      'rondvraag_send.mail_id',
      'rondvraag_send.invitation_id',
      'rondvraag_send.created_at',
      'mail_message.status as mail_status',
    ])
    .where('rondvraag_send.rondvraag_id', '=', rondvraagId)
    .orderBy('rondvraag_send.id')
    .execute();
  return rows.map((r) => ({
    nis: r.nis,
    round: r.round,
    email: r.email,
    mailId: r.mail_id,
    invitationId: r.invitation_id,
    createdAt: r.created_at,
    mailStatus: r.mail_status,
  }));
}

export async function insertSend(
  db: Db,
  values: {
    rondvraagId: number;
    nis: string;
    round: number;
    email: string;
    mailId: number;
    invitationId: number;
  },
): Promise<void> {
  await db
    .insertInto('rondvraag_send')
    .values({
      rondvraag_id: values.rondvraagId,
      nis: values.nis,
      round: values.round,
      email: values.email,
      mail_id: values.mailId,
      invitation_id: values.invitationId,
    })
    .execute();
}

/** The secret the municipalities' answering links are derived from (made once, shared by every node). */
export async function linkSecret(db: Db): Promise<string> {
  await db
    .insertInto('app_secret')
    .values({ name: 'rondvraag-links', value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secret')
    .select('value')
    .where('name', '=', 'rondvraag-links')
    .executeTakeFirstOrThrow();
  return row.value;
}
