/** A choropleth block: one indicator for every municipality of the subject's province or of Flanders. */

import { formatKindValue } from '../compare/phrases/index.js';
import type { Division } from '../domain/division.js';
import type { FigureValue } from '../domain/value.js';
import type { Geography } from '../geo/index.js';
import type { FigureRef, IndicatorSpec } from '../indicators/catalog-schema.js';
import type { IndicatorTable } from './indicator-table.js';
import type { AreaRef, MapBlock, SourceRef } from './model.js';

export function mapBlock(
  geo: Geography,
  division: Division,
  spec: IndicatorSpec,
  ref: FigureRef,
  table: IndicatorTable,
  subject: AreaRef,
  scopeArea: AreaRef,
  source: SourceRef,
): MapBlock {
  const scope = scopeArea.level === 'province' ? 'province' : 'region';
  const rowKey = ref.row ?? 'total';
  const relative = spec.unit !== 'count' && spec.unit !== 'distinct';
  const municipalities = new Map(geo.areas(division, 'municipality').map((m) => [m.nis as string, m]));
  const inScope = (nis: string) => {
    const m = municipalities.get(nis);
    return (
      m !== undefined &&
      (scope === 'region' ? m.parents.region === scopeArea.nis : m.parents.province === scopeArea.nis)
    );
  };
  const rows = table.rows.filter(
    (r) => r.level === 'municipality' && r.categoryKey === rowKey && inScope(r.nis),
  );
  const values = rows.map((r) => ({
    nis: r.nis,
    name: municipalities.get(r.nis)?.name ?? r.name,
    value: (relative ? r.relative : r.count) as FigureValue,
  }));
  const rowLabel = ref.row ? (rows[0]?.categoryLabel ?? ref.row) : null;
  const own = values.find((v) => v.nis === subject.nis);
  const ranked = values
    .filter((v) => v.value.state === 'value')
    .sort((a, b) =>
      b.value.state === 'value' && a.value.state === 'value' ? b.value.value - a.value.value : 0,
    );
  const rank = ranked.findIndex((v) => v.nis === subject.nis);
  const where = scope === 'province' ? `de gemeenten van de ${scopeArea.label}` : 'de Vlaamse gemeenten';
  const summary =
    own && rank >= 0
      ? `${subject.label} (${own.value.state === 'value' ? formatKindValue(own.value.value, spec.unit) : ''}) staat op plaats ${rank + 1} van ${ranked.length} onder ${where}, van hoog naar laag.`
      : `De kaart toont ${spec.title.toLowerCase()} voor ${where}.`;
  return {
    kind: 'map',
    id: `kaart-${spec.id}${ref.row ? `-${ref.row}` : ''}-${scope === 'province' ? 'provincie' : 'vlaanderen'}`,
    indicatorId: spec.id,
    title: `${spec.title}${rowLabel ? ` (${rowLabel})` : ''}: ${scope === 'province' ? scopeArea.label : 'Vlaams Gewest'}`,
    unit: spec.unit,
    rowLabel,
    scope,
    scopeArea,
    subjectNis: subject.nis,
    division,
    source,
    period: table.period,
    periodLabel: table.periodLabel,
    demo: table.demo,
    summary,
    values,
  };
}
