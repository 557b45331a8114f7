/**
 * The dashboard query on a demo release: every count it shows is a count the report's plan shows,
 * with the value the report's own fact tables give; hidden cells stay hidden; a combination of filters
 * the plans do not cover shows nothing; conversions and rates come from shown counts only; the
 * in-memory cube sums exactly what DuckDB sums.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactCube } from '../../src/dashboard/cube.js';
import { FACTS } from '../../src/dashboard/facts.js';
import {
  type DashboardCell,
  filtersOf,
  runDashboardQuery,
  SelectionError,
} from '../../src/dashboard/query.js';
import { parseSelection, selectionSearch } from '../../src/dashboard/selection.js';
import { aggregate } from '../../src/dashboard/sql.js';
import { periodStartDate } from '../../src/domain/period.js';
import { loadCountries } from '../../src/geo/countries/index.js';
import { loadGeography } from '../../src/geo/index.js';
import { areaKey } from '../../src/indicators/area-facts.js';
import { loadCatalog } from '../../src/indicators/catalog-load.js';
import { categoriesOf } from '../../src/indicators/categories.js';
import type { Dataset } from '../../src/indicators/dataset.js';
import type { ReleaseReader } from '../../src/release/release-reader.js';
import type { ReleaseStore } from '../../src/release/release-store.js';
import { disclosurePlan } from '../../src/report/disclosure/plans.js';
import { importDemoRelease } from '../support/demo-release.js';
import { tempDir } from '../support/real-release.js';

const geo = loadGeography();
const catalog = loadCatalog();
const countries = loadCountries();
const params = filtersOf(catalog, countries).map((f) => f.param);
let tmp: ReturnType<typeof tempDir>;
let store: ReleaseStore;
let release: ReleaseReader;
const ctx = () => ({ geo, catalog, countries, release });
const select = (q: Record<string, string>) => parseSelection({ indeling: '2019-2024', ...q }, params);

beforeAll(async () => {
  tmp = tempDir('oa-dashboard-');
  store = await importDemoRelease(tmp.dir, geo);
  release = await store.active();
}, 600_000);
afterAll(async () => {
  await store.close();
  tmp.cleanup();
});

/** The count the report's fact tables give (independent of the dashboard's cube and plan lookups). */
async function reportCount(cell: DashboardCell, filter: Record<string, string>): Promise<number> {
  const def = FACTS[cell.fact];
  const dataset = catalog.datasets.get(def.dataset) as Dataset;
  const facts = await release.loadAreaFacts(new Map([[dataset.id, dataset]]), '2019-2024', [
    { level: cell.area.level, nis: cell.area.nis as never },
  ]);
  const key = areaKey(cell.area.level, cell.area.nis);
  const periods = /^\d{4}$/.test(cell.period)
    ? [1, 2, 3, 4].map((q) => `${cell.period}-Q${q}`)
    : [cell.period];
  const extra = Object.entries(filter).map(([param, k]) => {
    const spec = filtersOf(catalog, countries)
      .find((f) => f.param === param)
      ?.byFact.get(cell.fact);
    const cat = spec
      ? categoriesOf({ catalog, countries, date: periodStartDate(cell.period) }, spec).find(
          (c) => c.key === k,
        )
      : undefined;
    return cat?.filter;
  });
  let sum = 0;
  for (const p of periods) {
    const t = facts.table(dataset.id, p, key);
    if ('missing' in t) throw new Error(`no table ${p}`);
    sum += t.sum(def.filter, ...extra);
  }
  return sum;
}

describe('the dashboard selection in the URL', () => {
  it('writes back what it reads, defaults left out', () => {
    const s = select({
      gebied: 'provincie-10000',
      periode: 'kwartaal',
      van: '2021',
      tot: '2021',
      doelgroep: 'verplicht',
    });
    expect(selectionSearch(s)).toBe(
      '?periode=kwartaal&van=2021&tot=2021&indeling=2019-2024&gebied=provincie-10000&doelgroep=verplicht',
    );
    const again = parseSelection(Object.fromEntries(new URLSearchParams(selectionSearch(s))), params);
    expect(again).toEqual(s);
    expect(selectionSearch(parseSelection({}, params))).toBe('');
  });

  it('refuses an unknown filter value and an unknown area', async () => {
    await expect(runDashboardQuery(ctx(), select({ doelgroep: 'iedereen' }))).rejects.toThrow(SelectionError);
    await expect(runDashboardQuery(ctx(), select({ gebied: 'gemeente-99999' }))).rejects.toThrow(
      SelectionError,
    );
  });
});

