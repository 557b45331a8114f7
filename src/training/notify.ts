/** What every training mail needs from a session: its text parts and its calendar file. */
import type { Kysely } from 'kysely';
import type { MailContent } from '../mail/messages.js';
import type { Mailer } from '../mail/service.js';
import type { Database, TrainingSessionTable } from '../store/tables.js';
import { formatWhen } from './brussels-time.js';
import { icsAttachment, sessionIcs } from './ics.js';
import type { MailSession, Recipient } from './messages.js';

type SessionData = Omit<TrainingSessionTable, 'id' | 'goals' | 'ics_sequence' | 'edition_id'> & {
  readonly id: number;
  readonly goals: string;
  readonly ics_sequence: number;
};

export interface TrainingDeps {
  readonly db: Kysely<Database>;
  readonly mailer: Mailer;
  readonly baseUrl: string;
  /** The sender named in invitations. */
  readonly organizer: { readonly name: string; readonly email: string };
  readonly now: () => Date;
  /** After a commit that queued mail (kicks the job runner). */
  readonly afterCommit?: () => void;
}

/** A rule of the training track was not met: the message says why, in Dutch. */
export class TrainingError extends Error {
  override name = 'TrainingError';
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export function sessionLink(deps: TrainingDeps, id: number): string {
  return `${deps.baseUrl}/vorming/sessie/${id}`;
}

export function mailSession(deps: TrainingDeps, s: SessionData, editionTitle: string): MailSession {
  return {
    topic: s.topic,
    editionTitle,
    day: s.day,
    startTime: s.start_time,
    endTime: s.end_time,
    place: s.place,
    onlineUrl: s.online_url,
    link: sessionLink(deps, s.id),
  };
}

/** The .ics of a dated session for one person (none for a session still to be planned). */
export function invitation(
  deps: TrainingDeps,
  s: SessionData,
  editionTitle: string,
  to: Recipient,
  method: 'REQUEST' | 'CANCEL',
) {
  if (!s.day) return undefined;
  const description = [
    editionTitle,
    s.goals,
    s.online_url ? `Online: ${s.online_url}` : '',
    `${formatWhen(s.day, s.start_time, s.end_time)}`,
    sessionLink(deps, s.id),
  ]
    .filter(Boolean)
    .join('\n');
  const ics = sessionIcs(
    {
      uid: s.ics_uid,
      sequence: s.ics_sequence,
      title: s.topic,
      description,
      day: s.day,
      startTime: s.start_time,
      endTime: s.end_time,
      location: s.place ?? s.online_url,
      url: sessionLink(deps, s.id),
    },
    { name: to.name, email: to.email },
    deps.organizer,
    method,
  );
  return icsAttachment(ics, method);
}

/** One change: its rows, audit entry and mails commit together; the job runner is kicked after. */
export async function inTransaction<T>(
  deps: TrainingDeps,
  work: (trx: Kysely<Database>, mails: MailContent[]) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction().execute(async (trx) => {
    const mails: MailContent[] = [];
    const value = await work(trx, mails);
    for (const m of mails) await deps.mailer.queue(m, trx);
    return { value, mailed: mails.length > 0 };
  });
  if (result.mailed) deps.afterCommit?.();
  return result.value;
}
