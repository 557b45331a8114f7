/**
 * A group of municipalities as one comparison column (the similar municipalities): counts and rates
 * are computed from the members' facts summed in the database (release/group-facts.ts), and a figure
 * of the group is shown only when every member's figure for it is shown — so the group reveals nothing
 * that its members' published figures do not already give away (no small count can be recovered by
 * subtracting members from the group).
 */
import { type FigureValue, NOT_APPLICABLE, notAvailable, suppressed, value } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';
import type { IndicatorRow } from '../indicators/compute.js';
import { WITHHELD_DERIVED } from './disclosure/apply.js';

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
  // Withheld without a count mark: "x" promises a count ≥ T, which a group of small counts is not.
  const withheld = notAvailable(WITHHELD_DERIVED);
  return computed.map((row, i) => {
    const countsShown = members.every((m) => shown(m[i]?.count));
    const ratesShown = countsShown && members.every((m) => shown(m[i]?.relative));
    return {
      ...row,
      count: countsShown ? row.count : withheld,
      relative: ratesShown || row.relative.state === 'not_applicable' ? row.relative : hidden,
    };
  });
}

/**
 * What the group column shows, so that it compares with one municipality: for a share or rate the
 * group's own (all members together), without the summed count (ten municipalities' people added up
 * compare with nothing); for a count the average per member municipality; a number of distinct codes
 * has no average and is not shown. `GROUP_COLUMN_NOTE` says so under the column's name.
 */
export function groupColumnRows(rows: readonly IndicatorRow[], unit: Unit, members: number): IndicatorRow[] {
  return rows.map((row) => {
    if (unit !== 'count') return { ...row, count: NOT_APPLICABLE };
    const c = row.count;
    return { ...row, count: c.state === 'value' && members > 0 ? value(Math.round(c.value / members)) : c };
  });
}

/** The line under the group column's name: what its figures are. */
export function groupColumnNote(unit: Unit): string {
  if (unit === 'count') return 'gemiddelde per gemeente';
  if (unit === 'distinct') return 'niet op te tellen';
  return 'samen genomen';
}