describe('the dashboard query', () => {
  it('shows a count only where the plan shows it, with the report’s value', async () => {
    const filters: Record<string, string>[] = [
      {},
      { doelgroep: 'verplicht' },
      { nationaliteitsgroep: 'eu_plus' },
    ];
    let shown = 0;
    let hidden = 0;
    for (const filter of filters) {
      const s = select({
        gebied: 'provincie-10000',
        periode: 'kwartaal',
        van: '2021',
        tot: '2021',
        ...filter,
      });
      const r = await runDashboardQuery(ctx(), s);
      expect(r.periods).toEqual(['2021-Q1', '2021-Q2', '2021-Q3', '2021-Q4']);
      expect(r.ranking.length).toBe(geo.municipalitiesIn('2019-2024', 'province', '10000' as never).length);
      const dataset = catalog.datasets.get('inburgering') as Dataset;
      for (const cell of [...r.trend, ...r.ranking.slice(0, 25)]) {
        const plan = await disclosurePlan(ctx(), dataset, cell.period);
        const areaId = plan?.areaId('2019-2024', cell.area.level, cell.area.nis);
        if (!plan || !areaId) {
          expect(cell.count.state).toBe('not_available');
          continue;
        }
        const spec = Object.keys(filter).length
          ? filtersOf(catalog, countries)
              .find((f) => f.param === Object.keys(filter)[0])
              ?.byFact.get('aangemeld')
          : undefined;
        const cat = spec
          ? categoriesOf({ catalog, countries, date: periodStartDate(cell.period) }, spec).find(
              (c) => c.key === Object.values(filter)[0],
            )
          : undefined;
        const state = plan.state(
          cell.period,
          areaId,
          plan.keys.codeSets({ fase: 'aangemeld' }, cat?.filter) ?? [],
        );
        expect(state).not.toBe('unknown');
        if (state) {
          hidden++;
          expect(cell.count).toEqual({ state: 'suppressed', threshold: 5, kind: state });
          expect(cell.per10000.state).toBe('suppressed');
        } else {
          shown++;
          expect(cell.count).toEqual({ state: 'value', value: await reportCount(cell, filter) });
        }
      }
    }
    expect(shown).toBeGreaterThan(20);
    expect(hidden).toBeGreaterThan(0);
  });

  it('shows nothing for a combination of filters no plan covers', async () => {
    const r = await runDashboardQuery(
      ctx(),
      select({ doelgroep: 'verplicht', nationaliteitsgroep: 'eu_plus' }),
    );
    const all = [...r.trend, ...r.ranking];
    expect(all.length).toBeGreaterThan(100);
    for (const c of all) {
      expect(c.count.state).toBe('not_available');
      expect(c.per10000.state).not.toBe('value');
      expect(c.share.state).not.toBe('value');
    }
  });

  it('a year is the sum of its four quarters where all are shown', async () => {
    const gent = { gebied: 'gemeente-44021' };
    const years = await runDashboardQuery(ctx(), select({ ...gent, van: '2021', tot: '2021' }));
    const quarters = await runDashboardQuery(
      ctx(),
      select({ ...gent, van: '2021', tot: '2021', periode: 'kwartaal' }),
    );
    const year = years.trend[0] as DashboardCell;
    expect(year.period).toBe('2021');
    const q = quarters.trend.map((c) => c.count);
    if (year.count.state === 'value' && q.every((c) => c.state === 'value'))
      expect(q.reduce((t, c) => t + (c.state === 'value' ? c.value : 0), 0)).toBe(year.count.value);
    expect(year.count.state).toBe('value');
  });

  it('the funnel: four stages, each conversion from the two shown counts; no nieuwkomers under doelgroep', async () => {
    const r = await runDashboardQuery(ctx(), select({ maat: 'trechter', gebied: 'gemeente-44021' }));
    expect(r.facts).toEqual(['nieuwkomers', 'aangemeld', 'traject', 'attest']);
    let checked = 0;
    for (const c of r.trend) {
      const before = r.trend.find(
        (b) => b.period === c.period && r.facts.indexOf(b.fact) === r.facts.indexOf(c.fact) - 1,
      );
      if (!before) {
        expect(c.conversion.state).toBe('not_applicable');
        continue;
      }
      if (c.count.state === 'value' && before.count.state === 'value') {
        checked++;
        expect(c.conversion).toEqual({ state: 'value', value: c.count.value / before.count.value });
      } else expect(c.conversion.state).not.toBe('value');
    }
    expect(checked).toBeGreaterThan(0);
    const verplicht = await runDashboardQuery(
      ctx(),
      select({ maat: 'trechter', gebied: 'gemeente-44021', doelgroep: 'verplicht' }),
    );
    for (const c of verplicht.trend.filter((x) => x.fact === 'nieuwkomers')) {
      expect(c.count.state).toBe('not_available');
    }
  });

  it('rates per 10.000 use the population on 1 January; shares the unfiltered count', async () => {
    const r = await runDashboardQuery(
      ctx(),
      select({ gebied: 'gemeente-44021', doelgroep: 'verplicht', van: '2021' }),
    );
    const all = await runDashboardQuery(ctx(), select({ gebied: 'gemeente-44021', van: '2021' }));
    const c = r.trend[0] as DashboardCell;
    const total = all.trend[0] as DashboardCell;
    const [[inhabitants]] = (await release.query(
      "SELECT sum(population) FROM area_population WHERE division = '2019-2024' AND level = 'municipality' AND area_nis = '44021' AND year = 2021",
    )) as [[number]];
    expect(c.count.state).toBe('value');
    if (c.count.state !== 'value' || total.count.state !== 'value') return;
    expect(c.per10000).toEqual({ state: 'value', value: c.count.value / inhabitants });
    expect(c.share).toEqual({ state: 'value', value: c.count.value / total.count.value });
    expect(total.share.state).toBe('not_applicable');
    expect(r.demo).toBe(true);
  });
});

