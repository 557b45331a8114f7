/**
 * Moves a validated data-contract table into the release database: its typed columns go to a temporary
 * table of code ids in DuckDB data chunks, the code dictionaries beside it, and one INSERT … SELECT
 * turns ids back into codes. No value passes through JS one row at a time as text.
 */
import {
  BOOLEAN,
  DOUBLE,
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDataChunk,
  type DuckDBType,
  INTEGER,
} from '@duckdb/node-api';
import type { ChunkedColumn } from '../sources/contracts/column-buffers.js';
import { AREA_KEY, FIRST_DIMENSION_KEY, PERIOD_KEY } from '../sources/contracts/fact-columns.js';
import type { ContractSource } from './manifest.js';
import type { ParsedInput } from './read-inputs.js';

type ContractInput = Extract<ParsedInput, { kind: 'contract' }>;

/** Dimension codes in the contract's column order, joined: the key of a fact within its area and period. */
export const DIMS_SEPARATOR = '|';

const VECTOR_ROWS = 2048; // DuckDB's vector size: the most rows a data chunk holds

const sqlText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

export async function loadFacts(
  conn: DuckDBConnection,
  input: ContractInput,
  importedAt: string,
): Promise<ContractSource> {
  const { table, divisions, demo } = input;
  const { columns } = table;
  const dataset = table.contract.id;
  const periods = columns.keys[PERIOD_KEY]?.codes ?? [];
  const municipalities = columns.keys[AREA_KEY]?.codes ?? [];

  await conn.run('CREATE OR REPLACE TEMP TABLE fact_code (key INTEGER, id INTEGER, code VARCHAR)');
  const codes = await conn.createAppender('fact_code', 'main', 'temp');
  for (const [k, key] of columns.keys.entries()) {
    for (const [id, code] of key.codes.entries()) {
      codes.appendInteger(k);
      codes.appendInteger(id);
      codes.appendVarchar(code);
      codes.endRow();
    }
  }
  codes.closeSync();

  const keyNames = columns.keys.map((_, k) => `k${k}`);
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE fact_raw (${keyNames.map((k) => `${k} INTEGER`).join(', ')}, value DOUBLE, provisional BOOLEAN)`,
  );
  const raw = await conn.createAppender('fact_raw', 'main', 'temp');
  appendColumns(
    raw,
    [...columns.keys.map(() => INTEGER), DOUBLE, BOOLEAN],
    [...columns.keys.map((k) => k.ids), columns.count, columns.provisional],
    [...columns.keys.map(() => undefined), undefined, (v: number) => v === 1],
  );
  raw.closeSync();

  const joins = keyNames.map((k, i) => `JOIN fact_code c${i} ON c${i}.key = ${i} AND c${i}.id = r.${k}`);
  const dims = keyNames.slice(FIRST_DIMENSION_KEY).map((_, d) => `c${FIRST_DIMENSION_KEY + d}.code`);
  await conn.run(`
    INSERT INTO fact
    SELECT ${sqlText(dataset)}, c${PERIOD_KEY}.code, c${AREA_KEY}.code,
           ${dims.length === 0 ? "''" : `concat_ws(${sqlText(DIMS_SEPARATOR)}, ${dims.join(', ')})`},
           r.value::BIGINT, r.provisional
    FROM fact_raw r ${joins.join(' ')}`);
  // Coverage: the (period, municipality) pairs that have rows. A municipality missing from one period
  // is not covered there (its areas are then not available), never taken as a delivered 0.
  await conn.run(`
    INSERT INTO fact_coverage
    SELECT ${sqlText(dataset)}, p.code, m.code
    FROM fact_raw r
    JOIN fact_code p ON p.key = ${PERIOD_KEY} AND p.id = r.${keyNames[PERIOD_KEY]}
    JOIN fact_code m ON m.key = ${AREA_KEY} AND m.id = r.${keyNames[AREA_KEY]}
    GROUP BY p.id, p.code, m.id, m.code
    ORDER BY p.id, m.id`);
  await conn.run('DROP TABLE fact_raw; DROP TABLE fact_code');

  const { rows, totals } = periodTotals(columns.keys[PERIOD_KEY]?.ids, columns.count, periods.length);
  const periodRows = await conn.createAppender('fact_period');
  for (const period of periods) {
    periodRows.appendVarchar(dataset);
    periodRows.appendVarchar(period);
    periodRows.appendVarchar(divisions.get(period) ?? '2025');
    periodRows.appendBoolean(demo);
    periodRows.appendVarchar(table.source.sha256);
    periodRows.endRow();
  }
  periodRows.closeSync();
  return {
    kind: 'contract',
    dataset,
    fileName: table.source.fileName,
    ...(table.source.sheet ? { sheet: table.source.sheet } : {}),
    bytes: table.source.bytes,
    sha256: table.source.sha256,
    // In order of first appearance in the file.
    periods: periods.map((period, id) => ({
      period,
      division: divisions.get(period) ?? '2025',
      rows: rows[id] as number,
      total: totals[id] as number,
    })),
    municipalities: municipalities.length,
    importedAt,
    demo,
  };
}

/** Rows and sum of counts per period id. */
function periodTotals(
  periodIds: ChunkedColumn<Int32Array> | undefined,
  counts: ChunkedColumn<Float64Array>,
  periods: number,
): { rows: Float64Array; totals: Float64Array } {
  const rows = new Float64Array(periods);
  const totals = new Float64Array(periods);
  if (!periodIds) return { rows, totals };
  const countChunks = counts.chunks();
  for (const ids of periodIds.chunks()) {
    const values = countChunks.next().value as Float64Array;
    for (let i = 0; i < ids.length; i++) {
      const p = ids[i] as number;
      rows[p] = (rows[p] as number) + 1;
      totals[p] = (totals[p] as number) + (values[i] as number);
    }
  }
  return { rows, totals };
}

/** Columns of equal length into the appender, one data chunk of at most 2048 rows at a time. */
function appendColumns(
  appender: DuckDBAppender,
  types: readonly DuckDBType[],
  columns: readonly ChunkedColumn<Int32Array | Float64Array | Uint8Array>[],
  convert: readonly (((value: number) => boolean) | undefined)[],
): void {
  const parts = columns.map((c) => [...c.chunks()]);
  const chunkCount = parts[0]?.length ?? 0;
  for (let p = 0; p < chunkCount; p++) {
    const length = parts[0]?.[p]?.length ?? 0;
    for (let start = 0; start < length; start += VECTOR_ROWS) {
      const n = Math.min(VECTOR_ROWS, length - start);
      const chunk = DuckDBDataChunk.create(types, n);
      for (const [c, column] of parts.entries()) {
        const values = column[p] as Int32Array | Float64Array | Uint8Array;
        const vector = chunk.getColumnVector(c);
        const to = convert[c];
        if (to) for (let i = 0; i < n; i++) vector.setItem(i, to(values[start + i] as number));
        else for (let i = 0; i < n; i++) vector.setItem(i, values[start + i] as number);
        vector.flush();
      }
      appender.appendDataChunk(chunk);
    }
  }
}
