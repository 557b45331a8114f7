import { describe, expect, it } from 'vitest';
import { DIVISION_BY_ZERO, NOT_APPLICABLE, notAvailable, value } from '../../src/domain/value.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { categoriesOf } from '../../src/indicators/categories.js';
import { computeIndicator } from '../../src/indicators/compute.js';
import { FactTable } from '../../src/indicators/fact-table.js';
import { PopulationCube } from '../../src/indicators/population-cube.js';

const catalog = loadCatalog();
const countries = loadCountries();

function spec(id: string) {
  const s = catalog.indicator(id);
  if (!s) throw new Error(id);
  return s;
}

function dataset(id: string) {
  const d = catalog.datasets.get(id);
  if (!d) throw new Error(id);
  return d;
}

/** 80 inhabitants: 72 Belgians, 8 non-Belgians. */
function smallTown(): FactTable {
  const t = new FactTable(dataset('bevolking'));
  t.add(['M', 'BEL', '10'], 30);
  t.add(['F', 'BEL', '40'], 40);
  t.add(['M', 'ETR', '30'], 6);
  t.add(['F', 'ETR', '70'], 2);
  t.add(['F', 'BEL', '100'], 2); // 100 = 100 and older
  return t;
}

function compute(
  id: string,
  numerator: FactTable,
  denominator: FactTable | undefined = numerator,
  subject = numerator,
) {
  const s = spec(id);
  const cats = categoriesOf({ catalog, countries, date: '2021-01-01', subject }, s);
  return computeIndicator(s, cats, { numerator, ...(denominator ? { denominator } : {}) });
}

describe('population cube', () => {
  it('sums with AND-ed filters and age ranges, and lists its cells', () => {
    const c = new PopulationCube();
    c.add('M', 'BEL', 10, 30);
    c.add('F', 'ETR', 70, 2);
    expect(c.sum()).toBe(32);
    expect(c.sum({ sex: 'F' }, { age: { from: 65 } })).toBe(2);
    const cells: unknown[] = [];
    c.forEachCell((...cell) => cells.push(cell));
    expect(cells).toEqual([
      ['M', 'BEL', 10, 30],
      ['F', 'ETR', 70, 2],
    ]);
    expect(() => new PopulationCube().add('M', 'BEL', 121, 1)).toThrow(RangeError);
  });
});

describe('fact tables', () => {
  it('filter by code, list, except and range', () => {
    const t = smallTown();
    expect(t.sum()).toBe(80);
    expect(t.sum({ nationaliteit: 'ETR' })).toBe(8);
    expect(t.sum({ geslacht: ['M', 'F'], leeftijd: { from: 65 } })).toBe(4);
    expect(t.sum({ nationaliteit: { except: ['BEL'] } })).toBe(8);
    expect([...t.sumBy('geslacht', { nationaliteit: 'ETR' })]).toEqual([
      ['M', 6],
      ['F', 2],
    ]);
    expect(() => t.sum({ religie: 'x' })).toThrow(/no dimension religie/);
  });
});

