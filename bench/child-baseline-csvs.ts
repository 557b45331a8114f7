/** Baseline: DuckDB's bare read_csv of the same files (the Statbel text and every demo CSV), counting rows. */
import { DuckDBInstance } from '@duckdb/node-api';
import { peakRssMb } from './measure.js';

const [statbel, ...csvs] = process.argv.slice(2);
const start = performance.now();
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const q = (p: string) => p.replaceAll("'", "''");
await conn.run(
  `CREATE TABLE s AS SELECT CD_REFNIS, CD_SEX, CD_NATLTY, CD_CIV_STS, CD_AGE, sum(MS_POPULATION) AS n FROM read_csv('${q(String(statbel))}', delim='|', header=true) GROUP BY ALL`,
);
for (const [i, f] of csvs.entries())
  await conn.run(`CREATE TABLE c${i} AS SELECT * FROM read_csv('${q(f)}', header=true)`);
const ms = performance.now() - start;
conn.closeSync();
db.closeSync();
console.log(JSON.stringify({ ms, peakRssMb: peakRssMb() }));
