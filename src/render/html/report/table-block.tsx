/** A table block as a real data table: caption, column and row headers, source and period; its evolution below. */

import type { VNode } from 'preact';
import {
  formatFigure,
  RELATIVE_HEADER,
  type RelativeKind,
  stateExplanation,
} from '../../../domain/format.js';
import type { FigureValue } from '../../../domain/value.js';
import type { Unit } from '../../../indicators/catalog-schema.js';
import { relativeKindOf } from '../../../indicators/figure-kind.js';
import { hasFigures, missingReason } from '../../../report/block-figures.js';
import { groupColumnNote } from '../../../report/group-area.js';
import type { AreaRef, ReportCell, TableBlock } from '../../../report/model.js';
import { BlockHeading, SourceLine } from './block-parts.js';
import { ChartBlockFrame, compactPrint } from './chart-figure.js';
import type { ReportView } from './view.js';

/** A value as the page shows it: a hidden share or rate is `x`, whatever hid its count. */
export function asShown(v: FigureValue, kind: 'count' | RelativeKind): FigureValue {
  return v.state === 'suppressed' && kind !== 'count' ? { ...v, kind: 'secondary' } : v;
}

export function Figure({ v, kind }: { v: FigureValue; kind: 'count' | RelativeKind }): VNode {
  // `< 5` and `x` are explained once under the table (StateLegend); other states carry their reason.
  // A hidden share or rate is `x` ("would give a small number away"): `< 5` in a % column reads as "< 5 %".
  if (v.state === 'value' || v.state === 'suppressed') return <>{formatFigure(asShown(v, kind), kind)}</>;
  const title = stateExplanation(v);
  return <abbr title={title}>{formatFigure(v, kind)}</abbr>;
}

/** What `< 5` and `x` mean, once under every table that shows them. */
export function StateLegend({ values }: { values: readonly FigureValue[] }): VNode | null {
  const states = values;
  const hidden = states.filter(
    (v): v is Extract<FigureValue, { state: 'suppressed' }> => v.state === 'suppressed',
  );
  const first = hidden[0];
  if (!first) return null;
  const parts = [
    hidden.some((v) => v.kind === 'primary')
      ? `< ${first.threshold}: ${stateExplanation({ ...first, kind: 'primary' })}`
      : null,
    hidden.some((v) => v.kind === 'secondary')
      ? `x: ${stateExplanation({ ...first, kind: 'secondary' })}`
      : null,
  ].filter((p) => p !== null);
  return <p class="def legend">{parts.join('. ')}.</p>;
}

export function Cells({
  cells,
  relative,
}: {
  cells: readonly ReportCell[];
  relative: RelativeKind | null;
}): VNode {
  return (
    <>
      {cells.map((cell, i) => [
        <td key={`${i}-n`}>
          <Figure v={cell.count} kind="count" />
        </td>,
        relative ? (
          <td key={`${i}-p`}>
            <Figure v={cell.relative} kind={relative} />
          </td>
        ) : null,
      ])}
    </>
  );
}

export function Head({
  areas,
  relative,
  countHeader,
  unit,
}: {
  areas: readonly AreaRef[];
  relative: RelativeKind | null;
  countHeader: string;
  unit: Unit;
}): VNode {
  return (
    <thead>
      <tr>
        <td rowSpan={relative ? 2 : 1} />
        {areas.map((a, i) => (
          <th
            key={a.nis}
            scope="colgroup"
            colSpan={relative ? 2 : 1}
            class={`area${i === 0 ? ' subject' : ''}`}
          >
            {a.label}
            {a.level === 'group' ? <span class="area-note"> ({groupColumnNote(unit)})</span> : null}
          </th>
        ))}
      </tr>
      {relative ? (
        <tr>
          {areas.map((a) => [
            <th key={`${a.nis}-n`} scope="col" class="area-start">
              {countHeader}
            </th>,
            <th key={`${a.nis}-p`} scope="col">
              {RELATIVE_HEADER[relative]}
            </th>,
          ])}
        </tr>
      ) : null}
    </thead>
  );
}

/** The evolution of a block: folded away on the web, a plain titled table in print. */
function SeriesTable({
  block,
  areas,
  view,
  relative,
}: {
  block: TableBlock;
  areas: readonly AreaRef[];
  view: ReportView;
  relative: RelativeKind | null;
}): VNode {
  const title = `Evolutie (${block.series[0]?.periodLabel} – ${block.series.at(-1)?.periodLabel})`;
  const table = (
    <div class="table-wrap">
      <table class={relative ? 'rel' : 'abs'}>
        <caption>{block.title}: evolutie</caption>
        <Head areas={areas} relative={relative} countHeader="aantal" unit={block.unit} />
        <tbody>
          {block.series.map((p) => (
            <tr key={p.period}>
              <th scope="row">
                {p.periodLabel}
                {p.provisional ? ' (voorlopig)' : ''}
                {p.demo ? ' (demo)' : ''}
              </th>
              <Cells cells={p.cells} relative={relative} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (view.mode === 'print')
    return (
      <div class="series">
        <p class="series-title">{title}</p>
        {table}
      </div>
    );
  return (
    <details class="series">
      <summary>{title}</summary>
      {table}
    </details>
  );
}

export function TableBlockView({
  block,
  areas,
  view,
}: {
  block: TableBlock;
  areas: readonly AreaRef[];
  view: ReportView;
}): VNode {
  const relative = relativeKindOf(block.unit);
  const anchor = `blok-${block.id}`;
  const countHeader = 'aantal';
  if (!hasFigures(block))
    return (
      <section class="block empty" id={anchor}>
        <BlockHeading anchor={anchor} title={block.title} demo={block.demo} provisional={false} />
        <p class="summary">
          Voor {areas[0]?.label ?? 'dit gebied'} zijn er nog geen cijfers ({missingReason(block)}).
        </p>
        <p class="def">{block.definition}</p>
        <SourceLine source={block.source} periodLabel={block.periodLabel} indicatorId={block.indicatorId} />
      </section>
    );
  return (
    <ChartBlockFrame
      block={block}
      view={view}
      title={block.title}
      summary={block.summary}
      periodLabel={block.periodLabel}
      demo={block.demo}
      provisional={block.provisional}
      alt={`Grafiek: ${block.title} (uitleg erboven, cijfers eronder)`}
      tableClass={relative ? 'rel' : 'abs'}
      after={
        <>
          <StateLegend
            values={[...block.rows, ...block.series].flatMap((r) =>
              r.cells.flatMap((c) => [c.count, relative ? asShown(c.relative, relative) : c.relative]),
            )}
          />
          {block.series.length > 1 && !compactPrint(view, block) ? (
            <SeriesTable block={block} areas={areas} view={view} relative={relative} />
          ) : null}
          <p class="def">
            {block.definition}
            {block.relativeLabel && relative
              ? ` Noemer (${RELATIVE_HEADER[relative]}): ${block.relativeLabel}.`
              : ''}
          </p>
          <SourceLine source={block.source} periodLabel={block.periodLabel} indicatorId={block.indicatorId} />
        </>
      }
    >
      <Head areas={areas} relative={relative} countHeader={countHeader} unit={block.unit} />
      <tbody>
        {block.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.key === 'total' ? block.countLabel : row.label}</th>
            <Cells cells={row.cells} relative={relative} />
          </tr>
        ))}
      </tbody>
    </ChartBlockFrame>
  );
}
