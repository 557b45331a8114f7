/** The demonstration data is tied to the real 2021 population and to published Flemish figures. */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlainCsv } from '../support/csv.js';
import { fileOf, type Generated, generateInTemp, readTable, sumBy, type Table } from './demo-files.js';

const REAL_FILE = fileURLToPath(
  new URL('../../data/stats/statbel_pop_2021_flanders_municipality_sex_nationality_age.csv', import.meta.url),
);
const band = (age: number) => (age < 18 ? '0-17' : age < 65 ? '18-64' : '65+');

let generated: Generated;
let nationaliteit: Table;
let herkomst: Table;
beforeAll(async () => {
  generated = await generateInTemp({ seed: 11, fromYear: 2020, toYear: 2024, division: '2019-2024' });
  nationaliteit = readTable(fileOf(generated.files, 'nationaliteit').path);
  herkomst = readTable(fileOf(generated.files, 'herkomst').path);
});
afterAll(() => generated?.cleanup());

/** Real 1/1/2021 counts: non-Belgians per nis|sex|band and everyone per nis. */
function realCounts(): { nonBelgians: Map<string, number>; totals: Map<string, number> } {
  const nonBelgians = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const r of readPlainCsv(REAL_FILE)) {
    const n = Number(r.population);
    totals.set(r.nis_code ?? '', (totals.get(r.nis_code ?? '') ?? 0) + n);
    if (r.nationality !== 'ETR') continue;
    const key = `${r.nis_code}|${r.sex}|${band(Number(r.age))}`;
    nonBelgians.set(key, (nonBelgians.get(key) ?? 0) + n);
  }
  return { nonBelgians, totals };
}

const sorted = (map: Map<string, number>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));

