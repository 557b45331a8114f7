/** Carries the data of years and contract periods that are not re-imported over from the previous release. */
import type { DuckDBConnection } from '@duckdb/node-api';

export interface Replaced {
  readonly years: readonly number[];
  /** `dataset|period` keys of contract data being replaced. */
  readonly periods: readonly string[];
}

function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');
}

export async function copyPreviousData(
  conn: DuckDBConnection,
  previousDatabase: string,
  replaced: Replaced,
): Promise<void> {
  await conn.run(`ATTACH '${previousDatabase.replaceAll("'", "''")}' AS previous (READ_ONLY)`);
  const keepYears = replaced.years.length > 0 ? `WHERE year NOT IN (${replaced.years.join(', ')})` : '';
  for (const table of ['population', 'year_division', 'municipality_as_written']) {
    await conn.run(`INSERT INTO ${table} SELECT * FROM previous.${table} ${keepYears}`);
  }
  const keepPeriods =
    replaced.periods.length > 0 ? `WHERE dataset || '|' || period NOT IN (${sqlList(replaced.periods)})` : '';
  for (const table of ['fact', 'fact_period', 'fact_coverage']) {
    await conn.run(`INSERT INTO ${table} SELECT * FROM previous.${table} ${keepPeriods}`);
  }
  await conn.run('DETACH previous');
}
