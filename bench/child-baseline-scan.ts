/** Baseline: DuckDB's own read_csv + GROUP BY over the same Statbel text file (no validation). */
import { DuckDBInstance } from '@duckdb/node-api';
import { peakRssMb } from './measure.js';

const [file] = process.argv.slice(2);
const start = performance.now();
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const path = String(file).replaceAll("'", "''");
await conn.run(`CREATE TABLE population AS
  SELECT CD_REFNIS, CD_SEX, CD_NATLTY, CD_CIV_STS, CD_AGE, sum(MS_POPULATION) AS population
  FROM read_csv('${path}', delim='|', header=true) GROUP BY ALL`);
const ms = performance.now() - start;
conn.closeSync();
db.closeSync();
console.log(JSON.stringify({ ms, peakRssMb: peakRssMb() }));
