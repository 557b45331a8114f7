/** Fills a new release database: carried-over data, new files, areas; then verifies it. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Logger } from '../domain/effects.js';
import type { Geography } from '../geo/index.js';
import { copyPreviousData } from './copy-previous.js';
import { loadFacts } from './load-facts.js';
import { loadMunicipalitiesAsWritten, loadPopulation } from './load-population.js';
import type { ManifestSource, StatbelSource } from './manifest.js';
import type { ParsedInput } from './read-inputs.js';
import { RELEASE_TABLES_SQL } from './schema-sql.js';
import { verifyRelease } from './verify.js';
import { writeAreas } from './write-areas.js';
import { checkYearChange } from './year-change.js';

export interface BuildDatabaseInput {
  readonly inputs: readonly ParsedInput[];
  readonly previous?: { readonly database: string; readonly sources: readonly ManifestSource[] };
  readonly geo: Geography;
  readonly logger: Logger;
  readonly importedAt: string;
  /** Accept a change against the previous year beyond the plausibility bounds (`--accept-change`). */
  readonly acceptChange?: boolean;
}

const COUNTED_TABLES = ['population', 'area_population', 'fact', 'area_fact', 'division_member'];

function sumOf(values: Int32Array): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

type StatbelInput = Extract<ParsedInput, { kind: 'statbel' }>;

async function loadStatbel(
  conn: DuckDBConnection,
  { table, division }: StatbelInput,
  importedAt: string,
): Promise<StatbelSource> {
  const rows = await loadPopulation(conn, table);
  await loadMunicipalitiesAsWritten(conn, table);
  await conn.run(`INSERT INTO year_division VALUES (${table.year}, '${division}', '${table.source.sha256}')`);
  return {
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
  };
}

/** Which carried-over sources are entirely replaced by the new inputs. */
function stillCarried(
  source: ManifestSource,
  years: readonly number[],
  periods: ReadonlySet<string>,
): boolean {
  if (source.kind === 'statbel_pop_struct') return !years.includes(source.year);
  return source.periods.some((p) => !periods.has(`${source.dataset}|${p.period}`));
}

/** Returns the manifest's sources (all data in the release) and table row counts. */
export async function buildDatabase(
  conn: DuckDBConnection,
  { inputs, previous, geo, logger, importedAt, acceptChange }: BuildDatabaseInput,
): Promise<{ sources: ManifestSource[]; tables: Record<string, number> }> {
  await conn.run(RELEASE_TABLES_SQL);
  const years = inputs.flatMap((i) => (i.kind === 'statbel' ? [Number(i.table.year)] : []));
  const periods = new Set(
    inputs.flatMap((i) =>
      i.kind === 'contract' ? i.table.periods.map((p) => `${i.table.contract.id}|${p}`) : [],
    ),
  );
  if (previous) await copyPreviousData(conn, previous.database, { years, periods: [...periods] });

  const newSources: ManifestSource[] = [];
  for (const input of inputs) {
    const name = input.table.source.fileName;
    logger.info(`Opslaan: ${name}${input.kind === 'contract' ? ` (${input.table.rowCount} rijen)` : ''}`);
    newSources.push(
      input.kind === 'statbel'
        ? await loadStatbel(conn, input, importedAt)
        : await loadFacts(conn, input, importedAt),
    );
  }
  logger.info('Gebieden berekenen: gemeenten, arrondissementen, provincies en gewest, op beide indelingen');
  await writeAreas(conn, geo);
  for (const input of inputs) {
    if (input.kind !== 'statbel') continue;
    const where = { year: Number(input.table.year), division: input.division, file: input.table.source.path };
    await checkYearChange(conn, where, geo, logger, acceptChange === true);
  }
  const carried = (previous?.sources ?? []).filter((s) => stillCarried(s, years, periods));
  const sources = [...carried, ...newSources];
  await verifyRelease(conn, sources);

  const tables: Record<string, number> = {};
  for (const t of COUNTED_TABLES) {
    tables[t] = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${t}`)).getRows()[0]?.[0]);
  }
  await conn.run('CHECKPOINT');
  return { sources, tables };
}
