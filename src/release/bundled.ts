/**
 * The embedded default: the real Statbel data shipped with the software plus, clearly separated,
 * generated demonstration data (marked DEMO everywhere) for the themes without open data, imported on
 * first start. The embedded demo covers three years up to the Statbel year (with quarters);
 * `npm run cli -- demo` makes ten years. With `deferDemo` the first start imports the real file alone
 * (seconds) and leaves a marker (`<data-dir>/demo-pending.json`): `importEmbeddedDemo` then builds the
 * release with the demo on top in the background, and a start that finds the marker does it again.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DemoOptions, generateDemoData } from '../demo/index.js';
import type { Logger, Progress } from '../domain/effects.js';
import type { Geography } from '../geo/index.js';
import { readActiveReleaseId } from './active.js';
import { writeFileAtomic } from './atomic-file.js';
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

export interface BundledEffects {
  readonly logger: Logger;
  readonly progress?: Progress;
  readonly beforeActivate?: (release: ReleaseReader) => Promise<void>;
}

const demoMarker = (dataDir: string) => join(dataDirLayout(dataDir).root, 'demo-pending.json');

/** True while the embedded demo of a first start with `deferDemo` has not been imported yet. */
export function demoPending(dataDir: string): boolean {
  return existsSync(demoMarker(dataDir));
}

export async function ensureRelease(
  dataDir: string,
  geo: Geography,
  effects: BundledEffects & {
    /** Also the embedded demonstration data (default true). */
    demo?: boolean;
    /** Import the real data now and leave the demo for `importEmbeddedDemo` (default false). */
    deferDemo?: boolean;
  },
): Promise<string> {
  const layout = dataDirLayout(dataDir);
  const existing = readActiveReleaseId(layout);
  if (existing) return existing;
  const files = [...BUNDLED_STATBEL_FILES];
  const { demo: withDemo, deferDemo, ...importEffects } = effects;
  if (withDemo !== false && deferDemo) {
    mkdirSync(layout.root, { recursive: true });
    writeFileAtomic(demoMarker(dataDir), `${JSON.stringify({ demo: EMBEDDED_DEMO })}\n`);
  } else if (withDemo !== false) {
    effects.logger.info('Demonstratiedata maken voor de thema’s zonder open data (gemarkeerd als DEMO) …');
    const demo = await generateDemoData(join(layout.root, 'demo'), EMBEDDED_DEMO);
    files.push(...demo.map((f) => f.path));
  }
  effects.logger.info('Nog geen datarelease: de meegeleverde cijfers worden eenmalig ingelezen.');
  const result = await importFiles({ dataDir, files, geo, ...importEffects });
  return result.releaseId;
}

/**
 * The embedded demo on top of the active release (a new release: its Statbel data carried over), then
 * the marker removed. Run it where solving the suppression plans cannot hold up requests (a child process).
 */
export async function importEmbeddedDemo(
  dataDir: string,
  geo: Geography,
  effects: BundledEffects,
): Promise<string> {
  const layout = dataDirLayout(dataDir);
  effects.logger.info('Demonstratiedata maken voor de thema’s zonder open data (gemarkeerd als DEMO) …');
  const demo = await generateDemoData(join(layout.root, 'demo'), EMBEDDED_DEMO);
  const result = await importFiles({ dataDir, files: demo.map((f) => f.path), geo, ...effects });
  rmSync(demoMarker(dataDir), { force: true });
  return result.releaseId;
}
