/**
 * The training track (/vorming): editions with their sessions, date polls, registrations (with a waiting
 * list), attendance, materials and links; mail gets attachments (the .ics invitations). The 2020–2021
 * edition of the seed ships as the example edition. Days are 'YYYY-MM-DD' and times 'HH:MM' in Brussels
 * time, as text: both engines hand them back unchanged.
 */
import { type Kysely, sql } from 'kysely';

const DAY = sql`~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;
const TIME = sql`~ '^[0-9]{2}:[0-9]{2}$'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('training_edition')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_example', 'boolean', (c) => c.notNull().defaultTo(false))
    // The attendance rule: present (or late) at least this share of the sessions held, in percent.
    .addColumn('attendance_percent', 'integer', (c) =>
      c.notNull().defaultTo(80).check(sql`attendance_percent between 1 and 100`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('training_session')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('edition_id', 'integer', (c) =>
      c.notNull().references('training_edition.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('goals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('day', 'text', (c) => c.check(sql`day ${DAY}`))
    .addColumn('start_time', 'text', (c) => c.check(sql`start_time ${TIME}`))
    .addColumn('end_time', 'text', (c) => c.check(sql`end_time ${TIME}`))
    .addColumn('place', 'text')
    .addColumn('online_url', 'text')
    .addColumn('trainer', 'text')
    .addColumn('capacity', 'integer', (c) => c.check(sql`capacity > 0`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('gepland', 'verplaatst', 'afgelast', 'gehouden')`),
    )
    .addColumn('original_day', 'text', (c) => c.check(sql`original_day ${DAY}`))
    .addColumn('change_reason', 'text')
    // Calendar identity of the invitations: the UID stays, SEQUENCE grows with every change.
    .addColumn('ics_uid', 'text', (c) => c.notNull().unique())
    .addColumn('ics_sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('training_poll')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().unique().references('training_session.id').onDelete('cascade'),
    )
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addColumn('chosen_option_id', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('training_poll_option')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('poll_id', 'integer', (c) => c.notNull().references('training_poll.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull().check(sql`day ${DAY}`))
    .addColumn('start_time', 'text', (c) => c.check(sql`start_time ${TIME}`))
    .addColumn('end_time', 'text', (c) => c.check(sql`end_time ${TIME}`))
    .execute();
  await db.schema
    .createTable('training_poll_answer')
    .addColumn('option_id', 'integer', (c) =>
      c.notNull().references('training_poll_option.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('answer', 'text', (c) => c.notNull().check(sql`answer in ('ja', 'misschien', 'nee')`))
    .addColumn('answered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('training_poll_answer_pk', ['option_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('training_registration')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('training_session.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    // The municipality the officer registered for (2025 division).
    .addColumn('nis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('ingeschreven', 'wachtlijst', 'uitgeschreven')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('training_registration_once', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('training_attendance')
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('training_session.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('aanwezig', 'afwezig', 'verontschuldigd', 'te_laat')`),
    )
    .addColumn('remark', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'integer')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('training_attendance_pk', ['session_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('training_material')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('training_session.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('file', 'link')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('bytes', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('url', 'text')
    .addColumn('public', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.alterTable('mail_message').addColumn('attachments', 'jsonb').execute();
  await seedExampleEdition(db);
}

/**
 * The seed's 2020–2021 edition (AgII and VVSG): five sessions moved because of the corona measures to
 * these days, and the terugkomdag still to be planned. The seed names no times, places or topics per
 * session, so none are filled in.
 */
async function seedExampleEdition(db: Kysely<unknown>): Promise<void> {
  const edition = await sql<{ id: number }>`
    insert into training_edition (title, description, is_example)
    values (
      'Vormingstraject lokale integratieambtenaren 2020–2021 (voorbeeld)',
      ${
        'Voorbeeldeditie uit de opdracht: het vormingstraject van AgII en VVSG voor startende lokale integratieambtenaren, ' +
        'gericht op basiscompetenties voor een transversaal integratiebeleid. Door de coronamaatregelen verplaatst naar ' +
        'de data hieronder; het traject eindigt met ieders plan van aanpak rond de vijf sleutels tot succes.'
      },
      true
    ) returning id`.execute(db);
  const id = edition.rows[0]?.id;
  const days = ['2020-09-18', '2020-11-20', '2020-12-11', '2021-01-29', '2021-03-19', null];
  for (const [i, day] of days.entries()) {
    const topic = day ? `Sessie ${i + 1}` : 'Terugkomdag (nog in te plannen)';
    await sql`
      insert into training_session (edition_id, position, topic, day, status, ics_uid)
      values (${id}, ${i + 1}, ${topic}, ${day}, 'gepland', ${`vorming-voorbeeld-2020-${i + 1}@omgevingsanalyse.invalid`})`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_message').dropColumn('attachments').execute();
  for (const table of [
    'training_material',
    'training_attendance',
    'training_registration',
    'training_poll_answer',
    'training_poll_option',
    'training_poll',
    'training_session',
    'training_edition',
  ])
    await db.schema.dropTable(table).execute();
}
