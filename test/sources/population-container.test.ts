/** Which files are accepted: .txt, .zip with the right member; damaged zips are reported as such. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatbelPopulation } from '../../src/sources/statbel/population-file.js';
import { isKnownMunicipality } from './known-municipalities.js';
import { writeZip } from './make-zip.js';
import { HEADER, joinLines, REAL_ZIP, ROWS, readError, SAMPLE, withField } from './statbel-sample.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir('statbel-container');
const sample = readFileSync(SAMPLE);

describe('Statbel containers', () => {
  it('reads the TF_SOC_POP_STRUCT member of a zip, ignoring others', async () => {
    const path = writeZip(tmp('download.zip'), [
      { name: 'readme.txt', data: 'hello' },
      { name: 'TF_SOC_POP_STRUCT_2021.txt', data: sample },
    ]);
    const table = await readStatbelPopulation(path, { isKnownMunicipality });
    expect(table.rowCount).toBe(171);
    expect(table.year).toBe(2021);
    expect(table.source).toMatchObject({ fileName: 'download.zip', member: 'TF_SOC_POP_STRUCT_2021.txt' });
  });

  it('uses the only .txt member whatever its name (year from --year)', async () => {
    const path = writeZip(tmp('other.zip'), [{ name: 'data.txt', data: sample }]);
    const table = await readStatbelPopulation(path, { isKnownMunicipality, year: 2021 });
    expect(table.source.member).toBe('data.txt');
  });

  it('lists the members when none fits', async () => {
    const path = writeZip(tmp('two.zip'), [
      { name: 'a.txt', data: 'x' },
      { name: 'b.txt', data: 'y' },
    ]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: path });
    expect(err.found).toBe('a.txt, b.txt');
  });

  it('rejects other extensions', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021.csv');
    writeFileSync(path, sample);
    const err = await readError(path);
    expect(err.expected).toBe('een Statbel-bestand TF_SOC_POP_STRUCT_JJJJ dat eindigt op .txt of .zip');
    expect(err.found).toBe('.csv');
  });

  it('rejects a missing file', async () => {
    const err = await readError(tmp('TF_SOC_POP_STRUCT_2021.txt'));
    expect(err.expected).toBe('een bestaand, leesbaar bestand');
  });

  it('rejects the real zip cut in half', async () => {
    const path = tmp('TF_SOC_POP_STRUCT_2021.zip');
    const bytes = readFileSync(REAL_ZIP);
    writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
    const err = await readError(path);
    expect(err.location).toEqual({ file: path });
    expect(err.message).toContain('verwacht een volledig zipbestand (geen einde van de centrale map');
  });

  it('rejects a zip whose data stops in the middle', async () => {
    // Three copies under other municipality codes (a repeated key would be refused before the cut).
    const moved = (codes: Record<string, string>) =>
      ROWS.map((row) => withField(row, 'CD_REFNIS', codes[row.slice(0, 5)] ?? ''));
    const data = joinLines([
      HEADER,
      ...ROWS,
      ...moved({ '21004': '11001', '73028': '11002' }),
      ...moved({ '21004': '11004', '73028': '11005' }),
    ]);
    const path = writeZip(tmp('cut.zip'), [
      { name: 'TF_SOC_POP_STRUCT_2021.txt', data, keepCompressedBytes: 3000 },
    ]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: `${path} (bestand TF_SOC_POP_STRUCT_2021.txt in de zip)` });
    expect(err.expected).toBe('volledige gecomprimeerde gegevens (de gegevens zijn afgebroken)');
  });

  it('rejects a CRC mismatch', async () => {
    const path = writeZip(tmp('crc.zip'), [{ name: 'TF_SOC_POP_STRUCT_2021.txt', data: sample, crc32: 1 }]);
    const err = await readError(path);
    expect(err.location).toEqual({ file: `${path} (bestand TF_SOC_POP_STRUCT_2021.txt in de zip)` });
    expect(err.expected).toBe('CRC-32 00000001 (het zipbestand is beschadigd)');
  });

  it('names the zip member in row errors', async () => {
    const data = joinLines([HEADER, `${ROWS[0]}|extra`]);
    const path = writeZip(tmp('row.zip'), [{ name: 'TF_SOC_POP_STRUCT_2021.txt', data }]);
    const err = await readError(path);
    expect(err.location).toMatchObject({
      file: `${path} (bestand TF_SOC_POP_STRUCT_2021.txt in de zip)`,
      line: 2,
    });
  });
});
