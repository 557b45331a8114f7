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

/** Dutch month names, January first (for labels Intl does not give in the wanted form). */
export const DUTCH_MONTHS: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2021-01-01` → `1 januari 2021`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) throw new TypeError(`not an ISO date: ${iso}`);
  return longDate.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Short text for a value that is not a number, identical in every output (HTML, CSV, Excel, charts). */
export function stateText(v: Exclude<FigureValue, { state: 'value' }>): string {
  switch (v.state) {
    case 'not_available':
      return 'n.b.';
    case 'not_applicable':
    case 'division_by_zero':
      return '–';
    case 'suppressed':
      return v.kind === 'primary' ? `<${NBSP}${v.threshold}` : 'x';
  }
}

/** What the short text means, for a tooltip, a footnote or a screen reader. */
export function stateExplanation(v: Exclude<FigureValue, { state: 'value' }>): string {
  switch (v.state) {
    case 'not_available':
      return `niet beschikbaar: ${v.reason}`;
    case 'not_applicable':
      return 'niet van toepassing';
    case 'division_by_zero':
      return 'niet te berekenen (deling door nul)';
    case 'suppressed':
      return v.kind === 'primary'
        ? `minder dan ${v.threshold} (0 tot ${v.threshold - 1}): kleine aantallen worden niet getoond`
        : `verborgen, omdat dit cijfer anders een klein aantal (minder dan ${v.threshold}) zou verraden`;
  }
}

/** How a relative figure is shown: a share as %, a rate per 1.000 or 10.000, a gap in percentage points. */
export type RelativeKind = 'percent' | 'per_1000' | 'per_10000' | 'percentage_points';

export function formatRelative(fraction: number, kind: RelativeKind): string {
  switch (kind) {
    case 'percent':
      return formatPercent(fraction);
    case 'per_1000':
      return oneDecimal.format(fraction * 1000);
    case 'per_10000':
      return oneDecimal.format(fraction * 10000);
    case 'percentage_points': {
      const pp = fraction * 100;
      const sign = pp > 0.05 ? '+' : pp < -0.05 ? '−' : '';
      return `${sign}${oneDecimal.format(Math.abs(pp))}${NBSP}pp`;
    }
  }
}

/** Column header of a relative figure. */
export const RELATIVE_HEADER: Record<RelativeKind, string> = {
  percent: '%',
  per_1000: 'per 1.000',
  per_10000: 'per 10.000',
  percentage_points: 'kloof (pp)',
};

export function formatFigure(v: FigureValue, kind: 'count' | RelativeKind): string {
  if (v.state !== 'value') return stateText(v);
  return kind === 'count' ? formatCount(v.value) : formatRelative(v.value, kind);
}

const dateTime = new Intl.DateTimeFormat('nl-BE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Brussels',
});

/** A moment in Belgian time: `3 december 2026 om 09:15` (sign-ins, audit log, mail). */
export function formatDateTime(at: Date): string {
  return dateTime.format(at);
}
