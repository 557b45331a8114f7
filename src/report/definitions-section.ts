/** Chapter "Definities en bronnen": every indicator of the report, the release, and how to use the figures. */
import type { Catalog } from '../indicators/catalog.js';
import type { DefinitionsBlock, Section, TextBlock } from './model.js';

export const GUIDE_TEXT = [
  'Deze cijfers zijn het vertrekpunt van de eerste sleutel tot succes van het plan van aanpak voor een ' +
    'inclusief lokaal integratiebeleid: ken je realiteit. Ze tonen wie er in je gemeente woont, wie er ' +
    'nieuw toekomt en hoe het met hen gaat op school en op de arbeidsmarkt.',
  'Lees elk cijfer met zijn referentiedatum: een toestand op 1 januari is iets anders dan wat er in de loop ' +
    'van een jaar gebeurde. Vergelijk met de provincie, het Vlaams Gewest en de vergelijkbare gemeenten om te ' +
    'zien wat typisch is voor je gemeente en wat niet, en kijk naar de evolutie over de jaren.',
  'Kleine aantallen worden verborgen ("< 5" of "x") om de privacy van inwoners te beschermen. Een aandeel ' +
    'van een kleine groep schommelt sterk van jaar tot jaar: trek er geen conclusies uit zonder de aantallen.',
  'Cijfers zeggen niet alles. Leg ze naast wat je dienst, je partners en je inwoners zelf vertellen, en ' +
    'gebruik ze in je omgevingsanalyse, je meerjarenplan en je overleg met partnerorganisaties.',
];

export function definitionsSection(
  catalog: Catalog,
  sections: readonly Section[],
  similarMethod: string | null,
): Section {
  const entries: DefinitionsBlock['entries'][number][] = [];
  const seen = new Set<string>();
  for (const s of sections)
    for (const b of s.blocks) {
      if (b.kind !== 'table' || seen.has(b.indicatorId)) continue;
      seen.add(b.indicatorId);
      const spec = catalog.indicator(b.indicatorId);
      entries.push({
        indicatorId: b.indicatorId,
        title: b.title,
        definition: b.definition,
        numerator: spec?.numerator.label ?? b.countLabel,
        denominator: spec?.denominator?.label ?? null,
        source: b.source,
        periodLabel: b.periodLabel,
        demo: b.demo,
      });
    }
  const guide: TextBlock[] = GUIDE_TEXT.map((text, i) => ({
    kind: 'text',
    id: `zo-gebruik-je-${i + 1}`,
    text,
  }));
  const method: TextBlock[] = similarMethod
    ? [{ kind: 'text', id: 'methode-vergelijkbare-gemeenten', text: similarMethod }]
    : [];
  return {
    id: 'definities-en-bronnen',
    title: 'Definities en bronnen',
    intro:
      'Wat elk cijfer precies meet, waar het vandaan komt en op welke datum het slaat. Onderaan: zo gebruik je deze cijfers.',
    blocks: [{ kind: 'definitions', id: 'definities', entries }, ...method, ...guide],
  };
}
