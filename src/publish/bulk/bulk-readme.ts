/**
 * The README.md and metadata.json of a bulk download: what each column means, the indicators with
 * their definitions, sources and licences, and the marks that stand for figures not shown.
 */
import type { Catalog } from '../../indicators/catalog.js';
import type { IndicatorDescription } from '../../indicators/catalog-describe.js';
import { BULK_COLUMNS } from './bulk-rows.js';

export const COLUMN_TEXT: Record<(typeof BULK_COLUMNS)[number], string> = {
  indeling: 'gemeentelijke indeling: 2019-2024 (300 gemeenten) of 2025 (285 gemeenten)',
  niveau: 'gemeente, arrondissement, provincie of gewest',
  nis: 'NIS-code van het gebied',
  gebied: 'naam van het gebied',
  indicator: 'id van de indicator (zie indicatoren hieronder en /api/v1/indicatoren)',
  periode: 'periode van het cijfer (datum, jaar of kwartaal)',
  periode_label: 'de periode in woorden',
  categorie: 'categorie van de uitsplitsing (total = het totaal)',
  categorie_label: 'de categorie in woorden',
  aantal: 'het aantal; leeg als het niet getoond wordt (zie status)',
  relatief: 'het relatieve cijfer in de eenheid (procent, per 1.000 …); leeg als het niet getoond wordt',
  eenheid: 'de eenheid van relatief',
  status: 'waarom aantal of relatief leeg is (zie tekens hieronder)',
  demo: 'ja: gegenereerde demonstratiegegevens (DEMODATA), geen echte cijfers',
  voorlopig: 'ja: voorlopige cijfers',
};

export const MARKS = [
  {
    mark: '< 5 (< drempel)',
    meaning: 'minder dan de drempel (0 tot drempel − 1): kleine aantallen worden niet getoond',
  },
  { mark: 'x', meaning: 'verborgen, omdat dit cijfer anders een klein aantal zou verraden' },
  { mark: 'n.b.', meaning: 'niet beschikbaar' },
  { mark: '–', meaning: 'niet van toepassing, of niet te berekenen (deling door nul)' },
] as const;

export interface BulkMeta {
  readonly release: string;
  readonly catalog: string;
  readonly rows: number;
  readonly demo: boolean;
  readonly indicators: readonly IndicatorDescription[];
}

export function bulkMetadata(meta: BulkMeta): Record<string, unknown> {
  return {
    title: 'Omgevingsanalyse — alle cijfers van een datarelease',
    release: meta.release,
    catalog: meta.catalog,
    rows: meta.rows,
    demo: meta.demo,
    files: {
      'waarden.csv': 'tidy CSV, komma-gescheiden, UTF-8 met BOM, punt als decimaalteken',
      'waarden.parquet': 'dezelfde rijen als Parquet',
    },
    columns: BULK_COLUMNS.map((name) => ({ name, description: COLUMN_TEXT[name] })),
    marks: MARKS,
    indicators: meta.indicators,
  };
}

export function bulkReadme(meta: BulkMeta, catalog: Catalog): string {
  const sources = new Map<string, IndicatorDescription['source']>();
  for (const i of meta.indicators) sources.set(i.source.name, i.source);
  return [
    '# Omgevingsanalyse — alle cijfers van een datarelease',
    '',
    `Datarelease ${meta.release}, catalogusversie ${meta.catalog}: ${meta.rows} rijen.`,
    ...(meta.demo
      ? ['', '**DEMODATA**: een deel van deze cijfers is gegenereerd (kolom demo = ja), geen echte gegevens.']
      : []),
    '',
    'Dezelfde cijfers als in de rapporten, op de indicatorpagina’s en in de API (/api/v1): wat het rapport',
    'niet toont om kleine aantallen te beschermen, staat hier ook niet, met hetzelfde teken in de kolom status.',
    '',
    '## Bestanden',
    '',
    '- `waarden.csv`: tidy CSV (komma-gescheiden, UTF-8 met BOM, punt als decimaalteken)',
    '- `waarden.parquet`: dezelfde rijen als Parquet',
    '- `metadata.json`: kolommen, tekens en indicatoren, voor programma’s',
    '',
    '## Kolommen',
    '',
    ...BULK_COLUMNS.map((c) => `- \`${c}\`: ${COLUMN_TEXT[c]}`),
    '',
    '## Tekens voor cijfers die niet getoond worden',
    '',
    ...MARKS.map((m) => `- \`${m.mark}\`: ${m.meaning}`),
    '',
    '## Indicatoren',
    '',
    ...meta.indicators.flatMap((i) => [
      `### ${i.title} (\`${i.id}\`)`,
      '',
      i.definition,
      '',
      `- Teller: ${i.numerator}${i.denominator ? `; noemer: ${i.denominator}` : ''}`,
      `- Eenheid: ${i.unitLabel}${i.breakdown ? `; uitsplitsing: ${i.breakdown}` : ''}`,
      `- Bron: ${i.source.name} (${i.source.publisher}), licentie ${i.source.licence}`,
      `- Peildatum: ${i.referenceDateRule}`,
      `- Geheimhouding: ${i.disclosureRule}`,
      '',
    ]),
    '## Bronnen en licenties',
    '',
    ...[...sources.values()].map(
      (s) => `- ${s.name} (${s.publisher})${s.url ? `, ${s.url}` : ''}: ${s.licence}`,
    ),
    '',
    `Catalogus ${catalog.version} (schema ${catalog.schemaVersion}).`,
    '',
  ].join('\n');
}
