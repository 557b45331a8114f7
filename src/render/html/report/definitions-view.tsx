/** Chapter Definities en bronnen: what every figure measures, where it comes from, which moment. */
import type { VNode } from 'preact';
import type { DefinitionsBlock } from '../../../report/model.js';
import { DemoMark } from '../demo.js';

export function DefinitionsView({ block }: { block: DefinitionsBlock }): VNode {
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
