/** Integration: the complete real Statbel file (102 MB uncompressed, 467,027 rows). */
import { describe, expect, it } from 'vitest';
import type { NisCode } from '../../src/domain/brand.js';
import {
  readStatbelPopulation,
  type StatbelPopulationTable,
} from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { REAL_ZIP } from './statbel-sample.js';

function sum(table: StatbelPopulationTable, keep: (row: number) => boolean): number {
  let total = 0;
  for (let i = 0; i < table.rowCount; i++) if (keep(i)) total += table.columns.population[i] as number;
  return total;
}

describe('readStatbelPopulation on the full 2021 zip', () => {
  it('reads all rows and matches Statbel totals', async () => {
    const table = await readStatbelPopulation(REAL_ZIP, { isKnownMunicipality, year: 2021 });
    const { nis, nationality } = table.columns;
    expect(table.year).toBe(2021);
    expect(table.rowCount).toBe(467_027);
    expect(table.source).toEqual({
      path: REAL_ZIP,
      fileName: 'TF_SOC_POP_STRUCT_2021.zip',
      member: 'TF_SOC_POP_STRUCT_2021.txt',
      bytes: 2_540_785,
      sha256: 'ca1005e07307112b6113062c7f27e5263804d8f58f7b1a018468242289b7c24a',
    });
    expect(sum(table, () => true)).toBe(11_521_238);
    expect(new Set(nis).size).toBe(581);
    expect(table.municipalities.size).toBe(581);

    const flemish = new Set(
      [...table.municipalities].filter(([, m]) => m.region === '02000').map(([code]) => Number(code)),
    );
    const inFlanders = (i: number) => flemish.has(nis[i] as number);
    expect(sum(table, inFlanders)).toBe(6_653_062);
    expect(sum(table, (i) => inFlanders(i) && nationality[i] === 2)).toBe(633_983);

    expect(sum(table, (i) => nis[i] === 11002)).toBe(529_417);
    expect(sum(table, (i) => nis[i] === 11002 && nationality[i] === 2)).toBe(114_753);
    expect(table.municipalities.get('11002' as NisCode)?.nameNl).toBe('Antwerpen');
  });
});
