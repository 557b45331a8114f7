/**
 * Surveys (issue 11): survey versions (a shipped file or a municipality's adapted copy, with its YAML),
 * runs (identified or anonymous, opening and closing day), invitations (identified runs: one token per
 * invitee, stored as SHA-256), responses and their answers, and what an officer chose for the report
 * (questions as charts, approved quotes). Days are Brussels calendar days as 'YYYY-MM-DD'. An anonymous
 * response has no invitation, no timestamp finer than a day and nothing else that points at a person.
 */
import { type Kysely, sql } from 'kysely';

const DAY = sql`~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_version')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('survey_key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('owner_nis', 'text')
    .addColumn('based_on', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('survey_version_key_version', ['survey_key', 'version'])
    .execute();
  await db.schema
    .createTable('survey_run')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('survey_version_id', 'integer', (c) => c.notNull().references('survey_version.id'))
    .addColumn('owner_nis', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('identified', 'anonymous')`))
    .addColumn('opens_on', 'text', (c) => c.notNull().check(sql`opens_on ${DAY}`))
    .addColumn('closes_on', 'text', (c) => c.notNull().check(sql`closes_on ${DAY}`))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('survey_run_period', sql`opens_on <= closes_on`)
    .execute();
  await db.schema.createIndex('survey_run_owner').on('survey_run').column('owner_nis').execute();
  await db.schema
    .createTable('survey_invitation')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('survey_run.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('nis', 'text')
    .addColumn('email', 'text')
    .addColumn('label', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('survey_invitation_run').on('survey_invitation').column('run_id').execute();
  await db.schema
    .createTable('survey_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('survey_run.id').onDelete('cascade'))
    .addColumn('invitation_id', 'integer', (c) =>
      c.unique().references('survey_invitation.id').onDelete('cascade'),
    )
    .addColumn('resume_hash', 'text', (c) => c.unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('started', 'submitted')`))
    .addColumn('page_id', 'text')
    .addColumn('started_on', 'text', (c) => c.notNull().check(sql`started_on ${DAY}`))
    .addColumn('updated_on', 'text', (c) => c.notNull().check(sql`updated_on ${DAY}`))
    .addColumn('submitted_on', 'text', (c) => c.check(sql`submitted_on ${DAY}`))
    // Only for identified responses (an anonymous one keeps the day alone).
    .addColumn('submitted_at', 'timestamptz')
    .addCheckConstraint(
      'survey_response_anonymous_day_only',
      sql`submitted_at is null or invitation_id is not null`,
    )
    .execute();
  await db.schema.createIndex('survey_response_run').on('survey_response').column('run_id').execute();
  await db.schema
    .createTable('survey_answer')
    .addColumn('response_id', 'text', (c) => c.notNull().references('survey_response.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answer_pk', ['response_id', 'question_id'])
    .execute();
  await db.schema
    .createTable('survey_report_item')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('survey_run.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_report_item_pk', ['run_id', 'question_id'])
    .execute();
  await db.schema
    .createTable('survey_quote')
    .addColumn('response_id', 'text', (c) => c.notNull().references('survey_response.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('survey_run.id').onDelete('cascade'))
    .addColumn('approved_by', 'integer')
    .addColumn('approved_on', 'text', (c) => c.notNull().check(sql`approved_on ${DAY}`))
    .addPrimaryKeyConstraint('survey_quote_pk', ['response_id', 'question_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'survey_quote',
    'survey_report_item',
    'survey_answer',
    'survey_response',
    'survey_invitation',
    'survey_run',
    'survey_version',
  ])
    await db.schema.dropTable(t).execute();
}
