/**
 * Reads what /beheer/rondvraag and a municipality's own page show: the current rondvraag, its sends,
 * the state and answers of every invitation (from the survey engine), and the usage counts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/tables.js';
import type { Answer } from '../surveys/answer-types.js';
import { answersOfRun, responsesOfRun } from '../surveys/repository.js';
import type { Usage } from '../usage/service.js';
import { type AnswerLine, answerLines } from './answer-text.js';
import type { RondvraagMunicipality } from './municipalities.js';
import {
  type InvitationState,
  type ResponseSummary,
  type RondvraagOverview,
  rondvraagOverview,
  rondvraagRows,
  type UseAnswer,
} from './overview.js';
import type { ReminderRecord } from './repository.js';
import type { CurrentRondvraag, Rondvragen } from './service.js';

export interface MunicipalityAnswers {
  readonly nis: string;
  readonly name: string;
  readonly submitted: boolean;
  readonly lines: readonly AnswerLine[];
}

export interface Dashboard {
  readonly rondvraag: CurrentRondvraag | undefined;
  readonly contacts: number;
  readonly overview: RondvraagOverview;
  readonly reminders: readonly ReminderRecord[];
  /** Per municipality with a response (sent or in progress), in the municipalities' order. */
  readonly answers: readonly MunicipalityAnswers[];
}

const USES = new Set<string>(['ja', 'nee', 'weet-niet']);

/** Each invitation's response and answers, by NIS code. */
async function responsesByNis(
  db: Kysely<Database>,
  rondvraag: CurrentRondvraag,
  nisOf: ReadonlyMap<number, string>,
): Promise<Map<string, { submitted: boolean; updatedAt: Date; answers: Record<string, Answer> }>> {
  const responses = await responsesOfRun(db, rondvraag.runId);
  const answers = await answersOfRun(db, rondvraag.runId);
  const byResponse = new Map<string, Record<string, Answer>>();
  for (const a of answers) {
    const of = byResponse.get(a.response_id) ?? {};
    of[a.question_id] = a.value;
    byResponse.set(a.response_id, of);
  }
  const out = new Map<string, { submitted: boolean; updatedAt: Date; answers: Record<string, Answer> }>();
  for (const r of responses) {
    const nis = r.invitation_id === null ? undefined : nisOf.get(r.invitation_id);
    if (!nis) continue;
    out.set(nis, {
      submitted: r.status === 'submitted',
      updatedAt: r.submitted_at ?? new Date(`${r.updated_on}T12:00:00Z`),
      answers: byResponse.get(r.id) ?? {},
    });
  }
  return out;
}

export async function readDashboard(
  db: Kysely<Database>,
  rondvragen: Rondvragen,
  usage: Usage,
  municipalities: readonly RondvraagMunicipality[],
): Promise<Dashboard> {
  const [rondvraag, contacts, usageOverview] = await Promise.all([
    rondvragen.current(),
    rondvragen.contacts(),
    usage.overview(municipalities),
  ]);
  const invitations = new Map<string, InvitationState>();
  const summaries = new Map<string, ResponseSummary>();
  const answers: MunicipalityAnswers[] = [];
  let reminders: readonly ReminderRecord[] = [];
  if (rondvraag) {
    const sends = await rondvragen.sends(rondvraag.id);
    reminders = await rondvragen.reminders(rondvraag.id);
    const nisOf = new Map<number, string>();
    for (const s of sends.filter((s) => s.round === 0)) {
      nisOf.set(s.invitationId, s.nis);
      invitations.set(s.nis, {
        email: s.email,
        invitedAt: s.createdAt,
        reminders: sends.filter((r) => r.round !== 0 && r.nis === s.nis).length,
      });
    }
    const responses = await responsesByNis(db, rondvraag, nisOf);
    for (const m of municipalities) {
      const r = responses.get(m.nis);
      if (!r) continue;
      const used = r.answers.gebruikt;
      const use = used?.type === 'single' && USES.has(used.choice) ? (used.choice as UseAnswer) : undefined;
      summaries.set(m.nis, { complete: r.submitted, use, updatedAt: r.updatedAt });
      answers.push({
        nis: m.nis,
        name: m.name,
        submitted: r.submitted,
        lines: answerLines(rondvraag.run.survey, r.answers),
      });
    }
  }
  const contactOf = new Map(contacts.map((c) => [c.nis, c.email]));
  const rows = rondvraagRows(municipalities, contactOf, invitations, summaries, usageOverview.rows);
  return { rondvraag, contacts: contacts.length, overview: rondvraagOverview(rows), reminders, answers };
}
