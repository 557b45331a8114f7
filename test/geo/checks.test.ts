import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGeography, DEFAULT_DATA_DIR } from '../../src/geo/index.js';

const dirs: string[] = [];

/** A copy of the reference tables with one file edited. */
function dataDirWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-'));
  dirs.push(dir);
  cpSync(join(DEFAULT_DATA_DIR, 'reference'), join(dir, 'reference'), { recursive: true });
  const path = join(dir, 'reference', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('consistency checks on load', () => {
  it('loads the real tables', () => {
    // Speed is measured by `npm run bench`, not asserted here.
    expect(createGeography(DEFAULT_DATA_DIR).areas('2025', 'municipality')).toHaveLength(285);
  });

  it('rejects a missing municipality', () => {
    const dir = dataDirWith('municipalities_2025.csv', (t) => t.replace(/^11001,.*\n/m, ''));
    expect(() => createGeography(dir)).toThrow(/expected 285 rows, found 284/);
  });

  it('rejects a crosswalk row pointing at an unknown code', () => {
    const dir = dataDirWith('municipality_crosswalk_2024_2025.csv', (t) =>
      t.replace('11007,Borsbeek,10000,11002', '11007,Borsbeek,10000,11099'),
    );
    expect(() => createGeography(dir)).toThrow(/11099 is not a 2025 municipality/);
  });

  it('rejects a municipality in the wrong province', () => {
    const dir = dataDirWith('municipalities_2025.csv', (t) =>
      t.replace(
        '46030,Beveren-Kruibeke-Zwijndrecht,,Beveren-Kruibeke-Zwijndrecht,46000,Sint-Niklaas,40000',
        '46030,Beveren-Kruibeke-Zwijndrecht,,Beveren-Kruibeke-Zwijndrecht,46000,Sint-Niklaas,10000',
      ),
    );
    expect(() => createGeography(dir)).toThrow(/Inconsistent geography reference tables/);
  });

  it('names the file and line of a malformed code', () => {
    const dir = dataDirWith('provinces.csv', (t) => t.replace('70000,Limburg', '7000,Limburg'));
    expect(() => createGeography(dir)).toThrow(
      /provinces\.csv, regel 6, kolom .*verwacht een NIS-code van 5 cijfers/,
    );
  });
});
