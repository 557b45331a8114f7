/** Imports the real, complete Statbel 2021 file into a fresh temporary data directory. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGeography } from '../../src/geo/index.js';
import { BUNDLED_STATBEL_FILES } from '../../src/release/bundled.js';
import { importFiles } from '../../src/release/import.js';
import { ReleaseStore } from '../../src/release/release-store.js';

export const REAL_ZIP = BUNDLED_STATBEL_FILES[0] as string;

export function tempDir(prefix = 'oa-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function importRealRelease(dataDir: string) {
  const geo = loadGeography();
  const result = await importFiles({
    dataDir,
    files: [REAL_ZIP],
    geo,
    now: () => new Date('2026-01-15T10:00:00Z'),
  });
  return { geo, result, store: new ReleaseStore(dataDir) };
}
