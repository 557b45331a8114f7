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
    if (s.kind === 'contract') {
      for (const p of s.periods) {
        const where = `dataset = '${s.dataset}' AND period = '${p.period}'`;
        const total = await scalar(conn, `SELECT coalesce(sum(value), 0) FROM fact WHERE ${where}`);
        check(total === p.total, `${s.fileName} ${p.period}: ${total} stored, ${p.total} read`);
      }
      continue;
    }
    const sum = await scalar(
      conn,
      `SELECT coalesce(sum(population), 0) FROM population WHERE year = ${s.year}`,
    );
    check(sum === s.population, `${s.fileName}: ${sum} inhabitants stored, ${s.population} read`);
    const rows = await scalar(conn, `SELECT count(*) FROM population WHERE year = ${s.year}`);
    check(rows === s.rowsAfterSummingDuplicates, `${s.fileName}: ${rows} rows stored`);
    // Every division's region total must equal the sum over its own municipalities, when all are available.
    const totals = (
      await conn.runAndReadAll(`
        SELECT division, sum(population) FILTER (level = 'region'), sum(population) FILTER (level = 'municipality')
        FROM area_population WHERE year = ${s.year} GROUP BY division ORDER BY division`)
    ).getRows();
    check(totals.length === 2, `${s.fileName}: area figures for ${totals.length} of 2 divisions`);
    for (const [division, region, municipalities] of totals) {
      const unavailable = await scalar(
        conn,
        `SELECT count(*) FROM division_unavailable WHERE data_division = '${s.division}' AND division = '${division}' AND level = 'municipality'`,
      );
      check(Number(region) > 0, `${s.fileName}: no region total on division ${division}`);
      if (unavailable === 0) {
        check(
          Number(region) === Number(municipalities),
          `${s.fileName}: region ${region} ≠ municipalities ${municipalities} (${division})`,
        );
      }
    }
  }
}
