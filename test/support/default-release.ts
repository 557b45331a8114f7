/**
 * The default release as a first start builds it: the real Statbel 2021 file plus the embedded
 * demonstration data (2019–2021, quarters, fixed seed), imported into `dir`.
 */
import type { Geography } from '../../src/geo/index.js';
import { ensureRelease } from '../../src/release/bundled.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import { ReleaseStore } from '../../src/release/release-store.js';

export async function importDefaultRelease(
  dir: string,
  geo: Geography,
  beforeActivate?: (release: ReleaseReader) => Promise<void>,
): Promise<ReleaseStore> {
  await ensureRelease(dir, geo, {
    logger: { info() {}, warn() {} },
    ...(beforeActivate ? { beforeActivate } : {}),
  });
  return new ReleaseStore(dir);
}
