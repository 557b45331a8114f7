/** The map of Flanders coloured by adoption: the report's choropleth with three ordered categories. */
import { choroplethChart } from '../charts/choropleth.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import { formatDate } from '../domain/format.js';
import { ADOPTION_LABELS, type Adoption, type UsageOverview } from './overview.js';

const ORDER: readonly Adoption[] = ['geen', 'bekeken', 'eigen'];

export function adoptionMapSvg(overview: UsageOverview): string {
  const period = `${formatDate(overview.from)} tot en met ${formatDate(overview.to)}`;
  const spec = choroplethChart({
    title: 'Gebruik van het cijferrapport per gemeente',
    unit: 'count',
    scope: 'region',
    scopeArea: { nis: '02000', label: 'Vlaams Gewest' },
    subjectNis: null,
    division: '2025',
    source: {
      id: 'gebruik',
      name: 'gebruikstellingen van deze toepassing',
      publisher: 'AgII',
      url: null,
      licence: '',
    },
    periodLabel: period,
    demo: false,
    values: overview.rows.map((r) => ({ nis: r.nis, value: ORDER.indexOf(r.adoption) })),
    categories: {
      labels: ORDER.map((a) => ADOPTION_LABELS[a]),
      heading: 'gebruik',
      note: 'Gebruikt door de gemeente zelf: aangemelde medewerkers van de gemeente openden of downloadden haar rapport.',
    },
  });
  const { counts } = overview;
  const description =
    `Kaart van de ${overview.rows.length} gemeenten van het Vlaams Gewest: gebruik van het cijferrapport, ${period}. ` +
    `${counts.eigen} gebruikt door de gemeente zelf, ${counts.bekeken} bekeken maar niet door de gemeente zelf, ` +
    `${counts.geen} niet gebruikt. De tabel hieronder geeft de cijfers per gemeente.`;
  return renderSpecSvg({ ...spec, description }, 'gebruik');
}
