/**
 * What outputs need of a solved plan, without its problem: which periods, areas and canonical keys it
 * covers, and which of those cells are hidden. Stored with the release (plan-store.ts), so a server that
 * starts on a release with solved plans answers its first page without rebuilding any problem.
 */
import type { Division } from '../../domain/division.js';
import type { Dataset } from '../../indicators/dataset.js';
import type { SuppressionKind } from '../../indicators/disclosure/index.js';
import { KeySpace } from './canonical.js';

/** A cell of a plan: a canonical key of an area (its plan id) on a period. */
export const cellId = (period: string, areaId: string, key: string): string => `${period}@${areaId}#${key}`;

export interface PlanIndex {
  /** The periods the plan covers: one, or for a quarterly dataset the quarters of a year and the year. */
  readonly periods: readonly string[];
  /** Codes present in the data per dimension (the plan's KeySpace). */
  readonly present: readonly (readonly string[])[];
  /** `division|level|nis` → the area's id in the plan, for every area with figures. */
  readonly areaIds: readonly (readonly [string, string])[];
  /** Every area id the plan has cells for (municipalities with figures and their aggregates). */
  readonly areas: readonly string[];
  /** The canonical keys of every count the plan covers (for every area id and period). */
  readonly keys: readonly string[];
}

export interface PlanLookup {
  readonly dataset: Dataset;
  readonly periods: readonly string[];
  readonly threshold: number;
  readonly keys: KeySpace;
  /** The area's id in the plan (its member municipalities), or undefined when it has no figures. */
  areaId(division: Division, level: string, nis: string): string | undefined;
  /** How a published count is hidden, or undefined when it is shown; `unknown` for counts outside the plan. */
  state(
    period: string,
    areaId: string,
    sets: ReadonlyArray<readonly string[] | undefined>,
  ): SuppressionKind | 'unknown' | undefined;
  /** 'primary' is shown as "< T" (a small count, or a zero hidden to protect one), 'secondary' as "x". */
  readonly suppressed: ReadonlyMap<string, SuppressionKind>;
  /** Set when no suppression could protect every small count, so every non-zero count is hidden: why. */
  readonly infeasible?: string;
  /** The index to store with the release. */
  readonly index: PlanIndex;
}

export function planFromIndex(
  dataset: Dataset,
  index: PlanIndex,
  suppressed: ReadonlyMap<string, SuppressionKind>,
  infeasible?: string,
): PlanLookup {
  const keys = new KeySpace(dataset, index.present);
  const periods = new Set(index.periods);
  const areaIds = new Map(index.areaIds);
  const covered = new Set(index.areas);
  const known = new Set(index.keys);
  return {
    dataset,
    periods: index.periods,
    threshold: dataset.disclosureThreshold,
    keys,
    suppressed,
    ...(infeasible === undefined ? {} : { infeasible }),
    index,
    areaId: (division, level, nis) => areaIds.get(`${division}|${level}|${nis}`),
    state: (period, areaId, sets) => {
      const key = keys.key(sets);
      if (!periods.has(period) || !covered.has(areaId) || !known.has(key)) return 'unknown';
      return suppressed.get(cellId(period, areaId, key));
    },
  };
}
