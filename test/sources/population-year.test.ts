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
    expect(err.expected).toBe('hetzelfde jaar op elke rij (2023, zoals op regel 2)');
    expect(err.found).toBe('2022');
  });

  it('rejects a CD_YEAR that is not 4 digits', async () => {
    const path = writeLines(
      tmp('short-year.txt'),
      withYearColumn(() => '21'),
    );
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 2, column: 22, field: 'CD_YEAR' });
    expect(err.expected).toBe('een jaartal van 4 cijfers');
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
      'een referentiejaar: geen kolom CD_YEAR en geen TF_SOC_POP_STRUCT_JJJJ in de bestandsnaam ' +
        '(hernoem het bestand of geef --year op)',
    );
  });

  it('must agree with the year option (file name)', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021.txt'), [HEADER, ...ROWS]);
    const err = await readError(path, { year: 2022 });
    expect(err.location).toEqual({ file: path });
    expect(err.expected).toBe('gegevens voor referentiejaar 2022 (zoals opgegeven met --year)');
    expect(err.found).toBe('2021 in de bestandsnaam');
  });

  it('must agree with the year option (CD_YEAR column)', async () => {
    const path = writeLines(
      tmp('population.txt'),
      withYearColumn(() => '2023'),
    );
    const err = await readError(path, { year: 2022 });
    expect(err.location).toEqual({ file: path, line: 2, column: 22, field: 'CD_YEAR' });
    expect(err.found).toBe('2023 in de kolom CD_YEAR');
  });

  it('refuses the year-conflict file: CD_YEAR=2022 in …_2021.txt, naming both', async () => {
    const path = writeLines(
      tmp('TF_SOC_POP_STRUCT_2021.txt'),
      withYearColumn(() => '2022'),
    );
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 2, column: 22, field: 'CD_YEAR' });
    expect(err.expected).toBe(
      'het jaar van de bestandsnaam (2021 in TF_SOC_POP_STRUCT_2021.txt) in de kolom CD_YEAR',
    );
    expect(err.found).toBe('2022');
  });

  it('refuses a reference year in the future (file name and CD_YEAR)', async () => {
    const next = new Date().getUTCFullYear() + 1;
    const named = writeLines(tmp(`TF_SOC_POP_STRUCT_${next}.txt`), [HEADER, ...ROWS]);
    const err = await readError(named);
    expect(err.expected).toBe(
      `een referentiejaar tot en met ${next - 1} (1 januari ${next} is nog niet voorbij)`,
    );
    expect(err.found).toBe(`${next} in de bestandsnaam`);
    const column = writeLines(
      tmp('future-column.txt'),
      withYearColumn(() => String(next)),
    );
    expect((await readError(column)).found).toBe(`${next} in de kolom CD_YEAR`);
  });
});
