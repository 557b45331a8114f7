/**
 * How a figure moved, in words: "steeg van 8,1 % op 1 januari 2015 tot 9,5 % op 1 januari 2021",
 * "bleef ongeveer gelijk (…)". Also whether the move is notable and how much (for ranking across
 * indicators). Rules and thresholds: docs/comparisons.md.
 */
import { formatPeriod, periodType } from '../../domain/period.js';
import type { FigureValue } from '../../domain/value.js';
import {
  clean,
  displayDifference,
  EQUAL_TOLERANCE,
  formatKindValue,
  MATERIAL_CHANGE,
  type PhraseKind,
} from './kinds.js';

/** The parts of the report's `SeriesPoint` read here (a `SeriesPoint` fits). */
export interface SeriesPointLike {
  readonly period: string;
  readonly periodLabel: string;
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly cells: readonly { readonly count: FigureValue; readonly relative: FigureValue }[];
}

export type ChangeDirection = 'up' | 'down' | 'same';
export type ChangeStrength = 'same' | 'slight' | 'plain' | 'double' | 'strong';

/** Relative thresholds (larger ÷ smaller) of a change over time. */
export const CHANGE_BOUNDS = { slight: 1.02, plain: 1.05, notable: 1.1, double: 1.75, strong: 2.5 } as const;
/** The largest factor a score counts (a change from 0 counts as this). */
export const SCORE_FACTOR_CAP = 16;

export interface ChangeEnd {
  readonly period: string;
  readonly periodLabel: string;
  readonly value: number;
}

export interface Change {
  readonly from: ChangeEnd;
  readonly to: ChangeEnd;
  readonly direction: ChangeDirection;
  readonly strength: ChangeStrength;
  /** Worth naming among "the most notable changes". */
  readonly notable: boolean;
  /** For ranking: log2 of the factor (capped at 16), damped when the absolute change is small; 0 if about equal. */
  readonly score: number;
  /** |change| in display units ÷ the material change of the unit (kinds.ts). */
  readonly magnitude: number;
  readonly demo: boolean;
  readonly provisional: boolean;
  /** Without subject, to follow e.g. "Het aandeel niet-Belgen ": 'steeg van 8,1 % op … tot 9,5 % op …'. */
  readonly text: string;
}

/** 'op 1 januari 2021', 'in 2020', 'in het 1e kwartaal 2024', 'in het schooljaar 2023-2024'. */
export function atPeriod(period: string): string {
  switch (periodType(period)) {
    case 'date':
      return `op ${formatPeriod(period)}`;
    case 'year':
      return `in ${period}`;
    case 'quarter':
    case 'school_year':
      return `in het ${formatPeriod(period)}`;
  }
}

const VERBS: Record<Exclude<ChangeStrength, 'same'>, Record<'up' | 'down', string>> = {
  slight: { up: 'steeg licht', down: 'daalde licht' },
  plain: { up: 'steeg', down: 'daalde' },
  double: { up: 'verdubbelde ongeveer,', down: 'halveerde ongeveer,' },
  strong: { up: 'steeg sterk', down: 'daalde sterk' },
};

function strengthOf(
  kind: PhraseKind,
  a: number,
  b: number,
): { strength: ChangeStrength; factor: number | null } {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const factor = kind === 'percentage_points' ? null : lo === 0 ? (hi === 0 ? 1 : null) : clean(hi / lo);
  if (displayDifference(a, b, kind) < EQUAL_TOLERANCE[kind]) return { strength: 'same', factor };
  if (kind === 'percentage_points') return { strength: 'plain', factor };
  if (factor === null) return { strength: 'strong', factor };
  if (factor < CHANGE_BOUNDS.slight) return { strength: 'same', factor };
  if (factor < CHANGE_BOUNDS.plain) return { strength: 'slight', factor };
  if (factor < CHANGE_BOUNDS.double) return { strength: 'plain', factor };
  return { strength: factor < CHANGE_BOUNDS.strong ? 'double' : 'strong', factor };
}

/** The value a change is about: the relative figure, or the count for counts. */
export function pointValue(point: SeriesPointLike, kind: PhraseKind, areaIndex = 0): FigureValue | undefined {
  const cell = point.cells[areaIndex];
  return kind === 'count' || kind === 'distinct' ? cell?.count : cell?.relative;
}

/** The change of one area's figure from one point to another; null if either has no value (or a negative share). */
export function describeChange(
  from: SeriesPointLike,
  to: SeriesPointLike,
  kind: PhraseKind,
  areaIndex = 0,
): Change | null {
  const va = pointValue(from, kind, areaIndex);
  const vb = pointValue(to, kind, areaIndex);
  if (va?.state !== 'value' || vb?.state !== 'value') return null;
  const a = va.value;
  const b = vb.value;
  if (kind !== 'percentage_points' && (a < 0 || b < 0)) return null;
  const { strength, factor } = strengthOf(kind, a, b);
  const direction: ChangeDirection = strength === 'same' ? 'same' : b > a ? 'up' : 'down';
  const diff = displayDifference(a, b, kind);
  const magnitude = clean(diff / MATERIAL_CHANGE[kind]);
  const material = diff >= MATERIAL_CHANGE[kind];
  const notable =
    direction !== 'same' &&
    material &&
    (kind === 'percentage_points' || factor === null || factor >= CHANGE_BOUNDS.notable);
  const score =
    direction === 'same'
      ? 0
      : kind === 'percentage_points'
        ? Math.min(Math.log2(SCORE_FACTOR_CAP), diff / 10)
        : Math.log2(Math.min(factor ?? SCORE_FACTOR_CAP, SCORE_FACTOR_CAP)) * Math.min(1, magnitude / 2);
  const start = `${formatKindValue(a, kind)} ${atPeriod(from.period)}`;
  const end = `${formatKindValue(b, kind)} ${atPeriod(to.period)}`;
  const text =
    direction === 'same'
      ? `bleef ongeveer gelijk (${start} en ${end})`
      : `${VERBS[strength as Exclude<ChangeStrength, 'same'>][direction]} van ${start} tot ${end}`;
  return {
    from: { period: from.period, periodLabel: from.periodLabel, value: a },
    to: { period: to.period, periodLabel: to.periodLabel, value: b },
    direction,
    strength,
    notable,
    score: clean(score),
    magnitude,
    demo: from.demo || to.demo,
    provisional: from.provisional || to.provisional,
    text,
  };
}

export interface SeriesChanges {
  /** From the point before the last to the last; null if either has no value. */
  readonly sincePrevious: Change | null;
  /** From the earliest point with a value to the last; null with fewer than two such points. */
  readonly overall: Change | null;
  /** The overall change is the same span as sincePrevious (say it once). */
  readonly overallIsPrevious: boolean;
}

/** A series oldest first (the report's `TableBlock.series`), for the area in column `areaIndex`. */
export function seriesChanges(
  series: readonly SeriesPointLike[],
  kind: PhraseKind,
  areaIndex = 0,
): SeriesChanges {
  const last = series.at(-1);
  const previous = series.at(-2);
  const sincePrevious = last && previous ? describeChange(previous, last, kind, areaIndex) : null;
  const first = series.slice(0, -1).find((p) => pointValue(p, kind, areaIndex)?.state === 'value');
  const overall = last && first ? describeChange(first, last, kind, areaIndex) : null;
  const overallIsPrevious =
    overall !== null && sincePrevious !== null && overall.from.period === sincePrevious.from.period;
  return { sincePrevious, overall, overallIsPrevious };
}
