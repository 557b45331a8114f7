/** Sentence goldens: the block sentence for every unit and every state of its figures. */
import { describe, expect, it } from 'vitest';
import { type FigureValue, NOT_APPLICABLE, notAvailable, suppressed, value } from '../../src/domain/value.js';
import type { Unit } from '../../src/indicators/catalog-schema.js';
import { blockSummary, type SummaryInput } from '../../src/report/block-summary.js';
import type { AreaRef, TableRow } from '../../src/report/model.js';
import { sentenceProblems } from '../support/sentence-check.js';

const GENT: AreaRef = { level: 'municipality', nis: '44021', name: 'Gent', label: 'Gent' };
const GROUP: AreaRef = {
  level: 'group',
  nis: 'vergelijkbaar-44021',
  name: 'x',
  label: 'vergelijkbare gemeenten',
};
const HIDDEN = suppressed(5, 'primary');
const X = suppressed(5, 'secondary');

const row = (
  key: string,
  label: string,
  count: FigureValue,
  relative: FigureValue = NOT_APPLICABLE,
): TableRow => ({
  key,
  label,
  cells: [{ count, relative }],
});

function total(unit: Unit, count: FigureValue, relative: FigureValue, extra: Partial<SummaryInput> = {}) {
  return blockSummary({
    subject: GENT,
    unit,
    countLabel: 'niet-Belgen',
    relativeLabel: 'alle inwoners',
    hasBreakdown: false,
    perCategory: false,
    rows: [row('total', 'totaal', count, relative)],
    ...extra,
  });
}

function split(rows: TableRow[], extra: Partial<SummaryInput> = {}) {
  return blockSummary({
    subject: GENT,
    unit: 'percent',
    countLabel: 'niet-Belgen',
    relativeLabel: 'alle niet-Belgen',
    hasBreakdown: true,
    perCategory: false,
    rows,
    ...extra,
  });
}

