/**
 * A group of municipalities as one comparison column (the similar municipalities): counts and rates
 * are computed from the members' summed facts, and a figure of the group is shown only when every
 * member's figure for it is shown — so the group reveals nothing that its members' published figures
 * do not already give away (no small count can be recovered by subtracting members from the group).
 */
import { type FigureValue, suppressed } from '../domain/value.js';
import type { AreaFacts } from '../indicators/area-facts.js';
import type { IndicatorRow, TableOrReason } from '../indicators/compute.js';
import { FactTable } from '../indicators/fact-table.js';

/** Adds the group's summed facts to `facts` under `key`, for every dataset and period loaded. */
export function addGroupFacts(facts: AreaFacts, key: string, memberKeys: readonly string[]): void {
  for (const dataset of facts.datasets.keys())
    for (const period of facts.periods(dataset)) {
      const parts = memberKeys.map(
        (m) => facts.get(dataset, period, m) ?? { missing: `geen cijfers voor ${period}` },
      );
      facts.set(dataset, period, key, sumTables(parts));
    }
}

/** The sum of the members' tables, or the first reason one of them has none. */
export function sumTables(tables: readonly TableOrReason[]): TableOrReason {
  const first = tables[0];
  if (!first) return { missing: 'geen gemeenten in de groep' };
  if ('missing' in first) return first;
  const sum = new FactTable(first.dataset);
  for (const t of tables) {
    if ('missing' in t) return t;
    sum.addAll(t);
  }
  return sum;
}

const shown = (v: FigureValue | undefined): boolean =>
  v !== undefined && (v.state === 'value' || v.state === 'not_applicable');

/**
 * The group's rows from the rows computed on the summed facts and the members' published rows (after
 * their own protection): a count needs every member's count shown, a rate every member's count and rate.
 */
export function protectGroupRows(
  computed: readonly IndicatorRow[],
  members: readonly (readonly IndicatorRow[])[],
  threshold: number,
): IndicatorRow[] {
  const hidden = suppressed(threshold, 'secondary');
  return computed.map((row, i) => {
    const countsShown = members.every((m) => shown(m[i]?.count));
    const ratesShown = countsShown && members.every((m) => shown(m[i]?.relative));
    return {
      ...row,
      count: countsShown ? row.count : hidden,
      relative: ratesShown || row.relative.state === 'not_applicable' ? row.relative : hidden,
    };
  });
}
