/**
 * The one place where numbers, shares and dates become Dutch (nl-BE) text:
 * `529.417`, `21,7 %`, `1 januari 2021`. Used by HTML, narrative text and every other output.
 */
import type { FigureValue } from './value.js';

const NBSP = '\u00a0';
const integer = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatCount(n: number): string {
  return integer.format(n);
}

/** A share 0–1 as a percentage with one decimal and a (non-breaking) space: `21,7 %`. */
export function formatPercent(share: number): string {
  return `${oneDecimal.format(share * 100)}${NBSP}%`;
}

/** `2021-01-01` → `1 januari 2021`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) throw new TypeError(`not an ISO date: ${iso}`);
  return longDate.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Short texts for values that are not numbers, identical in every output. */
export const STATE_TEXT = {
  not_available: 'n.b.',
  not_applicable: '–',
  division_by_zero: '–',
} as const;

export const STATE_EXPLANATION = {
  not_available: 'niet beschikbaar',
  not_applicable: 'niet van toepassing',
  division_by_zero: 'niet te berekenen (deling door nul)',
} as const;

export function formatFigure(v: FigureValue, kind: 'count' | 'percent'): string {
  if (v.state !== 'value') return STATE_TEXT[v.state];
  return kind === 'count' ? formatCount(v.value) : formatPercent(v.value);
}