describe('indicators', () => {
  it('computes a share of all inhabitants', () => {
    expect(compute('niet_belgen', smallTown())).toEqual([
      { key: 'total', label: 'Totaal', count: value(8), relative: value(0.1) },
    ]);
  });
  it('computes per-category shares for breakdowns with perCategory denominators', () => {
    expect(
      compute('niet_belgen_naar_geslacht', smallTown()).map((r) => [r.key, r.count, r.relative]),
    ).toEqual([
      ['M', value(6), value(6 / 36)],
      ['F', value(2), value(2 / 44)],
    ]);
  });
  it('computes distributions over 5-year bands, the last one open-ended', () => {
    const rows = compute('inwoners_naar_leeftijd_5j', smallTown());
    expect(rows).toHaveLength(21);
    expect(rows.at(-1)).toMatchObject({ key: '100+', label: '100 jaar en ouder', count: value(2) });
  });
  it('says division by zero instead of inventing a share for an empty group', () => {
    const empty = new FactTable(dataset('bevolking'));
    expect(compute('niet_belgen_naar_leeftijdsgroep', empty).map((r) => r.relative)).toEqual([
      DIVISION_BY_ZERO,
      DIVISION_BY_ZERO,
      DIVISION_BY_ZERO,
    ]);
  });
  it('passes on why a table is missing, never a zero', () => {
    const s = spec('niet_belgen');
    const rows = computeIndicator(s, categoriesOf({ catalog, countries, date: '2021-01-01' }, s), {
      numerator: { missing: 'geen cijfers' },
    });
    expect(rows[0]?.count).toEqual(notAvailable('geen cijfers'));
  });
  it('groups countries by date-dependent classifications and counts distinct nationalities', () => {
    const t = new FactTable(dataset('nationaliteit'));
    t.add(['NLD', 'M', '18-64'], 50);
    t.add(['MAR', 'F', '18-64'], 30);
    t.add(['GBR', 'F', '65+'], 10);
    t.add(['POL', 'M', '0-17'], 10);
    const eu2019 = computeIndicator(
      spec('niet_belgen_eu_niet_eu'),
      categoriesOf({ catalog, countries, date: '2019-01-01' }, spec('niet_belgen_eu_niet_eu')),
      { numerator: t, denominator: t },
    );
    const eu2021 = computeIndicator(
      spec('niet_belgen_eu_niet_eu'),
      categoriesOf({ catalog, countries, date: '2021-01-01' }, spec('niet_belgen_eu_niet_eu')),
      { numerator: t, denominator: t },
    );
    expect(eu2019.map((r) => r.count)).toEqual([value(70), value(30)]);
    expect(eu2021.map((r) => r.count)).toEqual([value(60), value(40)]);
    expect(compute('vreemde_nationaliteiten', t, undefined)[0]?.count).toEqual(value(4));
    const top = compute('niet_belgen_top5_nationaliteiten', t);
    expect(top.map((r) => [r.label, r.count])).toEqual([
      ['Nederland', value(50)],
      ['Marokko', value(30)],
      ['Verenigd Koninkrijk', value(10)], // ties in code order: GBR before POL
      ['Polen', value(10)],
    ]);
  });
  it('computes a balance and a rate per 1.000 with a denominator from another dataset', () => {
    const m = new FactTable(dataset('migratie'));
    m.add(['intern_in'], 40);
    m.add(['extern_in'], 20);
    m.add(['intern_uit'], 25);
    m.add(['extern_uit'], 5);
    expect(compute('migratiesaldo_vreemdelingen', m, smallTown())[0]).toMatchObject({
      count: value(30),
      relative: value(30 / 80),
    });
    expect(compute('interne_inwijking_vreemdelingen', m, smallTown())[0]?.relative).toEqual(value(0.5));
  });
  it('computes gaps in percentage points against a reference group', () => {
    const w = new FactTable(dataset('werk_herkomst'));
    for (const [herkomst, pop, work] of [
      ['belgisch', 100, 75],
      ['eu', 50, 35],
      ['niet_eu', 40, 20],
    ] as const) {
      w.add([herkomst, 'M', '30-54', 'bevolking'], pop);
      w.add([herkomst, 'M', '30-54', 'werkend'], work);
    }
    const rows = compute('werkzaamheidsgraad_herkomstkloof', w);
    expect(
      rows.map((r) => [
        r.key,
        r.relative.state === 'value' ? Math.round(r.relative.value * 1000) / 1000 : r.relative,
      ]),
    ).toEqual([
      ['belgisch', 0],
      ['eu', -0.05],
      ['niet_eu', -0.25],
    ]);
    expect(compute('werkzaamheidsgraad_naar_herkomst', w)[0]?.relative).toEqual(value(0.75));
    expect(compute('inwoners', smallTown(), undefined)[0]?.relative).toEqual(NOT_APPLICABLE);
  });
});
