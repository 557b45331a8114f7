/**
 * The releases in the data directory, newest first, each with its manifest: what `/beheer/data` shows
 * as the history. Read from the files (the CLI's imports are there too), not from the store.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataDirLayout } from '../release/layout.js';
import { type Manifest, readManifest } from '../release/manifest.js';

export interface ReleaseEntry {
  readonly id: string;
  readonly manifest: Manifest;
}

export const RELEASE_ID = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;

export function readRelease(layout: DataDirLayout, id: string): ReleaseEntry | undefined {
  if (!RELEASE_ID.test(id)) return undefined;
  const file = layout.manifestFile(layout.releaseDir(id));
  if (!existsSync(file) || !existsSync(layout.databaseFile(layout.releaseDir(id)))) return undefined;
  return { id, manifest: readManifest(file) };
}

export function listReleases(layout: DataDirLayout): ReleaseEntry[] {
  if (!existsSync(layout.releases)) return [];
  return readdirSync(layout.releases)
    .flatMap((id) => {
      const entry = readRelease(layout, id);
      return entry ? [entry] : [];
    })
    .sort((a, b) => b.manifest.builtAt.localeCompare(a.manifest.builtAt) || b.id.localeCompare(a.id));
}

/** Whether the suppression plans of this catalog version are stored with the release. */
export function hasPlans(layout: DataDirLayout, id: string, catalogVersion: string): boolean {
  return existsSync(join(layout.releaseDir(id), 'disclosure', `${catalogVersion}.json`));
}
