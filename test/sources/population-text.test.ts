/** Encoding and line layout: BOM, line endings, final newline, empty files, Latin-1. */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { column, HEADER, joinLines, ROWS, readError, writeLines } from './statbel-sample.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir('statbel-text');
const read = (path: string) => readStatbelPopulation(path, { isKnownMunicipality });
const ENCODING = 'UTF-8-tekst (het bestand lijkt een andere codering te gebruiken, bv. Windows-1252)';

describe('Statbel text layout', () => {
  it('accepts LF line endings without a BOM', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_lf.txt'), [HEADER, ...ROWS], {
      eol: '\n',
      bom: false,
    });
    expect((await read(path)).rowCount).toBe(171);
  });

  it('accepts a last line without newline', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_nofinal.txt'), [HEADER, ...ROWS], {
      finalNewline: false,
    });
    const table = await read(path);
    expect(table.rowCount).toBe(171);
    expect(table.columns.population[170]).toBe(1);
  });

  it('accepts a trailing empty line', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_trailing.txt'), [HEADER, ...ROWS, '']);
    expect((await read(path)).rowCount).toBe(171);
  });

  it('rejects an empty file', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021_empty.txt');
    writeFileSync(path, '');
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1 });
    expect(err.expected).toBe('een kopregel die begint met CD_REFNIS|TX_DESCR_NL|…');
    expect(err.found).toBe('een leeg bestand');
  });

  it('rejects a file holding only a BOM', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021_bom.txt');
    writeFileSync(path, Buffer.from([0xef, 0xbb, 0xbf]));
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1 });
    expect(err.expected).toBe('een kopregel die begint met CD_REFNIS|TX_DESCR_NL|…');
  });

  it('rejects a file starting with an empty line', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_blank.txt'), ['', HEADER, ...ROWS]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1 });
    expect(err.found).toBe('een lege eerste regel');
  });

  it('rejects a Latin-1 file at the first non-UTF-8 byte', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021_latin1.txt');
    writeFileSync(path, Buffer.from(joinLines([HEADER, ...ROWS], { bom: false }), 'latin1'));
    const err = await readError(path);
    // The first é is in "Région de Bruxelles-Capitale" on the first data row.
    const field = 'TX_RGN_DESCR_FR';
    expect(err.location).toEqual({ file: path, line: 2, column: column(field), field });
    expect(err.expected).toBe(ENCODING);
    expect(err.found).toBe('Région de Bruxelles-Capitale');
  });

  it('locates a Latin-1 byte on a later line', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021_latin1_late.txt');
    const good = Buffer.from(joinLines([HEADER, ...ROWS.slice(0, 120)]), 'utf8');
    const bad = Buffer.from(joinLines(ROWS.slice(120), { bom: false }), 'latin1');
    writeFileSync(path, Buffer.concat([good, bad]));
    const err = await readError(path);
    expect(err.location).toMatchObject({ line: 122, field: 'TX_RGN_DESCR_FR' });
  });

  it('reports a problem on an earlier line before a later encoding problem', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021_order.txt');
    const good = Buffer.from(joinLines([HEADER, ...ROWS.slice(0, 2), `${ROWS[2]}|x`]), 'utf8');
    const bad = Buffer.from(joinLines(ROWS.slice(3), { bom: false }), 'latin1');
    writeFileSync(path, Buffer.concat([good, bad]));
    const err = await readError(path);
    expect(err.location).toMatchObject({ line: 4, column: 22 });
  });

  it('rejects a non-UTF-8 header', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021_badheader.txt');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('CD_REFNIS|CD_S'), Buffer.from([0xe9]), Buffer.from('X\r\n')]),
    );
    const err = await readError(path);
    expect(err.location).toEqual({ file: path, line: 1, column: 2, field: undefined });
    expect(err.expected).toBe(ENCODING);
  });
});
