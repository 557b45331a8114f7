/** The rondvraag of all municipalities (migration 0006). */
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, NullableTimestamp, Timestamp } from './columns.js';

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
