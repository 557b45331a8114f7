/**
 * The dashboard's aggregates in DuckDB: sums of a contract dataset's area facts over code sets per
 * dimension, for some areas and periods, per year or per quarter; and the population on 1 January.
 * Codes and area ids come from the geography and the plans' key spaces, and are quoted all the same.
 */
import type { AreaLevel, Division } from '../domain/division.js';
import type { CodeSets } from '../report/disclosure/canonical.js';

export interface AreaRef {
  readonly level: AreaLevel;
  readonly nis: string;
}

export interface AggregateRequest {
  readonly division: Division;
  readonly dataset: string;
  /** The sums wanted: per dimension (in contract order) the codes that count, undefined = every code. */
  readonly sets: readonly CodeSets[];
  readonly areas: readonly AreaRef[];
  /** Periods as stored (quarters '2021-Q1' or years '2021'); with `byYear` quarters are summed per year. */
  readonly periods: readonly string[];
  readonly byYear: boolean;
}

export interface AggregateRow {
  readonly level: AreaLevel;
  readonly nis: string;
  readonly period: string;
  /** One sum per requested code set, in order. */
  readonly values: readonly number[];
  readonly provisional: boolean;
}

const quote = (v: string) => `'${v.replaceAll("'", "''")}'`;
const list = (values: Iterable<string>) => [...new Set(values)].map(quote).join(', ');

/** `(level = … AND area_nis IN (…)) OR …`, one term per level. */
export function areaCondition(areas: readonly AreaRef[]): string {
  const byLevel = new Map<string, string[]>();
  for (const a of areas) byLevel.set(a.level, [...(byLevel.get(a.level) ?? []), a.nis]);
  if (byLevel.size === 0) return 'false';
  return [...byLevel]
    .map(([level, codes]) => `(level = ${quote(level)} AND area_nis IN (${list(codes)}))`)
    .join(' OR ');
}

function setCondition(sets: CodeSets): string {
  const dims = sets.flatMap((codes, i) =>
    codes ? [`split_part(dims, '|', ${i + 1}) IN (${codes.length ? list(codes) : "''"})`] : [],
  );
  return dims.length ? dims.join(' AND ') : 'true';
}

/** The SQL of one request: one scan, one filtered sum per code set (also what the benchmark runs bare). */
export function aggregateSql(r: AggregateRequest): string {
  const period = r.byYear ? 'left(period, 4)' : 'period';
  const sums = r.sets.map((s, i) => `sum(value) FILTER (WHERE ${setCondition(s)})::BIGINT AS s${i}`);
  return `SELECT level, area_nis, ${period} AS p, bool_or(provisional), ${sums.join(', ')}
FROM area_fact
WHERE division = ${quote(r.division)} AND dataset = ${quote(r.dataset)} AND ${period} IN (${list(r.periods)})
  AND (${areaCondition(r.areas)})
GROUP BY ALL`;
}

export interface SqlRunner {
  query(sql: string): Promise<unknown[][]>;
}

export async function aggregate(db: SqlRunner, r: AggregateRequest): Promise<AggregateRow[]> {
  if (r.periods.length === 0 || r.areas.length === 0 || r.sets.length === 0) return [];
  const rows = await db.query(aggregateSql(r));
  return rows.map(([level, nis, period, provisional, ...values]) => ({
    level: level as AreaLevel,
    nis: String(nis),
    period: String(period),
    values: values.map((v) => Number(v ?? 0)),
    provisional: Boolean(provisional),
  }));
}

const populationCache = new WeakMap<object, Promise<Map<string, number>>>();

/**
 * Inhabitants on 1 January per division, level, area and year (Statbel's open figures): one small
 * table per release, read once (`division|level|nis|year` → inhabitants).
 */
export function populations(db: SqlRunner & object): Promise<Map<string, number>> {
  let hit = populationCache.get(db);
  if (!hit) {
    hit = db
      .query(
        'SELECT division, level, area_nis, year, sum(population)::BIGINT FROM area_population GROUP BY ALL',
      )
      .then((rows) => new Map(rows.map(([d, l, n, y, p]) => [`${d}|${l}|${n}|${y}`, Number(p)])));
    hit.catch(() => populationCache.delete(db));
    populationCache.set(db, hit);
  }
  return hit;
}

const demoCache = new WeakMap<object, Promise<Set<string>>>();

/** Which periods of which datasets are demonstration data (`dataset|period`), read once per release. */
export function demoPeriods(db: SqlRunner & object): Promise<Set<string>> {
  let hit = demoCache.get(db);
  if (!hit) {
    hit = db
      .query('SELECT dataset, period FROM fact_period WHERE demo')
      .then((rows) => new Set(rows.map(([d, p]) => `${d}|${p}`)));
    hit.catch(() => demoCache.delete(db));
    demoCache.set(db, hit);
  }
  return hit;
}
