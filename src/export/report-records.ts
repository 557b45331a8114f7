/**
 * A whole report as tidy rows (the "Gegevens" sheet and the report CSV): one row per area × indicator ×
 * category × period, the evolution points included, in the columns of the indicator downloads.
 */

import { type TidyFigure, type TidyRecord, tidyRecord } from '../render/tidy/tidy-records.js';
import type { Report, TableBlock } from '../report/model.js';

export function tableBlocks(report: Report): TableBlock[] {
  return report.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === 'table'));
}

/** The figures of one block: earlier periods of its evolution first, then the table's own period. */
export function blockFigures(report: Report, block: TableBlock): TidyFigure[] {
  const common = { indicator: block.indicatorId, unit: block.unit };
  const total = block.rows[0];
  const earlier = block.series
    .filter((p) => p.period !== block.period)
    .flatMap((p) =>
      report.areas.map((area, i): TidyFigure => {
        const cell = p.cells[i];
        if (!cell) throw new Error(`${block.id} ${p.period}: no cell for ${area.nis}`);
        return {
          ...common,
          level: area.level,
          nis: area.nis,
          name: area.label,
          period: p.period,
          categoryKey: total?.key ?? 'total',
          categoryLabel: total?.label ?? 'Totaal',
          count: cell.count,
          relative: cell.relative,
          demo: p.demo,
          provisional: p.provisional,
        };
      }),
    );
  const current = report.areas.flatMap((area, i) =>
    block.rows.map((row): TidyFigure => {
      const cell = row.cells[i];
      if (!cell) throw new Error(`${block.id} ${row.key}: no cell for ${area.nis}`);
      return {
        ...common,
        level: area.level,
        nis: area.nis,
        name: area.label,
        period: block.period,
        ...(block.period ? {} : { periodLabel: block.periodLabel }),
        categoryKey: row.key,
        categoryLabel: row.label,
        count: cell.count,
        relative: cell.relative,
        demo: block.demo,
        provisional: block.provisional,
      };
    }),
  );
  return [...earlier, ...current];
}

export function reportTidyRecords(report: Report): TidyRecord[] {
  return tableBlocks(report).flatMap((b) => blockFigures(report, b).map(tidyRecord));
}
