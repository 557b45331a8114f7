/** Chapter Kerncijfers: each key figure large, with its comparison sentence, and the notable changes. */

import type { VNode } from 'preact';
import { formatFigure, RELATIVE_HEADER, stateExplanation } from '../../../domain/format.js';
import type { FigureValue } from '../../../domain/value.js';
import { figureKind } from '../../../indicators/figure-kind.js';
import { groupColumnNote } from '../../../report/group-area.js';
import type { AreaRef, KeyFigure, KeyFiguresBlock } from '../../../report/model.js';
import { DemoMark } from '../demo.js';
import { asShown } from './table-block.js';

/** The unit after a big figure that would otherwise stand alone: "10,3 per 1.000". */
function unitAfter(kind: ReturnType<typeof figureKind>): string | null {
  return kind === 'per_1000' || kind === 'per_10000' ? RELATIVE_HEADER[kind] : null;
}

/** A comparison figure; a missing one says why ("n.b.: niet alle gemeenten leverden cijfers aan"). */
function CompareValue({
  v,
  kind,
  explain,
}: {
  v: FigureValue | undefined;
  kind: ReturnType<typeof figureKind>;
  /** Say why a figure is missing (when the subject has its figure, so the gap is not the same everywhere). */
  explain: boolean;
}): VNode {
  if (!v) return <>–</>;
  if (v.state === 'not_available' && explain)
    return (
      <>
        n.b. <span class="key-reason">({v.reason})</span>
      </>
    );
  if (v.state === 'value') {
    const unit = unitAfter(kind);
    return <>{`${formatFigure(v, kind)}${unit ? ` ${unit}` : ''}`}</>;
  }
  return (
    <abbr title={stateExplanation(asShown(v, kind) as Exclude<FigureValue, { state: 'value' }>)}>
      {formatFigure(asShown(v, kind), kind)}
    </abbr>
  );
}

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
        {main ? formatFigure(asShown(main, kind), kind) : '–'}
        {main?.state === 'value' && unitAfter(kind) ? <span class="key-unit"> {unitAfter(kind)}</span> : null}
        {kind !== 'count' && main?.state === 'value' && count?.state === 'value' ? (
          <span class="key-count"> ({formatFigure(count, 'count')})</span>
        ) : null}
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
                <th scope="row">
                  {a.label}
                  {a.level === 'group' ? ` (${groupColumnNote(figure.unit)})` : ''}
                </th>
                <td>
                  <CompareValue v={v} kind={kind} explain={main?.state === 'value'} />
                </td>
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
