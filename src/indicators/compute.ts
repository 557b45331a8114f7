/** Computes one catalog indicator for one area and period from its fact tables. Pure. */
import {
  DIVISION_BY_ZERO,
  type FigureValue,
  NOT_APPLICABLE,
  notAvailable,
  ratio,
  value,
} from '../domain/value.js';
import type { Category, IndicatorSpec, Measure } from './catalog-schema.js';
import type { FactTable } from './fact-table.js';

export interface IndicatorRow {
  /** Category key, or `total` for an indicator without breakdown. */
  readonly key: string;
  readonly label: string;
  /** The count (numerator); for unit `distinct` the number of different codes. */
  readonly count: FigureValue;
  /** numerator / denominator as a fraction (percent, per 1.000 … are formatting), a difference for gaps, else not applicable. */
  readonly relative: FigureValue;
}

/** A table, or why there is none for this area and period. */
export type TableOrReason = FactTable | { readonly missing: string };

export interface IndicatorInputs {
  readonly numerator: TableOrReason;
  readonly denominator?: TableOrReason;
}

function isTable(t: TableOrReason | undefined): t is FactTable {
  return t !== undefined && !('missing' in t);
}

function measure(table: FactTable, m: Measure, category: Category | undefined): number {
  const plus = table.sum(m.filter, category?.filter);
  return m.minus ? plus - table.sum(m.minus, category?.filter) : plus;
}

export function computeIndicator(
  spec: IndicatorSpec,
  categories: readonly Category[],
  inputs: IndicatorInputs,
): IndicatorRow[] {
  const num = inputs.numerator;
  const den = inputs.denominator;
  const rows = categories.map((cat): IndicatorRow => {
    if (!isTable(num)) {
      const missing = notAvailable(num.missing);
      return { key: cat.key, label: cat.label, count: missing, relative: missing };
    }
    if (spec.unit === 'distinct' && spec.distinct) {
      const present = [...num.sumBy(spec.distinct, spec.numerator.filter, cat.filter).values()].filter(
        (n) => n > 0,
      );
      return { key: cat.key, label: cat.label, count: value(present.length), relative: NOT_APPLICABLE };
    }
    const count = value(measure(num, spec.numerator, cat));
    if (!spec.denominator) return { key: cat.key, label: cat.label, count, relative: NOT_APPLICABLE };
    if (!isTable(den))
      return { key: cat.key, label: cat.label, count, relative: notAvailable(den?.missing ?? 'geen noemer') };
    const denominator = value(measure(den, spec.denominator, spec.denominator.perCategory ? cat : undefined));
    return { key: cat.key, label: cat.label, count, relative: ratio(count, denominator) };
  });
  if (spec.unit !== 'percentage_points') return rows;
  const reference = rows.find((r) => r.key === spec.gapReference)?.relative;
  return rows.map((r) => ({ ...r, relative: gap(r.relative, reference) }));
}

function gap(share: FigureValue, reference: FigureValue | undefined): FigureValue {
  if (!reference) return notAvailable('geen referentiegroep');
  if (share.state !== 'value') return share;
  if (reference.state !== 'value')
    return reference.state === 'division_by_zero' ? DIVISION_BY_ZERO : reference;
  return value(share.value - reference.value);
}
