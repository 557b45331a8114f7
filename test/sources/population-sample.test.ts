import { describe, expect, it } from 'vitest';
import type { NisCode } from '../../src/domain/brand.js';
import type { Progress } from '../../src/domain/effects.js';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { SAMPLE } from './statbel-sample.js';

describe('readStatbelPopulation on the sample excerpt', () => {
  it('reads every row with its codes', async () => {
    const table = await readStatbelPopulation(SAMPLE, { isKnownMunicipality });
    expect(table.year).toBe(2021);
    expect(table.rowCount).toBe(171);
    const { nis, sex, nationality, civilStatus, age, population } = table.columns;
    for (const col of [nis, sex, nationality, civilStatus, age, population]) expect(col.length).toBe(171);
    // First row: 21004|…|F|ETR|…|1|…|15|213
    expect([nis[0], sex[0], nationality[0], civilStatus[0], age[0], population[0]]).toEqual([
      21004, 2, 2, 1, 15, 213,
    ]);
    let herstappe = 0;
    for (let i = 0; i < table.rowCount; i++) if (nis[i] === 73028) herstappe += population[i] as number;
    expect(herstappe).toBe(78);
  });

  it('keeps the municipalities as written', async () => {
    const table = await readStatbelPopulation(SAMPLE, { isKnownMunicipality });
    expect([...table.municipalities.keys()]).toEqual(['21004', '73028']);
    expect(table.municipalities.get('21004' as NisCode)).toEqual({
      nameNl: 'Brussel',
      arrondissement: '21000',
      province: null,
      region: '04000',
    });
    expect(table.municipalities.get('73028' as NisCode)).toEqual({
      nameNl: 'Herstappe',
      arrondissement: '73000',
      province: '70000',
      region: '02000',
    });
  });

  it('describes the source file and reports progress in bytes', async () => {
    const updates: number[] = [];
    const progress: Progress = {
      start: (_label, total) => updates.push(-total),
      update: (d) => updates.push(d),
      stop() {},
    };
    const table = await readStatbelPopulation(SAMPLE, { isKnownMunicipality, progress });
    expect(table.source).toEqual({
      path: SAMPLE,
      fileName: 'TF_SOC_POP_STRUCT_2021_sample.txt',
      bytes: 38180,
      sha256: '78e166cdc3a08194b813fe382a8388703ef82e1ed29092bd377b7ae346920e3b',
    });
    expect(updates).toEqual([-38180, 38180]);
  });
});
