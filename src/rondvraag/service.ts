/**
 * The rondvraag of all municipalities: AgII imports the contacts (all or nothing), starts the rondvraag
 * (an identified survey run with its closing day, and a reminder schedule) and sends one invitation per
 * municipality with its own link; each reminder goes to the municipalities that have not sent their
 * answer, until the closing day. Every step is one transaction with its audit entry, its mails and their
 * jobs: a restart loses nothing, and `rondvraag_send` (one row per municipality and round) makes a
 * repeat impossible.
 */
import type { Kysely } from 'kysely';
import { type Actor, recordAudit } from '../audit/repository.js';
import { enqueueJob, type Job } from '../jobs/repository.js';
import type { JobHandler } from '../jobs/runner.js';
import type { Mailer } from '../mail/service.js';
import type { Database } from '../store/tables.js';
import type { Surveys } from '../surveys/service.js';
import type { SurveyRun } from '../surveys/service-types.js';
import { textIn } from '../surveys/text.js';
import { endOfBrusselsDay } from './closing.js';
import { type ContactProblem, type MunicipalityLookup, readContactsCsv } from './contacts-csv.js';
import { invitationToken } from './links.js';
import { invitationMail, reminderMail } from './mails.js';
import {
  currentRondvraag,
  finishReminder,
  insertReminder,
  insertRondvraag,
  insertSend,
  linkSecret,
  listContacts,
  listReminders,
  listSends,
  lockPlannedReminder,
  lockRondvraag,
  type RondvraagRecord,
  replaceContacts,
  rondvraagById,
} from './repository.js';

export const REMINDER_JOB = 'rondvraag.reminder';
/** The ready survey (surveys/rondvraag-gebruik.yaml). */
export const RONDVRAAG_SURVEY = 'rondvraag-gebruik';

export class RondvraagError extends Error {
  override name = 'RondvraagError';
}

export interface RondvraagDeps {
  readonly db: Kysely<Database>;
  readonly surveys: Surveys;
  readonly mailer: Mailer;
  readonly municipalities: MunicipalityLookup;
  /** Runs the queued jobs soon (after a commit that queued mail or a reminder). */
  readonly afterCommit: () => void;
  readonly now: () => Date;
}

export type ImportResult =
  | { readonly ok: true; readonly imported: number; readonly replaced: number }
  | { readonly ok: false; readonly problems: readonly ContactProblem[] };

/** A rondvraag with its survey run (title, closing day, the survey itself). */
export interface CurrentRondvraag extends RondvraagRecord {
  readonly run: SurveyRun;
  /** Answers are taken until the end of the closing day (Brussels time). */
  readonly open: boolean;
  readonly closesAt: Date;
}

export class Rondvragen {
  private secret: string | undefined;

  constructor(private readonly deps: RondvraagDeps) {}

  /** The ready survey's Dutch title, as shipped. */
  surveyTitle(): string {
    const shipped = this.deps.surveys.shipped.get(RONDVRAAG_SURVEY);
    if (!shipped) throw new Error(`surveys/${RONDVRAAG_SURVEY}.yaml is missing`);
    return textIn(shipped.survey.title, 'nl');
  }

  contacts() {
    return listContacts(this.deps.db);
  }

  async current(db: Kysely<Database> = this.deps.db): Promise<CurrentRondvraag | undefined> {
    const record = await currentRondvraag(db);
    return record ? this.withRun(db, record) : undefined;
  }

  reminders(id: number) {
    return listReminders(this.deps.db, id);
  }

  sends(id: number) {
    return listSends(this.deps.db, id);
  }

  statuses(rondvraag: RondvraagRecord) {
    return this.deps.surveys.responseStatus(rondvraag.runId);
  }

  /** The answering link of a municipality (for its own officers' page and the reminders). */
  async link(rondvraag: RondvraagRecord, nis: string): Promise<string> {
    this.secret ??= await linkSecret(this.deps.db);
    return this.deps.surveys.invitationUrl(invitationToken(this.secret, rondvraag.runId, nis));
  }

  /** Reads a contacts CSV; stores it (replacing the contacts before) only when it has no problem at all. */
  async importContacts(bytes: Buffer, fileName: string, actor: Actor): Promise<ImportResult> {
    const read = readContactsCsv(bytes, this.deps.municipalities);
    if (!read.ok) return read;
    const replaced = await this.deps.db.transaction().execute(async (tx) => {
      const before = await replaceContacts(tx, read.contacts, actor.id);
      await recordAudit(tx, {
        actor,
        action: 'rondvraag.contacten_geimporteerd',
        subjectType: 'rondvraag_contact',
        before: { contacten: before },
        after: { contacten: read.contacts.length, bestand: fileName },
      });
      return before;
    });
    return { ok: true, imported: read.contacts.length, replaced };
  }