describe('stocks', () => {
  it('nationaliteit on 2021-01-01 sums exactly to the real non-Belgians per municipality × sex × age group', () => {
    // nis, datum, nationaliteit, geslacht, leeftijdsgroep, aantal
    const demo = sumBy(nationaliteit.rows, [0, 3, 4], 5, (r) => r[1] === '2021-01-01');
    expect(sorted(demo)).toEqual(sorted(realCounts().nonBelgians));
  });

  it('herkomst niet_belg equals nationaliteit on every date, per municipality × country × sex × age group', () => {
    // herkomst: nis, datum, herkomstgroep, herkomstland, geslacht, leeftijdsgroep, aantal
    const fromHerkomst = sumBy(herkomst.rows, [0, 1, 3, 4, 5], 6, (r) => r[2] === 'niet_belg');
    const fromNationaliteit = sumBy(nationaliteit.rows, [0, 1, 2, 3, 4], 5);
    expect(sorted(fromHerkomst)).toEqual(sorted(fromNationaliteit));
  });

  it('herkomst on 2021-01-01 adds up to the real total population of every municipality', () => {
    const demo = sumBy(herkomst.rows, [0], 6, (r) => r[1] === '2021-01-01');
    expect(sorted(demo)).toEqual(sorted(realCounts().totals));
  });

  it('belgische_herkomst rows have herkomstland BEL, and only they do', () => {
    const wrong = herkomst.rows.filter((row) => (row[2] === 'belgische_herkomst') !== (row[3] === 'BEL'));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('has 16.4 ± 0.2 % Belgians with a foreign background in the Vlaams Gewest on 2024-01-01, and about 11 % non-Belgians', () => {
    const byGroup = sumBy(herkomst.rows, [2], 6, (r) => r[1] === '2024-01-01');
    const total = [...byGroup.values()].reduce((a, b) => a + b, 0);
    const foreignBackground = (byGroup.get('belg_bij_geboorte') ?? 0) + (byGroup.get('belg_geworden') ?? 0);
    expect((100 * foreignBackground) / total).toBeGreaterThan(16.2);
    expect((100 * foreignBackground) / total).toBeLessThan(16.6);
    expect((100 * (byGroup.get('niet_belg') ?? 0)) / total).toBeCloseTo(11, 0);
    // Roughly 55/45 between Belgian at birth and naturalised.
    const atBirth = (byGroup.get('belg_bij_geboorte') ?? 0) / foreignBackground;
    expect(atBirth).toBeGreaterThan(0.5);
    expect(atBirth).toBeLessThan(0.6);
  });
});

describe('flows', () => {
  it('has newcomers ≥ aangemeld ≥ traject ≥ attest over Flanders in every year', () => {
    // nieuwkomers: the count (aantal) is column 8.
    const perYear = sumBy(
      readTable(fileOf(generated.files, 'nieuwkomers').path).rows.map((r) => [
        r[1]?.slice(0, 4) ?? '',
        r[7] ?? '0',
      ]),
      [0],
      1,
    );
    // inburgering: nis, kwartaal, fase, doelgroep, nationaliteit, aantal, voorlopig
    const inburgering = readTable(fileOf(generated.files, 'inburgering').path).rows;
    const phases = sumBy(
      inburgering.map((r) => [r[1]?.slice(0, 4) ?? '', r[2] ?? '', r[5] ?? '0']),
      [0, 1],
      2,
    );
    for (const year of ['2020', '2021', '2022', '2023', '2024']) {
      const arrived = perYear.get(year) ?? 0;
      const [registered, started, certified] = ['aangemeld', 'traject', 'attest'].map(
        (f) => phases.get(`${year}|${f}`) ?? 0,
      );
      expect(arrived, year).toBeGreaterThan(30_000);
      expect(arrived, year).toBeLessThan(50_000);
      expect(arrived).toBeGreaterThanOrEqual(registered ?? 0);
      expect(registered).toBeGreaterThanOrEqual(started ?? 0);
      expect(started).toBeGreaterThanOrEqual(certified ?? 0);
      expect(certified).toBeGreaterThan(0);
    }
  });
});

describe('plausibility', () => {
  const rates = (
    contract: string,
    period: string,
    groupIndex: number,
    statusIndex: number,
    count: number,
  ) => {
    const rows = readTable(fileOf(generated.files, contract).path).rows.filter((r) => r[1] === period);
    return sumBy(rows, [groupIndex, statusIndex], count);
  };

  it('orders employment, unemployment and leefloon by origin as in Flanders', () => {
    // werk_herkomst: nis, datum, herkomst, geslacht, leeftijdsgroep, status, aantal
    const work = rates('werk_herkomst', '2021-12-31', 2, 5, 6);
    const employment = (o: string) => (work.get(`${o}|werkend`) ?? 0) / (work.get(`${o}|bevolking`) ?? 1);
    const unemployment = (o: string) =>
      (work.get(`${o}|werkloos`) ?? 0) / ((work.get(`${o}|werkend`) ?? 0) + (work.get(`${o}|werkloos`) ?? 0));
    expect(employment('belgisch')).toBeCloseTo(0.78, 1);
    expect(employment('eu')).toBeCloseTo(0.7, 1);
    expect(employment('niet_eu')).toBeCloseTo(0.55, 1);
    expect(unemployment('belgisch')).toBeLessThan(unemployment('eu'));
    expect(unemployment('eu')).toBeLessThan(unemployment('niet_eu'));
    // leefloon: nis, datum, herkomst, status, aantal
    const social = rates('leefloon', '2021-01-01', 2, 3, 4);
    const leefloon = (o: string) => (social.get(`${o}|leefloon`) ?? 0) / (social.get(`${o}|bevolking`) ?? 1);
    expect(leefloon('belgisch')).toBeLessThan(0.01);
    expect(leefloon('belgisch')).toBeLessThan(leefloon('eu'));
    expect(leefloon('eu')).toBeLessThan(leefloon('niet_eu'));
  });

  it('has more births in kansarmoede for mothers of foreign origin', () => {
    // kansarmoede: nis, jaar, herkomst_moeder, status, aantal
    const births = rates('kansarmoede', '2021', 2, 3, 4);
    const share = (o: string) => (births.get(`${o}|kansarm`) ?? 0) / (births.get(`${o}|geboorten`) ?? 1);
    expect(share('belgisch')).toBeCloseTo(0.08, 1);
    expect(share('buitenlands')).toBeCloseTo(0.28, 1);
  });

  it('keeps small municipalities small (Herstappe, 78 inhabitants in 2021)', () => {
    const herstappe = sumBy(herkomst.rows, [1], 6, (r) => r[0] === '73028');
    for (const total of herstappe.values()) expect(total).toBeLessThan(120);
    expect(herstappe.get('2021-01-01')).toBe(78);
  });
});
