/**
 * A figure is never a bare number: missing and impossible values are typed states,
 * rendered the same way in every output (never a silent 0 or blank).
 */
export type FigureValue =
  | { readonly state: 'value'; readonly value: number }
  | { readonly state: 'not_available'; readonly reason: string }
  | { readonly state: 'not_applicable' }
  | { readonly state: 'division_by_zero' }
  /**
   * Hidden to protect small numbers: primary, shown as "< threshold" (a count 0..threshold−1: a small
   * count, or a zero hidden to protect one), or secondary, shown as "x" (a count ≥ threshold that would
   * reveal one).
   */
  | { readonly state: 'suppressed'; readonly threshold: number; readonly kind: 'primary' | 'secondary' };

export type FigureState = FigureValue['state'];

export const value = (v: number): FigureValue => ({ state: 'value', value: v });
export const notAvailable = (reason: string): FigureValue => ({ state: 'not_available', reason });
export const NOT_APPLICABLE: FigureValue = { state: 'not_applicable' };
export const DIVISION_BY_ZERO: FigureValue = { state: 'division_by_zero' };
export const suppressed = (threshold: number, kind: 'primary' | 'secondary'): FigureValue => ({
  state: 'suppressed',
  threshold,
  kind,
});

export function hasValue(v: FigureValue): v is { state: 'value'; value: number } {
  return v.state === 'value';
}

/** numerator / denominator as a typed value. */
export function ratio(numerator: FigureValue, denominator: FigureValue): FigureValue {
  if (!hasValue(numerator)) return numerator;
  if (!hasValue(denominator)) return denominator;
  if (denominator.value === 0) return DIVISION_BY_ZERO;
  return value(numerator.value / denominator.value);
}
