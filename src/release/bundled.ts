/**
 * The embedded default: the real Statbel data shipped with the software plus, clearly separated,
 * generated demonstration data (marked DEMO everywhere) for the themes without open data, imported on
 * first start. The embedded demo covers three years up to the Statbel year (with quarters), so a
 * first start stays around a minute; `npm run cli -- demo` makes ten years.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoOptions, generateDemoData } from '../demo/index.js';
import type { Logger, Progress } from '../domain/effects.js';
import type { Geography } from '../geo/index.js';
import { readActiveReleaseId } from './active.js';
import { importFiles } from './import.js';
import { dataDirLayout } from './layout.js';
import type { ReleaseReader } from './release-reader.js';

export const BUNDLED_STATBEL_FILES = [
  fileURLToPath(new URL('../../data/samples/TF_SOC_POP_STRUCT_2021.zip', import.meta.url)),
];

/** Ten years of demonstration data (quarters for the last six), fixed seed: the same files on every machine. */
export const DEMO_DEFAULTS: DemoOptions = {
  seed: 20_261_128,
  fromYear: 2015,
  toYear: 2024,
  quarterFromYear: 2019,
  division: '2019-2024',
};

/** The demonstration data of the embedded default: 2019–2021 (quarters too), same seed. */
export const EMBEDDED_DEMO: DemoOptions = {
  ...DEMO_DEFAULTS,
  fromYear: 2019,
  toYear: 2021,
  quarterFromYear: 2019,
};

export async function ensureRelease(
  dataDir: string,
  geo: Geography,
  effects: {
    logger: Logger;
    progress?: Progress;
    /** Also the embedded demonstration data (default true). */
    demo?: boolean;
    beforeActivate?: (release: ReleaseReader) => Promise<void>;
  },
): Promise<string> {
  const layout = dataDirLayout(dataDir);
  const existing = readActiveReleaseId(layout);
  if (existing) return existing;
  const files = [...BUNDLED_STATBEL_FILES];
  if (effects.demo !== false) {
    effects.logger.info('Demonstratiedata maken voor de thema’s zonder open data (gemarkeerd als DEMO) …');
    const demo = await generateDemoData(join(layout.root, 'demo'), EMBEDDED_DEMO);
    files.push(...demo.map((f) => f.path));
  }
  effects.logger.info('Nog geen datarelease: de meegeleverde cijfers worden eenmalig ingelezen.');
  const { demo: _demo, ...importEffects } = effects;
  const result = await importFiles({ dataDir, files, geo, ...importEffects });
  return result.releaseId;
}