describe('the in-memory cube', () => {
  it('sums what DuckDB sums, per quarter and per year, with several code sets', async () => {
    const dataset = catalog.datasets.get('nieuwkomers') as Dataset;
    const cube = await FactCube.load(release, dataset, '2025');
    const sets = [
      [undefined, undefined, undefined, undefined, undefined],
      [['vreemdeling'], ['F'], undefined, undefined, undefined],
      [undefined, undefined, ['18-24', '25-34'], ['MAR', 'TUR', 'NLD'], ['arbeid']],
      [[], undefined, undefined, undefined, undefined],
    ];
    const areas = [
      { level: 'region' as const, nis: '02000' },
      { level: 'province' as const, nis: '40000' },
      ...geo
        .areas('2025', 'municipality')
        .slice(0, 40)
        .map((a) => ({ level: a.level, nis: a.nis })),
    ];
    for (const byYear of [false, true]) {
      const request = {
        division: '2025' as const,
        dataset: 'nieuwkomers',
        sets,
        areas,
        byYear,
        periods: byYear ? ['2020', '2021'] : ['2021-Q2', '2021-Q4'],
      };
      const sql = await aggregate(release, request);
      const mem = cube.sum(request);
      const norm = (rows: typeof sql) =>
        rows
          .map((r) => ({ ...r, provisional: false }))
          .sort((a, b) => `${a.level}${a.nis}${a.period}`.localeCompare(`${b.level}${b.nis}${b.period}`));
      expect(mem.length).toBeGreaterThanOrEqual(40);
      expect(norm(mem)).toEqual(norm(sql));
    }
  });
});