const cases: [string, string | null][] = [
  ['count', total('count', value(263_703), NOT_APPLICABLE, { countLabel: 'inwoners' })],
  ['count of one', total('count', value(1), NOT_APPLICABLE)],
  ['count zero', total('count', value(0), NOT_APPLICABLE)],
  ['count hidden', total('count', HIDDEN, NOT_APPLICABLE)],
  ['count not available', total('count', notAvailable('niet geleverd'), NOT_APPLICABLE)],
  ['distinct', total('distinct', value(39), NOT_APPLICABLE, { countLabel: 'nationaliteiten' })],
  ['distinct of one', total('distinct', value(1), NOT_APPLICABLE, { countLabel: 'nationaliteiten' })],
  ['percent', total('percent', value(40_856), value(0.155))],
  ['percent, share hidden', total('percent', value(0), X)],
  [
    'per 1.000',
    total('per_1000', value(3309), value(0.0125), {
      countLabel: 'inwijkingen',
      relativeLabel: 'inwoners op 1 januari',
    }),
  ],
  [
    'per 10.000',
    total('per_10000', value(727), value(0.002757), {
      countLabel: 'inburgeraars met een traject',
      relativeLabel: 'inwoners op 1 januari',
    }),
  ],
  [
    'balance per 1.000',
    total('per_1000', value(2703), value(0.01025), {
      countLabel: 'migratiesaldo',
      relativeLabel: 'inwoners op 1 januari',
      balance: true,
    }),
  ],
  [
    'negative balance',
    total('per_1000', value(-12), value(-0.0021), {
      countLabel: 'migratiesaldo',
      relativeLabel: 'inwoners op 1 januari',
      balance: true,
    }),
  ],
  ['balance hidden', total('per_1000', X, X, { countLabel: 'migratiesaldo', balance: true })],
  [
    'shares',
    split([
      row('eu', 'EU-landen', value(22_504), value(0.551)),
      row('niet_eu', 'landen buiten de EU', value(18_352), value(0.449)),
    ]),
  ],
  [
    'top-N with a larger remainder',
    split([
      row('ROU', 'Roemenië', value(6109), value(0.15)),
      row('NLD', 'Nederland', value(4000), value(0.098)),
      row('andere', 'andere nationaliteiten', value(18_476), value(0.452)),
    ]),
  ],
  [
    'one named part and a remainder',
    split([
      row('moe', 'MOE-landen', value(16_336), value(0.4)),
      row('andere', 'andere landen', value(24_520), value(0.6)),
    ]),
  ],
  [
    'a largest part of one person',
    split([row('a', '30–34 jaar', value(1), value(0.3333)), row('b', '35–39 jaar', value(0), value(0))]),
  ],
  [
    'equal largest parts',
    split([
      row('a', '30–34 jaar', value(1), value(0.3333)),
      row('b', '50–54 jaar', value(1), value(0.3333)),
      row('c', '55–59 jaar', value(1), value(0.3333)),
      row('d', '60–64 jaar', value(0), value(0)),
    ]),
  ],
  [
    'equal highest rates',
    split([row('M', 'mannen', value(3), value(0.5)), row('F', 'vrouwen', value(2), value(0.5))], {
      perCategory: true,
    }),
  ],
  [
    'all parts zero',
    split([row('a', 'Zuid-EU-15', value(0), value(0)), row('b', 'EU-13', value(0), value(0))]),
  ],
  [
    'hidden parts that cannot be larger',
    split(
      [
        row('bh', 'Belg met Belgische herkomst', value(72), value(0.923)),
        row('bb', 'Belg met buitenlandse herkomst', HIDDEN, HIDDEN),
        row('nb', 'niet-Belg', HIDDEN, HIDDEN),
      ],
      { countLabel: 'inwoners' },
    ),
  ],
  [
    'hidden parts that may be larger',
    split([
      row('a', 'Zuid-EU-15', value(0), value(0)),
      row('b', 'EU-13', HIDDEN, HIDDEN),
      row('c', 'Maghreb', X, X),
    ]),
  ],
  [
    'rates per category',
    split(
      [row('M', 'mannen', value(21_207), value(0.161)), row('F', 'vrouwen', value(19_649), value(0.149))],
      { perCategory: true, relativeLabel: 'alle inwoners van die groep' },
    ),
  ],
  [
    'rates per category, one hidden',
    split([row('M', 'mannen', value(3), value(0.064)), row('F', 'vrouwen', HIDDEN, X)], {
      perCategory: true,
    }),
  ],
  [
    'rates per category, all zero',
    split([row('belgisch', 'Belgische herkomst', value(0), value(0)), row('eu', 'EU', value(0), value(0))], {
      perCategory: true,
    }),
  ],
  [
    'rates per 1.000 per category',
    split([row('M', 'mannen', value(50), value(0.004)), row('F', 'vrouwen', value(40), value(0.003))], {
      unit: 'per_1000',
      perCategory: true,
      relativeLabel: 'inwoners van die groep',
    }),
  ],
  [
    'percentage points',
    split(
      [
        row('eu', 'herkomst uit de EU', value(10), value(-0.05)),
        row('niet_eu', 'herkomst van buiten de EU', value(20), value(-0.23)),
      ],
      {
        unit: 'percentage_points',
      },
    ),
  ],
  [
    'percentage points, all zero',
    split([row('belgisch', 'Belgische herkomst', value(10), value(0))], { unit: 'percentage_points' }),
  ],
  [
    'counts per category',
    split(
      [
        row('q1', '1e kwartaal', value(400), NOT_APPLICABLE),
        row('q2', '2e kwartaal', value(403), NOT_APPLICABLE),
      ],
      {
        unit: 'count',
        countLabel: 'nieuwkomers',
      },
    ),
  ],
  [
    'the similar municipalities',
    blockSummary({
      subject: GROUP,
      unit: 'percent',
      countLabel: 'niet-Belgen',
      relativeLabel: 'alle inwoners',
      hasBreakdown: false,
      perCategory: false,
      rows: [row('total', 'totaal', value(99_000), value(0.166))],
    }),
  ],
];

