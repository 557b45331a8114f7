/**
 * Pixel layout of horizontal grouped bars, computed here (not left to ECharts) so the text of a
 * figure without a value can be placed exactly where its bar would have been. Mirrors ECharts'
 * placement of bars with a fixed `barWidth` and `barGap` around the centre of their category band.
 */

export interface BarLayoutInput {
  /** Number of label lines of each category. */
  readonly categories: readonly number[];
  readonly seriesCount: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
}

export interface BarLayout {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly band: number;
  readonly barWidth: number;
  /** Bars too thin for a value label each: only the subject's bars are labelled. */
  readonly dense: boolean;
  /** ECharts `barGap`: the gap between bars of one category, as a percentage of the bar width. */
  readonly barGap: string;
  /** Vertical centre (px) of the bar of series `j` in category `i`. */
  barCentre(i: number, j: number): number;
}

const GAP_PX = 2;
const LINE_HEIGHT = 14;

export function barLayout(input: BarLayoutInput): BarLayout {
  const n = Math.max(1, input.seriesCount);
  const dense = n > 1 && n * input.categories.length > 40;
  const barWidth = n === 1 ? 18 : dense ? 7 : n <= 3 ? 12 : 10;
  const groupWidth = n * barWidth + (n - 1) * GAP_PX;
  const lines = Math.max(1, ...input.categories);
  const band = Math.max(groupWidth + (n === 1 ? 10 : 14), lines * LINE_HEIGHT + 8);
  const top = input.top;
  const bottom = top + band * Math.max(1, input.categories.length);
  return {
    left: input.left,
    right: input.right,
    top,
    bottom,
    band,
    barWidth,
    dense,
    barGap: `${Math.round((GAP_PX / barWidth) * 10000) / 100}%`,
    barCentre: (i, j) => top + (i + 0.5) * band - groupWidth / 2 + j * (barWidth + GAP_PX) + barWidth / 2,
  };
}
