/** The training track (migration 0007). */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, NullableTimestamp, Timestamp } from './columns.js';

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
