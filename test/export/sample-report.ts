/**
 * A small hand-made report with every block kind and every figure state, for the tests that need no
 * release: key figures, a pyramid, map data, a group column, suppressed and unavailable figures.
 */
import type { FigureValue } from '../../src/domain/value.js';
import type { AreaRef, Report, ReportCell, SourceRef, TableBlock } from '../../src/report/model.js';
import { REPORT_SCHEMA, REPORT_SCHEMA_VERSION } from '../../src/report/model.js';

const v = (value: number): FigureValue => ({ state: 'value', value });
const cell = (count: FigureValue, relative: FigureValue): ReportCell => ({ count, relative });

export const AREAS: AreaRef[] = [
  { level: 'municipality', nis: '44021', name: 'Gent', label: 'Gent' },
  {
    level: 'group',
    nis: 'vergelijkbaar-44021',
    name: 'vergelijkbare gemeenten',
    label: 'vergelijkbare gemeenten',
    members: ['11002', '24062'],
  },
  { level: 'province', nis: '40000', name: 'Oost-Vlaanderen', label: 'provincie Oost-Vlaanderen' },
  { level: 'region', nis: '02000', name: 'Vlaams Gewest', label: 'Vlaams Gewest' },
];

export const STATBEL: SourceRef = {
  id: 'bevolking',
  name: 'Bevolking naar woonplaats',
  publisher: 'Statbel',
  url: 'https://statbel.fgov.be/nl/open-data',
  licence: 'open data & naamsvermelding',
};
const CONTRACT: SourceRef = {
  id: 'nieuwkomers',
  name: 'Nieuwkomers',
  publisher: 'AgII',
  url: null,
  licence: 'geen open data',
};

function table(over: Partial<TableBlock> & Pick<TableBlock, 'id' | 'unit' | 'rows'>): TableBlock {
  return {
    kind: 'table',
    indicatorId: over.id,
    title: `Titel ${over.id}`,
    definition: `Definitie van ${over.id}.`,
    chart: 'none',
    summary: null,
    countLabel: 'inwoners',
    relativeLabel: over.unit === 'count' || over.unit === 'distinct' ? null : 'alle inwoners',
    breakdownTitle: null,
    source: STATBEL,
    period: '2021-01-01',
    periodLabel: 'toestand op 1 januari 2021',
    demo: false,
    provisional: false,
    series: [],
    ...over,
  };
}

const SUPPRESSED_PRIMARY: FigureValue = { state: 'suppressed', threshold: 5, kind: 'primary' };
const SUPPRESSED_SECONDARY: FigureValue = { state: 'suppressed', threshold: 5, kind: 'secondary' };
const NA: FigureValue = { state: 'not_available', reason: 'geen cijfers voor 2021 of eerder' };

export const INWONERS = table({
  id: 'inwoners',
  unit: 'count',
  rows: [
    {
      key: 'total',
      label: 'Totaal',
      cells: [
        cell(v(263_927), { state: 'not_applicable' }),
        cell(v(900_000), { state: 'not_applicable' }),
        cell(v(1_525_255), { state: 'not_applicable' }),
        cell(v(6_653_062), { state: 'not_applicable' }),
      ],
    },
  ],
  series: [
    {
      period: '2020-01-01',
      periodLabel: '1 januari 2020',
      demo: false,
      provisional: false,
      cells: [
        cell(v(262_219), { state: 'not_applicable' }),
        cell(v(899_000), { state: 'not_applicable' }),
        cell(NA, NA),
        cell(v(6_629_143), { state: 'not_applicable' }),
      ],
    },
    {
      period: '2021-01-01',
      periodLabel: '1 januari 2021',
      demo: false,
      provisional: false,
      cells: [
        cell(v(263_927), { state: 'not_applicable' }),
        cell(v(900_000), { state: 'not_applicable' }),
        cell(v(1_525_255), { state: 'not_applicable' }),
        cell(v(6_653_062), { state: 'not_applicable' }),
      ],
    },
  ],
});

export const NIEUWKOMERS = table({
  id: 'nieuwkomers_naar_geslacht',
  unit: 'percent',
  source: CONTRACT,
  period: '2021',
  periodLabel: 'in de loop van 2021',
  demo: true,
  provisional: true,
  breakdownTitle: 'Geslacht',
  summary: 'In Gent waren er 3 nieuwkomers.',
  rows: [
    {
      key: 'M',
      label: 'Mannen',
      cells: [
        cell(SUPPRESSED_PRIMARY, SUPPRESSED_PRIMARY),
        cell(v(40), v(0.4)),
        cell(v(120), v(0.55)),
        cell(NA, NA),
      ],
    },
    {
      key: 'F',
      label: 'Vrouwen',
      cells: [
        cell(SUPPRESSED_SECONDARY, SUPPRESSED_SECONDARY),
        cell(v(60), v(0.6)),
        cell(v(98), v(0.45)),
        cell(NA, NA),
      ],
    },
  ],
});

