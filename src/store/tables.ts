/**
 * The workflow store's tables as Kysely sees them: one schema for PGlite and PostgreSQL. Each table is
 * created by a migration in `migrations/`; a module that adds tables adds a file in `tables/` and its
 * tables to `Database` here.
 */
import type {
  AccountTokenTable,
  AppSecretTable,
  AuditEventTable,
  RateLimitTable,
  SessionTable,
  SignInFailureTable,
  UserAccountTable,
  UserMunicipalityTable,
  UserRoleTable,
} from './tables/accounts.js';
import type { DataReleaseActivationTable, DataReleaseBuildTable } from './tables/data-releases.js';
import type { JobTable, MailMessageTable } from './tables/jobs-mail.js';
import type {
  PlanActionTable,
  PlanChangeTable,
  PlanCommentTable,
  PlanIndicatorTable,
  PlanKeyTable,
  PlanTable,
} from './tables/plans.js';
import type {
  RondvraagContactTable,
  RondvraagReminderTable,
  RondvraagSendTable,
  RondvraagTable,
} from './tables/rondvraag.js';
import type {
  SurveyAnswerTable,
  SurveyInvitationTable,
  SurveyQuoteTable,
  SurveyReportItemTable,
  SurveyResponseTable,
  SurveyRunTable,
  SurveyVersionTable,
} from './tables/surveys.js';
import type {
  TrainingAttendanceTable,
  TrainingEditionTable,
  TrainingMaterialTable,
  TrainingPollAnswerTable,
  TrainingPollOptionTable,
  TrainingPollTable,
  TrainingRegistrationTable,
  TrainingSessionTable,
} from './tables/training.js';
import type { UsageDailyTable } from './tables/usage.js';

export * from './tables/accounts.js';
export * from './tables/data-releases.js';
export * from './tables/jobs-mail.js';
export * from './tables/plans.js';
export * from './tables/rondvraag.js';
export * from './tables/surveys.js';
export * from './tables/training.js';
export * from './tables/usage.js';

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
