/** Usage counts per day (migration 0003). */
import type { ColumnType } from 'kysely';
import type { Timestamp } from './columns.js';

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
