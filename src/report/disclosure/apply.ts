/** Turns computed rows into what may be shown: hidden counts become the typed `suppressed` state. */
import { type FigureValue, notAvailable, suppressed } from '../../domain/value.js';
import type { Category, IndicatorSpec } from '../../indicators/catalog-schema.js';
import type { IndicatorRow } from '../../indicators/compute.js';
import type { DisclosurePlan } from './plan.js';

type Hidden = 'primary' | 'secondary' | undefined;

/** Why a derived count is not shown (its value would tell more than the hidden counts it comes from). */
export const WITHHELD_DERIVED = 'afgeschermd, omdat het uit verborgen aantallen volgt';

function hiddenCount(
  plan: DisclosurePlan,
  period: string,
  areaId: string,
  spec: IndicatorSpec,
  cat: Category | undefined,
): Hidden | 'unknown' {
  const sets = plan.keys.codeSets(spec.numerator.filter, cat?.filter);
  if (!sets) return undefined;
  const own = plan.state(period, areaId, sets);
  if (own && own !== 'unknown') return own;
  if (spec.numerator.minus) {
    const minusSets = plan.keys.codeSets(spec.numerator.minus, cat?.filter);
    const minus = minusSets ? plan.state(period, areaId, minusSets) : undefined;
    if (minus && minus !== 'unknown') return 'secondary';
  }
  return own;
}

function hiddenDenominator(
  plan: DisclosurePlan,
  period: string,
  areaId: string,
  spec: IndicatorSpec,
  cat: Category,
): boolean {
  const den = spec.denominator;
  if (!den || den.dataset !== plan.dataset.id) return false;
  const sets = plan.keys.codeSets(den.filter, den.perCategory ? cat.filter : undefined);
  const s = sets ? plan.state(period, areaId, sets) : undefined;
  return s === 'primary' || s === 'secondary';
}

/**
 * A count outside the plan (the "other countries" of a top-N list) is derived from published counts:
 * shown only when the total and every listed count are shown.
 */
export function protectRows(
  plan: DisclosurePlan | null,
  period: string,
  areaId: string | undefined,
  spec: IndicatorSpec,
  categories: readonly Category[],
  rows: readonly IndicatorRow[],
): IndicatorRow[] {
  if (!plan || !areaId) return [...rows];
  const mark = (kind: 'primary' | 'secondary'): FigureValue => suppressed(plan.threshold, kind);
  if (spec.unit === 'distinct') return protectDistinct(plan, period, areaId, spec, categories, rows);
  const states = categories.map((cat) =>
    hiddenCount(plan, period, areaId, spec, cat.key === 'total' ? undefined : cat),
  );
  const total = hiddenCount(plan, period, areaId, spec, undefined);
  const anyHidden =
    total === 'primary' || total === 'secondary' || states.some((s) => s === 'primary' || s === 'secondary');
  const protectedRows = rows.map((row, i) => {
    const cat = categories[i] as Category;
    const state = states[i];
    // A derived count outside the plan (the "andere" row): shown when the shown counts give it anyway,
    // else withheld without a mark. Any mark ("< T" or "x") would be a bound the plan never saw: with
    // the total hidden as "x", "andere < 5" bounds that total from above, and with the other lists of
    // the same total it pinned counts (the 2020 nationality lists).
    if (state === 'unknown') {
      if (!anyHidden || sumOfShown(plan, period, areaId, spec, cat)) return row;
      const withheld = notAvailable(WITHHELD_DERIVED);
      return {
        ...row,
        count: withheld,
        relative: row.relative.state === 'not_applicable' ? row.relative : withheld,
      };
    }
    const count = state ? mark(state) : row.count;
    const relative =
      state || hiddenDenominator(plan, period, areaId, spec, cat)
        ? row.relative.state === 'not_applicable'
          ? row.relative
          : mark(state ?? 'secondary')
        : row.relative;
    return { ...row, count, relative };
  });
  if (spec.unit !== 'percentage_points') return protectedRows;
  // A gap reveals the reference group's share: hide all gaps when that share is hidden.
  const reference = protectedRows.find((r) => r.key === spec.gapReference);
  if (reference?.relative.state !== 'suppressed') return protectedRows;
  return protectedRows.map((r) => ({ ...r, relative: mark('secondary') }));
}

/**
 * A distinct count (the number of nationalities) is an output too: it tells how many codes are not zero,
 * so next to a hidden "< T" (which may be a hidden zero) it says how many of the hidden ones are zeros
 * (Herstappe: "2 nationalities" with a known total pinned a list of small counts). It is shown only
 * where no code of its dimension is hidden as "< T" in that area (it then follows from the shown counts
 * and the "x" cells, all ≥ T), and never below the threshold; else it is withheld without a mark.
 */
function protectDistinct(
  plan: DisclosurePlan,
  period: string,
  areaId: string,
  spec: IndicatorSpec,
  categories: readonly Category[],
  rows: readonly IndicatorRow[],
): IndicatorRow[] {
  const dim = spec.distinct ? plan.keys.dataset.dimensions.findIndex((d) => d.name === spec.distinct) : -1;
  const withheld = notAvailable(WITHHELD_DERIVED);
  return rows.map((row, i) => {
    const cat = categories[i];
    const small = (v: FigureValue) => v.state === 'value' && v.value > 0 && v.value < plan.threshold;
    const anySmallHidden =
      dim < 0 ||
      (plan.keys.present[dim] ?? []).some((code) => {
        const sets = plan.keys.codeSets(
          spec.numerator.filter,
          cat && cat.key !== 'total' ? cat.filter : undefined,
        );
        if (!sets) return true;
        const s = plan.state(period, areaId, plan.keys.refine(sets, dim, code));
        return s === 'primary' || s === 'unknown';
      });
    if (!anySmallHidden && !small(row.count) && !small(row.relative)) return row;
    return {
      ...row,
      count: row.count.state === 'value' ? withheld : row.count,
      relative: row.relative.state === 'value' ? withheld : row.relative,
    };
  });
}

/** Whether a count outside the plan is a sum of cells the plan shows (along its one narrowed dimension). */
function sumOfShown(
  plan: DisclosurePlan,
  period: string,
  areaId: string,
  spec: IndicatorSpec,
  cat: Category,
): boolean {
  const sets = plan.keys.codeSets(spec.numerator.filter, cat.filter);
  const base = plan.keys.codeSets(spec.numerator.filter);
  if (!sets || !base) return false;
  const narrowed = sets.flatMap((s, i) => (plan.keys.key([s]) === plan.keys.key([base[i]]) ? [] : [i]));
  if (narrowed.length !== 1) return false;
  const dim = narrowed[0] as number;
  return plan.keys
    .codesOn(sets, dim)
    .every((code) => plan.state(period, areaId, plan.keys.refine(sets, dim, code)) === undefined);
}
