/** A table block as a real data table: caption, column and row headers, source and reference date. */
import type { VNode } from 'preact';
import { formatDate, formatFigure, STATE_EXPLANATION } from '../../domain/format.js';
import type { FigureValue } from '../../domain/value.js';
import type { AreaRef, TableBlock } from '../../report/model.js';

function Figure({ v, kind }: { v: FigureValue; kind: 'count' | 'percent' }): VNode {
  if (v.state === 'value') return <>{formatFigure(v, kind)}</>;
  const title = v.state === 'not_available' ? v.reason : STATE_EXPLANATION[v.state];
  return (
    <abbr class="state" title={title}>
      {formatFigure(v, kind)}
    </abbr>
  );
}

export function TableBlockView({ block, areas }: { block: TableBlock; areas: readonly AreaRef[] }): VNode {
  const relative = block.relativeUnit !== null;
  const span = relative ? 2 : 1;
  const anchor = `blok-${block.id}`;
  return (
    <section class="block" id={anchor} aria-labelledby={`${anchor}-titel`}>
      <div class="table-wrap">
        <table>
          <caption id={`${anchor}-titel`}>{block.title}</caption>
          <thead>
            <tr>
              <td rowSpan={relative ? 2 : 1} />
              {areas.map((a, i) => (
                <th key={a.nis} scope="colgroup" colSpan={span} class={`area${i === 0 ? ' subject' : ''}`}>
                  {a.label}
                </th>
              ))}
            </tr>
            {relative ? (
              <tr>
                {areas.map((a) => [
                  <th key={`${a.nis}-n`} scope="col" class="area-start">
                    aantal
                  </th>,
                  <th key={`${a.nis}-p`} scope="col" title={block.relativeLabel ?? undefined}>
                    %
                  </th>,
                ])}
              </tr>
            ) : null}
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.key === 'total' ? block.countLabel : row.label}</th>
                {row.cells.map((cell, i) => [
                  <td key={`${i}-n`} class={`area-start${i === 0 ? ' subject' : ''}`}>
                    <Figure v={cell.count} kind="count" />
                  </td>,
                  relative ? (
                    <td key={`${i}-p`} class={i === 0 ? 'subject' : undefined}>
                      <Figure v={cell.relative} kind="percent" />
                    </td>
                  ) : null,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="def">
        {block.definition}
        {block.relativeLabel ? ` Percentage: ${block.relativeLabel}.` : ''}
      </p>
      <p class="def">
        Bron: <a href={block.source.url}>{block.source.publisher}</a>, {block.source.name}. Referentiedatum:{' '}
        <strong>{formatDate(block.referenceDate)}</strong>.
      </p>
    </section>
  );
}
