/** Whether a table block has any figure to show (else the page says why instead of an empty table). */
import type { FigureValue } from '../domain/value.js';
import type { TableBlock } from './model.js';

export function hasFigures(block: TableBlock): boolean {
  return block.rows.some((r) => r.cells.some((c) => c.count.state !== 'not_available'));
}

/** The reason a block has no figures (the first one given), for the sentence that replaces its table. */
export function missingReason(block: TableBlock): string {
  for (const r of block.rows)
    for (const c of r.cells) {
      const v: FigureValue = c.count;
      if (v.state === 'not_available') return v.reason;
    }
  return 'geen cijfers';
}
