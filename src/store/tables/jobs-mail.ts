/** The durable job queue and outgoing mail (migration 0002; attachments 0007). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableTimestamp } from './columns.js';

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
