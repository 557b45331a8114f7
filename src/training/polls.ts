/**
 * Date polls for a session without a date: proposed days (and times), answers ja / misschien / nee from
 * the edition's participants until the poll closes; fixing a date gives the session its day and mails
 * everyone of the edition (the session's registered with an invitation).
 */
import type { Actor } from '../audit/repository.js';
import { recordAudit } from '../audit/repository.js';
import { formatDateTime } from '../domain/format.js';
import type { PollAnswer } from '../store/tables.js';
import { readDay, readTimes } from './input.js';
import { dateFixedMail, pollMail } from './messages.js';
import { inTransaction, invitation, mailSession, type TrainingDeps, TrainingError } from './notify.js';
import * as repo from './repository.js';

export interface ProposedDate {
  readonly day: string;
  readonly start: string | null;
  readonly end: string | null;
}

const ANSWERS: readonly PollAnswer[] = ['ja', 'misschien', 'nee'];

export function isPollAnswer(text: string): text is PollAnswer {
  return (ANSWERS as readonly string[]).includes(text);
}

/** Reads proposed dates from form lines `2026-10-02 09:30-12:00` or `2026-10-02`. */
export function readProposedDates(text: string): ProposedDate[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) throw new TrainingError('Stel minstens twee data voor, één per regel.');
  if (lines.length > 20) throw new TrainingError('Stel hoogstens twintig data voor.');
  return lines.map((line, i) => {
    const m = line.match(/^(\S+)(?:\s+(\d{2}:\d{2})(?:\s*[-–]\s*(\d{2}:\d{2}))?)?$/);
    if (!m)
      throw new TrainingError(`Regel ${i + 1} ("${line}"): schrijf jjjj-mm-dd, eventueel met uu:mm-uu:mm.`);
    const day = readDay(m[1] as string, `Regel ${i + 1}`);
    const { start, end } = readTimes(m[2] ?? null, m[3] ?? null);
    return { day, start, end };
  });
}

export class Polls {
  constructor(private readonly deps: TrainingDeps) {}

  async create(
    sessionId: number,
    dates: readonly ProposedDate[],
    closesAt: Date,
    actor: Actor,
  ): Promise<void> {
    if (closesAt.getTime() <= this.deps.now().getTime())
      throw new TrainingError('De peiling moet in de toekomst sluiten.');
    await inTransaction(this.deps, async (trx, mails) => {
      const session = await repo.lockSession(trx, sessionId);
      if (!session) throw new TrainingError('Deze sessie bestaat niet.', 404);
      if (session.day)
        throw new TrainingError('Deze sessie heeft al een datum: een peiling is niet nodig.', 409);
      if (session.status === 'afgelast') throw new TrainingError('Deze sessie is afgelast.', 409);
      if (await repo.pollOf(trx, sessionId))
        throw new TrainingError('Deze sessie heeft al een datumpeiling.', 409);
      await repo.insertPoll(trx, sessionId, closesAt, dates);
      await recordAudit(trx, {
        actor,
        action: 'vorming.peiling.aangemaakt',
        subjectType: 'vorming-sessie',
        subjectId: sessionId,
        after: { dates: dates.map((d) => d.day), closesAt: closesAt.toISOString() },
      });
      const edition = await repo.editionById(trx, session.edition_id);
      const s = mailSession(this.deps, session, edition?.title ?? '');
      for (const p of await repo.participantsOfEdition(trx, session.edition_id))
        mails.push(pollMail({ email: p.email, name: p.display_name }, s, formatDateTime(closesAt)));
    });
  }

  /** Records a participant's answers (option id → answer); refused once the poll has closed. */
  async answer(sessionId: number, userId: number, answers: ReadonlyMap<number, PollAnswer>): Promise<void> {
    await inTransaction(this.deps, async (trx) => {
      const session = await repo.sessionById(trx, sessionId);
      const poll = session ? await repo.pollOf(trx, sessionId) : undefined;
      if (!session || !poll) throw new TrainingError('Deze sessie heeft geen datumpeiling.', 404);
      if (poll.closed_at || poll.closes_at.getTime() <= this.deps.now().getTime())
        throw new TrainingError(
          `De datumpeiling is gesloten sinds ${formatDateTime(poll.closed_at ?? poll.closes_at)}: antwoorden kan niet meer.`,
          409,
        );
      const participants = await repo.participantsOfEdition(trx, session.edition_id);
      if (!participants.some((p) => p.user_id === userId))
        throw new TrainingError(
          'Alleen deelnemers van deze editie kunnen antwoorden: schrijf je eerst in.',
          409,
        );
      const known = new Set(poll.options.map((o) => o.id));
      if (answers.size === 0) throw new TrainingError('Beantwoord minstens één voorgestelde datum.');
      for (const [optionId, answer] of answers) {
        if (!known.has(optionId)) throw new TrainingError('Een antwoord hoort bij geen voorgestelde datum.');
        await repo.upsertPollAnswer(trx, optionId, userId, answer, this.deps.now());
      }
    });
  }

  /** Closes the poll on one proposed date: the session gets it, everyone of the edition is mailed. */
  async fix(sessionId: number, optionId: number, actor: Actor): Promise<void> {
    await inTransaction(this.deps, async (trx, mails) => {
      const session = await repo.lockSession(trx, sessionId);
      const poll = session ? await repo.pollOf(trx, sessionId) : undefined;
      if (!session || !poll) throw new TrainingError('Deze sessie heeft geen datumpeiling.', 404);
      if (poll.chosen_option_id !== null) throw new TrainingError('De datum ligt al vast.', 409);
      const option = poll.options.find((o) => o.id === optionId);
      if (!option) throw new TrainingError('Kies een van de voorgestelde data.');
      await repo.closePoll(trx, poll.id, option.id, this.deps.now());
      await repo.updateSession(
        trx,
        sessionId,
        { day: option.day, start_time: option.start_time, end_time: option.end_time },
        true,
      );
      await recordAudit(trx, {
        actor,
        action: 'vorming.peiling.vastgelegd',
        subjectType: 'vorming-sessie',
        subjectId: sessionId,
        after: { day: option.day, start: option.start_time, end: option.end_time },
      });
      const fixed = await repo.sessionById(trx, sessionId);
      if (!fixed) return;
      const edition = await repo.editionById(trx, session.edition_id);
      const title = edition?.title ?? '';
      const s = mailSession(this.deps, fixed, title);
      const registered = new Set(
        (await repo.registrationsOf(trx, sessionId))
          .filter((r) => r.status === 'ingeschreven')
          .map((r) => r.user_id),
      );
      for (const p of await repo.participantsOfEdition(trx, session.edition_id)) {
        const to = { email: p.email, name: p.display_name };
        const isIn = registered.has(p.user_id);
        mails.push(
          dateFixedMail(to, s, isIn, isIn ? invitation(this.deps, fixed, title, to, 'REQUEST') : undefined),
        );
      }
    });
  }
}
