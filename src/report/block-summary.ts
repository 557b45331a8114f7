/** The one plain-Dutch sentence under a block's title: what the figures say for the subject. */

import { countNoun } from '../compare/phrases/index.js';
import { formatCount, formatRelative, type RelativeKind } from '../domain/format.js';
import type { FigureValue } from '../domain/value.js';
import type { Unit } from '../indicators/catalog-schema.js';
import { relativeKindOf } from '../indicators/figure-kind.js';
import type { AreaRef, TableRow } from './model.js';

export interface SummaryInput {
  readonly subject: AreaRef;
  readonly unit: Unit;
  readonly countLabel: string;
  readonly relativeLabel: string | null;
  readonly hasBreakdown: boolean;
  /** Each category has its own denominator (a rate per group), rather than shares of one total. */
  readonly perCategory: boolean;
  /** The count is a balance (in minus out, such as a migration balance): it names a figure, not people. */
  readonly balance?: boolean;
  readonly rows: readonly TableRow[];
}

const numberOf = (v: FigureValue | undefined): number | undefined =>
  v?.state === 'value' ? v.value : undefined;

/** A category that holds "the rest" (other countries, other statutes): a remainder, not a group. */
export function isRemainder(row: Pick<TableRow, 'key' | 'label'>): boolean {
  return row.key === 'andere' && /^andere\b/i.test(row.label);
}

/** "16,3 % van de inwoners", "4,2 per 1.000 inwoners op 1 januari". */
export function relativePhrase(fraction: number, kind: RelativeKind, of: string | null): string {
  const figure = formatRelative(fraction, kind);
  switch (kind) {
    case 'percent':
      return of ? `${figure} van ${/^(alle|elke) /.test(of) ? '' : 'de '}${of}` : figure;
    case 'per_1000':
    case 'per_10000': {
      const per = kind === 'per_1000' ? 'per 1.000' : 'per 10.000';
      return `${figure} ${per}${of ? ` ${of.replace(/^(alle|elke) /, '')}` : ''}`;
    }
    case 'percentage_points':
      return figure;
  }
}

/** "6.109 niet-Belgen", "1 niet-Belg". */
function counted(count: number, label: string): string {
  return `${formatCount(count)} ${countNoun(label, count)}`;
}

function totalSentence(input: SummaryInput, where: string, kind: RelativeKind | null): string | null {
  const cell = input.rows[0]?.cells[0];
  const count = numberOf(cell?.count);
  if (count === undefined) return null;
  if (input.unit === 'distinct') return `In ${where} wonen mensen met ${counted(count, input.countLabel)}.`;
  const rel = numberOf(cell?.relative);
  const relText =
    kind && rel !== undefined ? minusSign(relativePhrase(rel, kind, input.relativeLabel)) : null;
  if (input.balance) {
    const signed = count > 0 ? `+${formatCount(count)}` : minusSign(formatCount(count));
    const base = `In ${where} bedroeg het ${input.countLabel} ${signed}`;
    return relText ? `${base}, of ${relText}.` : `${base}.`;
  }
  const base = `In ${where} gaat het om ${counted(count, input.countLabel)}`;
  if (!relText) return `${base}.`;
  return kind === 'percent' ? `${base}: ${relText}.` : `${base}, of ${relText}.`;
}

interface Candidate {
  readonly row: TableRow;
  readonly rel: number | undefined;
  readonly count: number | undefined;
}

/** The shown categories, and whether some are hidden (their figure unknown to the reader). */
function candidates(
  input: SummaryInput,
  kind: RelativeKind | null,
): { shown: Candidate[]; hidden: number; named: number } {
  const rows = input.rows.filter((r) => r.key !== 'total');
  const all = rows.map((r) => ({
    row: r,
    rel: numberOf(r.cells[0]?.relative),
    count: numberOf(r.cells[0]?.count),
  }));
  const shown = all.filter((x) => (kind ? x.rel !== undefined : x.count !== undefined));
  const hidden = all.filter((x) => {
    const v = kind ? x.row.cells[0]?.relative : x.row.cells[0]?.count;
    return v?.state === 'suppressed';
  }).length;
  return { shown, hidden, named: rows.filter((r) => !isRemainder(r)).length };
}

export function blockSummary(input: SummaryInput): string | null {
  const { subject, unit } = input;
  const where = subject.level === 'group' ? 'de vergelijkbare gemeenten' : subject.label;
  const kind = relativeKindOf(unit);
  if (!input.hasBreakdown) return totalSentence(input, where, kind);
  const { shown, hidden, named: namedRows } = candidates(input, kind);
  const shares = kind === null || (kind === 'percent' && !input.perCategory);
  // Shares of one whole leave 1 − Σ shown to the hidden categories; elsewhere a hidden one may be the largest.
  const hiddenMass =
    hidden === 0
      ? 0
      : kind === 'percent' && shares
        ? 1 - shown.reduce((s, x) => s + (x.rel ?? 0), 0)
        : Infinity;
  if (kind === 'percentage_points') {
    if (hidden > 0) return null;
    const gaps = shown.filter((x) => (x.rel ?? 0) !== 0);
    if (gaps.length === 0) return null;
    const widest = gaps.reduce((a, b) => (Math.abs(b.rel ?? 0) > Math.abs(a.rel ?? 0) ? b : a));
    return `Grootste verschil in ${where}: ${widest.row.label}, ${formatRelative(widest.rel ?? 0, kind)}.`;
  }
  const measure = (x: Candidate) => (kind ? (x.rel ?? 0) : (x.count ?? 0));
  const named = shown.filter((x) => !isRemainder(x.row));
  if (named.length === 0) return null;
  const top = named.reduce((a, b) => (measure(b) > measure(a) ? b : a));
  if (measure(top) <= 0 || measure(top) <= hiddenMass) return null;
  const remainderLarger = shown.some((x) => isRemainder(x.row) && measure(x) > measure(top));
  const countText = top.count !== undefined ? counted(top.count, input.countLabel) : null;
  // Equal figures are named together ("elk"); more than three equal ones say nothing about a largest.
  const tied = named.filter((x) => measure(x) === measure(top));
  if (tied.length > 3) return null;
  const labels = joinDutch(tied.map((x) => x.row.label));
  const each = tied.length > 1 ? 'elk ' : '';
  if (shares) {
    const figure = kind
      ? `${formatRelative(top.rel ?? 0, kind)}${countText ? ` (${countText})` : ''}`
      : countText;
    if (namedRows === 1) return `${capitalise(top.row.label)} in ${where}: ${figure}.`;
    const what = `${remainderLarger ? 'Grootste afzonderlijke ' : 'Grootste '}${tied.length > 1 ? 'groepen' : 'groep'}`;
    return `${what} in ${where}: ${labels}, ${each}${figure}.`;
  }
  // Rates per category (each its own denominator) name the highest.
  const rel = relativePhrase(top.rel ?? 0, kind, kind === 'percent' ? null : input.relativeLabel);
  if (tied.length > 1) return `Hoogste cijfer in ${where}: ${labels}, elk ${rel}.`;
  return `Hoogste cijfer in ${where}: ${top.row.label}, ${rel}${countText ? ` (${countText})` : ''}.`;
}

function joinDutch(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** A typographic minus for a negative figure ("−2,1"), as the gaps in percentage points have. */
function minusSign(text: string): string {
  return text.replace(/^-(?=\d)/, '−');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
