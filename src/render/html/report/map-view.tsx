/** A choropleth block: the map, and every municipality's value in a real table. */
import type { VNode } from 'preact';
import { RELATIVE_HEADER } from '../../../domain/format.js';
import type { MapBlock } from '../../../report/model.js';
import { BlockHeading, SourceLine } from './block-parts.js';
import { ChartFigure, FiguresTable } from './chart-figure.js';
import { Figure } from './table-block.js';
import type { ReportView } from './view.js';

export function MapView({ block, view }: { block: MapBlock; view: ReportView }): VNode {
  const anchor = `blok-${block.id}`;
  const kind = block.unit === 'count' || block.unit === 'distinct' ? 'count' : block.unit;
  const sorted = [...block.values].sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
  return (
    <section class={`block${block.demo ? ' demo' : ''}`} id={anchor} aria-labelledby={`${anchor}-titel`}>
      <BlockHeading anchor={anchor} title={block.title} demo={block.demo} provisional={false} />
      <p class="summary">{block.summary}</p>
      <ChartFigure
        block={block}
        view={view}
        alt={`Kaart: ${block.title}. ${block.summary} De cijfers per gemeente staan in de tabel.`}
      />
      <FiguresTable view={view} hasChart={view.charts.has(block)}>
        <div class="table-wrap">
          <table>
            <caption>
              {block.title}, {block.periodLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col">Gemeente</th>
                <th scope="col">{kind === 'count' ? 'aantal' : RELATIVE_HEADER[kind]}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((v) => (
                <tr key={v.nis} class={v.nis === block.subjectNis ? 'subject-row' : undefined}>
                  <th scope="row">{v.name}</th>
                  <td>
                    <Figure v={v.value} kind={kind} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </FiguresTable>
      <SourceLine source={block.source} periodLabel={block.periodLabel} indicatorId={block.indicatorId} />
    </section>
  );
}
