/** A choropleth block: the map, and every municipality's value in a real table. */

import type { VNode } from 'preact';
import { RELATIVE_HEADER } from '../../../domain/format.js';
import { figureKind } from '../../../indicators/figure-kind.js';
import type { MapBlock } from '../../../report/model.js';
import { SourceLine } from './block-parts.js';
import { ChartBlockFrame } from './chart-figure.js';
import { asShown, Figure, StateLegend } from './table-block.js';
import type { ReportView } from './view.js';

export function MapView({ block, view }: { block: MapBlock; view: ReportView }): VNode {
  const kind = figureKind(block.unit);
  const indicatorPage = `/indicator/${block.indicatorId}?indeling=${block.division}#alle-gemeenten`;
  const sorted = [...block.values].sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
  return (
    <ChartBlockFrame
      block={block}
      view={view}
      title={block.title}
      summary={block.summary}
      periodLabel={block.periodLabel}
      demo={block.demo}
      alt={`Kaart: ${block.title} (uitleg erboven, cijfers eronder)`}
      instead={
        view.mode === 'web' && block.scope === 'region' ? (
          <p class="def">
            De cijfers van alle Vlaamse gemeenten staan in een tabel op de{' '}
            <a href={indicatorPage}>pagina van deze indicator</a>, met downloads als CSV en Excel.
          </p>
        ) : view.mode === 'print' && block.scope === 'region' ? (
          // No list of all municipalities on paper: it belongs on the indicator page.
          <p class="def">
            De cijfers van alle Vlaamse gemeenten staan op de pagina van deze indicator ({indicatorPage}), met
            downloads als CSV en Excel.
          </p>
        ) : undefined
      }
      after={
        <>
          <StateLegend values={block.values.map((v) => asShown(v.value, kind))} />
          <SourceLine source={block.source} periodLabel={block.periodLabel} indicatorId={block.indicatorId} />
        </>
      }
    >
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
    </ChartBlockFrame>
  );
}
