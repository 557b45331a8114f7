/** Fills a new release database: carried-over years, new files, areas; then verifies it. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Logger } from '../domain/effects.js';
import type { Geography } from '../geo/index.js';
import { copyPreviousYears } from './copy-previous.js';
import { loadMunicipalitiesAsWritten, loadPopulation } from './load-population.js';
import type { ManifestSource } from './manifest.js';
import type { ParsedInput } from './read-inputs.js';
import { RELEASE_TABLES_SQL } from './schema-sql.js';
import { verifyRelease } from './verify.js';
import { writeAreas } from './write-areas.js';

export interface BuildDatabaseInput {
  readonly inputs: readonly ParsedInput[];
  readonly previous?: { readonly database: string; readonly sources: readonly ManifestSource[] };
  readonly geo: Geography;
  readonly logger: Logger;
  readonly importedAt: string;
}

const COUNTED_TABLES = [
  'population',
  'municipality_as_written',
  'area_member',
  'area_unavailable',
  'area_population',
];

function sumOf(values: Int32Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Returns the manifest's sources (all years) and table row counts. */
export async function buildDatabase(
  conn: DuckDBConnection,
  { inputs, previous, geo, logger, importedAt }: BuildDatabaseInput,
): Promise<{ sources: ManifestSource[]; tables: Record<string, number> }> {
  await conn.run(RELEASE_TABLES_SQL);
  const newYears = inputs.map((i) => Number(i.table.year));
  if (previous) await copyPreviousYears(conn, previous.database, newYears);

  const newSources: ManifestSource[] = [];
  for (const { table, division } of inputs) {
    logger.info(`Opslaan: ${table.source.fileName} (${table.rowCount} rijen, indeling ${division})`);
    const rows = await loadPopulation(conn, table);
    await loadMunicipalitiesAsWritten(conn, table);
    await conn.run(
      `INSERT INTO year_division VALUES (${table.year}, '${division}', '${table.source.sha256}')`,
    );
    newSources.push({
      kind: 'statbel_pop_struct',
      fileName: table.source.fileName,
      ...(table.source.member ? { member: table.source.member } : {}),
      bytes: table.source.bytes,
      sha256: table.source.sha256,
      year: table.year,
      referenceDate: `${table.year}-01-01`,
      division,
      rowsRead: table.rowCount,
      rowsAfterSummingDuplicates: rows,
      population: sumOf(table.columns.population.subarray(0, table.rowCount)),
      municipalities: table.municipalities.size,
      importedAt,
      demo: false,
    });
  }
  logger.info('Gebieden berekenen: gemeenten, arrondissementen, provincies en gewest, op beide indelingen');
  await writeAreas(conn, geo);
  const carried = (previous?.sources ?? []).filter((s) => !newYears.includes(s.year));
  const sources = [...carried, ...newSources].sort((a, b) => a.year - b.year);
  await verifyRelease(conn, sources);

  const tables: Record<string, number> = {};
  for (const t of COUNTED_TABLES) {
    tables[t] = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${t}`)).getRows()[0]?.[0]);
  }
  await conn.run('CHECKPOINT');
  return { sources, tables };
}
