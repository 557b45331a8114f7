/**
 * Counts use in memory and writes it in batches: `record` only adds to a map (it never waits, never
 * throws), a flush writes every key in one upsert (repository.ts) every few seconds or when the map
 * grows large. A failed write is logged and its counts are kept for the next flush (up to a limit,
 * then dropped with a warning), so neither a slow nor a broken store ever reaches a request.
 */
import type { Logger } from '../domain/effects.js';
import { brusselsDay } from './days.js';
import type { UsageEventKind } from './events.js';
import type { UsageCount } from './repository.js';

export interface UsageEvent {
  /** A municipality of the 2025 division. */
  readonly nis: string;
  readonly event: UsageEventKind;
  readonly own: boolean;
}

export interface UsageCounterOptions {
  /** Writes one batch (addUsage on the store in production). */
  readonly write: (counts: readonly UsageCount[]) => Promise<void>;
  readonly now?: () => Date;
  readonly logger?: Pick<Logger, 'warn'>;
  /** Flush at least this often (ms); 0: only on demand. */
  readonly intervalMs?: number;
  /** Flush as soon as this many distinct keys wait. */
  readonly batchKeys?: number;
  /** Keys kept across failed writes; beyond, counts are dropped (and said so). */
  readonly maxKeys?: number;
}

interface Pending {
  day: string;
  nis: string;
  event: UsageEventKind;
  own: boolean;
  hits: number;
  lastAt: Date;
}

export class UsageCounter {
  private pending = new Map<string, Pending>();
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => Date;
  private readonly batchKeys: number;
  private readonly maxKeys: number;
  /** Counts written, and counts lost to failed writes beyond `maxKeys` (for tests and the log). */
  written = 0;
  dropped = 0;

  constructor(private readonly options: UsageCounterOptions) {
    this.now = options.now ?? (() => new Date());
    this.batchKeys = options.batchKeys ?? 500;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  /** Starts the periodic flush (the timer never keeps the process alive). */
  start(): void {
    const ms = this.options.intervalMs ?? 5000;
    if (ms <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.flush(), ms);
    this.timer.unref();
  }

  /** Adds one use; returns at once. */
  record(event: UsageEvent): void {
    try {
      const at = this.now();
      this.add(brusselsDay(at), event.nis, event.event, event.own, 1, at);
      if (this.pending.size >= this.batchKeys && !this.flushing) void this.flush();
    } catch (error) {
      this.options.logger?.warn(`gebruik niet geteld: ${(error as Error).message}`);
    }
  }

  /** Counts waiting to be written. */
  get waiting(): number {
    let n = 0;
    for (const p of this.pending.values()) n += p.hits;
    return n;
  }

  /** Writes what waits (one batch at a time); resolves when written or, on failure, put back. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.options
      .write(batch)
      .then(() => {
        for (const p of batch) this.written += p.hits;
      })
      .catch((error: unknown) => {
        for (const p of batch) this.add(p.day, p.nis, p.event, p.own, p.hits, p.lastAt);
        this.options.logger?.warn(
          `gebruikstellingen niet weggeschreven (${batch.length} sleutels, later opnieuw): ${(error as Error).message}`,
        );
      })
      .finally(() => {
        this.flushing = undefined;
      });
    await this.flushing;
  }

  /** Stops the timer and writes what is left (once; a failure is logged, not thrown). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private add(
    day: string,
    nis: string,
    event: UsageEventKind,
    own: boolean,
    hits: number,
    lastAt: Date,
  ): void {
    const key = `${day}|${nis}|${event}|${own ? 1 : 0}`;
    const known = this.pending.get(key);
    if (known) {
      known.hits += hits;
      if (lastAt.getTime() > known.lastAt.getTime()) known.lastAt = lastAt;
      return;
    }
    if (this.pending.size >= this.maxKeys) {
      this.dropped += hits;
      return;
    }
    this.pending.set(key, { day, nis, event, own, hits, lastAt });
  }
}
