/**
 * Data releases managed in the browser: an upload becomes a build (a row, a durable job, an audit entry,
 * in one transaction); a runner builds it in a child process and records progress and the validation
 * result; an administrator activates a built release or rolls back to an earlier one. The active pointer
 * stays the file every node re-reads (release-store.ts), so every web node switches within a second.
 */
import { rmSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { type Actor, recordAudit } from '../audit/repository.js';
import type { Logger } from '../domain/effects.js';
import { enqueueJob, extendJobLease, type Job } from '../jobs/repository.js';
import { JobRunner, MAX_ATTEMPTS } from '../jobs/runner.js';
import { activateRelease, readActiveReleaseId } from '../release/active.js';
import type { DataDirLayout } from '../release/layout.js';
import type { Database } from '../store/tables.js';
import { hasPlans, listReleases, type ReleaseEntry, readRelease } from './history.js';
import { removeLeftovers } from './leftovers.js';
import {
  type Activation,
  type Build,
  buildsOfReleases,
  finishBuild,
  getBuild,
  insertActivation,
  insertBuild,
  listActivations,
  listBuilds,
  pendingUploadDirs,
  recordRetryableError,
  releasesWithPendingJob,
  startBuild,
  updateProgress,
} from './repository.js';
import { forkWorker, type RunWorker } from './run-worker.js';

export const BUILD_JOB = 'release.build';
/** Solving the suppression plans of an existing release (e.g. before a roll-back after a catalog change). */
export const PLANS_JOB = 'release.plans';

export class ReleaseActionError extends Error {
  override name = 'ReleaseActionError';
}

export interface DataReleasesOptions {
  readonly db: Kysely<Database>;
  readonly layout: DataDirLayout;
  /** The catalog version whose suppression plans a release needs before it may become active. */
  readonly catalogVersion: string;
  readonly now?: () => Date;
  readonly logger?: Logger;
  readonly runWorker?: RunWorker;
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
}

export interface ReleaseHistory {
  readonly activeId: string | undefined;
  readonly releases: readonly (ReleaseEntry & { build?: Build; plans: boolean; plansPending: boolean })[];
  readonly activations: readonly Activation[];
}

export class DataReleases {
  readonly runner: JobRunner;
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  constructor(private readonly options: DataReleasesOptions) {
    this.now = options.now ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    // A runner of its own: a build of minutes never holds up the mail of the workflow's runner.
    this.runner = new JobRunner(
      options.db,
      { [BUILD_JOB]: (job) => this.runBuild(job), [PLANS_JOB]: (job) => this.runPlans(job) },
      {
        now: this.now,
        leaseMs: this.leaseMs,
        maxAttempts: this.maxAttempts,
        housekeeping: async () => {
          await this.housekeeping();
        },
        ...(options.logger ? { logger: options.logger } : {}),
      },
    );
  }

  get layout(): DataDirLayout {
    return this.options.layout;
  }

  /** Records an upload (files already on disk in `uploadDir`) and queues its build, in one transaction. */
  async createBuild(
    upload: { uploadDir: string; files: { name: string; bytes: number }[]; contract?: string },
    actor: Actor & { id: number },
  ): Promise<number> {
    const id = await this.options.db.transaction().execute(async (tx) => {
      const buildId = await insertBuild(tx, { ...upload, createdBy: actor.id });
      await enqueueJob(tx, BUILD_JOB, { buildId });
      await recordAudit(tx, {
        actor,
        action: 'data.opgeladen',
        subjectType: 'data_build',
        subjectId: buildId,
        after: { files: upload.files, contract: upload.contract ?? null },
      });
      return buildId;
    });
    this.runner.kick();
    return id;
  }

  build(id: number): Promise<Build | undefined> {
    return getBuild(this.options.db, id);
  }

  builds(): Promise<Build[]> {
    return listBuilds(this.options.db);
  }

  activeId(): string | undefined {
    return readActiveReleaseId(this.layout);
  }

  async history(): Promise<ReleaseHistory> {
    const releases = listReleases(this.layout);
    const builds = await buildsOfReleases(
      this.options.db,
      releases.map((r) => r.id),
    );
    const pending = await releasesWithPendingJob(this.options.db, PLANS_JOB);
    return {
      activeId: this.activeId(),
      releases: releases.map((r) => {
        const build = builds.get(r.id);
        return {
          ...r,
          ...(build ? { build } : {}),
          plans: hasPlans(this.layout, r.id, this.options.catalogVersion),
          plansPending: pending.has(r.id),
        };
      }),
      activations: await listActivations(this.options.db),
    };
  }

  /**
   * Makes a release the active one (a roll-back when it is older than the active one): the record and
   * the audit entry commit only if the pointer was switched.
   */
  async activate(releaseId: string, actor: Actor & { id: number }): Promise<'activate' | 'rollback'> {
    const target = readRelease(this.layout, releaseId);
    if (!target) throw new ReleaseActionError(`Er is geen release ${releaseId}.`);
    if (!hasPlans(this.layout, releaseId, this.options.catalogVersion))
      throw new ReleaseActionError(
        `Release ${releaseId} heeft nog geen beschermingsplannen voor catalogusversie ${this.options.catalogVersion}: ` +
          'bereken ze eerst (knop "Beschermingsplannen berekenen").',
      );
    const previousId = this.activeId();
    if (previousId === releaseId) throw new ReleaseActionError(`Release ${releaseId} is al actief.`);
    const previous = previousId ? readRelease(this.layout, previousId) : undefined;
    const kind = previous && target.manifest.builtAt < previous.manifest.builtAt ? 'rollback' : 'activate';
    await this.options.db.transaction().execute(async (tx) => {
      await insertActivation(tx, {
        releaseId,
        previousReleaseId: previousId ?? null,
        kind,
        actorId: actor.id,
      });
      await recordAudit(tx, {
        actor,
        action: kind === 'rollback' ? 'data.teruggezet' : 'data.geactiveerd',
        subjectType: 'data_release',
        subjectId: releaseId,
        before: { active: previousId ?? null },
        after: { active: releaseId },
      });
      // Last: a failure here rolls the record back; after it, every node switches within a second.
      activateRelease(this.layout, releaseId, this.now());
    });
    return kind;
  }

  /** Removes day-old uploads no build needs any more and staging directories of killed imports. */
  async housekeeping(): Promise<string[]> {
    return removeLeftovers(this.layout, await pendingUploadDirs(this.options.db), this.now());
  }

  /** Queues solving the suppression plans of a release that has none for the current catalog version. */
  async requestPlans(releaseId: string, actor: Actor & { id: number }): Promise<void> {
    if (!readRelease(this.layout, releaseId))
      throw new ReleaseActionError(`Er is geen release ${releaseId}.`);
    if (hasPlans(this.layout, releaseId, this.options.catalogVersion))
      throw new ReleaseActionError(`Release ${releaseId} heeft al beschermingsplannen.`);
    if ((await releasesWithPendingJob(this.options.db, PLANS_JOB)).has(releaseId))
      throw new ReleaseActionError(`De beschermingsplannen van release ${releaseId} worden al berekend.`);
    await this.options.db.transaction().execute(async (tx) => {
      await enqueueJob(tx, PLANS_JOB, { releaseId });
      await recordAudit(tx, {
        actor,
        action: 'data.plannen-gevraagd',
        subjectType: 'data_release',
        subjectId: releaseId,
        after: { catalogVersion: this.options.catalogVersion },
      });
    });
    this.runner.kick();
  }

  private async runPlans(job: Job): Promise<void> {
    const releaseId = String(job.payload.releaseId);
    if (!readRelease(this.layout, releaseId) || hasPlans(this.layout, releaseId, this.options.catalogVersion))
      return;
    const run = this.options.runWorker ?? forkWorker;
    const outcome = await this.withLease(job, () =>
      run({ dataDir: this.layout.root, files: [], plansFor: releaseId }, this.layout.root, () => {}),
    );
    if (outcome.type !== 'result') throw new Error(outcome.message);
  }

  /** Runs `work` while keeping the job's claim (the lease is moved on every third of it). */
  private async withLease<T>(job: Job, work: () => Promise<T>): Promise<T> {
    const lease = setInterval(
      () =>
        void extendJobLease(this.options.db, job.id, new Date(this.now().getTime() + this.leaseMs)).catch(
          () => {},
        ),
      Math.max(1000, this.leaseMs / 3),
    );
    try {
      return await work();
    } finally {
      clearInterval(lease);
    }
  }

  private async runBuild(job: Job): Promise<void> {
    const db = this.options.db;
    const buildId = Number(job.payload.buildId);
    const build = await getBuild(db, buildId);
    if (!build || (build.status !== 'queued' && build.status !== 'running')) return;
    await startBuild(db, buildId, job.attempts, this.now());
    const lease = setInterval(
      () => void extendJobLease(db, job.id, new Date(this.now().getTime() + this.leaseMs)).catch(() => {}),
      Math.max(1000, this.leaseMs / 3),
    );
    // Progress is written at most twice a second, one write at a time.
    let writing: Promise<void> = Promise.resolve();
    let lastWrite = 0;
    const onProgress = (p: { phase: string; done: number; total: number }) => {
      const t = Date.now();
      if (t - lastWrite < 500 && p.done !== p.total) return;
      lastWrite = t;
      writing = writing.then(() => updateProgress(db, buildId, p)).catch(() => {});
    };
    const run = this.options.runWorker ?? forkWorker;
    let outcome: Awaited<ReturnType<RunWorker>>;
    try {
      outcome = await run(
        {
          dataDir: this.layout.root,
          files: build.files.map((f) => f.name),
          ...(build.contract ? { contract: build.contract } : {}),
        },
        build.uploadDir,
        onProgress,
      );
    } catch (err) {
      outcome = { type: 'error', message: (err as Error).message };
    } finally {
      clearInterval(lease);
      await writing;
    }
    const now = this.now();
    if (outcome.type === 'result') {
      await finishBuild(
        db,
        buildId,
        { status: outcome.status === 'created' ? 'built' : 'unchanged', releaseId: outcome.releaseId },
        now,
      );
    } else if (outcome.type === 'input-error') {
      await finishBuild(
        db,
        buildId,
        {
          status: 'invalid',
          error: `Fout in de invoer: ${outcome.message}`,
          errorLocation: outcome.location,
        },
        now,
      );
    } else if (job.attempts >= this.maxAttempts) {
      await finishBuild(db, buildId, { status: 'failed', error: `Import mislukt: ${outcome.message}` }, now);
    } else {
      // Not the input's fault (a crash, a busy import lock): the job is tried again later.
      await recordRetryableError(db, buildId, `Import mislukt (poging ${job.attempts}): ${outcome.message}`);
      throw new Error(outcome.message);
    }
    rmSync(build.uploadDir, { recursive: true, force: true });
  }
}
