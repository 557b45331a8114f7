/** The SQL of the training track: editions, sessions, registrations, attendance, polls, materials. */
import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type {
  AttendanceStatus,
  Database,
  PollAnswer,
  RegistrationStatus,
  TrainingSessionTable,
} from '../store/tables.js';

type Db = Kysely<Database>;

export type SessionRow = Awaited<ReturnType<typeof sessionById>> & {};

export async function listEditions(db: Db) {
  return db
    .selectFrom('training_edition as e')
    .select([
      'e.id',
      'e.title',
      'e.description',
      'e.is_example',
      'e.attendance_percent',
      (eb) =>
        eb
          .selectFrom('training_session as s')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('s.edition_id', '=', 'e.id')
          .as('sessions'),
    ])
    .orderBy('e.is_example')
    .orderBy('e.id', 'desc')
    .execute();
}

export async function editionById(db: Db, id: number) {
  return db.selectFrom('training_edition').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEdition(
  db: Db,
  values: { title: string; description: string; attendancePercent: number },
): Promise<number> {
  const row = await db
    .insertInto('training_edition')
    .values({
      title: values.title,
      description: values.description,
      attendance_percent: values.attendancePercent,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function sessionsOf(db: Db, editionId: number) {
  return db
    .selectFrom('training_session as s')
    .selectAll('s')
    .select([
      (eb) =>
        eb
          .selectFrom('training_registration as r')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('r.session_id', '=', 's.id')
          .where('r.status', '=', 'ingeschreven')
          .as('registered'),
      (eb) =>
        eb
          .selectFrom('training_registration as r')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('r.session_id', '=', 's.id')
          .where('r.status', '=', 'wachtlijst')
          .as('waiting'),
    ])
    .where('s.edition_id', '=', editionId)
    .orderBy('s.position')
    .execute();
}

export async function sessionById(db: Db, id: number) {
  return db.selectFrom('training_session').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the session row for the rest of the transaction (capacity and waiting list stay consistent). */
export async function lockSession(db: Db, id: number) {
  return db.selectFrom('training_session').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type SessionValues = Omit<Insertable<TrainingSessionTable>, 'id' | 'ics_sequence'>;

export async function insertSession(db: Db, values: SessionValues): Promise<number> {
  const row = await db
    .insertInto('training_session')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function nextPosition(db: Db, editionId: number): Promise<number> {
  const row = await db
    .selectFrom('training_session')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('edition_id', '=', editionId)
    .executeTakeFirst();
  return Number(row?.p ?? 0) + 1;
}

export async function updateSession(
  db: Db,
  id: number,
  values: Omit<Updateable<TrainingSessionTable>, 'id' | 'ics_sequence'>,
  bumpSequence: boolean,
): Promise<void> {
  await db
    .updateTable('training_session')
    .set({ ...values, ...(bumpSequence ? { ics_sequence: sql<number>`ics_sequence + 1` } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Registrations of a session with the person (e-mail, name), oldest first. */
export async function registrationsOf(db: Db, sessionId: number) {
  return db
    .selectFrom('training_registration as r')
    .innerJoin('user_account as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'r.nis', 'r.status', 'r.created_at', 'u.email', 'u.display_name'])
    .where('r.session_id', '=', sessionId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export async function registrationOf(db: Db, sessionId: number, userId: number) {
  return db
    .selectFrom('training_registration')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertRegistration(
  db: Db,
  values: { sessionId: number; userId: number; nis: string; status: RegistrationStatus; at: Date },
): Promise<void> {
  await db
    .insertInto('training_registration')
    .values({
      session_id: values.sessionId,
      user_id: values.userId,
      nis: values.nis,
      status: values.status,
      created_at: values.at,
      updated_at: values.at,
    })
    .onConflict((oc) =>
      oc.columns(['session_id', 'user_id']).doUpdateSet({
        nis: values.nis,
        status: values.status,
        created_at: values.at,
        updated_at: values.at,
      }),
    )
    .execute();
}

export async function setRegistrationStatus(
  db: Db,
  id: number,
  status: RegistrationStatus,
  at: Date,
): Promise<void> {
  await db
    .updateTable('training_registration')
    .set({ status, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The people of an edition: registered (or waiting) for any of its sessions, each once. */
export async function participantsOfEdition(db: Db, editionId: number) {
  return db
    .selectFrom('training_registration as r')
    .innerJoin('training_session as s', 's.id', 'r.session_id')
    .innerJoin('user_account as u', 'u.id', 'r.user_id')
    .select(['u.id as user_id', 'u.email', 'u.display_name'])
    .distinct()
    .where('s.edition_id', '=', editionId)
    .where('r.status', '!=', 'uitgeschreven')
    .orderBy('u.id')
    .execute();
}

/** A person's registrations in every edition (for their own page and the certificate). */
export async function registrationsOfUser(db: Db, userId: number) {
  return db
    .selectFrom('training_registration as r')
    .innerJoin('training_session as s', 's.id', 'r.session_id')
    .select(['r.session_id', 'r.status', 's.edition_id'])
    .where('r.user_id', '=', userId)
    .execute();
}

export async function attendanceOf(db: Db, sessionId: number) {
  return db.selectFrom('training_attendance').selectAll().where('session_id', '=', sessionId).execute();
}

export async function upsertAttendance(
  db: Db,
  values: {
    sessionId: number;
    userId: number;
    status: AttendanceStatus;
    remark: string;
    by: number | null;
    at: Date;
  },
): Promise<void> {
  const row = {
    status: values.status,
    remark: values.remark,
    recorded_by: values.by,
    recorded_at: values.at,
  };
  await db
    .insertInto('training_attendance')
    .values({ session_id: values.sessionId, user_id: values.userId, ...row })
    .onConflict((oc) => oc.columns(['session_id', 'user_id']).doUpdateSet(row))
    .execute();
}

/** Attendance of one person over the sessions of an edition. */
export async function attendanceInEdition(db: Db, editionId: number, userId: number) {
  return db
    .selectFrom('training_attendance as a')
    .innerJoin('training_session as s', 's.id', 'a.session_id')
    .select(['a.session_id', 'a.status'])
    .where('s.edition_id', '=', editionId)
    .where('a.user_id', '=', userId)
    .execute();
}

export async function pollOf(db: Db, sessionId: number) {
  const poll = await db
    .selectFrom('training_poll')
    .selectAll()
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  if (!poll) return undefined;
  const options = await db
    .selectFrom('training_poll_option')
    .selectAll()
    .where('poll_id', '=', poll.id)
    .orderBy('day')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
  const answers = await db
    .selectFrom('training_poll_answer as a')
    .innerJoin('training_poll_option as o', 'o.id', 'a.option_id')
    .select(['a.option_id', 'a.user_id', 'a.answer'])
    .where('o.poll_id', '=', poll.id)
    .execute();
  return { ...poll, options, answers };
}

export async function insertPoll(
  db: Db,
  sessionId: number,
  closesAt: Date,
  options: readonly { day: string; start: string | null; end: string | null }[],
): Promise<number> {
  const poll = await db
    .insertInto('training_poll')
    .values({ session_id: sessionId, closes_at: closesAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('training_poll_option')
    .values(options.map((o) => ({ poll_id: poll.id, day: o.day, start_time: o.start, end_time: o.end })))
    .execute();
  return poll.id;
}

export async function upsertPollAnswer(
  db: Db,
  optionId: number,
  userId: number,
  answer: PollAnswer,
  at: Date,
): Promise<void> {
  await db
    .insertInto('training_poll_answer')
    .values({ option_id: optionId, user_id: userId, answer, answered_at: at })
    .onConflict((oc) => oc.columns(['option_id', 'user_id']).doUpdateSet({ answer, answered_at: at }))
    .execute();
}

export async function closePoll(db: Db, pollId: number, optionId: number | null, at: Date): Promise<void> {
  await db
    .updateTable('training_poll')
    .set({ closed_at: at, chosen_option_id: optionId })
    .where('id', '=', pollId)
    .execute();
}
