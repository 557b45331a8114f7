/**
 * Puts the workflow side together on one store: accounts, sessions, sign-in (password and OIDC), mail
 * through the job table, the audit log. A web node and the CLI open the same thing; nothing here keeps
 * state outside the store except caches that any node can rebuild.
 */
import type { Kysely } from 'kysely';
import { Lockout, type LockoutRules } from '../accounts/lockout.js';
import { OidcSignIn } from '../accounts/oidc.js';
import { argon2Passwords, type PasswordCost } from '../accounts/passwords.js';
import { Accounts } from '../accounts/service.js';
import { Sessions } from '../accounts/sessions.js';
import { PasswordSignIn } from '../accounts/sign-in.js';
import { listAudit } from '../audit/repository.js';
import type { Logger } from '../domain/effects.js';
import { loadGeography } from '../geo/index.js';
import { JobRunner } from '../jobs/runner.js';
import { MAIL_JOB, Mailer } from '../mail/service.js';
import { OUTBOX, smtpTransport } from '../mail/transport.js';
import { municipalityLookup } from '../rondvraag/municipalities.js';
import { REMINDER_JOB, Rondvragen } from '../rondvraag/service.js';
import type { Store } from '../store/open-store.js';
import type { Database } from '../store/tables.js';
import { loadShippedSurveys } from '../surveys/load.js';
import { Surveys } from '../surveys/service.js';
import { mailAddress, openTraining, type TrainingTrack } from '../training/track.js';
import { Usage } from '../usage/service.js';
import { deleteExpiredHits } from './rate-limit-repository.js';
import { type AppSecrets, appSecrets } from './secrets.js';
import type { WorkflowSettings } from './settings.js';

export interface WorkflowOptions {
  readonly store: Store;
  readonly settings: WorkflowSettings;
  /** Whether a NIS code is a municipality of the 2025 division. */
  readonly isMunicipality: (nis: string) => boolean;
  readonly passwordCost?: PasswordCost;
  readonly lockoutRules?: LockoutRules;
  readonly now?: () => Date;
  readonly logger?: Logger;
  /** Run queued jobs (mail) on this process; the CLI only queues them. */
  readonly runJobs?: boolean;
  /** How often counted use is written to the store (ms; default 5 s, 0: only on close or by hand). */
  readonly usageFlushMs?: number;
}

export interface Workflow {
  readonly db: Kysely<Database>;
  readonly store: Store;
  readonly settings: WorkflowSettings;
  readonly secrets: AppSecrets;
  readonly accounts: Accounts;
  readonly sessions: Sessions;
  readonly lockout: Lockout;
  readonly signIn: PasswordSignIn;
  readonly oidc: OidcSignIn | undefined;
  readonly mailer: Mailer;
  readonly jobs: JobRunner;
  /** Usage monitoring: the counter (buffered) and the adoption overview. */
  readonly usage: Usage;
  /** The training track (/vorming): sessions and registrations, date polls, attendance. */
  readonly training: TrainingTrack;
  /** The survey engine (surveys/*.yaml, runs, invitations, responses). */
  readonly surveys: Surveys;
  /** The rondvraag of all municipalities (contacts, invitations, reminders) on the survey engine. */
  readonly rondvraag: Rondvragen;
  readonly now: () => Date;
  readonly audit: { list(options: Parameters<typeof listAudit>[1]): ReturnType<typeof listAudit> };
  /** Stops the job runner and closes the store. */
  close(): Promise<void>;
}

export async function openWorkflow(options: WorkflowOptions): Promise<Workflow> {
  const { store, settings } = options;
  const db = store.db;
  const now = options.now ?? (() => new Date());
  const passwords = argon2Passwords(options.passwordCost);
  const sessions = new Sessions(db, now);
  const lockout = new Lockout(db, now, options.lockoutRules);
  const transport = settings.smtpUrl ? smtpTransport(settings.smtpUrl, settings.mailFrom) : OUTBOX;
  const mailer = new Mailer(db, transport, now);
  const jobs = new JobRunner(
    db,
    // The rondvraag is made below (it needs the survey engine); its handler is looked up when a job runs.
    { [MAIL_JOB]: mailer.handler, [REMINDER_JOB]: (job) => rondvraag.reminderHandler(job) },
    {
      now,
      ...(options.logger ? { logger: options.logger } : {}),
      housekeeping: async () => {
        await sessions.purge();
        await lockout.purge();
        await mailer.purge();
        await deleteExpiredHits(db, now());
      },
    },
  );
  const accounts = new Accounts({
    db,
    passwords,
    mailer,
    sessions,
    lockout,
    baseUrl: settings.publicUrl,
    isMunicipality: options.isMunicipality,
    afterCommit: () => jobs.kick(),
    now,
  });
  const signIn = new PasswordSignIn(db, passwords, lockout, sessions, now);
  const oidc = settings.oidc
    ? new OidcSignIn(
        settings.oidc,
        `${settings.publicUrl}/aanmelden/oidc/terug`,
        db,
        signIn,
        options.isMunicipality,
      )
    : undefined;
  const training = openTraining({
    db,
    mailer,
    baseUrl: settings.publicUrl,
    organizer: { name: 'Vorming lokale integratieambtenaren', email: mailAddress(settings.mailFrom) },
    now,
    afterCommit: () => jobs.kick(),
  });
  const secrets = await appSecrets(db);
  const usage = new Usage(db, now, options.logger, options.usageFlushMs);
  usage.counter.start();
  const surveys = new Surveys({
    db,
    now,
    shipped: loadShippedSurveys(),
    publicUrl: settings.publicUrl,
    isMunicipality: options.isMunicipality,
  });
  const rondvraag = new Rondvragen({
    db,
    surveys,
    mailer,
    municipalities: municipalityLookup(loadGeography()),
    afterCommit: () => jobs.kick(),
    now,
  });
  if (options.runJobs) jobs.start();
  return {
    db,
    store,
    settings,
    secrets,
    accounts,
    sessions,
    lockout,
    signIn,
    oidc,
    mailer,
    jobs,
    usage,
    training,
    surveys,
    rondvraag,
    now,
    audit: { list: (o) => listAudit(db, o) },
    close: async () => {
      await jobs.stop();
      await usage.counter.stop();
      transport.close();
      await store.close();
    },
  };
}
