/**
 * Usage monitoring: the counter the web hook records into (flushed to `usage_daily`) and what the
 * overview and the home page read. The home page's figure is kept for ten minutes, so the start
 * page never waits for the store.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../domain/effects.js';
import type { Database } from '../store/tables.js';
import { UsageCounter } from './counter.js';
import { brusselsDay, monthsBetween, twelveMonthsBefore, yearBefore } from './days.js';
import {
  adoptionCounts,
  type MunicipalityRef,
  monthRows,
  municipalityRows,
  type UsageOverview,
} from './overview.js';
import {
  addUsage,
  lastOwnUse,
  municipalitiesViewedByOwn,
  ownMunicipalitiesByMonth,
  usageByMonth,
  usageByMunicipality,
} from './repository.js';

const SUMMARY_TTL_MS = 10 * 60 * 1000;

export class Usage {
  readonly counter: UsageCounter;
  private summary: { value: number; at: number } | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    logger?: Logger,
    flushIntervalMs?: number,
  ) {
    this.counter = new UsageCounter({
      write: (counts) => addUsage(db, counts),
      now,
      ...(logger ? { logger } : {}),
      ...(flushIntervalMs !== undefined ? { intervalMs: flushIntervalMs } : {}),
    });
  }

  /** The overview of the last 12 months for the given municipalities (in their order). */
  async overview(municipalities: readonly MunicipalityRef[]): Promise<UsageOverview> {
    const to = brusselsDay(this.now());
    const from = yearBefore(to);
    const monthsFrom = twelveMonthsBefore(to);
    const [sums, last, months, ownByMonth] = await Promise.all([
      usageByMunicipality(this.db, from, to),
      lastOwnUse(this.db),
      usageByMonth(this.db, monthsFrom, to),
      ownMunicipalitiesByMonth(this.db, monthsFrom, to),
    ]);
    const rows = municipalityRows(municipalities, sums, last);
    return {
      from,
      to,
      rows,
      months: monthRows(monthsBetween(monthsFrom, to), months, ownByMonth),
      counts: adoptionCounts(rows),
    };
  }

  /** How many municipalities' own officers opened their report in the last 12 months. */
  async municipalitiesViewedByOwn(): Promise<number> {
    const to = brusselsDay(this.now());
    return municipalitiesViewedByOwn(this.db, yearBefore(to), to);
  }

  /**
   * The home page's figure without waiting: the last value known (refreshed in the background when
   * older than ten minutes), undefined until the first read has finished or when the store fails.
   */
  cachedSummary(): number | undefined {
    const fresh = this.summary && this.now().getTime() - this.summary.at < SUMMARY_TTL_MS;
    if (!fresh && !this.refreshing) {
      this.refreshing = this.municipalitiesViewedByOwn()
        .then((value) => {
          this.summary = { value, at: this.now().getTime() };
        })
        .catch(() => undefined)
        .finally(() => {
          this.refreshing = undefined;
        });
    }
    return this.summary?.value;
  }

  /** Waits for a background refresh of the summary (tests, and warming at start). */
  async refreshSummary(): Promise<number | undefined> {
    this.summary = undefined;
    this.cachedSummary();
    await this.refreshing;
    return this.cachedSummary();
  }
}
