/** The demo sample of every contract imports, as CSV and as its XLSX twin, with the same rows. */
import { describe, expect, it } from 'vitest';
import { sampleCsvPath, xlsxTwinName } from '../../../src/sources/contracts/contract-samples.js';
import { readContractFile } from '../../../src/sources/contracts/read-contract-file.js';
import { csvToXlsx } from '../../../src/sources/contracts/write-sample-xlsx.js';
import { useTempDir } from '../temp-dir.js';
import { options } from './contract-options.js';
import { contracts } from './sample-fixture.js';

const temp = useTempDir('contract-samples');

describe.each(contracts.map((c) => [c.id, c] as const))('sample of %s', (_, contract) => {
  it('is a DEMO file whose CSV and regenerated XLSX give the same rows', async () => {
    expect(contract.sample).toMatch(/^DEMO-.+\.csv$/);
    const csv = await readContractFile(sampleCsvPath(contract), contract, options);
    // Regenerated here, so the test does not depend on the committed twin being up to date.
    const xlsxPath = temp(xlsxTwinName(contract.sample));
    await csvToXlsx(sampleCsvPath(contract), xlsxPath, contract.id);
    const xlsx = await readContractFile(xlsxPath, contract, options);

    expect(xlsx.rows).toEqual(csv.rows);
    expect(xlsx.periods).toEqual(csv.periods);
    expect(xlsx.source.sheet).toBe(contract.id);
    expect(csv.source.sheet).toBeUndefined();
    expect(csv.source).toMatchObject({
      fileName: contract.sample,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('exercises two periods, 3–5 municipalities, every code and the provisional flag', async () => {
    const { rows, periods } = await readContractFile(sampleCsvPath(contract), contract, options);
    expect(periods).toHaveLength(2);
    const municipalities = new Set(rows.map((r) => r.nis));
    expect(municipalities.size).toBeGreaterThanOrEqual(3);
    expect(municipalities.size).toBeLessThanOrEqual(5);
    for (const dimension of contract.dimensions) {
      const used = new Set(rows.map((r) => r.dims[dimension.name]));
      if (dimension.type === 'code')
        expect([...used].sort()).toEqual(dimension.codes.map((c) => c.code).sort());
      else expect(used.size).toBeGreaterThanOrEqual(3);
    }
    const flags = new Set(rows.map((r) => r.provisional));
    expect([...flags].sort()).toEqual(contract.provisionalColumn ? [false, true] : [false]);
    expect(rows.every((r) => Number.isSafeInteger(r.count) && r.count >= 0)).toBe(true);
  });
});
