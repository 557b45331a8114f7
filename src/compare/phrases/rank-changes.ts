/**
 * "The most notable changes" across indicators: notable changes first, then by score (a doubling of
 * a share counts 1, a tenfold rise 3,3; damped when the absolute change is under two material steps),
 * then by magnitude, then by key, so the order is total and reproducible.
 */
import type { Change } from './changes.js';

export interface RankOptions {
  /** At most this many (default: all). */
  readonly limit?: number;
  /** Also list changes that are not notable, after the notable ones (default false). */
  readonly includeAll?: boolean;
}

export function compareChanges(a: Change, b: Change): number {
  if (a.notable !== b.notable) return a.notable ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return b.magnitude - a.magnitude;
}

/** Ranks any items that carry a key and a change (e.g. one per indicator); items without a change are dropped. */
export function rankChanges<T extends { readonly key: string; readonly change: Change | null }>(
  items: readonly T[],
  options: RankOptions = {},
): (T & { readonly change: Change })[] {
  const ranked = items
    .filter((i): i is T & { readonly change: Change } => i.change !== null)
    .filter((i) => options.includeAll || i.change.notable)
    .sort((a, b) => compareChanges(a.change, b.change) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
