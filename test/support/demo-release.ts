/**
 * A release with the real Statbel file and two years of demonstration data (2020–2021, quarters for
 * 2021, seed 7), imported into `dir/var`: what the tests of protected and demo-marked outputs read.
 */
import { join } from 'node:path';
import { generateDemoData } from '../../src/demo/index.js';
import type { Geography } from '../../src/geo/index.js';
import { BUNDLED_STATBEL_FILES } from '../../src/release/bundled.js';
import { importFiles } from '../../src/release/import.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import { ReleaseStore } from '../../src/release/release-store.js';

export async function importDemoRelease(
  dir: string,
  geo: Geography,
  beforeActivate?: (release: ReleaseReader) => Promise<void>,
): Promise<ReleaseStore> {
  const demo = await generateDemoData(join(dir, 'demo'), {
    seed: 7,
    fromYear: 2020,
    toYear: 2021,
    quarterFromYear: 2021,
    division: '2019-2024',
  });
  await importFiles({
    dataDir: join(dir, 'var'),
    files: [...BUNDLED_STATBEL_FILES, ...demo.map((f) => f.path)],
    geo,
    logger: { info() {}, warn() {} },
    ...(beforeActivate ? { beforeActivate } : {}),
  });
  return new ReleaseStore(join(dir, 'var'));
}
