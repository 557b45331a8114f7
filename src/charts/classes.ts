/**
 * Classes of a choropleth: quantile breaks (each class about as many municipalities), robust to
 * outliers and to skewed shares, rounded to the power of ten below the smallest gap between them
 * (never finer than the labels show) so the legend reads `5 tot 7,5 %`. A value v is in class k
 * when break[k-1] ≤ v < break[k].
 */
import { formatTick, type PlotKind } from './figures.js';
import { SEQUENTIAL_5 } from './palette.js';

export interface MapClasses {
  /** Ascending, in display units; one fewer than the classes. */
  readonly breaks: readonly number[];
  /** Legend text per class: `minder dan 5 %`, `5 tot 7,5 %`, `20 % of meer`. */
  readonly labels: readonly string[];
  readonly colours: readonly string[];
}

/** Quantile breaks (linear interpolation) of `values`, rounded, duplicates and empty classes dropped. */
export function quantileBreaks(values: readonly number[], classes: number, kind: PlotKind): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined || min === max) return [];
  const raw = Array.from({ length: classes - 1 }, (_, k) => quantile(sorted, (k + 1) / classes));
  const step = roundingStep([min, ...raw, max], kind);
  const breaks: number[] = [];
  for (const q of raw) {
    const b = roundTo(q, step);
    if (b > min && b <= max && b > (breaks[breaks.length - 1] ?? Number.NEGATIVE_INFINITY)) breaks.push(b);
  }
  return breaks;
}

export function mapClasses(values: readonly number[], kind: PlotKind, classes = 5): MapClasses {
  const breaks = quantileBreaks(values, classes, kind);
  return { breaks, labels: classLabels(breaks, kind), colours: classColours(breaks.length + 1) };
}

/** The class of a value: the number of breaks at or below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k < breaks.length && value >= (breaks[k] as number)) k++;
  return k;
}

export function classLabels(breaks: readonly number[], kind: PlotKind): string[] {
  const text = breaks.map((b) => formatTick(b, kind));
  if (text.length === 0) return ['alle gemeenten'];
  return [
    `minder dan ${text[0]}`,
    ...text.slice(1).map((t, i) => `${withoutSharedUnit(text[i] as string, t)} tot ${t}`),
    `${text[text.length - 1]} of meer`,
  ];
}

/** `n` colours of the sequential palette, spread from light to dark. */
export function classColours(n: number): string[] {
  if (n <= 1) return [SEQUENTIAL_5[2]];
  const last = SEQUENTIAL_5.length - 1;
  return Array.from({ length: n }, (_, i) => SEQUENTIAL_5[Math.round((i * last) / (n - 1))] as string);
}

function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (pos - lo);
}

/** The power of ten below the smallest gap between the breaks (and the extremes); at least 0,1 (what the labels show), 1 for counts. */
function roundingStep(points: readonly number[], kind: PlotKind): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < points.length; i++) {
    const d = (points[i] as number) - (points[i - 1] as number);
    if (d > 0) gap = Math.min(gap, d);
  }
  const floor = kind === 'count' ? 1 : 0.1;
  return Number.isFinite(gap) ? Math.max(10 ** Math.floor(Math.log10(gap)), floor) : floor;
}

function roundTo(v: number, step: number): number {
  return Math.round(Math.round(v / step) * step * 1e9) / 1e9;
}

/** `5 %` and `7,5 %` → `5` (the unit is said once, after the second number). */
function withoutSharedUnit(first: string, second: string): string {
  const unit = /\u00a0(%|pp)$/.exec(second)?.[0];
  return unit && first.endsWith(unit) ? first.slice(0, -unit.length) : first;
}
