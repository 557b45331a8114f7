/**
 * The training track's rules: editions and sessions (planned, moved with the original day and reason kept,
 * cancelled, held), registrations with a waiting list, and the mails that go with every change — each
 * change one transaction with its audit entry and its mail (through the durable mail queue).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../audit/repository.js';
import { recordAudit } from '../audit/repository.js';
import type { MailContent } from '../mail/messages.js';
import type { Database } from '../store/tables.js';
import { formatDay } from './brussels-time.js';
import type { SessionInput } from './input.js';
import {
  cancelledMail,
  changedMail,
  promotedMail,
  registeredMail,
  unregisteredMail,
  waitingListMail,
} from './messages.js';
import { inTransaction, invitation, mailSession, type TrainingDeps, TrainingError } from './notify.js';
import * as repo from './repository.js';

type Db = Kysely<Database>;

/** Who registers: a signed-in officer and the municipality they register for. */
export interface Officer {
  readonly userId: number;
  readonly email: string;
  readonly name: string;
  readonly municipalities: ReadonlySet<string>;
}

export class Training {
  constructor(readonly deps: TrainingDeps) {}

  get db(): Db {
    return this.deps.db;
  }

  editions() {
    return repo.listEditions(this.db);
  }

  async edition(id: number) {
    const edition = await repo.editionById(this.db, id);
    if (!edition) return undefined;
    return { edition, sessions: await repo.sessionsOf(this.db, id) };
  }

  participants(editionId: number) {
    return repo.participantsOfEdition(this.db, editionId);
  }

  async session(id: number) {
    const session = await repo.sessionById(this.db, id);
    if (!session) return undefined;
    const edition = await repo.editionById(this.db, session.edition_id);
    if (!edition) return undefined;
    return {
      session,
      edition,
      registrations: await repo.registrationsOf(this.db, id),
      attendance: await repo.attendanceOf(this.db, id),
      poll: await repo.pollOf(this.db, id),
    };
  }

  private change<T>(work: (trx: Db, mails: MailContent[]) => Promise<T>): Promise<T> {
    return inTransaction(this.deps, work);
  }

  async createEdition(
    input: { title: string; description: string; attendancePercent: number },
    actor: Actor,
  ): Promise<number> {
    const title = input.title.trim();
    if (!title) throw new TrainingError('Geef de editie een titel.');
    if (
      !Number.isInteger(input.attendancePercent) ||
      input.attendancePercent < 1 ||
      input.attendancePercent > 100
    )
      throw new TrainingError('Aanwezigheidsregel: een geheel percentage van 1 tot 100.');
    return this.change(async (trx) => {
      const id = await repo.insertEdition(trx, { ...input, title });
      await recordAudit(trx, {
        actor,
        action: 'vorming.editie.aangemaakt',
        subjectType: 'vorming-editie',
        subjectId: id,
        after: { title, attendancePercent: input.attendancePercent },
      });
      return id;
    });
  }

  async addSession(editionId: number, input: SessionInput, actor: Actor): Promise<number> {
    return this.change(async (trx) => {
      if (!(await repo.editionById(trx, editionId)))
        throw new TrainingError('Deze editie bestaat niet.', 404);
      const id = await repo.insertSession(trx, {
        edition_id: editionId,
        position: await repo.nextPosition(trx, editionId),
        ...columns(input),
        status: 'gepland',
        original_day: null,
        change_reason: null,
        ics_uid: `${randomUUID()}@omgevingsanalyse.invalid`,
      });
      await recordAudit(trx, {
        actor,
        action: 'vorming.sessie.toegevoegd',
        subjectType: 'vorming-sessie',
        subjectId: id,
        after: { editionId, ...input },
      });
      return id;
    });
  }

