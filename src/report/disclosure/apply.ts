/** Turns computed rows into what may be shown: hidden counts become the typed `suppressed` state. */
import { type FigureValue, suppressed } from '../../domain/value.js';
import type { Category, IndicatorSpec } from '../../indicators/catalog-schema.js';
import type { IndicatorRow } from '../../indicators/compute.js';
import type { DisclosurePlan } from './plan.js';

type Hidden = 'primary' | 'secondary' | undefined;

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
  if (spec.unit === 'distinct') return rows.map((row) => protectDistinct(row, plan.threshold, mark));
  const states = categories.map((cat) =>
    hiddenCount(plan, period, areaId, spec, cat.key === 'total' ? undefined : cat),
  );
  const total = hiddenCount(plan, period, areaId, spec, undefined);
  const anyHidden =
    total === 'primary' || total === 'secondary' || states.some((s) => s === 'primary' || s === 'secondary');
  const protectedRows = rows.map((row, i) => {
    const cat = categories[i] as Category;
    let state = states[i];
    // A derived count (the "andere" row) is shown when it is the sum of shown cells, else hidden with a
    // true mark: "< T" below T, else "x".
    if (state === 'unknown')
      state =
        !anyHidden || sumOfShown(plan, period, areaId, spec, cat)
          ? undefined
          : row.count.state === 'value' && row.count.value < plan.threshold
            ? 'primary'
            : 'secondary';
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
 * A distinct count (the number of nationalities) is protected like a count: below the threshold it is
 * shown as "< T" (with a known total, "2 nationalities" pins a list of small counts).
 */
function protectDistinct(
  row: IndicatorRow,
  threshold: number,
  mark: (kind: 'primary' | 'secondary') => FigureValue,
): IndicatorRow {
  const small = (v: FigureValue) => v.state === 'value' && v.value > 0 && v.value < threshold;
  if (!small(row.count) && !small(row.relative)) return row;
  return { ...row, count: mark('primary'), relative: mark('primary') };
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
