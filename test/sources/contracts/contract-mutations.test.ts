/** Every contract refuses malformed variants of its own sample, naming line, column and field. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/domain/input-error.js';
import { readContractFile } from '../../../src/sources/contracts/read-contract-file.js';
import { useTempDir } from '../temp-dir.js';
import { options } from './contract-options.js';
import { mutations } from './mutations.js';
import { contracts, sampleCells, writeCsv } from './sample-fixture.js';

const temp = useTempDir('contract-mutations');

describe.each(contracts.map((c) => [c.id, c] as const))('contract %s', (_, contract) => {
  const cells = sampleCells(contract);
  const cases = mutations.flatMap((m) => {
    const applied = m.apply(contract, cells);
    return applied ? [[m.name, applied] as const] : [];
  });

  it('has at least 8 applicable malformed variants', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)('%s', async (name, mutation) => {
    const path = writeCsv(
      temp(`${contract.id}-${name.replaceAll(' ', '-')}.csv`),
      mutation.cells,
      mutation.encoding,
    );
    const error = await readContractFile(path, contract, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    const { line, column, field, expected, found } = mutation.error;
    expect(inputError.location).toEqual({ file: path, line, column, field });
    expect(inputError.expected).toMatch(expected);
    if (found !== undefined) expect(inputError.found).toBe(found);
  });
});