  /**
   * Changes a session's details. A new day keeps the first original day and the reason (status
   * verplaatst); everyone registered or waiting is mailed, the registered with the updated invitation.
   */
  async updateSession(id: number, input: SessionInput, reason: string, actor: Actor): Promise<void> {
    await this.change(async (trx, mails) => {
      const before = await repo.lockSession(trx, id);
      if (!before) throw new TrainingError('Deze sessie bestaat niet.', 404);
      if (before.status === 'afgelast')
        throw new TrainingError('Een afgelaste sessie wijzig je niet meer.', 409);
      const moved = before.day !== null && input.day !== before.day;
      if (moved && !reason.trim())
        throw new TrainingError('Geef een reden voor de verplaatsing: die wordt bewaard en gemaild.');
      const planned = before.day === null && input.day !== null;
      const timing =
        before.day !== input.day ||
        before.start_time !== input.startTime ||
        before.end_time !== input.endTime ||
        before.place !== input.place ||
        before.online_url !== input.onlineUrl;
      await repo.updateSession(
        trx,
        id,
        {
          ...columns(input),
          ...(moved
            ? {
                status: 'verplaatst',
                original_day: before.original_day ?? before.day,
                change_reason: reason.trim(),
              }
            : {}),
        },
        timing,
      );
      await recordAudit(trx, {
        actor,
        action: moved ? 'vorming.sessie.verplaatst' : 'vorming.sessie.gewijzigd',
        subjectType: 'vorming-sessie',
        subjectId: id,
        before: { ...before },
        after: { ...input, ...(moved ? { reason: reason.trim() } : {}) },
      });
      if (!timing) return;
      const what = moved
        ? `verplaatst van ${formatDay(before.day as string)} naar ${formatDay(input.day as string)}. Reden: ${reason.trim()}`
        : planned
          ? `de datum ligt nu vast.`
          : 'het uur of de plaats is veranderd.';
      await this.mailEveryone(trx, id, mails, (to, s, row, title, registered) =>
        changedMail(to, s, what, registered ? invitation(this.deps, row, title, to, 'REQUEST') : undefined),
      );
    });
  }

  async cancelSession(id: number, reason: string, actor: Actor): Promise<void> {
    await this.change(async (trx, mails) => {
      const before = await repo.lockSession(trx, id);
      if (!before) throw new TrainingError('Deze sessie bestaat niet.', 404);
      if (before.status === 'afgelast') throw new TrainingError('Deze sessie is al afgelast.', 409);
      if (before.status === 'gehouden')
        throw new TrainingError('Een gehouden sessie kan niet meer afgelast worden.', 409);
      await repo.updateSession(trx, id, { status: 'afgelast', change_reason: reason.trim() || null }, true);
      await recordAudit(trx, {
        actor,
        action: 'vorming.sessie.afgelast',
        subjectType: 'vorming-sessie',
        subjectId: id,
        before: { status: before.status },
        after: { status: 'afgelast', reason: reason.trim() },
      });
      await this.mailEveryone(trx, id, mails, (to, s, row, title, registered) =>
        cancelledMail(
          to,
          s,
          reason.trim(),
          registered ? invitation(this.deps, row, title, to, 'CANCEL') : undefined,
        ),
      );
    });
  }

  async markHeld(id: number, actor: Actor): Promise<void> {
    await this.change(async (trx) => {
      const before = await repo.lockSession(trx, id);
      if (!before) throw new TrainingError('Deze sessie bestaat niet.', 404);
      if (before.status === 'afgelast')
        throw new TrainingError('Een afgelaste sessie werd niet gehouden.', 409);
      if (!before.day) throw new TrainingError('Een sessie zonder datum kan nog niet gehouden zijn.', 409);
      await repo.updateSession(trx, id, { status: 'gehouden' }, false);
      await recordAudit(trx, {
        actor,
        action: 'vorming.sessie.gehouden',
        subjectType: 'vorming-sessie',
        subjectId: id,
        before: { status: before.status },
        after: { status: 'gehouden' },
      });
    });
  }

