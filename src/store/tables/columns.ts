/** Column types shared by the workflow store's tables. */
import type { ColumnType } from 'kysely';

/** A timestamp the database fills in (`DEFAULT now()`). */
export type CreatedAt = ColumnType<Date, Date | undefined, Date>;
export type Timestamp = ColumnType<Date, Date, Date>;
export type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
