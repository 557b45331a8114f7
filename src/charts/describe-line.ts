/** The text alternative of an evolution chart, in plain Dutch. */
import type { AreaRef, TableBlock } from '../report/model.js';
import { inSentence, joinDutch } from './dutch.js';
import { MISSING_CELL, plotKind, plotted, plottedFigure } from './figures.js';

export function describeLine(block: TableBlock, areas: readonly AreaRef[]): string {
  const kind = plotKind(block.unit);
  const points = block.series;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `Lijndiagram van ${inSentence(block.title)}: geen cijfers.`;
  const subject = areas[0]?.label ?? 'het gebied';
  const comparisons = areas.slice(1).map((a) => a.label);
  const compared = comparisons.length > 0 ? `, vergeleken met ${joinDutch(comparisons)}` : '';
  const sentences = [
    `Lijndiagram van ${inSentence(block.title)} van ${first.periodLabel} tot ${last.periodLabel}, voor ${subject}${compared}.`,
  ];
  const own = points
    .map((p) => ({
      period: p.periodLabel,
      figure: plotted(plottedFigure(p.cells[0] ?? MISSING_CELL, kind), kind),
    }))
    .filter((p) => p.figure.value !== null);
  const from = own[0];
  const to = own[own.length - 1];
  if (from && to && from !== to) {
    sentences.push(
      `In ${subject} van ${from.figure.label} (${from.period}) naar ${to.figure.label} (${to.period}).`,
    );
  }
  const missing = points.length - own.length;
  if (missing > 0)
    sentences.push(
      `Voor ${subject} ontbreekt het cijfer van ${missing === 1 ? 'één periode' : `${missing} perioden`}.`,
    );
  const provisional = points.filter((p) => p.provisional).map((p) => p.periodLabel);
  if (provisional.length > 0) sentences.push(`Voorlopig: ${joinDutch(provisional)}.`);
  const demo = points.filter((p) => p.demo).map((p) => p.periodLabel);
  if (demo.length > 0) sentences.push(`Demonstratiecijfers (geen echte cijfers): ${joinDutch(demo)}.`);
  return sentences.join(' ');
}
