import { describe, expect, it } from 'vitest';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { HEADER, HEADER_NAMES, ROWS, readError, writeLines } from './statbel-sample.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir('statbel-header');
const file = (name: string) => tmp(name);

/** Rewrites header and rows with a column-wise edit. */
function mapColumns(edit: (fields: string[]) => string[]): string[] {
  return [HEADER, ...ROWS].map((line) => edit(line.split('|')).join('|'));
}

describe('Statbel header', () => {
  it('rejects a header that is not a Statbel header', async () => {
    const path = writeLines(file('TF_SOC_POP_STRUCT_2021_wrong.txt'), ['foo|bar|baz', ...ROWS]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1 });
    expect(err.expected).toMatch(/^een kopregel met de kolommen CD_REFNIS \(of CD_MUNTY_REFNIS\), CD_SEX/);
    expect(err.expected).toContain(
      'ontbreekt: CD_REFNIS, CD_SEX, CD_NATLTY, CD_CIV_STS, CD_AGE, MS_POPULATION',
    );
    expect(err.found).toBe('foo|bar|baz');
    expect(err.message).toContain(`${path}, regel 1: verwacht een kopregel met de kolommen`);
  });

  it('names the one missing column', async () => {
    const sex = HEADER_NAMES.indexOf('CD_SEX');
    const lines = mapColumns((f) => f.filter((_, i) => i !== sex));
    const path = writeLines(file('TF_SOC_POP_STRUCT_2021_nosex.txt'), lines);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1 });
    expect(err.expected).toContain('(ontbreekt: CD_SEX)');
  });

  it('rejects a duplicate column name', async () => {
    const lines = mapColumns((f) => [...f, f[12] as string]);
    const path = writeLines(file('TF_SOC_POP_STRUCT_2021_dup.txt'), lines);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1, column: 22, field: 'CD_SEX' });
    expect(err.expected).toBe('elke kolomnaam maar één keer in de kopregel');
  });

  it('accepts the older CD_MUNTY_REFNIS and TX_MUNTY_DESCR_NL names', async () => {
    const lines = [HEADER.replace('CD_REFNIS|TX_DESCR_NL', 'CD_MUNTY_REFNIS|TX_MUNTY_DESCR_NL'), ...ROWS];
    const path = writeLines(file('TF_SOC_POP_STRUCT_2021_old.txt'), lines);
    const table = await readStatbelPopulation(path, { isKnownMunicipality });
    expect(table.rowCount).toBe(ROWS.length);
    expect([...table.municipalities.values()].map((m) => m.nameNl)).toEqual(['Brussel', 'Herstappe']);
  });

  it('ignores unknown extra columns and finds columns by name in any order', async () => {
    const lines = [HEADER, ...ROWS].map((line, i) => {
      const fields = line.split('|').reverse();
      return [i === 0 ? 'EXTRA_FIRST' : 'x', ...fields, i === 0 ? 'EXTRA_LAST' : 'y'].join('|');
    });
    const path = writeLines(file('TF_SOC_POP_STRUCT_2021_extra.txt'), lines);
    const table = await readStatbelPopulation(path, { isKnownMunicipality });
    expect(table.rowCount).toBe(ROWS.length);
    expect(table.columns.population[0]).toBe(213);
    expect(table.columns.nis[0]).toBe(21004);
  });

  it('works without the optional columns', async () => {
    const keep = ['CD_REFNIS', 'CD_SEX', 'CD_NATLTY', 'CD_CIV_STS', 'CD_AGE', 'MS_POPULATION'].map((n) =>
      HEADER_NAMES.indexOf(n),
    );
    const path = writeLines(
      file('TF_SOC_POP_STRUCT_2021_lean.txt'),
      mapColumns((f) => keep.map((i) => f[i] as string)),
    );
    const table = await readStatbelPopulation(path, { isKnownMunicipality });
    expect(table.rowCount).toBe(ROWS.length);
    expect(table.municipalities.get('73028' as never)).toEqual({
      nameNl: '',
      arrondissement: '',
      province: null,
      region: '',
    });
  });
});
