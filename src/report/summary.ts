/** A plain-Dutch opening sentence: how many inhabitants, which share non-Belgians, compared with the parents. */
import { formatCount, formatPercent } from '../domain/format.js';
import type { AreaRef, Section, TableBlock, TextBlock } from './model.js';

function findTable(sections: readonly Section[], id: string): TableBlock | undefined {
  for (const s of sections)
    for (const b of s.blocks) if (b.kind === 'table' && b.indicatorId === id) return b;
  return undefined;
}

export function summaryBlock(areas: readonly AreaRef[], sections: readonly Section[]): TextBlock | undefined {
  const inwoners = findTable(sections, 'inwoners');
  const total = inwoners?.rows[0]?.cells[0]?.count;
  const foreign = findTable(sections, 'niet_belgen')?.rows[0]?.cells;
  const subject = areas[0];
  if (!subject || total?.state !== 'value' || !foreign) return undefined;
  const date = inwoners?.periodLabel.replace(/^toestand op /, '') ?? '';
  let text = `Op ${date} woonden er in ${subject.label} ${formatCount(total.value)} mensen.`;
  const share = foreign[0]?.relative;
  const count = foreign[0]?.count;
  if (share?.state === 'value' && count?.state === 'value') {
    const others = areas
      .slice(1)
      .map((a, i) => {
        const v = foreign[i + 1]?.relative;
        return v?.state === 'value' ? `${a.label}: ${formatPercent(v.value)}` : undefined;
      })
      .filter((s) => s !== undefined);
    text += ` ${formatCount(count.value)} van hen (${formatPercent(share.value)}) hadden niet de Belgische nationaliteit`;
    text += others.length > 0 ? ` (${others.join('; ')}).` : '.';
  }
  return { kind: 'text', id: 'samenvatting', text };
}
