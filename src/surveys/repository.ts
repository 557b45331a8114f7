/** The surveys' only SQL: versions, runs, invitations, responses, answers, report choices and quotes. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, SurveyMode, SurveyResponseTable, SurveyRunTable } from '../store/tables.js';
import type { Answer } from './answer-types.js';

type Db = Kysely<Database>;

export type RunRow = Selectable<SurveyRunTable>;
export type ResponseRow = Selectable<SurveyResponseTable>;

export interface VersionRow {
  readonly id: number;
  readonly survey_key: string;
  readonly version: number;
  readonly owner_nis: string | null;
  readonly based_on: string | null;
  readonly source: string;
  readonly definition: Record<string, unknown>;
}

export async function findVersion(db: Db, key: string, version?: number): Promise<VersionRow | undefined> {
  let q = db
    .selectFrom('survey_version')
    .select(['id', 'survey_key', 'version', 'owner_nis', 'based_on', 'source', 'definition'])
    .where('survey_key', '=', key);
  if (version !== undefined) q = q.where('version', '=', version);
  return q.orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function versionById(db: Db, id: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom('survey_version')
    .select(['id', 'survey_key', 'version', 'owner_nis', 'based_on', 'source', 'definition'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertVersion(
  db: Db,
  v: {
    key: string;
    version: number;
    ownerNis: string | null;
    basedOn: string | null;
    source: string;
    definition: unknown;
    createdBy: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('survey_version')
    .values({
      survey_key: v.key,
      version: v.version,
      owner_nis: v.ownerNis,
      based_on: v.basedOn,
      source: v.source,
      definition: JSON.stringify(v.definition),
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The latest version of every copy a municipality made. */
export async function copiesOf(db: Db, nis: string): Promise<VersionRow[]> {
  const rows = await db
    .selectFrom('survey_version')
    .select(['id', 'survey_key', 'version', 'owner_nis', 'based_on', 'source', 'definition'])
    .where('owner_nis', '=', nis)
    .orderBy('survey_key')
    .orderBy('version', 'desc')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.survey_key) && seen.add(r.survey_key));
}

