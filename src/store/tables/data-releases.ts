/** Data releases built in the browser (migration 0004). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, NullableTimestamp } from './columns.js';

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
