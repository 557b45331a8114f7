/** Surveys: versions, runs, invitations, responses, report choices (migration 0005). */
import type { Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableTimestamp } from './columns.js';

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
