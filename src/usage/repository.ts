/** The usage module's only SQL: one upsert per flush, and the sums the overview reads. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../store/tables.js';
import type { UsageEventKind } from './events.js';

export interface UsageCount {
  readonly day: string;
  readonly nis: string;
  readonly event: UsageEventKind;
  readonly own: boolean;
  readonly hits: number;
  readonly lastAt: Date;
}

/** Adds counts in one statement (one row per key): concurrent nodes add up, never overwrite. */
export async function addUsage(db: Kysely<Database>, counts: readonly UsageCount[]): Promise<void> {
  if (counts.length === 0) return;
  await db
    .insertInto('usage_daily')
    .values(
      counts.map((c) => ({
        day: c.day,
        nis: c.nis,
        event: c.event,
        own: c.own,
        hits: c.hits,
        last_at: c.lastAt,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['day', 'nis', 'event', 'own']).doUpdateSet({
        hits: sql`usage_daily.hits + excluded.hits`,
        last_at: sql`greatest(usage_daily.last_at, excluded.last_at)`,
      }),
    )
    .execute();
}

export interface UsageSum {
  readonly nis: string;
  readonly event: UsageEventKind;
  readonly own: boolean;
  readonly hits: number;
  readonly lastAt: Date;
}

/** Sums per municipality, kind and audience over the days `from` to `to` (inclusive, 'YYYY-MM-DD'). */
export async function usageByMunicipality(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<UsageSum[]> {
  const rows = await db
    .selectFrom('usage_daily')
    .select([
      'nis',
      'event',
      'own',
      sql<number>`cast(sum(hits) as integer)`.as('hits'),
      sql<Date>`max(last_at)`.as('last_at'),
    ])
    .where(sql<boolean>`day between cast(${from} as date) and cast(${to} as date)`)
    .groupBy(['nis', 'event', 'own'])
    .execute();
  return rows.map((r) => ({
    nis: r.nis,
    event: r.event,
    own: r.own,
    hits: r.hits,
    lastAt: new Date(r.last_at),
  }));
}

/** When each municipality's own officers last used its figures (any time, any kind). */
export async function lastOwnUse(db: Kysely<Database>): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom('usage_daily')
    .select(['nis', sql<Date>`max(last_at)`.as('last_at')])
    .where('own', '=', true)
    .groupBy('nis')
    .execute();
  return new Map(rows.map((r) => [r.nis, new Date(r.last_at)]));
}

export interface MonthSum {
  /** 'YYYY-MM' */
  readonly month: string;
  readonly event: UsageEventKind;
  readonly own: boolean;
  readonly hits: number;
}

export async function usageByMonth(db: Kysely<Database>, from: string, to: string): Promise<MonthSum[]> {
  const month = sql<string>`to_char(day, 'YYYY-MM')`;
  return db
    .selectFrom('usage_daily')
    .select([month.as('month'), 'event', 'own', sql<number>`cast(sum(hits) as integer)`.as('hits')])
    .where(sql<boolean>`day between cast(${from} as date) and cast(${to} as date)`)
    .groupBy([month, 'event', 'own'])
    .orderBy('month')
    .execute();
}

/** Per month: how many municipalities' own officers used their figures (any kind). */
export async function ownMunicipalitiesByMonth(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<Map<string, number>> {
  const month = sql<string>`to_char(day, 'YYYY-MM')`;
  const rows = await db
    .selectFrom('usage_daily')
    .select([month.as('month'), sql<number>`cast(count(distinct nis) as integer)`.as('n')])
    .where('own', '=', true)
    .where(sql<boolean>`day between cast(${from} as date) and cast(${to} as date)`)
    .groupBy(month)
    .execute();
  return new Map(rows.map((r) => [r.month, r.n]));
}

/** How many municipalities' own officers opened their report between `from` and `to`. */
export async function municipalitiesViewedByOwn(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<number> {
  const row = await db
    .selectFrom('usage_daily')
    .select(sql<number>`cast(count(distinct nis) as integer)`.as('n'))
    .where('own', '=', true)
    .where('event', '=', 'view')
    .where(sql<boolean>`day between cast(${from} as date) and cast(${to} as date)`)
    .executeTakeFirstOrThrow();
  return row.n;
}
