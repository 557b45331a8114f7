/** Issue 13 §1: a contract CSV mixing LF and CRLF line ends is read as written, not refused with a field count. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../../src/sources/contracts/load-contracts.js';
import { readContractFile } from '../../../src/sources/contracts/read-contract-file.js';
import { useTempDir } from '../temp-dir.js';
import { options } from './contract-options.js';

const temp = useTempDir('contract-line-ends');

describe('contract CSV line ends', () => {
  it('reads a file mixing LF and CRLF with the same rows and counts as the LF original', async () => {
    const contract = loadContracts().get('nationaliteit');
    if (!contract) throw new Error('no contract nationaliteit');
    const original = 'data/samples/contracts/DEMO-nationaliteit.csv';
    const lines = readFileSync(original, 'utf8').split('\n');
    const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : i % 3 ? '\r\n' : '\n')).join('');
    expect(mixed).toContain('\r\n');
    const path = temp('DEMO-nationaliteit.csv');
    writeFileSync(path, mixed);
    const a = await readContractFile(original, contract, options);
    const b = await readContractFile(path, contract, options);
    expect(b.rowCount).toBe(a.rowCount);
    expect(b.rows).toEqual(a.rows);
  });
});
