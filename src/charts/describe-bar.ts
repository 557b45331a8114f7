/** The text alternative of a bar chart: what it shows and what stands out, in plain Dutch. */
import type { AreaRef, TableBlock } from '../report/model.js';
import { inSentence, joinDutch, plural } from './dutch.js';
import { MISSING_CELL, plotKind, plotted, plottedFigure } from './figures.js';

export function describeBar(block: TableBlock, areas: readonly AreaRef[]): string {
  const kind = plotKind(block.unit);
  const subject = areas[0]?.label ?? 'het gebied';
  const breakdown = block.breakdownTitle ? inSentence(block.breakdownTitle) : null;
  const by =
    block.rows.length > 1 && breakdown && !block.title.toLowerCase().includes(breakdown.toLowerCase())
      ? ` naar ${breakdown}`
      : '';
  const head = `Staafdiagram van ${inSentence(block.title)}${by}, ${block.periodLabel}`;
  const figures = block.rows.flatMap((r) => r.cells.map((c) => plotted(plottedFigure(c, kind), kind)));
  const missing = figures.filter((f) => f.value === null).length;
  const tail =
    missing > 0 ? ` ${plural(missing, 'cijfer is', 'cijfers zijn')} niet getekend (zie de noot).` : '';
  if (block.rows.length === 1) {
    const row = block.rows[0];
    const parts = areas.map(
      (a, i) => `${a.label} ${plotted(plottedFigure(row?.cells[i] ?? MISSING_CELL, kind), kind).label}`,
    );
    return `${head}: ${joinDutch(parts)}.${tail}`;
  }
  const comparisons = areas.slice(1).map((a) => a.label);
  const own = block.rows
    .map((r) => ({ label: r.label, p: plotted(plottedFigure(r.cells[0] ?? MISSING_CELL, kind), kind) }))
    .filter((r) => r.p.value !== null)
    .sort((a, b) => (b.p.value as number) - (a.p.value as number));
  const compared = comparisons.length > 0 ? `, vergeleken met ${joinDutch(comparisons)}` : '';
  const first = own[0];
  const last = own[own.length - 1];
  const extremes =
    first && last && own.length > 1
      ? ` In ${subject} is de waarde het hoogst bij ${first.label} (${first.p.label}) en het laagst bij ${last.label} (${last.p.label}).`
      : '';
  return `${head}, voor ${subject}${compared}.${extremes}${tail}`;
}
