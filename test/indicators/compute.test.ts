import { describe, expect, it } from 'vitest';
import { DIVISION_BY_ZERO, value } from '../../src/domain/value.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { computeIndicator } from '../../src/indicators/compute.js';
import { PopulationCube } from '../../src/indicators/population-cube.js';

const catalog = loadCatalog();

function spec(id: string) {
  const s = catalog.indicator(id);
  if (!s) throw new Error(id);
  return s;
}

function smallTown(): PopulationCube {
  const c = new PopulationCube();
  c.add('M', 'BEL', 10, 30);
  c.add('F', 'BEL', 40, 40);
  c.add('M', 'ETR', 30, 6);
  c.add('F', 'ETR', 70, 2);
  c.add('F', 'BEL', 100, 2); // 100 = 100 and older
  return c;
}

describe('population cube', () => {
  it('sums with AND-ed filters and age ranges', () => {
    const c = smallTown();
    expect(c.sum()).toBe(80);
    expect(c.sum({ nationality: 'ETR' })).toBe(8);
    expect(c.sum({ sex: 'F' }, { age: { from: 65 } })).toBe(4);
    expect(c.sum({ age: { from: 18, to: 64 } }, { nationality: 'BEL' })).toBe(40);
    expect(c.sum({ sex: 'M' }, { sex: 'F' })).toBe(0);
  });
  it('rejects ages outside 0–120', () => {
    expect(() => new PopulationCube().add('M', 'BEL', 121, 1)).toThrow(RangeError);
  });
});

describe('indicators', () => {
  it('computes a share of all inhabitants', () => {
    expect(computeIndicator(catalog, spec('niet_belgen'), smallTown())).toEqual([
      { key: 'total', label: 'Totaal', count: value(8), relative: value(0.1) },
    ]);
  });
  it('computes per-category shares for breakdowns with perCategory denominators', () => {
    const rows = computeIndicator(catalog, spec('niet_belgen_naar_geslacht'), smallTown());
    expect(rows.map((r) => [r.key, r.count, r.relative])).toEqual([
      ['M', value(6), value(6 / 36)],
      ['F', value(2), value(2 / 44)],
    ]);
  });
  it('computes distributions over 5-year bands, the last one open-ended', () => {
    const rows = computeIndicator(catalog, spec('inwoners_naar_leeftijd_5j'), smallTown());
    expect(rows).toHaveLength(21);
    expect(rows.at(-1)).toMatchObject({ key: '100+', label: '100 jaar en ouder', count: value(2) });
    expect(rows.reduce((t, r) => t + (r.count.state === 'value' ? r.count.value : 0), 0)).toBe(80);
  });
  it('says division by zero instead of inventing a share for an empty group', () => {
    const rows = computeIndicator(catalog, spec('niet_belgen_naar_leeftijdsgroep'), new PopulationCube());
    expect(rows.map((r) => r.relative)).toEqual([DIVISION_BY_ZERO, DIVISION_BY_ZERO, DIVISION_BY_ZERO]);
  });
});