  /** Starts a rondvraag (run until `closesOn`, reminders) and invites every contact. */
  async start(
    input: { closesOn: string; reminders: readonly Date[] },
    actor: Actor,
  ): Promise<{ id: number; invited: number }> {
    const now = this.deps.now();
    const today = this.deps.surveys.today();
    if (input.closesOn < today) throw new RondvraagError('De sluitingsdatum ligt in het verleden.');
    const closesAt = endOfBrusselsDay(input.closesOn);
    if (input.reminders.some((r) => r < now))
      throw new RondvraagError('Een herinnering ligt in het verleden.');
    if (input.reminders.some((r) => r >= closesAt))
      throw new RondvraagError('Een herinnering moet vóór het einde van de sluitingsdatum vallen.');
    const open = await this.current();
    if (open?.open)
      throw new RondvraagError(
        'Er loopt al een rondvraag: verstuur de uitnodigingen daarvan, of wacht tot ze gesloten is.',
      );
    const result = await this.deps.db.transaction().execute(async (tx) => {
      const run = await this.deps.surveys.createRun(
        {
          surveyKey: RONDVRAAG_SURVEY,
          ownerNis: null,
          mode: 'identified',
          opensOn: today,
          closesOn: input.closesOn,
        },
        actor,
        tx,
      );
      const id = await insertRondvraag(tx, {
        surveyId: run.surveyKey,
        surveyVersion: run.version,
        runId: run.id,
        by: actor.id,
      });
      for (const due of input.reminders) await this.planReminder(tx, id, due, actor.id);
      const rondvraag = (await rondvraagById(tx, id)) as RondvraagRecord;
      const invited = await this.inviteMissing(tx, rondvraag, run);
      await recordAudit(tx, {
        actor,
        action: 'rondvraag.gestart',
        subjectType: 'rondvraag',
        subjectId: id,
        after: {
          vragenlijst: `${run.surveyKey} v${run.version}`,
          sluitingsdatum: input.closesOn,
          herinneringen: input.reminders.map((r) => r.toISOString()),
          uitgenodigd: invited,
        },
      });
      return { id, invited };
    });
    this.deps.afterCommit();
    return result;
  }

  /** Invites the contacts imported since (municipalities not invited yet) to the open rondvraag. */
  async inviteNew(actor: Actor): Promise<number> {
    const invited = await this.deps.db.transaction().execute(async (tx) => {
      const rondvraag = await this.openRondvraag(tx);
      await lockRondvraag(tx, rondvraag.id);
      const n = await this.inviteMissing(tx, rondvraag, rondvraag.run);
      if (n > 0)
        await recordAudit(tx, {
          actor,
          action: 'rondvraag.uitgenodigd',
          subjectType: 'rondvraag',
          subjectId: rondvraag.id,
          after: { uitgenodigd: n },
        });
      return n;
    });
    this.deps.afterCommit();
    return invited;
  }

  /** Plans a reminder (now, or later) for the municipalities that will not have answered by then. */
  async scheduleReminder(dueAt: Date, actor: Actor): Promise<void> {
    await this.deps.db.transaction().execute(async (tx) => {
      const rondvraag = await this.openRondvraag(tx);
      if (dueAt >= rondvraag.closesAt)
        throw new RondvraagError('Een herinnering moet vóór het einde van de sluitingsdatum vallen.');
      const id = await this.planReminder(tx, rondvraag.id, dueAt, actor.id);
      await recordAudit(tx, {
        actor,
        action: 'rondvraag.herinnering_gepland',
        subjectType: 'rondvraag',
        subjectId: rondvraag.id,
        after: { herinnering: id, op: dueAt.toISOString() },
      });
    });
    this.deps.afterCommit();
  }

  /** Moves the closing day (the run's period; audited by the engine). */
  async changeClosingDate(closesOn: string, actor: Actor): Promise<void> {
    const rondvraag = await this.current();
    if (!rondvraag) throw new RondvraagError('Er is nog geen rondvraag.');
    if (closesOn < rondvraag.run.opensOn)
      throw new RondvraagError('De sluitingsdatum ligt vóór de start van de rondvraag.');
    await this.deps.surveys.setPeriod(rondvraag.runId, rondvraag.run.opensOn, closesOn, actor);
  }

