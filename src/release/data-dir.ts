/**
 * The data directory an import writes into: checked before the lock is taken, so `--data-dir` naming a
 * file or a directory without write permission is an InputError naming it, not a raw EEXIST or EACCES.
 * Under the import lock, staging directories left by a killed import are removed.
 */
import { accessSync, constants, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { InputError } from '../domain/input-error.js';
import { systemReason } from '../sources/input-file.js';
import type { DataDirLayout } from './layout.js';

export function prepareDataDir(layout: DataDirLayout): void {
  const where = { file: layout.root };
  const expected = 'een beschrijfbare gegevensmap (--data-dir)';
  let isDirectory: boolean | undefined;
  try {
    isDirectory = statSync(layout.root).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new InputError(where, expected, systemReason(error));
  }
  if (isDirectory === false) throw new InputError(where, expected, 'een bestand, geen map');
  try {
    if (isDirectory === undefined) mkdirSync(layout.root, { recursive: true });
    accessSync(layout.root, constants.W_OK | constants.X_OK);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'een bestand in het pad' : systemReason(error);
    throw new InputError(where, expected, reason);
  }
}

/** Only while holding the import lock: whatever is in staging/ belongs to an import that was killed. */
export function removeStaleStaging(layout: DataDirLayout): string[] {
  let names: string[];
  try {
    names = readdirSync(layout.staging);
  } catch {
    return [];
  }
  for (const name of names) rmSync(`${layout.staging}/${name}`, { recursive: true, force: true });
  return names;
}
