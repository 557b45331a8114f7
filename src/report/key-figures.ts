/**
 * Chapter Kerncijfers: the catalog's key figures for the subject, each with a plain-Dutch sentence
 * comparing it with the other columns, and the most notable changes over the years.
 */

import {
  capitalise,
  keyFigureSentence,
  type PlaceRef,
  rankChanges,
  SIMILAR_MUNICIPALITIES,
  seriesChanges,
} from '../compare/phrases/index.js';
import type { FigureValue } from '../domain/value.js';
import type { Catalog } from '../indicators/catalog.js';
import type { Unit } from '../indicators/catalog-schema.js';
import { relativeKindOf } from '../indicators/figure-kind.js';
import type { AreaRef, KeyFigure, KeyFiguresBlock, ReportCell, Section, TableBlock } from './model.js';

/** How many notable changes the chapter names at most. */
export const MAX_CHANGES = 5;

const placeOf = (a: AreaRef): PlaceRef =>
  a.level === 'group' ? { ...SIMILAR_MUNICIPALITIES, label: a.label } : { level: a.level, label: a.label };

const pick = (cell: ReportCell | undefined, unit: Unit): FigureValue =>
  (relativeKindOf(unit) === null ? cell?.count : cell?.relative) ?? {
    state: 'not_available',
    reason: 'geen cijfer',
  };

function tables(sections: readonly Section[]): TableBlock[] {
  return sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
}

/** "Niet-Belgen steeg van …": the change of a block's own figure, as a sentence. */
function changeText(block: TableBlock, text: string): string {
  return `${capitalise(block.title)}: ${text}.`;
}

export function keyFiguresBlock(
  catalog: Catalog,
  sections: readonly Section[],
  areas: readonly AreaRef[],
): KeyFiguresBlock {
  const byIndicator = new Map(tables(sections).map((b) => [b.indicatorId, b]));
  const subject = areas[0];
  const figures: KeyFigure[] = [];
  for (const ref of catalog.report.keyFigures) {
    const block = byIndicator.get(ref.indicator);
    if (!block || !subject) continue;
    const row = ref.row ? block.rows.find((r) => r.key === ref.row) : block.rows[0];
    if (!row) continue;
    const statement = ref.statement ?? `is het cijfer voor "${block.title}" {waarde}`;
    const sentence = keyFigureSentence({
      place: placeOf(subject),
      value: pick(row.cells[0], block.unit),
      kind: block.unit,
      statement,
      comparisons: areas
        .slice(1)
        .map((a, i) => ({ place: placeOf(a), value: pick(row.cells[i + 1], block.unit) })),
    });
    const changes = ref.row ? null : seriesChanges(block.series, block.unit);
    const change = changes?.overall ?? changes?.sincePrevious ?? null;
    figures.push({
      indicatorId: block.indicatorId,
      blockId: block.id,
      title: block.title,
      rowLabel: ref.row ? row.label : null,
      unit: block.unit,
      period: block.period,
      periodLabel: block.periodLabel,
      cells: row.cells,
      sentence,
      change: change ? changeText(block, change.text) : null,
      demo: block.demo,
      provisional: block.provisional,
    });
  }
  const candidates = tables(sections)
    .filter((b) => b.series.length >= 2)
    .map((b) => {
      const c = seriesChanges(b.series, b.unit);
      return { key: b.indicatorId, block: b, change: c.overall ?? c.sincePrevious };
    });
  const changes = rankChanges(candidates, { limit: MAX_CHANGES }).map((c) =>
    changeText(c.block, `${c.change.text}${c.change.demo ? ' (demonstratiegegevens)' : ''}`),
  );
  return { kind: 'keyfigures', id: 'kerncijfers-overzicht', figures, changes };
}
