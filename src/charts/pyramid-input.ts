/** What a population pyramid is drawn from (a report's PyramidBlock fits), and its totals. */
import type { FigureValue } from '../domain/value.js';
import type { SourceRef } from '../report/model.js';

export type PyramidCount = number | FigureValue;

/** Structurally a subset of the report's `PyramidBlock`, so a block can be passed as is. */
export interface PyramidInput {
  readonly title: string;
  readonly periodLabel: string;
  readonly source: SourceRef;
  /** The area, for the subtitle and the text alternative. */
  readonly areaLabel?: string;
  readonly demo?: boolean;
  /** Youngest first. */
  readonly bands: readonly {
    readonly label: string;
    readonly belgianMen: PyramidCount;
    readonly belgianWomen: PyramidCount;
    readonly foreignMen: PyramidCount;
    readonly foreignWomen: PyramidCount;
  }[];
}

export const asFigure = (c: PyramidCount): FigureValue =>
  typeof c === 'number' ? { state: 'value', value: c } : c;

export function sumCounts(counts: readonly PyramidCount[]): number {
  return counts.reduce<number>((t, c) => {
    const f = asFigure(c);
    return f.state === 'value' ? t + f.value : t;
  }, 0);
}
