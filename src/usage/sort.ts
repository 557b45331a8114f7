/** Sorting the overview's table by a column (the page's headers link to `?sorteer=…&volgorde=…`). */
import type { UsageRow } from './overview.js';

export const SORT_KEYS = [
  'gemeente',
  'provincie',
  'gebruik',
  'laatst',
  'eigen',
  'bekeken',
  'downloads',
  'ingebed',
  'api',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'op' | 'af';

const collator = new Intl.Collator('nl-BE');
const ADOPTION_RANK = { eigen: 2, bekeken: 1, geen: 0 } as const;

const compare: Readonly<Record<SortKey, (a: UsageRow, b: UsageRow) => number>> = {
  gemeente: (a, b) => collator.compare(a.name, b.name),
  provincie: (a, b) => collator.compare(a.province, b.province),
  gebruik: (a, b) => ADOPTION_RANK[a.adoption] - ADOPTION_RANK[b.adoption],
  laatst: (a, b) => (a.lastOwnUse?.getTime() ?? 0) - (b.lastOwnUse?.getTime() ?? 0),
  eigen: (a, b) => a.ownUses - b.ownUses,
  bekeken: (a, b) => a.views - b.views,
  downloads: (a, b) => a.downloadsTotal - b.downloadsTotal,
  ingebed: (a, b) => a.embeds - b.embeds,
  api: (a, b) => a.api - b.api,
};

export function isSortKey(text: string | undefined): text is SortKey {
  return text !== undefined && (SORT_KEYS as readonly string[]).includes(text);
}

/** Sorted by `key` (ties by name, always ascending), ascending or descending. */
export function sortRows(rows: readonly UsageRow[], key: SortKey, order: SortOrder): UsageRow[] {
  const sign = order === 'af' ? -1 : 1;
  return [...rows].sort((a, b) => sign * compare[key](a, b) || collator.compare(a.name, b.name));
}
