/** Checks a freshly built release before it may become active. Throws on the first problem. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ManifestSource } from './manifest.js';

async function scalar(conn: DuckDBConnection, sql: string): Promise<number> {
  const rows = (await conn.runAndReadAll(sql)).getRows();
  return Number(rows[0]?.[0] ?? 0);
}

export class ReleaseVerificationError extends Error {
  override name = 'ReleaseVerificationError';
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new ReleaseVerificationError(`release check failed: ${message}`);
}

export async function verifyRelease(
  conn: DuckDBConnection,
  sources: readonly ManifestSource[],
): Promise<void> {
  for (const s of sources) {
    const sum = await scalar(
      conn,
      `SELECT coalesce(sum(population), 0) FROM population WHERE year = ${s.year}`,
    );
    check(sum === s.population, `${s.fileName}: ${sum} inhabitants stored, ${s.population} read`);
    const rows = await scalar(conn, `SELECT count(*) FROM population WHERE year = ${s.year}`);
    check(rows === s.rowsAfterSummingDuplicates, `${s.fileName}: ${rows} rows stored`);
    for (const division of ['2019-2024', '2025']) {
      // Every division's region total must equal the sum over its own municipalities.
      const region = await scalar(
        conn,
        `SELECT coalesce(sum(population), 0) FROM area_population
         WHERE year = ${s.year} AND division = '${division}' AND level = 'region'`,
      );
      const municipalities = await scalar(
        conn,
        `SELECT coalesce(sum(population), 0) FROM area_population
         WHERE year = ${s.year} AND division = '${division}' AND level = 'municipality'`,
      );
      const unavailable = await scalar(
        conn,
        `SELECT count(*) FROM area_unavailable WHERE year = ${s.year} AND division = '${division}' AND level = 'municipality'`,
      );
      check(region > 0, `${s.fileName}: no region total on division ${division}`);
      if (unavailable === 0) {
        check(
          region === municipalities,
          `${s.fileName}: region ${region} ≠ municipalities ${municipalities} (${division})`,
        );
      }
    }
  }
  const orphans = await scalar(
    conn,
    'SELECT count(*) FROM area_member m LEFT JOIN year_division y USING (year) WHERE y.year IS NULL',
  );
  check(orphans === 0, `${orphans} area memberships for years without data`);
}
