/** Chapter Kerncijfers: each key figure large, with its comparison sentence, and the notable changes. */

import type { VNode } from 'preact';
import { formatFigure } from '../../../domain/format.js';
import { figureKind } from '../../../indicators/figure-kind.js';
import type { AreaRef, KeyFigure, KeyFiguresBlock } from '../../../report/model.js';
import { DemoMark } from '../demo.js';

function FigureCard({
  figure,
  areas,
  more,
}: {
  figure: KeyFigure;
  areas: readonly AreaRef[];
  more: string | null;
}): VNode {
  const kind = figureKind(figure.unit);
  const main = kind === 'count' ? figure.cells[0]?.count : figure.cells[0]?.relative;
  const count = figure.cells[0]?.count;
  return (
    <li class={`key-figure${figure.demo ? ' demo' : ''}`}>
      <h3 class="key-title">
        {figure.title}
        {figure.rowLabel ? `: ${figure.rowLabel}` : ''}
        {figure.demo ? <DemoMark /> : null}
      </h3>
      <p class="key-value">
        {main ? formatFigure(main, kind) : '–'}
        {kind !== 'count' && count ? <span class="key-count"> ({formatFigure(count, 'count')})</span> : null}
      </p>
      <p class="key-period">
        {figure.periodLabel}
        {figure.provisional ? ' · voorlopig' : ''}
      </p>
      {figure.sentence ? <p>{figure.sentence}</p> : null}
      {figure.change ? <p class="key-change">{figure.change}</p> : null}
      <table class="key-compare">
        <caption class="visually-hidden">{figure.title}: vergelijking</caption>
        <tbody>
          {areas.slice(1).map((a, i) => {
            const cell = figure.cells[i + 1];
            const v = kind === 'count' ? cell?.count : cell?.relative;
            return (
              <tr key={a.nis}>
                <th scope="row">{a.label}</th>
                <td>{v ? formatFigure(v, kind) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more ? (
        <p class="def">
          <a href={more}>Meer hierover</a>
        </p>
      ) : null}
    </li>
  );
}

export function KeyFiguresView({
  block,
  areas,
  moreHref = (id) => `#blok-${id}`,
}: {
  block: KeyFiguresBlock;
  areas: readonly AreaRef[];
  /** Where "Meer hierover" leads (null: no link, as in print). */
  moreHref?: (blockId: string) => string | null;
}): VNode {
  return (
    <section class="block" id={`blok-${block.id}`} aria-label="Kerncijfers">
      <ul class="key-figures">
        {block.figures.map((f) => (
          <FigureCard key={f.indicatorId} figure={f} areas={areas} more={moreHref(f.blockId)} />
        ))}
      </ul>
      {block.changes.length > 0 ? (
        <>
          <h3>Opvallende veranderingen</h3>
          <ul class="changes">
            {block.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
