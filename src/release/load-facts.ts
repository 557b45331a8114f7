/** Moves a validated data-contract table into the release database. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ContractSource } from './manifest.js';
import type { ParsedInput } from './read-inputs.js';

type ContractInput = Extract<ParsedInput, { kind: 'contract' }>;

/** Dimension codes in the contract's column order, joined: the key of a fact within its area and period. */
export const DIMS_SEPARATOR = '|';

export async function loadFacts(
  conn: DuckDBConnection,
  input: ContractInput,
  importedAt: string,
): Promise<ContractSource> {
  const { table, divisions, demo } = input;
  const dataset = table.contract.id;
  const dimNames = table.contract.dimensions.map((d) => d.name);
  const facts = await conn.createAppender('fact');
  const perPeriod = new Map<string, { rows: number; total: number; nis: Set<string> }>();
  for (const row of table.rows) {
    facts.appendVarchar(dataset);
    facts.appendVarchar(row.period);
    facts.appendVarchar(row.nis);
    facts.appendVarchar(dimNames.map((d) => row.dims[d] ?? '').join(DIMS_SEPARATOR));
    facts.appendBigInt(BigInt(row.count));
    facts.appendBoolean(row.provisional);
    facts.endRow();
    let p = perPeriod.get(row.period);
    if (!p) {
      p = { rows: 0, total: 0, nis: new Set() };
      perPeriod.set(row.period, p);
    }
    p.rows++;
    p.total += row.count;
    p.nis.add(row.nis);
  }
  facts.closeSync();
  // Coverage: every municipality that appears anywhere in the file delivered all its periods.
  const delivered = new Set(table.rows.map((r) => r.nis));
  const coverage = await conn.createAppender('fact_coverage');
  const periods = await conn.createAppender('fact_period');
  for (const period of perPeriod.keys()) {
    for (const nis of delivered) {
      coverage.appendVarchar(dataset);
      coverage.appendVarchar(period);
      coverage.appendVarchar(nis);
      coverage.endRow();
    }
    periods.appendVarchar(dataset);
    periods.appendVarchar(period);
    periods.appendVarchar(divisions.get(period) ?? '2025');
    periods.appendBoolean(demo);
    periods.appendVarchar(table.source.sha256);
    periods.endRow();
  }
  coverage.closeSync();
  periods.closeSync();
  return {
    kind: 'contract',
    dataset,
    fileName: table.source.fileName,
    ...(table.source.sheet ? { sheet: table.source.sheet } : {}),
    bytes: table.source.bytes,
    sha256: table.source.sha256,
    periods: [...perPeriod].map(([period, p]) => ({
      period,
      division: divisions.get(period) ?? '2025',
      rows: p.rows,
      total: p.total,
    })),
    municipalities: delivered.size,
    importedAt,
    demo,
  };
}
