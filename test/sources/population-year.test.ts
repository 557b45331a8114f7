import { describe, expect, it } from 'vitest';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { HEADER, ROWS, readError, writeLines } from './statbel-sample.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir('statbel-year');

/** Adds a CD_YEAR column (last) with the given value per data row. */
function withYearColumn(year: (row: number) => string): string[] {
  return [`${HEADER}|CD_YEAR`, ...ROWS.map((row, i) => `${row}|${year(i)}`)];
}

describe('reference year', () => {
  it('comes from the file name', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2019.txt'), [HEADER, ...ROWS]);
    expect((await readStatbelPopulation(path, { isKnownMunicipality })).year).toBe(2019);
  });

  it('comes from a CD_YEAR column, whatever the file is called', async () => {
    const path = writeLines(
      tmp('population.txt'),
      withYearColumn(() => '2023'),
    );
    expect((await readStatbelPopulation(path, { isKnownMunicipality })).year).toBe(2023);
  });

  it('rejects a CD_YEAR that changes between rows', async () => {
    const path = writeLines(
      tmp('changing.txt'),
      withYearColumn((i) => (i === 40 ? '2022' : '2023')),
    );
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 42, column: 22, field: 'CD_YEAR' });
    expect(err.expected).toBe('the same year on every row (2023, as on line 2)');
    expect(err.found).toBe('2022');
  });

  it('rejects a CD_YEAR that is not 4 digits', async () => {
    const path = writeLines(
      tmp('short-year.txt'),
      withYearColumn(() => '21'),
    );
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 2, column: 22, field: 'CD_YEAR' });
    expect(err.expected).toBe('a 4-digit year');
  });

  it('falls back to the year option', async () => {
    const path = writeLines(tmp('population.txt'), [HEADER, ...ROWS]);
    expect((await readStatbelPopulation(path, { isKnownMunicipality, year: 2021 })).year).toBe(2021);
  });

  it('is required', async () => {
    const path = writeLines(tmp('population.txt'), [HEADER, ...ROWS]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path });
    expect(err.expected).toBe(
      'a reference year: no CD_YEAR column and no TF_SOC_POP_STRUCT_YYYY in the file name ' +
        '(rename the file or pass --year)',
    );
  });

  it('must agree with the year option (file name)', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021.txt'), [HEADER, ...ROWS]);
    const err = await readError(path, { year: 2022 });
    expect(err.location).toEqual({ file: path });
    expect(err.expected).toBe('data for reference year 2022 (as passed with --year)');
    expect(err.found).toBe('2021 in the file name');
  });

  it('must agree with the year option (CD_YEAR column)', async () => {
    const path = writeLines(
      tmp('population.txt'),
      withYearColumn(() => '2023'),
    );
    const err = await readError(path, { year: 2022 });
    expect(err.location).toEqual({ file: path, line: 2, column: 22, field: 'CD_YEAR' });
    expect(err.found).toBe('2023 in the CD_YEAR column');
  });

  it('refuses the year-conflict file: CD_YEAR=2022 in …_2021.txt, naming both', async () => {
    const path = writeLines(
      tmp('TF_SOC_POP_STRUCT_2021.txt'),
      withYearColumn(() => '2022'),
    );
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 2, column: 22, field: 'CD_YEAR' });
    expect(err.expected).toBe(
      'the year of the file name (2021 in TF_SOC_POP_STRUCT_2021.txt) in the CD_YEAR column',
    );
    expect(err.found).toBe('2022');
  });

  it('refuses a reference year in the future (file name and CD_YEAR)', async () => {
    const next = new Date().getUTCFullYear() + 1;
    const named = writeLines(tmp(`TF_SOC_POP_STRUCT_${next}.txt`), [HEADER, ...ROWS]);
    const err = await readError(named);
    expect(err.expected).toBe(`a reference year up to ${next - 1} (1 January ${next} has not come yet)`);
    expect(err.found).toBe(`${next} in the file name`);
    const column = writeLines(
      tmp('future-column.txt'),
      withYearColumn(() => String(next)),
    );
    expect((await readError(column)).found).toBe(`${next} in the CD_YEAR column`);
  });
});
