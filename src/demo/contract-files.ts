/** File names of the demonstration files and the check that a contract still has the columns we write. */
import { join } from 'node:path';
import { contractColumns } from '../sources/contracts/contract-columns.js';
import type { Contract } from '../sources/contracts/contract-schema.js';
import { CsvSink } from './csv-sink.js';

/** `sociale_huur` → `DEMO-sociale-huur.csv`: the DEMO- prefix marks generated data everywhere. */
export function demoFileName(contractId: string): string {
  return `DEMO-${contractId.replace(/_/g, '-')}.csv`;
}

/**
 * Opens the file of a contract after checking that its columns are what the writer produces, so a
 * changed contract fails loudly here instead of yielding a file the importer refuses.
 */
export async function openContractFile(
  outDir: string,
  contracts: ReadonlyMap<string, Contract>,
  id: string,
  expectedColumns: readonly string[],
  codes: Readonly<Record<string, readonly string[]>> = {},
): Promise<{ sink: CsvSink; path: string }> {
  const contract = contracts.get(id);
  if (!contract) throw new Error(`demo data: no data contract "${id}"`);
  const header = contractColumns(contract).map((c) => c.name);
  if (header.join(',') !== expectedColumns.join(',')) {
    throw new Error(
      `demo data: contract "${id}" has columns ${header.join(',')}, the generator writes ${expectedColumns.join(',')}`,
    );
  }
  for (const [name, used] of Object.entries(codes)) {
    const dimension = contract.dimensions.find((d) => d.name === name);
    const known =
      dimension?.type === 'code' ? new Set(dimension.codes.map((c) => c.code)) : new Set<string>();
    const unknown = used.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw new Error(`demo data: contract "${id}" has no ${name} code ${unknown.join(', ')}`);
  }
  const path = join(outDir, demoFileName(id));
  return { sink: await CsvSink.open(path, header), path };
}
