/** The real data shipped with the software: imported on first start when no release exists yet. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger, Progress } from '../domain/effects.js';
import type { Geography } from '../geo/index.js';
import { readActiveReleaseId } from './active.js';
import { importFiles } from './import.js';
import { dataDirLayout } from './layout.js';

export const BUNDLED_STATBEL_FILES = [
  resolve(dirname(fileURLToPath(import.meta.url)), '../../data/samples/TF_SOC_POP_STRUCT_2021.zip'),
];

export async function ensureRelease(
  dataDir: string,
  geo: Geography,
  effects: { logger: Logger; progress?: Progress },
): Promise<string> {
  const existing = readActiveReleaseId(dataDirLayout(dataDir));
  if (existing) return existing;
  effects.logger.info('Nog geen datarelease: de meegeleverde Statbel-cijfers worden eenmalig ingelezen.');
  const result = await importFiles({ dataDir, files: BUNDLED_STATBEL_FILES, geo, ...effects });
  return result.releaseId;
}
