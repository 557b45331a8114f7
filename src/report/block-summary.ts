/** The one plain-Dutch sentence under a block's title: what the figures say for the subject. */

import { formatCount, formatRelative, type RelativeKind } from '../domain/format.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';
import { relativeKindOf } from '../indicators/figure-kind.js';
import type { AreaRef, TableRow } from './model.js';

interface SummaryInput {
  readonly subject: AreaRef;
  readonly unit: Unit;
  readonly countLabel: string;
  readonly relativeLabel: string | null;
  readonly hasBreakdown: boolean;
  /** Each category has its own denominator (a rate per group), rather than shares of one total. */
  readonly perCategory: boolean;
  readonly rows: readonly TableRow[];
}

const numberOf = (v: FigureValue | undefined): number | undefined =>
  v?.state === 'value' ? v.value : undefined;

/** "16,3 % van de inwoners", "4,2 per 1.000 inwoners". */
export function relativePhrase(fraction: number, kind: RelativeKind, of: string | null): string {
  const figure = formatRelative(fraction, kind);
  if (kind === 'percent') return of ? `${figure} van ${/^(alle|elke) /.test(of) ? '' : 'de '}${of}` : figure;
  return of && kind !== 'percentage_points' ? `${figure} ${of}` : figure;
}

export function blockSummary(input: SummaryInput): string | null {
  const { subject, unit } = input;
  const where = subject.level === 'group' ? 'de vergelijkbare gemeenten' : subject.label;
  const kind = relativeKindOf(unit);
  if (!input.hasBreakdown) {
    const cell = input.rows[0]?.cells[0];
    const count = numberOf(cell?.count);
    if (count === undefined) return null;
    if (unit === 'distinct') return `In ${where} wonen mensen met ${formatCount(count)} ${input.countLabel}.`;
    const rel = numberOf(cell?.relative);
    const base = `In ${where} gaat het om ${formatCount(count)} ${input.countLabel}`;
    return kind && rel !== undefined
      ? `${base}: ${relativePhrase(rel, kind, input.relativeLabel)}.`
      : `${base}.`;
  }
  const shown = input.rows
    .filter((r) => r.key !== 'total')
    .map((r) => ({ row: r, rel: numberOf(r.cells[0]?.relative), count: numberOf(r.cells[0]?.count) }))
    .filter((x) => (kind ? x.rel !== undefined : x.count !== undefined));
  if (shown.length === 0) return null;
  if (kind === 'percentage_points') {
    const widest = shown.reduce((a, b) => (Math.abs(b.rel ?? 0) > Math.abs(a.rel ?? 0) ? b : a));
    return `Grootste verschil in ${where}: ${widest.row.label}, ${formatRelative(widest.rel ?? 0, kind)}.`;
  }
  const top = shown.reduce((a, b) =>
    (kind ? (b.rel ?? 0) > (a.rel ?? 0) : (b.count ?? 0) > (a.count ?? 0)) ? b : a,
  );
  const countText = top.count !== undefined ? `${formatCount(top.count)} ${input.countLabel}` : null;
  if (!kind || top.rel === undefined) return `Grootste groep in ${where}: ${top.row.label}, ${countText}.`;
  // Shares of one whole name its largest part; rates per category (each its own denominator) the highest.
  if (kind === 'percent' && !input.perCategory)
    return `Grootste groep in ${where}: ${top.row.label}, ${formatRelative(top.rel, kind)}${countText ? ` (${countText})` : ''}.`;
  const rel = relativePhrase(top.rel, kind, kind === 'percent' ? null : input.relativeLabel);
  return `Hoogste cijfer in ${where}: ${top.row.label}, ${rel}${countText ? ` (${countText})` : ''}.`;
}
