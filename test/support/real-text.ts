/** The real Statbel 2021 text file, unzipped once into a temp dir (for tests that derive files from it). */
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { listZipEntries, openZipEntry } from '../../src/sources/zip.js';
import { REAL_ZIP } from './real-release.js';

export async function extractRealText(dir: string, name = 'TF_SOC_POP_STRUCT_2021.txt'): Promise<string> {
  const [entry] = await listZipEntries(REAL_ZIP);
  if (!entry) throw new Error('empty zip');
  const path = join(dir, name);
  await pipeline(openZipEntry(REAL_ZIP, entry), createWriteStream(path));
  return path;
}
