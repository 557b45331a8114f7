/** The 2019-2024 → 2025 municipality crosswalk as lookups in both directions. */
import type { NisCode } from '../domain/brand.js';
import type { CrosswalkEntry } from './types.js';

export interface CrosswalkIndex {
  readonly entries: readonly CrosswalkEntry[];
  readonly successorOf: ReadonlyMap<NisCode, NisCode>;
  /** 2025 code → its 2019-2024 codes, sorted. */
  readonly predecessorsOf: ReadonlyMap<NisCode, readonly NisCode[]>;
  readonly entryOf2024: ReadonlyMap<NisCode, CrosswalkEntry>;
}

export function indexCrosswalk(entries: readonly CrosswalkEntry[]): CrosswalkIndex {
  const successorOf = new Map<NisCode, NisCode>();
  const predecessorsOf = new Map<NisCode, NisCode[]>();
  const entryOf2024 = new Map<NisCode, CrosswalkEntry>();
  for (const e of entries) {
    successorOf.set(e.nis2024, e.nis2025);
    entryOf2024.set(e.nis2024, e);
    const list = predecessorsOf.get(e.nis2025);
    if (list) list.push(e.nis2024);
    else predecessorsOf.set(e.nis2025, [e.nis2024]);
  }
  for (const list of predecessorsOf.values()) list.sort();
  return { entries, successorOf, predecessorsOf, entryOf2024 };
}