  /**
   * The reminder job: in one transaction, a mail to every invited municipality without a sent answer
   * that has not had this reminder yet; nothing after the closing day.
   */
  readonly reminderHandler: JobHandler = async (job: Job) => {
    const reminderId = Number(job.payload.reminderId);
    this.secret ??= await linkSecret(this.deps.db);
    const secret = this.secret;
    const sent = await this.deps.db.transaction().execute(async (tx) => {
      const reminder = await lockPlannedReminder(tx, reminderId);
      if (!reminder) return 0; // done before (a retried job, or another node)
      const rondvraag = (await this.withRun(
        tx,
        (await rondvraagById(tx, reminder.rondvraag_id)) as RondvraagRecord,
      )) as CurrentRondvraag;
      const now = this.deps.now();
      if (!rondvraag.open) {
        await finishReminder(tx, reminderId, 'skipped', 0, now);
        return 0;
      }
      const submitted = new Set(
        (await this.deps.surveys.responseStatus(rondvraag.runId, tx))
          .filter((s) => s.status === 'submitted')
          .map((s) => s.invitationId),
      );
      const contacts = new Map((await listContacts(tx)).map((c) => [c.nis, c]));
      const sends = await listSends(tx, rondvraag.id);
      const remindedNow = new Set(sends.filter((s) => s.round === reminderId).map((s) => s.nis));
      let n = 0;
      for (const invitation of sends.filter((s) => s.round === 0)) {
        if (submitted.has(invitation.invitationId) || remindedNow.has(invitation.nis)) continue;
        const contact = contacts.get(invitation.nis);
        const to = contact?.email ?? invitation.email;
        const mailId = await this.deps.mailer.queue(
          reminderMail({
            to,
            name: contact?.name ?? null,
            municipality: this.municipalityName(invitation.nis),
            title: rondvraag.run.title,
            link: this.deps.surveys.invitationUrl(invitationToken(secret, rondvraag.runId, invitation.nis)),
            closesAt: rondvraag.closesAt,
          }),
          tx,
        );
        await insertSend(tx, {
          rondvraagId: rondvraag.id,
          nis: invitation.nis,
          round: reminderId,
          email: to,
          mailId,
          invitationId: invitation.invitationId,
        });
        n++;
      }
      await finishReminder(tx, reminderId, 'sent', n, now);
      await recordAudit(tx, {
        actor: { id: null, label: 'systeem' },
        action: 'rondvraag.herinnering_verstuurd',
        subjectType: 'rondvraag',
        subjectId: rondvraag.id,
        after: { herinnering: reminderId, verstuurd: n },
      });
      return n;
    });
    if (sent > 0) this.deps.afterCommit();
  };

  private async withRun(db: Kysely<Database>, record: RondvraagRecord): Promise<CurrentRondvraag> {
    const run = await this.deps.surveys.run(record.runId, db);
    if (!run) throw new Error(`rondvraag ${record.id}: survey run ${record.runId} is missing`);
    return {
      ...record,
      run,
      open: this.deps.surveys.state(run) === 'open',
      closesAt: endOfBrusselsDay(run.closesOn),
    };
  }

  private municipalityName(nis: string): string {
    return this.deps.municipalities.name(nis) ?? nis;
  }

  private async openRondvraag(tx: Kysely<Database>): Promise<CurrentRondvraag> {
    const rondvraag = await this.current(tx);
    if (!rondvraag) throw new RondvraagError('Er is nog geen rondvraag: start ze eerst.');
    if (!rondvraag.open) throw new RondvraagError('De rondvraag is gesloten.');
    return rondvraag;
  }

  private async planReminder(tx: Kysely<Database>, rondvraagId: number, dueAt: Date, by: number | null) {
    const id = await insertReminder(tx, rondvraagId, dueAt, by);
    await enqueueJob(tx, REMINDER_JOB, { reminderId: id }, dueAt);
    return id;
  }

  /** One invitation (engine token, mail, send row) for every contact's municipality not invited yet. */
  private async inviteMissing(
    tx: Kysely<Database>,
    rondvraag: RondvraagRecord,
    run: SurveyRun,
  ): Promise<number> {
    this.secret ??= await linkSecret(tx);
    const invited = new Set(
      (await listSends(tx, rondvraag.id)).filter((s) => s.round === 0).map((s) => s.nis),
    );
    let n = 0;
    for (const contact of await listContacts(tx)) {
      if (invited.has(contact.nis)) continue;
      const municipality = this.municipalityName(contact.nis);
      const invitation = await this.deps.surveys.createInvitation(
        run.id,
        {
          nis: contact.nis,
          email: contact.email,
          label: municipality,
          token: invitationToken(this.secret, run.id, contact.nis),
        },
        tx,
      );
      const mailId = await this.deps.mailer.queue(
        invitationMail({
          to: contact.email,
          name: contact.name,
          municipality,
          title: run.title,
          link: invitation.url,
          closesAt: endOfBrusselsDay(run.closesOn),
        }),
        tx,
      );
      await insertSend(tx, {
        rondvraagId: rondvraag.id,
        nis: contact.nis,
        round: 0,
        email: contact.email,
        mailId,
        invitationId: invitation.invitationId,
      });
      n++;
    }
    return n;
  }
}