describe('block sentences', () => {
  it('match the reviewed sentence of every unit and state', () => {
    expect(Object.fromEntries(cases)).toMatchInlineSnapshot(`
      {
        "a largest part of one person": "Grootste groep in Gent: 30–34 jaar, 33,3 % (1 niet-Belg).",
        "all parts zero": null,
        "balance hidden": null,
        "balance per 1.000": "In Gent bedroeg het migratiesaldo +2.703, of 10,3 per 1.000 inwoners op 1 januari.",
        "count": "In Gent gaat het om 263.703 inwoners.",
        "count hidden": null,
        "count not available": null,
        "count of one": "In Gent gaat het om 1 niet-Belg.",
        "count zero": "In Gent gaat het om 0 niet-Belgen.",
        "counts per category": "Grootste groep in Gent: 2e kwartaal, 403 nieuwkomers.",
        "distinct": "In Gent wonen mensen met 39 nationaliteiten.",
        "distinct of one": "In Gent wonen mensen met 1 nationaliteit.",
        "equal highest rates": "Hoogste cijfer in Gent: mannen en vrouwen, elk 50,0 %.",
        "equal largest parts": "Grootste groepen in Gent: 30–34 jaar, 50–54 jaar en 55–59 jaar, elk 33,3 % (1 niet-Belg).",
        "hidden parts that cannot be larger": "Grootste groep in Gent: Belg met Belgische herkomst, 92,3 % (72 inwoners).",
        "hidden parts that may be larger": null,
        "negative balance": "In Gent bedroeg het migratiesaldo −12, of −2,1 per 1.000 inwoners op 1 januari.",
        "one named part and a remainder": "MOE-landen in Gent: 40,0 % (16.336 niet-Belgen).",
        "per 1.000": "In Gent gaat het om 3.309 inwijkingen, of 12,5 per 1.000 inwoners op 1 januari.",
        "per 10.000": "In Gent gaat het om 727 inburgeraars met een traject, of 27,6 per 10.000 inwoners op 1 januari.",
        "percent": "In Gent gaat het om 40.856 niet-Belgen: 15,5 % van alle inwoners.",
        "percent, share hidden": "In Gent gaat het om 0 niet-Belgen.",
        "percentage points": "Grootste verschil in Gent: herkomst van buiten de EU, −23,0 pp.",
        "percentage points, all zero": null,
        "rates per 1.000 per category": "Hoogste cijfer in Gent: mannen, 4,0 per 1.000 inwoners van die groep (50 niet-Belgen).",
        "rates per category": "Hoogste cijfer in Gent: mannen, 16,1 % (21.207 niet-Belgen).",
        "rates per category, all zero": null,
        "rates per category, one hidden": null,
        "shares": "Grootste groep in Gent: EU-landen, 55,1 % (22.504 niet-Belgen).",
        "the similar municipalities": "In de vergelijkbare gemeenten gaat het om 99.000 niet-Belgen: 16,6 % van alle inwoners.",
        "top-N with a larger remainder": "Grootste afzonderlijke groep in Gent: Roemenië, 15,0 % (6.109 niet-Belgen).",
      }
    `);
  });

  it('are well formed whenever there is one', () => {
    const labels = ['niet-Belgen', 'inwoners', 'nationaliteiten', 'nieuwkomers', 'inwijkingen'];
    for (const [name, sentence] of cases)
      if (sentence !== null) expect(sentenceProblems(sentence, labels), `${name}: ${sentence}`).toEqual([]);
  });

  it('the checker itself catches the defects seen on the pages', () => {
    const bad = [
      'In Gent gaat het om 2.703 migratiesaldo: 10,3 inwoners op 1 januari.',
      'Grootste groep in Gent: andere nationaliteiten, 45,2\u00a0% (18.476 niet-Belgen).',
      'Hoogste cijfer in Herstappe: Belgische herkomst, 0,0\u00a0% (0 personen met (equivalent) leefloon).',
      'Voor Gent zijn er nog geen cijfers (geen cijfers voor 2019-01-01).',
      'Grootste groep in Herstappe: 30–34 jaar, 33,3\u00a0% (1 niet-Belgen).',
      'Vlaams Gewest: n.b.',
    ];
    for (const s of bad) expect(sentenceProblems(s, ['niet-Belgen']), s).not.toEqual([]);
  });
});

describe('count labels', () => {
  it('every count label of the catalog has a singular, for "1 niet-Belg"', async () => {
    const { loadCatalog } = await import('../../src/indicators/catalog-load.js');
    const { singularOf } = await import('../../src/compare/phrases/index.js');
    const labels = loadCatalog()
      .indicators.filter((i) => i.numerator.minus === undefined)
      .map((i) => i.numerator.label);
    expect(labels.filter((l) => singularOf(l) === null)).toEqual([]);
  });
});
