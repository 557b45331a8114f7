/** Chapter Definities en bronnen: what every figure measures, where it comes from, which moment. */
import type { VNode } from 'preact';
import type { DefinitionsBlock } from '../../../report/model.js';
import { DemoMark } from '../demo.js';

export function DefinitionsView({ block, full }: { block: DefinitionsBlock; full: boolean }): VNode {
  if (!full)
    // On the web page every block states its definition and source: here a list to find them.
    return (
      <section class="block definitions" id={`blok-${block.id}`} aria-label="Definities">
        <p>
          Elke tabel hierboven vermeldt de definitie, de bron en de referentiedatum van haar cijfers; de
          indicatorpagina legt teller, noemer, bijwerking en bescherming van kleine aantallen uit. De pdf van
          dit rapport bevat de volledige lijst.
        </p>
        <ul class="columns">
          {block.entries.map((e) => (
            <li key={e.indicatorId}>
              <a href={`#blok-${e.indicatorId}`}>{e.title}</a>
              {e.demo ? ' (demo)' : ''}
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <section class="block definitions" id={`blok-${block.id}`} aria-label="Definities">
      <dl>
        {block.entries.map((e) => [
          <dt key={`${e.indicatorId}-t`} id={`definitie-${e.indicatorId}`}>
            {e.title}
            {e.demo ? <DemoMark /> : null}
          </dt>,
          <dd key={`${e.indicatorId}-d`}>
            {e.definition} Teller: {e.numerator}.{e.denominator ? ` Noemer: ${e.denominator}.` : ''} Bron:{' '}
            {e.source.publisher}, {e.source.name} ({e.source.licence}). Periode in dit rapport:{' '}
            {e.periodLabel}. <a href={`/indicator/${e.indicatorId}`}>Indicatorpagina</a>
          </dd>,
        ])}
      </dl>
    </section>
  );
}
