/**
 * Suppression plans computed when a release is built, stored next to it per catalog version
 * (`<release>/disclosure/<catalog version>.json`), so pages never wait for the solver. Each plan is
 * stored with its index (plan-index.ts), so a server restored from the file needs no problem rebuilt;
 * files of the first format (hidden cells only) are still read, their plans rebuilt on first use.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SuppressionKind } from '../../indicators/disclosure/index.js';
import type { ReleaseReader } from '../../release/release-reader.js';
import type { PlanIndex } from './plan-index.js';

export type StoredPlans = ReadonlyMap<string, ReadonlyMap<string, SuppressionKind>>;

export interface StoredPlan {
  readonly suppressed: ReadonlyMap<string, SuppressionKind>;
  /** Absent in files of the first format. */
  readonly index?: PlanIndex;
  readonly infeasible?: string;
}

interface FileEntry {
  readonly suppressed: [string, SuppressionKind][];
  readonly index: PlanIndex;
  readonly infeasible?: string;
}

const FORMAT = 2;

const loaded = new WeakMap<ReleaseReader, Map<string, ReadonlyMap<string, StoredPlan>>>();

function file(release: ReleaseReader, catalogVersion: string): string {
  return join(release.dir, 'disclosure', `${catalogVersion}.json`);
}

export const planKey = (dataset: string, period: string): string => `${dataset}|${period}`;

function parse(text: string): ReadonlyMap<string, StoredPlan> {
  const raw = JSON.parse(text) as
    | { format: typeof FORMAT; plans: Record<string, FileEntry> }
    | Record<string, [string, SuppressionKind][]>;
  if ('format' in raw && raw.format === FORMAT && 'plans' in raw) {
    const plans = raw.plans as Record<string, FileEntry>;
    return new Map(
      Object.entries(plans).map(([k, e]) => [
        k,
        {
          suppressed: new Map(e.suppressed),
          index: e.index,
          ...(e.infeasible === undefined ? {} : { infeasible: e.infeasible }),
        },
      ]),
    );
  }
  const first = raw as Record<string, [string, SuppressionKind][]>;
  return new Map(Object.entries(first).map(([k, cells]) => [k, { suppressed: new Map(cells) }]));
}

/** Every stored plan of a release and catalog version (read once per reader), or undefined when not solved. */
export function storedPlanEntries(
  release: ReleaseReader,
  catalogVersion: string,
): ReadonlyMap<string, StoredPlan> | undefined {
  let perVersion = loaded.get(release);
  if (!perVersion) {
    perVersion = new Map();
    loaded.set(release, perVersion);
  }
  const hit = perVersion.get(catalogVersion);
  if (hit) return hit;
  const path = file(release, catalogVersion);
  if (!existsSync(path)) return undefined;
  const plans = parse(readFileSync(path, 'utf8'));
  perVersion.set(catalogVersion, plans);
  return plans;
}

/** The hidden cells of every stored plan (dataset|period → cell → kind). */
export function storedPlans(release: ReleaseReader, catalogVersion: string): StoredPlans | undefined {
  const entries = storedPlanEntries(release, catalogVersion);
  return entries && new Map([...entries].map(([k, e]) => [k, e.suppressed]));
}

export function writeStoredPlans(
  release: ReleaseReader,
  catalogVersion: string,
  plans: ReadonlyMap<string, Required<Pick<StoredPlan, 'suppressed' | 'index'>> & StoredPlan>,
): void {
  mkdirSync(join(release.dir, 'disclosure'), { recursive: true });
  const entries: Record<string, FileEntry> = {};
  for (const [k, p] of plans)
    entries[k] = {
      suppressed: [...p.suppressed],
      index: p.index,
      ...(p.infeasible === undefined ? {} : { infeasible: p.infeasible }),
    };
  writeFileSync(file(release, catalogVersion), JSON.stringify({ format: FORMAT, plans: entries }));
  loaded.get(release)?.delete(catalogVersion);
}
