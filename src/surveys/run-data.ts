/** Every response of a run with its answers (and, for identified runs, the invitee's municipality). */
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import type { Answer } from './answer-types.js';
import type { ExportResponse } from './export.js';
import { answersOfRun, responsesOfRun } from './repository.js';

export async function loadRunResponses(
  db: Kysely<Database>,
  runId: number,
): Promise<(ExportResponse & { status: 'started' | 'submitted' })[]> {
  const responses = await responsesOfRun(db, runId);
  const answers = await answersOfRun(db, runId);
  const invitations = await db
    .selectFrom('survey_invitation')
    .select(['id', 'nis'])
    .where('run_id', '=', runId)
    .execute();
  const nisOf = new Map(invitations.map((i) => [i.id, i.nis]));
  const byResponse = new Map<string, Record<string, Answer>>();
  for (const a of answers) {
    const m = byResponse.get(a.response_id) ?? {};
    m[a.question_id] = a.value;
    byResponse.set(a.response_id, m);
  }
  return responses.map((r) => ({
    id: r.id,
    status: r.status,
    language: r.language,
    startedOn: r.started_on,
    submittedOn: r.submitted_on,
    nis: r.invitation_id === null ? null : (nisOf.get(r.invitation_id) ?? null),
    answers: byResponse.get(r.id) ?? {},
  }));
}
