/** Carries the data of years that are not re-imported over from the previous release. */
import type { DuckDBConnection } from '@duckdb/node-api';

const CARRIED_TABLES = ['population', 'year_division', 'municipality_as_written'] as const;

export async function copyPreviousYears(
  conn: DuckDBConnection,
  previousDatabase: string,
  replacedYears: readonly number[],
): Promise<void> {
  const escaped = previousDatabase.replaceAll("'", "''");
  await conn.run(`ATTACH '${escaped}' AS previous (READ_ONLY)`);
  const keep = replacedYears.length > 0 ? `WHERE year NOT IN (${replacedYears.join(', ')})` : '';
  for (const table of CARRIED_TABLES) {
    await conn.run(`INSERT INTO ${table} SELECT * FROM previous.${table} ${keep}`);
  }
  await conn.run('DETACH previous');
}
