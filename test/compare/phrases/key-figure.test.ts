/** Key-figure sentences with real area labels: the articles come out right for every level. */
import { describe, expect, it } from 'vitest';
import { comparisonSentence, keyFigureSentence } from '../../../src/compare/phrases/key-figure.js';
import { inPlace, type PlaceRef, SIMILAR_MUNICIPALITIES } from '../../../src/compare/phrases/places.js';
import { asNisCode } from '../../../src/domain/brand.js';
import type { AreaLevel } from '../../../src/domain/division.js';
import { NOT_APPLICABLE, notAvailable, suppressed, value } from '../../../src/domain/value.js';
import { loadGeography } from '../../../src/geo/index.js';
import { areaRef } from '../../../src/report/comparison-areas.js';
import type { AreaRef } from '../../../src/report/model.js';

const geo = loadGeography();
const NBSP = '\u00a0';
const pct = (s: string) => s.replaceAll(' %', `${NBSP}%`);

function ref(level: AreaLevel, nis: string): AreaRef {
  const area = geo.area('2025', level, asNisCode(nis));
  if (!area) throw new Error(nis);
  return areaRef(geo, area);
}

const gent = ref('municipality', '44021');
const oostVlaanderen = ref('province', '40000');
const region = ref('region', '02000');
const NIET_BELG = 'is {waarde} van de inwoners niet-Belg';

describe('places', () => {
  it.each([
    ['municipality', '44021', 'in Gent'],
    ['municipality', '46030', 'in Beveren-Kruibeke-Zwijndrecht'],
    ['province', '10000', 'in de provincie Antwerpen'],
    ['arrondissement', '11000', 'in het arrondissement Antwerpen'],
    ['region', '02000', 'in het Vlaams Gewest'],
  ] as const)('%s %s → %s', (level, nis, text) => {
    expect(inPlace(ref(level, nis))).toBe(text);
  });

  it('names the group of similar municipalities', () => {
    expect(inPlace(SIMILAR_MUNICIPALITIES)).toBe('in vergelijkbare gemeenten');
  });

  it('takes the report model AreaRef as it is', () => {
    const place: PlaceRef = region;
    expect(place.label).toBe('Vlaams Gewest');
  });
});

describe('key-figure sentences', () => {
  it('writes the figure and its comparisons in two sentences', () => {
    const text = keyFigureSentence({
      place: gent,
      value: value(0.163),
      kind: 'percent',
      statement: NIET_BELG,
      comparisons: [
        { place: region, value: value(0.095) },
        { place: SIMILAR_MUNICIPALITIES, value: value(0.155) },
      ],
    });
    expect(text).toBe(
      pct(
        'In Gent is 16,3 % van de inwoners niet-Belg. Dat is ongeveer anderhalf keer zo hoog als in het Vlaams Gewest (9,5 %) en iets hoger dan in vergelijkbare gemeenten (15,5 %).',
      ),
    );
  });

  it('starts with a capital for a province and says "van het cijfer" for a part', () => {
    const text = keyFigureSentence({
      place: oostVlaanderen,
      value: value(0.05),
      kind: 'percent',
      statement: NIET_BELG,
      comparisons: [{ place: region, value: value(0.1) }],
    });
    expect(text).toBe(
      pct(
        'In de provincie Oost-Vlaanderen is 5,0 % van de inwoners niet-Belg. Dat is ongeveer de helft van het cijfer in het Vlaams Gewest (10,0 %).',
      ),
    );
  });

  it('shares one phrase between places that compare alike', () => {
    const text = comparisonSentence(value(0.1), 'percent', [
      { place: oostVlaanderen, value: value(0.1) },
      { place: region, value: value(0.101) },
      { place: SIMILAR_MUNICIPALITIES, value: value(0.2) },
    ]);
    expect(text).toBe(
      pct(
        'Dat is ongeveer even hoog als in de provincie Oost-Vlaanderen (10,0 %) en in het Vlaams Gewest (10,1 %), en ongeveer de helft van het cijfer in vergelijkbare gemeenten (20,0 %).',
      ),
    );
  });

  it('lists three different phrases with commas and "en"', () => {
    const text = comparisonSentence(value(0.2), 'percent', [
      { place: oostVlaanderen, value: value(0.1) },
      { place: region, value: value(0.19) },
      { place: SIMILAR_MUNICIPALITIES, value: value(0.3) },
    ]);
    expect(text).toBe(
      pct(
        'Dat is ongeveer dubbel zo hoog als in de provincie Oost-Vlaanderen (10,0 %), iets hoger dan in het Vlaams Gewest (19,0 %) en ongeveer twee derde van het cijfer in vergelijkbare gemeenten (30,0 %).',
      ),
    );
  });

  it('leaves out comparisons without a value, and the second sentence when none is left', () => {
    const figure = {
      place: gent,
      value: value(0.163),
      kind: 'percent' as const,
      statement: NIET_BELG,
      comparisons: [
        { place: oostVlaanderen, value: suppressed(5, 'secondary') },
        { place: region, value: notAvailable('geen cijfers') },
      ],
    };
    expect(keyFigureSentence(figure)).toBe(pct('In Gent is 16,3 % van de inwoners niet-Belg.'));
  });

  it('writes rates per 1.000 with their unit', () => {
    const text = keyFigureSentence({
      place: gent,
      value: value(0.0123),
      kind: 'per_1000',
      statement: 'kwamen er {waarde} inwoners nieuwkomers bij',
      comparisons: [{ place: region, value: value(0.006) }],
    });
    expect(text).toBe(
      'In Gent kwamen er 12,3 per 1.000 inwoners nieuwkomers bij. Dat is ongeveer dubbel zo hoog als in het Vlaams Gewest (6,0 per 1.000).',
    );
  });

  it('states counts without comparing them', () => {
    const text = keyFigureSentence({
      place: gent,
      value: value(263_703),
      kind: 'count',
      statement: 'wonen {waarde} mensen',
      comparisons: [{ place: region, value: value(6_653_062) }],
    });
    expect(text).toBe('In Gent wonen 263.703 mensen.');
  });

  it('says nothing when the figure itself has no value', () => {
    const base = { place: gent, kind: 'percent' as const, statement: NIET_BELG, comparisons: [] };
    expect(keyFigureSentence({ ...base, value: suppressed(5, 'primary') })).toBeNull();
    expect(keyFigureSentence({ ...base, value: NOT_APPLICABLE })).toBeNull();
  });

  it('refuses a statement without the value placeholder', () => {
    expect(() =>
      keyFigureSentence({
        place: gent,
        value: value(1),
        kind: 'count',
        statement: 'wonen mensen',
        comparisons: [],
      }),
    ).toThrow(/\{waarde\}/);
  });
});
