/**
 * The text around every chart: title and subtitle on top (with the DEMO mark), notes and the source
 * line at the bottom; laid out with estimated line heights so the plot can be placed beneath.
 */
import type { TitleComponentOption } from 'echarts/components';
import { INK, MUTED_INK } from './palette.js';
import { labelText, wrapText } from './text.js';

export interface FrameText {
  readonly title: string;
  /** Period, unit, what is compared. */
  readonly subtitle: string | null;
  /** Short notes under the plot (what `< 5` means, provisional figures). */
  readonly notes: readonly string[];
  /** `Bron: Statbel …` */
  readonly source: string | null;
  readonly demo: boolean;
}

export interface Frame {
  readonly titles: TitleComponentOption[];
  /** y (px) where the plot area may start. */
  readonly top: number;
  /** Height (px) taken by notes and source at the bottom. */
  readonly bottom: number;
}

export const MARGIN = 16;
const TITLE_SIZE = 15;
const TITLE_LINE = 20;
const SMALL_SIZE = 12;
const SMALL_LINE = 16;
const NOTE_SIZE = 11;
const NOTE_LINE = 15;

const DEMO_MARK = 'DEMO: gegenereerde demonstratiecijfers';

export function chartFrame(text: FrameText, width: number): Frame {
  const inner = width - 2 * MARGIN;
  const titleLines = wrapText(text.title, inner, TITLE_SIZE);
  const subtitle = [text.demo ? DEMO_MARK : null, text.subtitle].filter((s): s is string => s !== null);
  const subLines = subtitle.flatMap((s) => wrapText(s, inner, SMALL_SIZE));
  const bottomLines = [
    ...text.notes.flatMap((n) => wrapText(n, inner, NOTE_SIZE)),
    ...(text.source ? wrapText(text.source, inner, NOTE_SIZE) : []),
  ];
  const titles: TitleComponentOption[] = [
    {
      text: labelText(titleLines.join('\n')),
      left: MARGIN,
      top: 10,
      textStyle: { fontSize: TITLE_SIZE, fontWeight: 'bold', color: INK, lineHeight: TITLE_LINE },
    },
  ];
  const subTop = 10 + titleLines.length * TITLE_LINE + 4;
  if (subLines.length > 0) {
    titles.push({
      text: labelText(subLines.join('\n')),
      left: MARGIN,
      top: subTop,
      textStyle: { fontSize: SMALL_SIZE, fontWeight: 'normal', color: MUTED_INK, lineHeight: SMALL_LINE },
    });
  }
  if (bottomLines.length > 0) {
    titles.push({
      text: labelText(bottomLines.join('\n')),
      left: MARGIN,
      bottom: 8,
      textStyle: { fontSize: NOTE_SIZE, fontWeight: 'normal', color: MUTED_INK, lineHeight: NOTE_LINE },
    });
  }
  return {
    titles,
    top: subTop + subLines.length * SMALL_LINE + 10,
    bottom: bottomLines.length * NOTE_LINE + (bottomLines.length > 0 ? 16 : 8),
  };
}
