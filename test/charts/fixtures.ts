/** Small, hand-made report blocks for the chart tests (no release needed). */
import type { PyramidInput } from '../../src/charts/pyramid-input.js';
import type { FigureValue } from '../../src/domain/value.js';
import { suppressed, value } from '../../src/domain/value.js';
import type { AreaRef, ReportCell, SeriesPoint, SourceRef, TableBlock } from '../../src/report/model.js';

export const AREAS: readonly AreaRef[] = [
  { level: 'municipality', nis: '12025', name: 'Mechelen', label: 'Mechelen' },
  { level: 'province', nis: '10000', name: 'Antwerpen', label: 'provincie Antwerpen' },
  { level: 'region', nis: '02000', name: 'Vlaams Gewest', label: 'Vlaams Gewest' },
];

export const STATBEL: SourceRef = {
  id: 'bevolking',
  name: 'Bevolking naar woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht',
  publisher: 'Statbel',
  url: 'https://statbel.fgov.be/',
  licence: 'Licentie open data',
};

const cell = (count: FigureValue, relative: FigureValue): ReportCell => ({ count, relative });
const share = (count: number, total: number): ReportCell => cell(value(count), value(count / total));

const BASE: Omit<TableBlock, 'rows' | 'series'> = {
  kind: 'table',
  id: 'niet-belgen-leeftijd',
  indicatorId: 'niet-belgen-leeftijd',
  title: 'Aandeel niet-Belgen naar leeftijdsgroep',
  definition: 'Inwoners zonder Belgische nationaliteit, als deel van alle inwoners van die leeftijd.',
  chart: 'bar',
  summary: null,
  unit: 'percent',
  countLabel: 'niet-Belgen',
  relativeLabel: '% van de inwoners',
  breakdownTitle: 'Leeftijdsgroep',
  source: STATBEL,
  period: '2021-01-01',
  periodLabel: 'toestand op 1 januari 2021',
  demo: false,
  provisional: false,
};

/** A breakdown with a suppressed cell (primary, threshold 5) and a secondary one. */
export const BAR_BLOCK: TableBlock = {
  ...BASE,
  rows: [
    {
      key: '0-17',
      label: '0 tot 17 jaar',
      cells: [share(2841, 18012), share(41200, 380100), share(132000, 1340000)],
    },
    {
      key: '18-64',
      label: '18 tot 64 jaar',
      cells: [share(9120, 54210), share(121000, 1150000), share(420000, 4030000)],
    },
    {
      key: '65+',
      label: '65 jaar en ouder, met een lang label dat moet afbreken',
      cells: [
        cell(suppressed(5, 'primary'), suppressed(5, 'primary')),
        share(9100, 330000),
        share(31000, 1290000),
      ],
    },
    {
      key: 'onbekend',
      label: 'Onbekend',
      cells: [
        cell(suppressed(5, 'secondary'), suppressed(5, 'secondary')),
        share(12, 1860100),
        share(40, 6660000),
      ],
    },
  ],
  series: [],
};

/** An indicator without breakdown: one bar per area. */
export const TOTAL_BLOCK: TableBlock = {
  ...BASE,
  id: 'niet-belgen',
  title: 'Aandeel niet-Belgen',
  breakdownTitle: null,
  rows: [
    {
      key: 'total',
      label: 'Totaal',
      cells: [share(12100, 87290), share(171300, 1869100), share(583000, 6660000)],
    },
  ],
  series: [],
};

const point = (
  period: string,
  label: string,
  shares: number[],
  extra: Partial<SeriesPoint> = {},
): SeriesPoint => ({
  period,
  periodLabel: label,
  demo: false,
  provisional: false,
  cells: shares.map((s) => cell(value(Math.round(s * 1000)), value(s))),
  ...extra,
});

/** An evolution with a missing point, provisional last points and demo points. */
export const LINE_BLOCK: TableBlock = {
  ...BASE,
  id: 'nieuwkomers',
  title: 'Meerderjarige nieuwkomers per 1.000 inwoners',
  unit: 'per_1000',
  relativeLabel: 'per 1.000 inwoners',
  breakdownTitle: null,
  demo: true,
  provisional: true,
  period: '2024',
  periodLabel: 'in de loop van 2024',
  rows: [
    {
      key: 'total',
      label: 'Totaal',
      cells: [share(900, 87290), share(16000, 1869100), share(52000, 6660000)],
    },
  ],
  series: [
    point('2019', '2019', [0.0081, 0.0072, 0.0068]),
    point('2020', '2020', [0.0064, 0.0061, 0.0059]),
    {
      ...point('2021', '2021', [0.0079, 0.007, 0.0066]),
      cells: [
        cell(suppressed(5, 'primary'), suppressed(5, 'primary')),
        share(13000, 1860000),
        share(44000, 6650000),
      ],
    },
    point('2022', '2022', [0.0112, 0.0098, 0.0091], { demo: true }),
    point('2023', '2023', [0.0104, 0.0093, 0.0088], { demo: true, provisional: true }),
    point('2024', '2024', [0.0103, 0.0086, 0.0078], { demo: true, provisional: true }),
  ],
};

/** 21 five-year bands with a plausible shape (deterministic, not real figures). */
export const PYRAMID_INPUT: PyramidInput = {
  title: 'Bevolkingspiramide: Belgen en niet-Belgen naar leeftijd en geslacht',
  periodLabel: 'toestand op 1 januari 2021',
  areaLabel: 'Mechelen',
  source: STATBEL,
  bands: Array.from({ length: 21 }, (_, i) => {
    const label = i === 20 ? '100 jaar en ouder' : `${i * 5}–${i * 5 + 4} jaar`;
    const base = Math.round(3000 * Math.exp(-(((i - 9) / 9) ** 2)) + (i < 16 ? 900 : 0));
    const foreign = Math.round(900 * Math.exp(-(((i - 6) / 4) ** 2)));
    return {
      label,
      belgianMen: i === 20 ? 3 : base,
      belgianWomen: i === 20 ? 14 : Math.round(base * (i > 13 ? 1.25 : 0.98)),
      foreignMen: i === 20 ? 0 : foreign,
      foreignWomen: i === 20 ? suppressed(5, 'primary') : Math.round(foreign * 0.92),
    };
  }),
};