export async function insertRun(
  db: Db,
  r: {
    slug: string;
    versionId: number;
    ownerNis: string | null;
    title: string;
    mode: SurveyMode;
    opensOn: string;
    closesOn: string;
    createdBy: number | null;
  },
): Promise<RunRow> {
  return db
    .insertInto('survey_run')
    .values({
      slug: r.slug,
      survey_version_id: r.versionId,
      owner_nis: r.ownerNis,
      title: r.title,
      mode: r.mode,
      opens_on: r.opensOn,
      closes_on: r.closesOn,
      created_by: r.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function runById(db: Db, id: number): Promise<RunRow | undefined> {
  return db.selectFrom('survey_run').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function runBySlug(db: Db, slug: string): Promise<RunRow | undefined> {
  return db.selectFrom('survey_run').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function runsOwnedBy(db: Db, nis: string | null): Promise<RunRow[]> {
  const q = db.selectFrom('survey_run').selectAll();
  return (nis === null ? q.where('owner_nis', 'is', null) : q.where('owner_nis', '=', nis))
    .orderBy('id', 'desc')
    .execute();
}

export async function updateRunPeriod(db: Db, id: number, opensOn: string, closesOn: string): Promise<void> {
  await db
    .updateTable('survey_run')
    .set({ opens_on: opensOn, closes_on: closesOn })
    .where('id', '=', id)
    .execute();
}

export async function insertInvitation(
  db: Db,
  i: { runId: number; tokenHash: string; nis: string | null; email: string | null; label: string | null },
): Promise<number> {
  const row = await db
    .insertInto('survey_invitation')
    .values({ run_id: i.runId, token_hash: i.tokenHash, nis: i.nis, email: i.email, label: i.label })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function invitationByTokenHash(
  db: Db,
  hash: string,
): Promise<{ id: number; run_id: number; nis: string | null } | undefined> {
  return db
    .selectFrom('survey_invitation')
    .select(['id', 'run_id', 'nis'])
    .where('token_hash', '=', hash)
    .executeTakeFirst();
}

export interface InvitationStatusRow {
  readonly invitation_id: number;
  readonly nis: string | null;
  readonly email: string | null;
  readonly label: string | null;
  readonly response_id: string | null;
  readonly status: 'started' | 'submitted' | null;
  readonly page_id: string | null;
  readonly updated_on: string | null;
  readonly submitted_on: string | null;
  readonly submitted_at: Date | null;
}

export async function invitationStatuses(db: Db, runId: number): Promise<InvitationStatusRow[]> {
  return db
    .selectFrom('survey_invitation as i')
    .leftJoin('survey_response as r', 'r.invitation_id', 'i.id')
    .select([
      'i.id as invitation_id',
      'i.nis',
      'i.email',
      'i.label',
      'r.id as response_id',
      'r.status',
      'r.page_id',
      'r.updated_on',
      'r.submitted_on',
      'r.submitted_at',
    ])
    .where('i.run_id', '=', runId)
    .orderBy('i.id')
    .execute();
}

export async function insertResponse(
  db: Db,
  r: {
    id: string;
    runId: number;
    invitationId: number | null;
    resumeHash: string | null;
    language: string;
    today: string;
  },
): Promise<ResponseRow> {
  return db
    .insertInto('survey_response')
    .values({
      id: r.id,
      run_id: r.runId,
      invitation_id: r.invitationId,
      resume_hash: r.resumeHash,
      language: r.language,
      status: 'started',
      started_on: r.today,
      updated_on: r.today,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function responseByInvitation(db: Db, invitationId: number): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('survey_response')
    .selectAll()
    .where('invitation_id', '=', invitationId)
    .executeTakeFirst();
}

export async function responseByResumeHash(
  db: Db,
  runId: number,
  hash: string,
): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('survey_response')
    .selectAll()
    .where('resume_hash', '=', hash)
    .where('run_id', '=', runId)
    .executeTakeFirst();
}

export async function answersOf(db: Db, responseId: string): Promise<Record<string, Answer>> {
  const rows = await db
    .selectFrom('survey_answer')
    .select(['question_id', 'value'])
    .where('response_id', '=', responseId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.question_id, r.value as unknown as Answer]));
}

/** Replaces the answers to `questions` (a page's) with `answers`. */
export async function replaceAnswers(
  db: Db,
  responseId: string,
  questions: readonly string[],
  answers: Readonly<Record<string, Answer>>,
): Promise<void> {
  if (questions.length > 0)
    await db
      .deleteFrom('survey_answer')
      .where('response_id', '=', responseId)
      .where('question_id', 'in', questions)
      .execute();
  const rows = Object.entries(answers).map(([q, a]) => ({
    response_id: responseId,
    question_id: q,
    value: JSON.stringify(a),
  }));
  if (rows.length > 0) await db.insertInto('survey_answer').values(rows).execute();
}

export async function updateResponse(
  db: Db,
  id: string,
  set: Partial<
    Pick<ResponseRow, 'page_id' | 'updated_on' | 'status' | 'submitted_on' | 'submitted_at' | 'language'>
  >,
): Promise<void> {
  await db.updateTable('survey_response').set(set).where('id', '=', id).execute();
}

export async function responsesOfRun(db: Db, runId: number): Promise<ResponseRow[]> {
  return db.selectFrom('survey_response').selectAll().where('run_id', '=', runId).orderBy('id').execute();
}

export async function answersOfRun(
  db: Db,
  runId: number,
): Promise<{ response_id: string; question_id: string; value: Answer }[]> {
  const rows = await db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_response as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.question_id', 'a.value'])
    .where('r.run_id', '=', runId)
    .execute();
  return rows.map((r) => ({ ...r, value: r.value as unknown as Answer }));
}

export async function reportItems(db: Db, runId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('survey_report_item')
    .select('question_id')
    .where('run_id', '=', runId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.question_id);
}

export async function setReportItems(db: Db, runId: number, questions: readonly string[]): Promise<void> {
  await db.deleteFrom('survey_report_item').where('run_id', '=', runId).execute();
  if (questions.length > 0)
    await db
      .insertInto('survey_report_item')
      .values(questions.map((q, i) => ({ run_id: runId, question_id: q, position: i })))
      .execute();
}

export async function quotesOf(
  db: Db,
  runId: number,
): Promise<{ response_id: string; question_id: string }[]> {
  return db
    .selectFrom('survey_quote')
    .select(['response_id', 'question_id'])
    .where('run_id', '=', runId)
    .execute();
}

export async function setQuotes(
  db: Db,
  runId: number,
  quotes: readonly { responseId: string; questionId: string }[],
  approvedBy: number | null,
  today: string,
): Promise<void> {
  await db.deleteFrom('survey_quote').where('run_id', '=', runId).execute();
  if (quotes.length > 0)
    await db
      .insertInto('survey_quote')
      .values(
        quotes.map((q) => ({
          response_id: q.responseId,
          question_id: q.questionId,
          run_id: runId,
          approved_by: approvedBy,
          approved_on: today,
        })),
      )
      .execute();
}
