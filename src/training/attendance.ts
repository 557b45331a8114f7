/**
 * Attendance per session (aanwezig / afwezig / verontschuldigd / te laat, with a remark), kept by the
 * trainer, and the edition's attendance rule that decides the completion certificate.
 */
import type { Actor } from '../audit/repository.js';
import { recordAudit } from '../audit/repository.js';
import type { AttendanceStatus } from '../store/tables.js';
import { inTransaction, type TrainingDeps, TrainingError } from './notify.js';
import * as repo from './repository.js';

export const ATTENDANCE_LABELS: Readonly<Record<AttendanceStatus, string>> = {
  aanwezig: 'aanwezig',
  afwezig: 'afwezig',
  verontschuldigd: 'verontschuldigd',
  te_laat: 'te laat',
};

export function isAttendanceStatus(text: string): text is AttendanceStatus {
  return Object.hasOwn(ATTENDANCE_LABELS, text);
}

/** Present for the rule: there, or there late. */
export const COUNTS_AS_PRESENT: ReadonlySet<AttendanceStatus> = new Set(['aanwezig', 'te_laat']);

export interface AttendanceEntry {
  readonly userId: number;
  readonly status: AttendanceStatus;
  readonly remark: string;
}

export interface CertificateStatus {
  /** Sessions held (status gehouden) and those still to come (gepland, verplaatst). */
  readonly held: number;
  readonly open: number;
  readonly attended: number;
  readonly requiredPercent: number;
  /** Every session held or cancelled, and present at the rule's share of those held. */
  readonly met: boolean;
}

export class Attendance {
  constructor(private readonly deps: TrainingDeps) {}

  async record(sessionId: number, entries: readonly AttendanceEntry[], actor: Actor): Promise<void> {
    await inTransaction(this.deps, async (trx) => {
      const session = await repo.lockSession(trx, sessionId);
      if (!session) throw new TrainingError('Deze sessie bestaat niet.', 404);
      if (session.status === 'afgelast') throw new TrainingError('Deze sessie is afgelast.', 409);
      if (!session.day) throw new TrainingError('Deze sessie heeft nog geen datum.', 409);
      const registered = new Set(
        (await repo.registrationsOf(trx, sessionId))
          .filter((r) => r.status !== 'uitgeschreven')
          .map((r) => r.user_id),
      );
      for (const e of entries) {
        if (!registered.has(e.userId))
          throw new TrainingError('Aanwezigheid noteer je alleen voor wie ingeschreven is.');
        if (e.remark.length > 500) throw new TrainingError('Een opmerking is hoogstens 500 tekens lang.');
        await repo.upsertAttendance(trx, {
          sessionId,
          userId: e.userId,
          status: e.status,
          remark: e.remark.trim(),
          by: actor.id,
          at: this.deps.now(),
        });
      }
      await recordAudit(trx, {
        actor,
        action: 'vorming.aanwezigheid',
        subjectType: 'vorming-sessie',
        subjectId: sessionId,
        after: { entries: entries.map((e) => ({ user: e.userId, status: e.status })) },
      });
    });
  }

  /** The held sessions of an edition a person attended (aanwezig or te laat), in order. */
  async attendedSessions(editionId: number, userId: number) {
    const sessions = await repo.sessionsOf(this.deps.db, editionId);
    const rows = await repo.attendanceInEdition(this.deps.db, editionId, userId);
    const present = new Set(rows.filter((r) => COUNTS_AS_PRESENT.has(r.status)).map((r) => r.session_id));
    return sessions
      .filter((s) => s.status === 'gehouden' && present.has(s.id))
      .map((s) => ({ topic: s.topic, day: s.day, start: s.start_time, end: s.end_time }));
  }

  async certificate(editionId: number, userId: number): Promise<CertificateStatus | undefined> {
    const edition = await repo.editionById(this.deps.db, editionId);
    if (!edition) return undefined;
    const sessions = await repo.sessionsOf(this.deps.db, editionId);
    const held = new Set(sessions.filter((s) => s.status === 'gehouden').map((s) => s.id));
    const open = sessions.filter((s) => s.status === 'gepland' || s.status === 'verplaatst').length;
    const rows = await repo.attendanceInEdition(this.deps.db, editionId, userId);
    const attended = rows.filter((r) => held.has(r.session_id) && COUNTS_AS_PRESENT.has(r.status)).length;
    return {
      held: held.size,
      open,
      attended,
      requiredPercent: edition.attendance_percent,
      met: held.size > 0 && open === 0 && attended * 100 >= edition.attendance_percent * held.size,
    };
  }
}
