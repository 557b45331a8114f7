/** Issue 13 §1/§2: the data directory and leftovers of killed imports, without building a release. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/input-error.js';
import { loadGeography } from '../../src/geo/index.js';
import { importFiles } from '../../src/release/import.js';
import { dataDirLayout } from '../../src/release/layout.js';
import { LockHeldError } from '../../src/release/lock.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function badInput(): string {
  const path = join(tmp.dir, 'TF_SOC_POP_STRUCT_2021.txt');
  writeFileSync(path, 'not a header\n');
  return path;
}

describe('the data directory of an import', () => {
  it('refuses --data-dir naming a file (EEXIST) as an InputError naming it', async () => {
    const dataDir = join(tmp.dir, 'a-file');
    writeFileSync(dataDir, 'x');
    const err = await importFiles({ dataDir, files: [badInput()], geo }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      `${dataDir}: verwacht een beschrijfbare gegevensmap (--data-dir), gevonden "een bestand, geen map"`,
    );
  });

  it('refuses a data directory below a file', async () => {
    const dataDir = join(tmp.dir, 'a-file', 'var');
    const err = await importFiles({ dataDir, files: [badInput()], geo }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).expected).toBe('een beschrijfbare gegevensmap (--data-dir)');
  });

  it('removes staging directories of a killed import at the next import', async () => {
    const dataDir = join(tmp.dir, 'var');
    const layout = dataDirLayout(dataDir);
    mkdirSync(join(layout.staging, '20260101T000000Z-deadbeef'), { recursive: true });
    writeFileSync(join(layout.staging, '20260101T000000Z-deadbeef', 'release.duckdb'), 'half');
    const err = await importFiles({ dataDir, files: [badInput()], geo }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError); // the input is bad; the leftovers are gone all the same
    expect(readdirSync(layout.staging)).toEqual([]);
  });

  it('reports a lock held by a live process that is not an import instead of waiting', async () => {
    const dataDir = join(tmp.dir, 'locked');
    mkdirSync(dataDir);
    writeFileSync(dataDirLayout(dataDir).importLock, '1'); // pid 1: alive, and not an import
    const started = Date.now();
    const err = await importFiles({ dataDir, files: [badInput()], geo }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(err).toBeInstanceOf(LockHeldError);
    expect((err as Error).message).toContain('proces 1');
  });
});