  /** Registers an officer: a place when there is one, otherwise the waiting list. */
  async register(sessionId: number, officer: Officer, nis: string): Promise<'ingeschreven' | 'wachtlijst'> {
    if (!officer.municipalities.has(nis))
      throw new TrainingError('Je kunt je alleen inschrijven voor een gemeente waarvoor je werkt.');
    return this.change(async (trx, mails) => {
      const session = await repo.lockSession(trx, sessionId);
      if (!session) throw new TrainingError('Deze sessie bestaat niet.', 404);
      if (session.status === 'afgelast' || session.status === 'gehouden')
        throw new TrainingError(`Inschrijven kan niet meer: de sessie is ${session.status}.`, 409);
      const existing = await repo.registrationOf(trx, sessionId, officer.userId);
      if (existing && existing.status !== 'uitgeschreven')
        throw new TrainingError(
          existing.status === 'wachtlijst' ? 'Je staat al op de wachtlijst.' : 'Je bent al ingeschreven.',
          409,
        );
      const taken = (await repo.registrationsOf(trx, sessionId)).filter(
        (r) => r.status === 'ingeschreven',
      ).length;
      const status = session.capacity !== null && taken >= session.capacity ? 'wachtlijst' : 'ingeschreven';
      await repo.upsertRegistration(trx, {
        sessionId,
        userId: officer.userId,
        nis,
        status,
        at: this.deps.now(),
      });
      await recordAudit(trx, {
        actor: { id: officer.userId, label: officer.email },
        action: 'vorming.inschrijving',
        subjectType: 'vorming-sessie',
        subjectId: sessionId,
        after: { status, nis },
      });
      const edition = await repo.editionById(trx, session.edition_id);
      const s = mailSession(this.deps, session, edition?.title ?? '');
      const to = { email: officer.email, name: officer.name };
      mails.push(
        status === 'wachtlijst'
          ? waitingListMail(to, s)
          : registeredMail(to, s, invitation(this.deps, session, edition?.title ?? '', to, 'REQUEST')),
      );
      return status;
    });
  }

  /** Unregisters; a freed place goes to the first on the waiting list, who is mailed. */
  async unregister(sessionId: number, officer: Officer): Promise<void> {
    await this.change(async (trx, mails) => {
      const session = await repo.lockSession(trx, sessionId);
      if (!session) throw new TrainingError('Deze sessie bestaat niet.', 404);
      const existing = await repo.registrationOf(trx, sessionId, officer.userId);
      if (!existing || existing.status === 'uitgeschreven')
        throw new TrainingError('Je bent niet ingeschreven voor deze sessie.', 409);
      await repo.setRegistrationStatus(trx, existing.id, 'uitgeschreven', this.deps.now());
      await recordAudit(trx, {
        actor: { id: officer.userId, label: officer.email },
        action: 'vorming.uitschrijving',
        subjectType: 'vorming-sessie',
        subjectId: sessionId,
        before: { status: existing.status },
      });
      const edition = await repo.editionById(trx, session.edition_id);
      const title = edition?.title ?? '';
      const s = mailSession(this.deps, session, title);
      const to = { email: officer.email, name: officer.name };
      const wasIn = existing.status === 'ingeschreven';
      mails.push(
        unregisteredMail(to, s, wasIn ? invitation(this.deps, session, title, to, 'CANCEL') : undefined),
      );
      if (!wasIn) return;
      const next = (await repo.registrationsOf(trx, sessionId)).find((r) => r.status === 'wachtlijst');
      if (!next) return;
      await repo.setRegistrationStatus(trx, next.id, 'ingeschreven', this.deps.now());
      const promoted = { email: next.email, name: next.display_name };
      mails.push(promotedMail(promoted, s, invitation(this.deps, session, title, promoted, 'REQUEST')));
    });
  }

  /** Queues one mail per person registered or waiting for the session (after the change, as it is now). */
  async mailEveryone(
    trx: Db,
    sessionId: number,
    mails: MailContent[],
    make: (
      to: { email: string; name: string },
      s: ReturnType<typeof mailSession>,
      row: repo.SessionRow,
      editionTitle: string,
      registered: boolean,
    ) => MailContent,
  ): Promise<void> {
    const session = await repo.sessionById(trx, sessionId);
    if (!session) return;
    const edition = await repo.editionById(trx, session.edition_id);
    const title = edition?.title ?? '';
    const s = mailSession(this.deps, session, title);
    for (const r of await repo.registrationsOf(trx, sessionId)) {
      if (r.status === 'uitgeschreven') continue;
      mails.push(
        make({ email: r.email, name: r.display_name }, s, session, title, r.status === 'ingeschreven'),
      );
    }
  }
}

function columns(input: SessionInput) {
  return {
    topic: input.topic,
    goals: input.goals,
    day: input.day,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    online_url: input.onlineUrl,
    trainer: input.trainer,
    capacity: input.capacity,
  };
}
