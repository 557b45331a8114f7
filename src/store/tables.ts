/**
 * The workflow store's tables as Kysely sees them: one schema for PGlite and PostgreSQL. Each table is
 * created by a migration in `migrations/`; a module that adds tables adds their interface here too.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** A timestamp the database fills in (`DEFAULT now()`). */
type CreatedAt = ColumnType<Date, Date | undefined, Date>;
type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;

export type AccountStatus = 'invited' | 'active' | 'disabled';

export interface UserAccountTable {
  id: Generated<number>;
  /** Lower-cased e-mail address, unique. */
  email: string;
  display_name: string;
  /** argon2id hash (PHC string); null until the person sets a password (or signs in only by OIDC). */
  password_hash: string | null;
  status: AccountStatus;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  last_sign_in_at: NullableTimestamp;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface UserMunicipalityTable {
  user_id: number;
  /** A municipality of the 2025 division (5-digit NIS code). */
  nis: string;
}

export type TokenPurpose = 'invite' | 'reset';

export interface AccountTokenTable {
  id: Generated<number>;
  user_id: number;
  purpose: TokenPurpose;
  /** SHA-256 of the token: the link itself is never stored. */
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface SessionTable {
  /** SHA-256 of the cookie value. */
  id_hash: string;
  user_id: number;
  method: 'password' | 'oidc';
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface SignInFailureTable {
  /** SHA-256 of the lower-cased e-mail address typed (also for addresses without an account). */
  key_hash: string;
  failures: number;
  first_failure_at: Timestamp;
  locked_until: NullableTimestamp;
}

export interface RateLimitTable {
  /** The route and a keyed hash of the client address (never the address itself). */
  key: string;
  hits: number;
  reset_at: Timestamp;
}

export interface AppSecretTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: number | null;
  /** Who acted, as shown: an e-mail address, `cli:<os user>`, `oidc` or `systeem`. */
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  status: JobStatus;
  run_at: CreatedAt;
  attempts: ColumnType<number, number | undefined, number>;
  /** While running: until when the claiming node owns it (a crashed node's job is taken over after). */
  locked_until: NullableTimestamp;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: NullableTimestamp;
}

export type MailStatus = 'queued' | 'sent' | 'outbox' | 'failed';

export interface MailMessageTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  body_text: string;
  purpose: string;
  status: MailStatus;
  /** A stable Message-ID, so a receiving server can recognise a repeated delivery. */
  message_id: string;
  created_at: CreatedAt;
  delivered_at: NullableTimestamp;
  last_error: string | null;
  /** Files sent along (e.g. an .ics invitation), their content as text (migration 0007). */
  attachments: ColumnType<MailAttachment[] | null, string | null | undefined, string | null>;
}

export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** What a usage count is of (src/usage/events.ts names them in Dutch). */
export type UsageEventKind = 'view' | 'pdf_full' | 'pdf_core' | 'xlsx' | 'csv' | 'json' | 'embed' | 'api';

export interface UsageDailyTable {
  /** A calendar day in Brussels time, written as 'YYYY-MM-DD' (read back with to_char). */
  day: ColumnType<unknown, string, string>;
  /** A municipality of the 2025 division. */
  nis: string;
  event: UsageEventKind;
  /** Counted for a signed-in officer of this municipality ("door de gemeente zelf"). */
  own: boolean;
  hits: number;
  last_at: Timestamp;
}

export type BuildStatus = 'queued' | 'running' | 'built' | 'unchanged' | 'invalid' | 'failed';

/** Where an input error is: as `InputError` gives it (file, line, column, field, expected, found). */
export interface BuildErrorLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly expected: string;
  readonly found?: string;
}

