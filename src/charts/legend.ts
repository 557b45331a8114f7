/** A static legend (no toggling: a hidden area would leave its notes behind) with its estimated height. */
import type { LegendComponentOption } from 'echarts/components';
import { MARGIN } from './frame.js';
import { INK } from './palette.js';
import { labelText, textWidth } from './text.js';

const ITEM_WIDTH = 18;
const ROW_HEIGHT = 20;
const GAP = 16;

export function legendOption(
  names: readonly string[],
  width: number,
  top: number,
  extra: Partial<LegendComponentOption> = {},
): { option: LegendComponentOption; height: number } {
  const available = width - 2 * MARGIN;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const w = ITEM_WIDTH + 5 + textWidth(name, 12) + GAP;
    if (used > 0 && used + w > available) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return {
    option: {
      show: true,
      type: 'plain',
      left: MARGIN,
      top,
      width: available,
      orient: 'horizontal',
      itemWidth: ITEM_WIDTH,
      itemHeight: 10,
      itemGap: GAP,
      selectedMode: false,
      textStyle: { color: INK, fontSize: 12 },
      data: names.map((n) => labelText(n)),
      ...extra,
    },
    height: rows * ROW_HEIGHT + 8,
  };
}
