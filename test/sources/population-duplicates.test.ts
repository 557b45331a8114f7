/** Issue 13 §1: duplicate keys are summed only where Statbel documents them (age 100 = "100 and older"). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { makeZip } from './make-zip.js';
import { HEADER, joinLines, ROWS, readError, withField, writeLines } from './statbel-sample.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir('statbel-duplicates');

describe('duplicate rows in a Statbel file', () => {
  it('refuses the doubled file (every row written twice) naming the line and the first line', async () => {
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_doubled.txt'), [HEADER, ...ROWS, ...ROWS]);
    const err = await readError(path);
    const repeatLine = ROWS.length + 2; // header is line 1; the first repeated row follows all rows
    expect(err.location).toEqual({ file: path, line: repeatLine });
    expect(err.expected).toMatch(
      /^één rij per gemeente, geslacht, nationaliteit, burgerlijke staat en leeftijd/,
    );
    expect(err.found).toMatch(/^een tweede rij voor 21004 .* de eerste staat op regel 2$/);
  });

  it('refuses the zip whose member repeats the rows 2000 times', async () => {
    const body = joinLines([HEADER, ...Array.from({ length: 2000 }, () => ROWS).flat()]);
    const path = tmp('TF_SOC_POP_STRUCT_2021_x2000.zip');
    writeFileSync(path, makeZip([{ name: 'TF_SOC_POP_STRUCT_2021.txt', data: body }]));
    const err = await readError(path);
    expect(err.location.file).toBe(`${path} (bestand TF_SOC_POP_STRUCT_2021.txt in de zip)`);
    expect(err.location.line).toBe(ROWS.length + 2);
    expect(err.found).toContain('de eerste staat op regel 2');
  });

  it('refuses a single repeated row anywhere, not only whole-file repeats', async () => {
    const rows = [...ROWS];
    rows.splice(10, 0, rows[3] as string);
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_onedup.txt'), [HEADER, ...rows]);
    const err = await readError(path);
    expect(err.location.line).toBe(12);
    expect(err.found).toContain('de eerste staat op regel 5');
  });

  it('keeps several rows at age 100 ("100 and older") for summing, as Statbel writes them', async () => {
    const base = withField(ROWS[0] as string, 'CD_AGE', '100');
    const rows = [
      withField(base, 'MS_POPULATION', '3'),
      withField(base, 'MS_POPULATION', '2'),
      ...ROWS.slice(1),
    ];
    const path = writeLines(tmp('TF_SOC_POP_STRUCT_2021_age100.txt'), [HEADER, ...rows]);
    const table = await readStatbelPopulation(path, { isKnownMunicipality });
    expect(table.rowCount).toBe(rows.length);
  });
});

describe('hostile Statbel inputs end promptly with an InputError', () => {
  it('refuses a line over the bound without buffering it (1 GiB-line zip)', async () => {
    // 64 MiB of one line compresses to ~64 kB; the reader must stop at the bound, not read it all.
    const line = Buffer.alloc(64 * 1024 * 1024, 0x41);
    const path = tmp('TF_SOC_POP_STRUCT_2021_longline.zip');
    writeFileSync(
      path,
      makeZip([
        { name: 'TF_SOC_POP_STRUCT_2021.txt', data: Buffer.concat([Buffer.from(`${HEADER}\n`), line]) },
      ]),
    );
    const started = Date.now();
    const err = await readError(path);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err.location.line).toBe(2);
    expect(err.expected).toMatch(/^een regel van hoogstens 65536 bytes/);
  });

  it('refuses a symlink to /dev/zero, a FIFO and a directory named like an input', async () => {
    const zero = tmp('TF_SOC_POP_STRUCT_2021_zero.txt');
    symlinkSync('/dev/zero', zero);
    expect((await readError(zero)).found).toBe('een tekenapparaat (zoals /dev/zero)');
    const fifo = tmp('TF_SOC_POP_STRUCT_2021_fifo.txt');
    execFileSync('mkfifo', [fifo]);
    expect((await readError(fifo)).found).toBe('een named pipe (FIFO)');
    const dir = tmp('TF_SOC_POP_STRUCT_2021_dir.txt');
    mkdirSync(dir);
    const err = await readError(dir);
    expect(err.expected).toBe('een gewoon bestand');
    expect(err.found).toBe('een map');
  });
});
