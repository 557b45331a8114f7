/** Moves a parsed Statbel table into the release database, summing duplicate keys. */
import { type DuckDBConnection, DuckDBDataChunk, INTEGER, UTINYINT } from '@duckdb/node-api';
import type { StatbelPopulationTable } from '../sources/statbel/population-file.js';

const CHUNK_ROWS = 2048; // DuckDB's vector size

async function appendRaw(conn: DuckDBConnection, table: StatbelPopulationTable): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE raw_population (
    nis INTEGER, sex UTINYINT, nationality UTINYINT, civil_status UTINYINT, age UTINYINT, population INTEGER)`);
  const appender = await conn.createAppender('raw_population', 'main', 'temp');
  const { nis, sex, nationality, civilStatus, age, population } = table.columns;
  const columns = [nis, sex, nationality, civilStatus, age, population];
  const types = [INTEGER, UTINYINT, UTINYINT, UTINYINT, UTINYINT, INTEGER];
  for (let start = 0; start < table.rowCount; start += CHUNK_ROWS) {
    const end = Math.min(table.rowCount, start + CHUNK_ROWS);
    const chunk = DuckDBDataChunk.create(types, end - start);
    // Item by item into the chunk's typed vectors: no intermediate JS arrays.
    columns.forEach((values, c) => {
      const vector = chunk.getColumnVector(c);
      for (let i = start; i < end; i++) vector.setItem(i - start, values[i] as number);
      vector.flush();
    });
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

/** Returns the number of rows after summing duplicates (Statbel writes age 100+ as several rows). */
export async function loadPopulation(conn: DuckDBConnection, table: StatbelPopulationTable): Promise<number> {
  await appendRaw(conn, table);
  const year = Number(table.year);
  const reader = await conn.runAndReadAll(`
    INSERT INTO population
    SELECT ${year}, lpad(nis::VARCHAR, 5, '0'), (CASE sex WHEN 1 THEN 'M' ELSE 'F' END)::sex_code,
           (CASE nationality WHEN 1 THEN 'BEL' ELSE 'ETR' END)::nationality_code, civil_status, age,
           sum(population)::INTEGER
    FROM raw_population GROUP BY nis, sex, nationality, civil_status, age`);
  await conn.run('DROP TABLE raw_population');
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

export async function loadMunicipalitiesAsWritten(
  conn: DuckDBConnection,
  table: StatbelPopulationTable,
): Promise<void> {
  const appender = await conn.createAppender('municipality_as_written');
  for (const [nis, m] of table.municipalities) {
    appender.appendSmallInt(Number(table.year));
    appender.appendVarchar(nis);
    appender.appendVarchar(m.nameNl);
    appender.appendVarchar(m.arrondissement);
    if (m.province === null) appender.appendNull();
    else appender.appendVarchar(m.province);
    appender.appendVarchar(m.region);
    appender.endRow();
  }
  appender.closeSync();
}
