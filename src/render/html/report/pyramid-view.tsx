/** The population pyramid: chart, and the counts per age band in a real table. */
import type { VNode } from 'preact';
import { formatCount } from '../../../domain/format.js';
import type { PyramidBlock } from '../../../report/model.js';
import { BlockHeading, SourceLine } from './block-parts.js';
import { ChartFigure, FiguresTable } from './chart-figure.js';
import type { ReportView } from './view.js';

export function PyramidView({ block, view }: { block: PyramidBlock; view: ReportView }): VNode {
  const anchor = `blok-${block.id}`;
  return (
    <section class="block" id={anchor} aria-labelledby={`${anchor}-titel`}>
      <BlockHeading anchor={anchor} title={block.title} demo={false} provisional={false} />
      <p class="summary">{block.summary}</p>
      <ChartFigure
        block={block}
        view={view}
        alt={`${block.title}. ${block.summary} De cijfers staan in de tabel.`}
      />
      <FiguresTable view={view} hasChart={view.charts.has(block)}>
        <div class="table-wrap">
          <table>
            <caption>
              {block.title}, {block.periodLabel}
            </caption>
            <thead>
              <tr>
                <th scope="col">Leeftijd</th>
                <th scope="col">Belgische mannen</th>
                <th scope="col">Belgische vrouwen</th>
                <th scope="col">Niet-Belgische mannen</th>
                <th scope="col">Niet-Belgische vrouwen</th>
              </tr>
            </thead>
            <tbody>
              {block.bands.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{b.label}</th>
                  <td>{formatCount(b.belgianMen)}</td>
                  <td>{formatCount(b.belgianWomen)}</td>
                  <td>{formatCount(b.foreignMen)}</td>
                  <td>{formatCount(b.foreignWomen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </FiguresTable>
      <SourceLine source={block.source} periodLabel={block.periodLabel} />
    </section>
  );
}
