/**
 * Suppression plans computed when a release is built, stored next to it per catalog version
 * (`<release>/disclosure/<catalog version>.json`), so pages never wait for the solver.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SuppressionKind } from '../../indicators/disclosure/index.js';
import type { ReleaseReader } from '../../release/release-reader.js';

export type StoredPlans = ReadonlyMap<string, ReadonlyMap<string, SuppressionKind>>;

const loaded = new WeakMap<ReleaseReader, Map<string, StoredPlans>>();

function file(release: ReleaseReader, catalogVersion: string): string {
  return join(release.dir, 'disclosure', `${catalogVersion}.json`);
}

export const planKey = (dataset: string, period: string): string => `${dataset}|${period}`;

export function storedPlans(release: ReleaseReader, catalogVersion: string): StoredPlans | undefined {
  let perVersion = loaded.get(release);
  if (!perVersion) {
    perVersion = new Map();
    loaded.set(release, perVersion);
  }
  if (perVersion.has(catalogVersion)) return perVersion.get(catalogVersion);
  const path = file(release, catalogVersion);
  if (!existsSync(path)) return undefined;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, [string, SuppressionKind][]>;
  const plans: StoredPlans = new Map(Object.entries(raw).map(([k, cells]) => [k, new Map(cells)]));
  perVersion.set(catalogVersion, plans);
  return plans;
}

export function writeStoredPlans(release: ReleaseReader, catalogVersion: string, plans: StoredPlans): void {
  mkdirSync(join(release.dir, 'disclosure'), { recursive: true });
  const raw = Object.fromEntries([...plans].map(([k, cells]) => [k, [...cells]]));
  writeFileSync(file(release, catalogVersion), JSON.stringify(raw));
}