export interface DataReleaseBuildTable {
  id: Generated<number>;
  status: BuildStatus;
  /** Absolute directory of the uploaded files (inside the data directory). */
  upload_dir: string;
  files: JSONColumnType<{ name: string; bytes: number }[], string, string>;
  contract: string | null;
  /** The step under way, in Dutch (as the CLI's progress bar names it). */
  phase: string | null;
  progress_done: ColumnType<number, number | undefined, number>;
  progress_total: ColumnType<number, number | undefined, number>;
  attempts: ColumnType<number, number | undefined, number>;
  /** The message exactly as the CLI prints it (`Fout in de invoer: …`). */
  error: string | null;
  error_location: JSONColumnType<BuildErrorLocation | null, string | null, string | null>;
  release_id: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

export interface DataReleaseActivationTable {
  id: Generated<number>;
  release_id: string;
  previous_release_id: string | null;
  kind: 'activate' | 'rollback';
  actor_id: number | null;
  at: CreatedAt;
}

export type SessionStatus = 'gepland' | 'verplaatst' | 'afgelast' | 'gehouden';
export type RegistrationStatus = 'ingeschreven' | 'wachtlijst' | 'uitgeschreven';
export type AttendanceStatus = 'aanwezig' | 'afwezig' | 'verontschuldigd' | 'te_laat';
export type PollAnswer = 'ja' | 'misschien' | 'nee';

export interface TrainingEditionTable {
  id: Generated<number>;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  is_example: ColumnType<boolean, boolean | undefined, boolean>;
  /** Present (or late) at least this share of the sessions held, in percent: the certificate's rule. */
  attendance_percent: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface TrainingSessionTable {
  id: Generated<number>;
  edition_id: number;
  position: number;
  topic: string;
  goals: ColumnType<string, string | undefined, string>;
  /** 'YYYY-MM-DD' (Brussels); null: still to be planned. */
  day: string | null;
  /** 'HH:MM' (Brussels). */
  start_time: string | null;
  end_time: string | null;
  place: string | null;
  online_url: string | null;
  trainer: string | null;
  capacity: number | null;
  status: SessionStatus;
  /** The day before it was moved (status verplaatst), and why. */
  original_day: string | null;
  change_reason: string | null;
  ics_uid: string;
  ics_sequence: ColumnType<number, number | undefined, number>;
}

export interface TrainingPollTable {
  id: Generated<number>;
  session_id: number;
  closes_at: Timestamp;
  closed_at: NullableTimestamp;
  chosen_option_id: number | null;
  created_at: CreatedAt;
}

export interface TrainingPollOptionTable {
  id: Generated<number>;
  poll_id: number;
  day: string;
  start_time: string | null;
  end_time: string | null;
}

export interface TrainingPollAnswerTable {
  option_id: number;
  user_id: number;
  answer: PollAnswer;
  answered_at: CreatedAt;
}

export interface TrainingRegistrationTable {
  id: Generated<number>;
  session_id: number;
  user_id: number;
  nis: string;
  status: RegistrationStatus;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface TrainingAttendanceTable {
  session_id: number;
  user_id: number;
  status: AttendanceStatus;
  remark: ColumnType<string, string | undefined, string>;
  recorded_by: number | null;
  recorded_at: CreatedAt;
}

export interface TrainingMaterialTable {
  id: Generated<number>;
  session_id: number;
  kind: 'file' | 'link';
  title: string;
  file_name: string | null;
  content_type: string | null;
  bytes: number | null;
  /** SHA-256 of the file: also its name under <data-dir>/training-materials/. */
  sha256: string | null;
  url: string | null;
  public: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: CreatedAt;
}

export type SurveyMode = 'identified' | 'anonymous';

export interface SurveyVersionTable {
  id: Generated<number>;
  /** A shipped survey's id, or the key of a municipality's copy. */
  survey_key: string;
  version: number;
  /** The municipality whose copy this is; null for a shipped survey. */
  owner_nis: string | null;
  /** The shipped survey a copy started from. */
  based_on: string | null;
  /** The YAML as written. */
  source: string;
  /** The validated survey (src/surveys/schema.ts). */
  definition: JSONColumnType<Record<string, unknown>, string, string>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface SurveyRunTable {
  id: Generated<number>;
  /** The random part of the run's open link (`/enquete/<slug>`). */
  slug: string;
  survey_version_id: number;
  /** The municipality running it; null for AgII's own runs (the rondvraag). */
  owner_nis: string | null;
  title: string;
  mode: SurveyMode;
  /** Brussels calendar days 'YYYY-MM-DD', both included. */
  opens_on: string;
  closes_on: string;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface SurveyInvitationTable {
  id: Generated<number>;
  run_id: number;
  /** SHA-256 of the invitee's token: the link itself is never stored. */
  token_hash: string;
  nis: string | null;
  email: string | null;
  label: string | null;
  created_at: CreatedAt;
}

export interface SurveyResponseTable {
  /** Random (not a sequence, so ids say nothing about order or time). */
  id: string;
  run_id: number;
  /** Identified runs only. */
  invitation_id: number | null;
  /** Anonymous runs: SHA-256 of the resume key kept in the respondent's cookie. */
  resume_hash: string | null;
  language: string;
  status: 'started' | 'submitted';
  /** The last page saved. */
  page_id: string | null;
  started_on: string;
  updated_on: string;
  submitted_on: string | null;
  /** Identified responses only. */
  submitted_at: NullableTimestamp;
}

export interface SurveyAnswerTable {
  response_id: string;
  question_id: string;
  value: JSONColumnType<Record<string, unknown>, string, string>;
}

export interface SurveyReportItemTable {
  run_id: number;
  question_id: string;
  position: number;
}

export interface SurveyQuoteTable {
  response_id: string;
  question_id: string;
  run_id: number;
  approved_by: number | null;
  approved_on: string;
}

export type PlanState = 'concept' | 'ingediend' | 'feedback' | 'definitief';
export type PlanActionStatus = 'gepland' | 'bezig' | 'afgerond' | 'uitgesteld' | 'geschrapt';
type Json<T extends object> = JSONColumnType<T, string, string>;
type NullableJson = JSONColumnType<Record<string, unknown> | null, string | null, string | null>;

export interface PlanTable {
  id: Generated<number>;
  /** A municipality of the 2025 division; one plan each. */
  nis: string;
  state: PlanState;
  /** One more with every change; the history names the version each change made. */
  version: ColumnType<number, number | undefined, number>;
  /** The release and catalog version key 1 was filled from. */
  release_id: string;
  catalog_version: string;
  /** Key 1's figures as the report showed them (src/plan/prefill.ts `Key1Prefill`). */
  prefill: Json<Record<string, unknown>>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PlanKeyTable {
  plan_id: number;
  key: number;
  situation: ColumnType<string, string | undefined, string>;
  goals: ColumnType<string, string | undefined, string>;
  revision: ColumnType<number, number | undefined, number>;
}

export interface PlanActionTable {
  id: Generated<number>;
  plan_id: number;
  key: number;
  what: string;
  kind: string;
  owner: string;
  partners: string;
  timing: string;
  budget: string;
  status: PlanActionStatus;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface PlanIndicatorTable {
  id: Generated<number>;
  plan_id: number;
  key: number;
  indicator_id: string;
  row_key: string;
  /** src/plan/figures.ts `Baseline`: value, text, period, release and catalog version. */
  baseline: Json<Record<string, unknown>>;
  target: string;
  revision: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface PlanCommentTable {
  id: Generated<number>;
  plan_id: number;
  part: string;
  author_id: number | null;
  author_label: string;
  body: string;
  at: CreatedAt;
}

export interface PlanChangeTable {
  id: Generated<number>;
  plan_id: number;
  version: number;
  actor_id: number | null;
  actor_label: string;
  part: string;
  summary: string;
  before: NullableJson;
  after: NullableJson;
  at: CreatedAt;
}

export interface RondvraagContactTable {
  /** A municipality of the 2025 division: one contact each. */
  nis: string;
  email: string;
  name: string | null;
  /** The line of the imported CSV file it came from. */
  source_line: number;
  imported_by: number | null;
  imported_at: CreatedAt;
}

export interface RondvraagTable {
  id: Generated<number>;
  survey_id: string;
  survey_version: number;
  /** The survey engine's run (identified mode): its closing day is the rondvraag's. */
  run_id: number;
  created_by: number | null;
  created_at: CreatedAt;
}

export type ReminderStatus = 'planned' | 'sent' | 'skipped';

export interface RondvraagReminderTable {
  id: Generated<number>;
  rondvraag_id: number;
  due_at: Timestamp;
  status: ReminderStatus;
  sent_count: ColumnType<number, number | undefined, number>;
  done_at: NullableTimestamp;
  created_by: number | null;
}

export interface RondvraagSendTable {
  id: Generated<number>;
  rondvraag_id: number;
  nis: string;
  /** 0: the invitation; otherwise the id of the reminder it was sent for. */
  round: number;
  email: string;
  mail_id: number | null;
  /** The survey engine's invitation of this municipality. */
  invitation_id: number;
  created_at: CreatedAt;
}

export interface Database {
  user_account: UserAccountTable;
  user_role: UserRoleTable;
  user_municipality: UserMunicipalityTable;
  account_token: AccountTokenTable;
  session: SessionTable;
  sign_in_failure: SignInFailureTable;
  rate_limit: RateLimitTable;
  app_secret: AppSecretTable;
  audit_event: AuditEventTable;
  job: JobTable;
  mail_message: MailMessageTable;
  usage_daily: UsageDailyTable;
  data_release_build: DataReleaseBuildTable;
  data_release_activation: DataReleaseActivationTable;
  survey_version: SurveyVersionTable;
  survey_run: SurveyRunTable;
  survey_invitation: SurveyInvitationTable;
  survey_response: SurveyResponseTable;
  survey_answer: SurveyAnswerTable;
  survey_report_item: SurveyReportItemTable;
  survey_quote: SurveyQuoteTable;
  plan: PlanTable;
  plan_key: PlanKeyTable;
  plan_action: PlanActionTable;
  plan_indicator: PlanIndicatorTable;
  plan_comment: PlanCommentTable;
  plan_change: PlanChangeTable;
  training_edition: TrainingEditionTable;
  training_session: TrainingSessionTable;
  training_poll: TrainingPollTable;
  training_poll_option: TrainingPollOptionTable;
  training_poll_answer: TrainingPollAnswerTable;
  training_registration: TrainingRegistrationTable;
  training_attendance: TrainingAttendanceTable;
  training_material: TrainingMaterialTable;
  rondvraag_contact: RondvraagContactTable;
  rondvraag: RondvraagTable;
  rondvraag_reminder: RondvraagReminderTable;
  rondvraag_send: RondvraagSendTable;
}
