/** The population pyramid: chart, and the counts per age band in a real table. */
import type { VNode } from 'preact';
import { formatCount } from '../../../domain/format.js';
import type { PyramidBlock } from '../../../report/model.js';
import { SourceLine } from './block-parts.js';
import { ChartBlockFrame } from './chart-figure.js';
import type { ReportView } from './view.js';

export function PyramidView({ block, view }: { block: PyramidBlock; view: ReportView }): VNode {
  return (
    <ChartBlockFrame
      block={block}
      view={view}
      title={block.title}
      summary={block.summary}
      periodLabel={block.periodLabel}
      demo={false}
      alt={`Grafiek: ${block.title} (uitleg erboven, cijfers eronder)`}
      after={<SourceLine source={block.source} periodLabel={block.periodLabel} />}
    >
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
    </ChartBlockFrame>
  );
}
