/** The map of Flanders coloured by the rondvraag: not asked, not answered, answered (uses the figures or not). */
import { choroplethChart } from '../charts/choropleth.js';
import { renderSpecSvg } from '../charts/render-svg.js';
import { formatDate } from '../domain/format.js';
import { MAP_CLASSES, type RondvraagOverview } from './overview.js';

export function rondvraagMapSvg(overview: RondvraagOverview, today: string): string {
  const spec = choroplethChart({
    title: 'Rondvraag: gebruik van het cijferrapport volgens de gemeenten',
    unit: 'count',
    scope: 'region',
    scopeArea: { nis: '02000', label: 'Vlaams Gewest' },
    subjectNis: null,
    division: '2025',
    source: {
      id: 'rondvraag',
      name: 'rondvraag bij de gemeenten',
      publisher: 'AgII',
      url: null,
      licence: '',
    },
    periodLabel: `stand op ${formatDate(today)}`,
    demo: false,
    values: overview.rows.map((r) => ({ nis: r.nis, value: r.mapClass })),
    categories: {
      labels: MAP_CLASSES,
      heading: 'rondvraag',
      note: 'Volgens het antwoord van de gemeente op de vraag of ze de cijfers al gebruikte; een begonnen maar niet verstuurd antwoord telt als nog niet beantwoord.',
    },
  });
  const count = (k: number) => overview.rows.filter((r) => r.mapClass === k).length;
  const description =
    `Kaart van de ${overview.rows.length} gemeenten van het Vlaams Gewest volgens de rondvraag, stand op ${formatDate(today)}: ` +
    MAP_CLASSES.map((label, k) => `${count(k)} ${label}`).join(', ') +
    '. De tabel hieronder geeft de toestand per gemeente.';
  return renderSpecSvg({ ...spec, description }, 'rondvraag');
}
