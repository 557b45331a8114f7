/**
 * Runs due jobs on this node: polls the job table, and is kicked right after a transaction queued one.
 * Each job kind has one handler; a handler that throws is retried with a growing pause, at most
 * `maxAttempts` times. Several nodes may run a runner on one database: claims never overlap.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../domain/effects.js';
import type { Database } from '../store/tables.js';
import { claimJob, deleteFinishedJobs, failJob, finishJob, type Job } from './repository.js';

/** How often a job is tried before it is given up (with pauses of 10 s, 20 s, … about 21 minutes). */
export const MAX_ATTEMPTS = 8;

export type JobHandler = (job: Job) => Promise<void>;

export interface RunnerOptions {
  readonly now?: () => Date;
  readonly leaseMs?: number;
  readonly pollMs?: number;
  readonly maxAttempts?: number;
  readonly logger?: Logger;
  /** Work done now and then besides jobs (purging ended sessions and the like). */
  readonly housekeeping?: () => Promise<void>;
}

export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** Set by stop(): a runDue in progress ends after its current job. */
  private closing = false;
  private lastHousekeeping = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    private readonly options: RunnerOptions = {},
  ) {}

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Run due jobs soon (after a commit that queued one). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.runDue()
      .then(() => undefined)
      .catch((err: Error) => this.options.logger?.warn(`taken: ${err.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.kick();
        } else this.timer = setTimeout(() => this.kick(), this.options.pollMs ?? 2000);
      });
  }

  /** Runs every due job once; returns how many ran (tests call this directly). */
  async runDue(): Promise<number> {
    const now = this.options.now ?? (() => new Date());
    const leaseMs = this.options.leaseMs ?? 60_000;
    const maxAttempts = this.options.maxAttempts ?? MAX_ATTEMPTS;
    let ran = 0;
    for (;;) {
      const job = await claimJob(this.db, Object.keys(this.handlers), now(), leaseMs);
      if (!job) break;
      ran++;
      const handler = this.handlers[job.kind];
      try {
        if (!handler) throw new Error(`geen verwerking voor taak ${job.kind}`);
        await handler(job);
        await finishJob(this.db, job.id, now());
      } catch (err) {
        const message = (err as Error).message;
        const retry =
          job.attempts < maxAttempts ? new Date(now().getTime() + 2 ** job.attempts * 5_000) : undefined;
        await failJob(this.db, job.id, message, now(), retry);
        this.options.logger?.warn(`taak ${job.kind} #${job.id} mislukt (poging ${job.attempts}): ${message}`);
      }
      if (this.closing) break;
    }
    await this.housekeep(now());
    return ran;
  }

  private async housekeep(now: Date): Promise<void> {
    if (now.getTime() - this.lastHousekeeping < 3600_000) return;
    this.lastHousekeeping = now.getTime();
    await deleteFinishedJobs(this.db, new Date(now.getTime() - 30 * 86400_000));
    await this.options.housekeeping?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.closing = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
