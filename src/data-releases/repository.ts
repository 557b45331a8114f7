/** The SQL of browser-managed data releases: uploads with their builds, and activations (roll-backs). */
import { type Kysely, sql } from 'kysely';
import type { BuildErrorLocation, BuildStatus, Database } from '../store/tables.js';

type Db = Kysely<Database>;

export interface Build {
  readonly id: number;
  readonly status: BuildStatus;
  readonly uploadDir: string;
  readonly files: readonly { name: string; bytes: number }[];
  readonly contract: string | null;
  readonly phase: string | null;
  readonly progressDone: number;
  readonly progressTotal: number;
  readonly attempts: number;
  readonly error: string | null;
  readonly errorLocation: BuildErrorLocation | null;
  readonly releaseId: string | null;
  /** E-mail of the uploader, or `verwijderd account #id`. */
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
}

export interface Activation {
  readonly id: number;
  readonly releaseId: string;
  readonly previousReleaseId: string | null;
  readonly kind: 'activate' | 'rollback';
  readonly actor: string;
  readonly at: Date;
}

const who = (email: string | null, id: number | null) =>
  email ?? (id === null ? 'systeem' : `verwijderd account #${id}`);

export async function insertBuild(
  db: Db,
  values: {
    uploadDir: string;
    files: { name: string; bytes: number }[];
    contract?: string;
    createdBy: number;
  },
): Promise<number> {
  const row = await db
    .insertInto('data_release_build')
    .values({
      status: 'queued',
      upload_dir: values.uploadDir,
      files: JSON.stringify(values.files),
      contract: values.contract ?? null,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function buildQuery(db: Db) {
  return db
    .selectFrom('data_release_build as b')
    .leftJoin('user_account as u', 'u.id', 'b.created_by')
    .select([
      'b.id',
      'b.status',
      'b.upload_dir',
      'b.files',
      'b.contract',
      'b.phase',
      'b.progress_done',
      'b.progress_total',
      'b.attempts',
      'b.error',
      'b.error_location',
      'b.release_id',
      'b.created_by',
      'b.created_at',
      'b.started_at',
      'b.finished_at',
      'u.email',
    ]);
}

type BuildRow = Awaited<ReturnType<ReturnType<typeof buildQuery>['executeTakeFirstOrThrow']>>;

function toBuild(r: BuildRow): Build {
  return {
    id: r.id,
    status: r.status,
    uploadDir: r.upload_dir,
    files: r.files,
    contract: r.contract,
    phase: r.phase,
    progressDone: Number(r.progress_done),
    progressTotal: Number(r.progress_total),
    attempts: r.attempts,
    error: r.error,
    errorLocation: r.error_location,
    releaseId: r.release_id,
    createdBy: who(r.email, r.created_by),
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export async function getBuild(db: Db, id: number): Promise<Build | undefined> {
  const row = await buildQuery(db).where('b.id', '=', id).executeTakeFirst();
  return row ? toBuild(row) : undefined;
}

export async function listBuilds(db: Db, limit = 50): Promise<Build[]> {
  const rows = await buildQuery(db).orderBy('b.id', 'desc').limit(limit).execute();
  return rows.map(toBuild);
}

/** The builds that made these releases (release id → build). */
export async function buildsOfReleases(db: Db, ids: readonly string[]): Promise<Map<string, Build>> {
  if (ids.length === 0) return new Map();
  const rows = await buildQuery(db).where('b.release_id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.release_id as string, toBuild(r)]));
}

export async function startBuild(db: Db, id: number, attempts: number, now: Date): Promise<void> {
  await db
    .updateTable('data_release_build')
    .set({ status: 'running', attempts, started_at: now, phase: null, progress_done: 0, progress_total: 0 })
    .where('id', '=', id)
    .execute();
}

export async function updateProgress(
  db: Db,
  id: number,
  progress: { phase: string; done: number; total: number },
): Promise<void> {
  await db
    .updateTable('data_release_build')
    .set({ phase: progress.phase, progress_done: progress.done, progress_total: progress.total })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function recordRetryableError(db: Db, id: number, error: string): Promise<void> {
  await db.updateTable('data_release_build').set({ error }).where('id', '=', id).execute();
}

export async function finishBuild(
  db: Db,
  id: number,
  outcome: {
    status: Exclude<BuildStatus, 'queued' | 'running'>;
    releaseId?: string;
    error?: string;
    errorLocation?: BuildErrorLocation;
  },
  now: Date,
): Promise<void> {
  await db
    .updateTable('data_release_build')
    .set({
      status: outcome.status,
      release_id: outcome.releaseId ?? null,
      error: outcome.error ?? null,
      error_location: outcome.errorLocation ? JSON.stringify(outcome.errorLocation) : null,
      finished_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertActivation(
  db: Db,
  values: {
    releaseId: string;
    previousReleaseId: string | null;
    kind: 'activate' | 'rollback';
    actorId: number;
  },
): Promise<void> {
  await db
    .insertInto('data_release_activation')
    .values({
      release_id: values.releaseId,
      previous_release_id: values.previousReleaseId,
      kind: values.kind,
      actor_id: values.actorId,
    })
    .execute();
}

export async function listActivations(db: Db, limit = 200): Promise<Activation[]> {
  const rows = await db
    .selectFrom('data_release_activation as a')
    .leftJoin('user_account as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.release_id', 'a.previous_release_id', 'a.kind', 'a.actor_id', 'a.at', 'u.email'])
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    releaseId: r.release_id,
    previousReleaseId: r.previous_release_id,
    kind: r.kind,
    actor: who(r.email, r.actor_id),
    at: r.at,
  }));
}

/** Releases whose suppression plans are queued or being solved (job kind `kind`). */
export async function releasesWithPendingJob(db: Db, kind: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('job')
    .select(sql<string>`payload->>'releaseId'`.as('release_id'))
    .where('kind', '=', kind)
    .where('status', 'in', ['queued', 'running'])
    .execute();
  return new Set(rows.map((r) => r.release_id));
}

/** Upload directories of builds still to run (their files must stay). */
export async function pendingUploadDirs(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('data_release_build')
    .select('upload_dir')
    .where('status', 'in', ['queued', 'running'])
    .execute();
  return new Set(rows.map((r) => r.upload_dir));
}
