/** Loads the area facts of all data-contract datasets for a few areas of one division, in three queries. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Division } from '../domain/division.js';
import { type AreaFacts, areaKey } from '../indicators/area-facts.js';
import { FactTable } from '../indicators/fact-table.js';
import { DIMS_SEPARATOR } from './load-facts.js';

export interface AreaRefKey {
  readonly level: string;
  readonly nis: string;
}

const list = (values: Iterable<string>) =>
  [...new Set(values)].map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');

/** Registers every period of the contract datasets (whatever the areas). */
export async function loadContractPeriods(conn: DuckDBConnection, facts: AreaFacts): Promise<void> {
  for (const [dataset, period, demo] of (
    await conn.runAndReadAll('SELECT dataset, period, demo FROM fact_period')
  ).getRows()) {
    if (facts.datasets.has(String(dataset))) facts.addPeriod(String(dataset), String(period), Boolean(demo));
  }
}

export async function loadContractFacts(
  conn: DuckDBConnection,
  facts: AreaFacts,
  division: Division,
  areas: readonly AreaRefKey[],
): Promise<void> {
  const wanted = new Set(areas.map((a) => areaKey(a.level, a.nis)));
  const codes = list(areas.map((a) => a.nis));
  const datasets = list(facts.datasets.keys());
  await loadContractPeriods(conn, facts);
  const status = await conn.runAndReadAll(
    `SELECT level, area_nis, dataset, period, complete FROM area_fact_status WHERE division = '${division}' AND dataset IN (${datasets}) AND area_nis IN (${codes})`,
  );
  const complete = new Set<string>();
  for (const [level, nis, dataset, period, ok] of status.getRows()) {
    const area = areaKey(String(level), String(nis));
    const d = facts.datasets.get(String(dataset));
    if (!wanted.has(area) || !d) continue;
    if (ok) {
      complete.add(`${dataset}|${period}|${area}`);
      facts.set(String(dataset), String(period), area, new FactTable(d));
    } else
      facts.set(String(dataset), String(period), area, {
        missing: 'niet alle gemeenten van dit gebied leverden cijfers aan',
      });
  }
  const rows = await conn.runAndReadAll(
    `SELECT level, area_nis, dataset, period, dims, value, provisional FROM area_fact WHERE division = '${division}' AND dataset IN (${datasets}) AND area_nis IN (${codes})`,
  );
  for (const [level, nis, dataset, period, dims, value, provisional] of rows.getRows()) {
    const table = facts.get(String(dataset), String(period), areaKey(String(level), String(nis)));
    if (!table || 'missing' in table) continue;
    table.add(String(dims).split(DIMS_SEPARATOR), Number(value));
    if (provisional) table.provisional = true;
  }
  // Areas the data's division cannot be mapped onto (a merger cuts across them) say why.
  const reasons = await conn.runAndReadAll(`
    SELECT u.level, u.area_nis, fp.dataset, fp.period, u.reason FROM division_unavailable u
    JOIN fact_period fp ON fp.division = u.data_division
    WHERE u.division = '${division}' AND fp.dataset IN (${datasets}) AND u.area_nis IN (${codes})`);
  for (const [level, nis, dataset, period, reason] of reasons.getRows()) {
    const area = areaKey(String(level), String(nis));
    if (wanted.has(area) && facts.datasets.has(String(dataset)))
      facts.set(String(dataset), String(period), area, { missing: String(reason) });
  }
}