export const MIGRATIE = table({
  id: 'migratiesaldo',
  unit: 'per_1000',
  period: '2021',
  periodLabel: 'in de loop van 2021',
  rows: [
    {
      key: 'total',
      label: 'Totaal',
      cells: [
        cell(v(-120), v(-0.00045)),
        cell(v(10), v(0.0123)),
        cell(v(0), { state: 'division_by_zero' }),
        cell(v(5), v(0.001)),
      ],
    },
  ],
});

export const KLOOF = table({
  id: 'werkzaamheidsgraad_kloof',
  unit: 'percentage_points',
  period: '2021-12-31',
  periodLabel: 'toestand op 31 december 2021',
  rows: [{ key: 'BUI', label: 'buitenlandse herkomst', cells: AREAS.map(() => cell(v(1000), v(-0.1234))) }],
});

export function sampleReport(over: Partial<Report> = {}): Report {
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: '2026-12-31T23:30:00.000Z',
    subject: AREAS[0] as AreaRef,
    areas: AREAS,
    division: '2025',
    year: 2021,
    availableYears: [2020, 2021],
    notes: ['Een opmerking over de fusie.'],
    release: { id: '20261128T101106Z-8b613a5f', builtAt: '2026-11-28T10:11:06.000Z' },
    demo: true,
    catalog: { version: '2026.11.1', schemaVersion: 2 },
    software: { name: 'omgevingsanalyse', version: '0.1.0' },
    similar: { members: AREAS.slice(0, 1), method: 'Gekozen op grootte en aandeel niet-Belgen.' },
    sections: [
      {
        id: 'kern',
        title: 'Kerncijfers: [samenvatting] / overzicht van de gemeente',
        intro: 'De belangrijkste cijfers.',
        blocks: [
          { kind: 'text', id: 'samenvatting', text: 'Gent telde 263.927 inwoners.' },
          {
            kind: 'keyfigures',
            id: 'kerncijfers',
            figures: [
              {
                indicatorId: 'inwoners',
                blockId: 'inwoners',
                title: 'Inwoners',
                rowLabel: null,
                unit: 'count',
                period: '2021-01-01',
                periodLabel: '1 januari 2021',
                cells: INWONERS.rows[0]?.cells ?? [],
                sentence: 'Gent telt 263.927 inwoners.',
                change: null,
                demo: false,
                provisional: false,
              },
            ],
            changes: ['Meer inwoners dan in 2020.'],
          },
          {
            kind: 'pyramid',
            id: 'piramide',
            title: 'Bevolkingspiramide',
            summary: 'Jong en oud.',
            source: STATBEL,
            period: '2021-01-01',
            periodLabel: 'toestand op 1 januari 2021',
            bands: [
              { label: '0–4', belgianMen: 7000, belgianWomen: 6800, foreignMen: 1200, foreignWomen: 1100 },
              { label: '5–9', belgianMen: 6900, belgianWomen: 6700, foreignMen: 1000, foreignWomen: 1050 },
            ],
          },
        ],
      },
      {
        id: 'bevolking',
        title: 'Bevolking',
        intro: 'Hoeveel inwoners?',
        blocks: [INWONERS, MIGRATIE, KLOOF],
      },
      {
        id: 'instroom',
        title: 'Instroom en inburgering van nieuwkomers in de gemeente',
        intro: 'Nieuwkomers.',
        blocks: [
          NIEUWKOMERS,
          {
            kind: 'map',
            id: 'kaart',
            indicatorId: 'nieuwkomers_naar_geslacht',
            title: 'Nieuwkomers',
            unit: 'percent',
            rowLabel: 'Mannen',
            scope: 'province',
            scopeArea: AREAS[2] as AreaRef,
            subjectNis: '44021',
            division: '2025',
            source: CONTRACT,
            period: '2021',
            periodLabel: 'in de loop van 2021',
            demo: true,
            summary: 'Kaart.',
            values: [
              { nis: '44021', name: 'Gent', value: SUPPRESSED_PRIMARY },
              { nis: '44019', name: 'Evergem', value: v(0.25) },
            ],
          },
          { kind: 'definitions', id: 'definities', entries: [] },
        ],
      },
    ],
    ...over,
  };
}
