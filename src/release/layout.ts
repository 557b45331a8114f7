/** Where releases live inside a data directory (default ./var). */
import { join, resolve } from 'node:path';

export interface DataDirLayout {
  readonly root: string;
  readonly releases: string;
  readonly staging: string;
  readonly activePointer: string;
  readonly importLock: string;
  releaseDir(id: string): string;
  databaseFile(releaseDir: string): string;
  manifestFile(releaseDir: string): string;
}

export function dataDirLayout(dataDir: string): DataDirLayout {
  const root = resolve(dataDir);
  return {
    root,
    releases: join(root, 'releases'),
    staging: join(root, 'staging'),
    activePointer: join(root, 'active-release.json'),
    importLock: join(root, 'import.lock'),
    releaseDir: (id) => join(root, 'releases', id),
    databaseFile: (dir) => join(dir, 'release.duckdb'),
    manifestFile: (dir) => join(dir, 'manifest.json'),
  };
}
