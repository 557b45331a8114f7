import { describe, expect, it } from 'vitest';
import { column, HEADER, ROWS, readError, withField, writeLines } from './statbel-sample.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir('statbel-rows');
let counter = 0;

/** Writes the sample with data row 5 (line 7) replaced, and returns the error. */
async function errorWithRow(edit: (row: string) => string) {
  const rows = ROWS.map((row, i) => (i === 5 ? edit(row) : row));
  const path = writeLines(tmp(`TF_SOC_POP_STRUCT_2021_${++counter}.txt`), [HEADER, ...rows]);
  return { path, err: await readError(path) };
}

async function expectFieldError(name: string, value: string, expected: string) {
  const { path, err } = await errorWithRow((row) => withField(row, name, value));
  expect(err.location).toEqual({ file: path, line: 7, column: column(name), field: name });
  expect(err.expected).toBe(expected);
  expect(err.found).toBe(value);
  expect(err.message).toContain(`${path}, regel 7, kolom ${column(name)} (${name}): verwacht ${expected}`);
}

const COUNT = 'een geheel aantal inwoners van 0 tot 2147483647';

describe('Statbel data rows', () => {
  it('rejects a row with an extra field', async () => {
    const { path, err } = await errorWithRow((row) => `${row}|5`);
    expect(err.location).toEqual({ file: path, line: 7, column: 22, field: undefined });
    expect(err.expected).toBe('21 velden gescheiden door | (zoals in de kopregel)');
    expect(err.found).toMatch(/^22 velden: 21004\|Brussel/);
  });

  it('rejects a row with a missing field', async () => {
    const { path, err } = await errorWithRow((row) => row.slice(0, row.lastIndexOf('|')));
    expect(err.location).toEqual({ file: path, line: 7, column: 21, field: 'MS_POPULATION' });
    expect(err.expected).toBe('21 velden gescheiden door | (zoals in de kopregel)');
  });

  it('rejects a non-numeric count', () => expectFieldError('MS_POPULATION', '12a', COUNT));
  it('rejects a negative count', () => expectFieldError('MS_POPULATION', '-3', COUNT));
  it('rejects a decimal count', () => expectFieldError('MS_POPULATION', '1.5', COUNT));
  it('rejects an empty count', () => expectFieldError('MS_POPULATION', '', COUNT));
  it('rejects a count beyond 2^31-1', () => expectFieldError('MS_POPULATION', '2147483648', COUNT));

  it('rejects an unknown municipality code', () =>
    expectFieldError('CD_REFNIS', '99999', 'een bekende gemeentecode (REFNIS) uit de referentielijst'));
  it('rejects a code that is not 5 digits', () =>
    expectFieldError('CD_REFNIS', '2104', 'een gemeentecode (REFNIS) van 5 cijfers'));
  it('rejects a bad sex code', () => expectFieldError('CD_SEX', 'X', 'M of F'));
  it('rejects a bad nationality code', () => expectFieldError('CD_NATLTY', 'BE', 'BEL of ETR'));
  it('rejects a bad civil status', () =>
    expectFieldError('CD_CIV_STS', '5', 'een code burgerlijke staat 1, 2, 3 of 4'));
  it('rejects an age above 120', () =>
    expectFieldError('CD_AGE', '121', 'een leeftijd in hele jaren van 0 tot 120'));
  it('rejects a non-numeric age', () =>
    expectFieldError('CD_AGE', '4y', 'een leeftijd in hele jaren van 0 tot 120'));

  it('reports the leftmost problem of a row', async () => {
    const { err } = await errorWithRow((row) => withField(withField(row, 'CD_AGE', 'x'), 'CD_SEX', 'X'));
    expect(err.location.field).toBe('CD_SEX');
  });

  it('reports the first bad row', async () => {
    const rows = ROWS.map((row, i) => (i === 3 || i === 100 ? withField(row, 'CD_NATLTY', 'XXX') : row));
    const err = await readError(writeLines(tmp('TF_SOC_POP_STRUCT_2021_first.txt'), [HEADER, ...rows]));
    expect(err.location.line).toBe(5);
  });

  it('rejects an empty line in the middle', async () => {
    const rows = [...ROWS.slice(0, 10), '', ...ROWS.slice(10)];
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_gap.txt'), [HEADER, ...rows]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 12, column: 1 });
    expect(err.expected).toBe(
      'een gegevensrij (lege regels mogen alleen aan het einde van het bestand staan)',
    );
  });

  it('rejects a header without data rows', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_none.txt'), [HEADER]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 2 });
    expect(err.expected).toBe('minstens één gegevensrij na de kopregel');
  });
});
