/** What the survey service hands out and takes: runs, invitations, their status, an answering session. */
import type { SurveyMode } from '../store/tables.js';
import type { Answers } from './answer-types.js';
import type { ResponseRow } from './repository.js';
import type { Language, Survey } from './schema.js';

export interface SurveyRun {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly mode: SurveyMode;
  readonly ownerNis: string | null;
  /** Brussels days, both included. */
  readonly opensOn: string;
  readonly closesOn: string;
  readonly versionId: number;
  readonly surveyKey: string;
  readonly version: number;
  readonly survey: Survey;
}

export type RunState = 'not-open' | 'open' | 'closed';

export interface CreateRunInput {
  /** A shipped survey's id or a copy's key. */
  readonly surveyKey: string;
  /** Default: the latest. */
  readonly version?: number;
  readonly ownerNis: string | null;
  readonly mode: SurveyMode;
  readonly opensOn: string;
  readonly closesOn: string;
  /** Default: the survey's Dutch title. */
  readonly title?: string;
}

export interface Invitee {
  readonly nis?: string;
  readonly email?: string;
  readonly label?: string;
  /** A token the caller derived itself (as strong as 32 random bytes), to give the same link again later. */
  readonly token?: string;
}

export interface CreatedInvitation {
  readonly invitationId: number;
  /** The token itself: only here (the store keeps its SHA-256). */
  readonly token: string;
  /** The absolute link to put in the invitation mail. */
  readonly url: string;
}

export type ResponseState = 'none' | 'started' | 'submitted';

export interface InvitationStatus {
  readonly invitationId: number;
  readonly nis: string | null;
  readonly email: string | null;
  readonly label: string | null;
  readonly status: ResponseState;
  /** The last page saved. */
  readonly pageId: string | null;
  readonly updatedOn: string | null;
  readonly submittedOn: string | null;
  readonly submittedAt: Date | null;
}

/** An answering session: the run, its survey and one response. */
export interface Answering {
  readonly run: SurveyRun;
  readonly response: ResponseRow;
  readonly answers: Answers;
  readonly language: Language;
}

export type SaveOutcome =
  | { readonly kind: 'invalid'; readonly errors: Record<string, string>; readonly answers: Answers }
  | { readonly kind: 'page'; readonly pageId: string }
  | { readonly kind: 'submitted' };

export class SurveyClosedError extends Error {
  override name = 'SurveyClosedError';
  constructor(readonly state: RunState) {
    super(`survey run is ${state}`);
  }
}
