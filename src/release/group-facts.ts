/**
 * The facts of a group of municipalities (the similar municipalities of a report), summed in the
 * database: one aggregated query per kind of data instead of loading every member. A contract period
 * counts for the group only when every member delivered it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Division } from '../domain/division.js';
import type { AreaFacts } from '../indicators/area-facts.js';
import { POPULATION_DATASET_ID } from '../indicators/dataset.js';
import { FactTable } from '../indicators/fact-table.js';
import { DIMS_SEPARATOR } from './load-facts.js';

const list = (values: Iterable<string>) =>
  [...new Set(values)].map((v) => `'${v.replaceAll("'", "''")}'`).join(', ');

export async function loadGroupFacts(
  conn: DuckDBConnection,
  facts: AreaFacts,
  division: Division,
  groupKey: string,
  members: readonly string[],
  years: readonly number[],
): Promise<void> {
  const codes = list(members);
  const population = facts.datasets.get(POPULATION_DATASET_ID);
  if (population) {
    const byYear = new Map<number, FactTable>();
    // A year counts only when every member has population figures for it.
    const covered = await conn.runAndReadAll(
      `SELECT year FROM area_population
       WHERE division = '${division}' AND level = 'municipality' AND area_nis IN (${codes})
       GROUP BY year HAVING count(DISTINCT area_nis) = ${members.length}`,
    );
    for (const [year] of covered.getRows()) byYear.set(Number(year), new FactTable(population));
    const rows = await conn.runAndReadAll(
      `SELECT year, sex, nationality, age, sum(population) FROM area_population
       WHERE division = '${division}' AND level = 'municipality' AND area_nis IN (${codes})
       GROUP BY ALL`,
    );
    for (const [year, sex, nationality, age, count] of rows.getRows())
      byYear.get(Number(year))?.add([String(sex), String(nationality), String(age)], Number(count));
    for (const year of years) {
      const table = byYear.get(year);
      facts.set(
        POPULATION_DATASET_ID,
        `${year}-01-01`,
        groupKey,
        table ?? { missing: `geen cijfers voor ${year}` },
      );
    }
  }
  const datasets = list([...facts.datasets.keys()].filter((d) => d !== POPULATION_DATASET_ID));
  if (datasets === '') return;
  const status = await conn.runAndReadAll(
    `SELECT dataset, period, count(*) = ${members.length} AND bool_and(complete) FROM area_fact_status
     WHERE division = '${division}' AND level = 'municipality' AND area_nis IN (${codes}) AND dataset IN (${datasets})
     GROUP BY ALL`,
  );
  for (const [dataset, period, complete] of status.getRows()) {
    const d = facts.datasets.get(String(dataset));
    if (!d) continue;
    facts.set(
      String(dataset),
      String(period),
      groupKey,
      complete ? new FactTable(d) : { missing: 'niet alle gemeenten van de groep leverden cijfers aan' },
    );
  }
  const rows = await conn.runAndReadAll(
    `SELECT dataset, period, dims, sum(value), bool_or(provisional) FROM area_fact
     WHERE division = '${division}' AND level = 'municipality' AND area_nis IN (${codes}) AND dataset IN (${datasets})
     GROUP BY ALL`,
  );
  for (const [dataset, period, dims, value, provisional] of rows.getRows()) {
    const table = facts.get(String(dataset), String(period), groupKey);
    if (!table || 'missing' in table) continue;
    table.add(String(dims).split(DIMS_SEPARATOR), Number(value));
    if (provisional) table.provisional = true;
  }
}
