/**
 * The dashboard query: a selection → the cells it shows (a trend of the chosen area, and a ranking of
 * the municipalities of its scope on the last period), each count already protected.
 *
 * Disclosure: a count is shown only when it is a cell of the dataset's suppression plan (the same plan
 * the report applies) and the plan shows it. A filter selects the categories of a catalog breakdown on
 * the fact's numerator, so a single filter gives planned cells; a combination of filters, an area
 * without complete figures or a year with missing quarters gives code sets or areas outside the plan,
 * and those counts are not shown at all ("niet gepubliceerd"). Shares, rates and conversions are
 * computed from shown counts only (and the open population figures).
 */
import type { AreaLevel, Division } from '../domain/division.js';
import { periodStartDate, periodYear } from '../domain/period.js';
import { type FigureValue, NOT_APPLICABLE, notAvailable, ratio, suppressed, value } from '../domain/value.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Area, Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { CatalogFilter, Category, IndicatorSpec } from '../indicators/catalog-schema.js';
import { categoriesOf } from '../indicators/categories.js';
import type { Dataset } from '../indicators/dataset.js';
import type { ReleaseReader } from '../release/release-reader.js';
import type { CodeSets } from '../report/disclosure/canonical.js';
import type { DisclosurePlan } from '../report/disclosure/plan.js';
import { disclosurePlan } from '../report/disclosure/plans.js';
import { factCube } from './cube.js';
import { dashboardFilters, FACTS, type FactId, type FilterDef, FUNNEL } from './facts.js';
import { stateByKey } from './plan-cells.js';
import type { DashboardSelection } from './selection.js';
import { demoPeriods, populations } from './sql.js';

export interface DashboardContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly release: ReleaseReader;
}

export interface DashboardArea {
  readonly level: AreaLevel;
  readonly nis: string;
  readonly name: string;
}

export interface DashboardCell {
  readonly fact: FactId;
  readonly period: string;
  readonly area: DashboardArea;
  readonly count: FigureValue;
  readonly per10000: FigureValue;
  /** The filtered count over the fact's unfiltered count (not applicable without a filter). */
  readonly share: FigureValue;
  /** Over the previous stage of the funnel (not applicable outside the funnel and for its first stage). */
  readonly conversion: FigureValue;
  readonly provisional: boolean;
  readonly demo: boolean;
}

export interface DashboardResult {
  readonly selection: DashboardSelection;
  readonly subject: DashboardArea;
  readonly facts: readonly FactId[];
  /** The periods of the trend, in order ('2021' or '2021-Q1'). */
  readonly periods: readonly string[];
  /** Every year the facts have (for the period fields). */
  readonly years: readonly number[];
  readonly trend: readonly DashboardCell[];
  /** The area whose municipalities are ranked: the subject, or a municipality's province. */
  readonly scope: DashboardArea;
  /** The province the scope lies in (the scope itself for a province), null for the region. */
  readonly province: DashboardArea | null;
  readonly rankingPeriod: string | null;
  /** Municipalities of the scope on the ranking period, for the selected fact. */
  readonly ranking: readonly DashboardCell[];
  readonly demo: boolean;
  readonly provisional: boolean;
  /** Plain-Dutch remarks on the selection (a filter that does not apply, quarters not available). */
  readonly notes: readonly string[];
}

export class SelectionError extends Error {}

const NOT_PUBLISHED = notAvailable('niet gepubliceerd voor deze combinatie van filters');
const NO_AREA_FIGURES = notAvailable('geen volledige cijfers voor dit gebied');

const filtersCache = new WeakMap<Catalog, readonly FilterDef[]>();

/** The dashboard's filters for a catalog (labels of categories as they apply today). */
export function filtersOf(catalog: Catalog, countries: CountryRegistry): readonly FilterDef[] {
  let found = filtersCache.get(catalog);
  if (!found) {
    const date = new Date().toISOString().slice(0, 10);
    found = dashboardFilters(catalog, (spec) => categoriesOf({ catalog, countries, date }, spec));
    filtersCache.set(catalog, found);
  }
  return found;
}

function areaOf(geo: Geography, division: Division, level: AreaLevel, nis: string): Area {
  const a = geo.area(division, level, nis as Area['nis']);
  if (!a) throw new SelectionError(`Er is geen gebied ${nis} op deze indeling.`);
  return a;
}

const short = (a: Area): DashboardArea => ({ level: a.level, nis: a.nis, name: a.name });

/** The periods of a dataset in the release, as the selection asks them (years or quarters). */
function periodsOf(release: ReleaseReader, dataset: Dataset, quarters: boolean): string[] {
  const stored = release.manifest.datasets[dataset.id] ?? [];
  if (dataset.periodType === 'quarter' && !quarters) return [...new Set(stored.map((p) => p.slice(0, 4)))];
  if (dataset.periodType !== 'quarter' && dataset.periodType !== 'year') return [];
  return [...stored];
}

interface FactPlan {
  /** The code sets of the filtered count and of the fact's unfiltered count, or why there are none. */
  readonly sets:
    | { cell: CodeSets; base: CodeSets; cellKey: string; baseKey: string }
    | { missing: FigureValue };
  readonly plan: DisclosurePlan | null;
}

const categoryCache = new WeakMap<IndicatorSpec, Map<string, readonly Category[]>>();

/** A breakdown's categories on a date (classifications follow EU membership), the same objects each time. */
function categoriesAt(ctx: DashboardContext, spec: IndicatorSpec, date: string): readonly Category[] {
  let perDate = categoryCache.get(spec);
  if (!perDate) {
    perDate = new Map();
    categoryCache.set(spec, perDate);
  }
  let found = perDate.get(date);
  if (!found) {
    found = categoriesOf({ catalog: ctx.catalog, countries: ctx.countries, date }, spec);
    perDate.set(date, found);
  }
  return found;
}

/** The filter of a fact on a period: the fact's numerator with the selected categories. */
function factFilters(
  ctx: DashboardContext,
  filters: readonly FilterDef[],
  s: DashboardSelection,
  fact: FactId,
  period: string,
): CatalogFilter[] | FigureValue {
  const out: CatalogFilter[] = [];
  const date = periodStartDate(period);
  for (const [param, key] of Object.entries(s.filters)) {
    const def = filters.find((f) => f.param === param);
    const spec = def?.byFact.get(fact);
    if (!def) throw new SelectionError(`Onbekende filter ${param}.`);
    if (!def.options.some((o) => o.key === key))
      throw new SelectionError(`Onbekende waarde ${key} voor ${def.label}.`);
    if (!spec) return notAvailable(`${FACTS[fact].noun} worden niet geteld naar ${def.label.toLowerCase()}`);
    const cat = categoriesAt(ctx, spec, date).find((c) => c.key === key);
    if (!cat) return notAvailable(`${FACTS[fact].noun} worden niet geteld naar ${def.label.toLowerCase()}`);
    out.push(cat.filter);
  }
  return out;
}

async function planFor(
  ctx: DashboardContext,
  filters: readonly FilterDef[],
  s: DashboardSelection,
  fact: FactId,
  period: string,
): Promise<FactPlan> {
  const def = FACTS[fact];
  const dataset = ctx.catalog.datasets.get(def.dataset) as Dataset;
  const plan = await disclosurePlan(ctx, dataset, period);
  const chosen = factFilters(ctx, filters, s, fact, period);
  if (!Array.isArray(chosen)) return { sets: { missing: chosen }, plan };
  if (!plan) throw new Error(`dataset ${dataset.id} has no suppression plan`);
  const cell = plan.keys.codeSets(def.filter, ...chosen);
  const base = plan.keys.codeSets(def.filter);
  if (!cell || !base) return { sets: { missing: NOT_PUBLISHED }, plan };
  return { sets: { cell, base, cellKey: plan.keys.key(cell), baseKey: plan.keys.key(base) }, plan };
}

/** What the plan lets a count be: shown, hidden as "< T" or "x", or not published at all. */
function protect(
  plan: DisclosurePlan,
  division: Division,
  area: DashboardArea,
  period: string,
  key: string,
  sum: number,
): FigureValue {
  const areaId = plan.areaId(division, area.level, area.nis);
  if (!areaId) return NO_AREA_FIGURES;
  const state = stateByKey(plan, period, areaId, key);
  if (state === 'unknown') return NOT_PUBLISHED;
  if (state) return suppressed(plan.threshold, state);
  return value(sum);
}

/** A relative figure of a count: hidden ("x") when the count or its denominator is hidden. */
function relative(count: FigureValue, denominator: FigureValue): FigureValue {
  if (count.state === 'suppressed') return suppressed(count.threshold, 'secondary');
  if (denominator.state === 'suppressed') return suppressed(denominator.threshold, 'secondary');
  return ratio(count, denominator);
}

export async function runDashboardQuery(
  ctx: DashboardContext,
  s: DashboardSelection,
): Promise<DashboardResult> {
  const { geo, release } = ctx;
  const filters = filtersOf(ctx.catalog, ctx.countries);
  const subjectArea = areaOf(geo, s.division, s.area.level, s.area.nis);
  const subject = short(subjectArea);
  const scopeArea =
    subjectArea.level === 'municipality'
      ? areaOf(geo, s.division, 'province', subjectArea.parents.province as string)
      : subjectArea;
  const scope = short(scopeArea);
  const provinceNis = scopeArea.level === 'province' ? scopeArea.nis : scopeArea.parents.province;
  const province = provinceNis ? short(areaOf(geo, s.division, 'province', provinceNis)) : null;
  const members = geo
    .municipalitiesIn(s.division, scopeArea.level, scopeArea.nis)
    .map((nis) => short(areaOf(geo, s.division, 'municipality', nis)))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const facts = s.measure === 'trechter' ? FUNNEL : [s.fact];
  const notes: string[] = [];
  const datasets = [...new Set(facts.map((f) => FACTS[f].dataset))].map(
    (id) => ctx.catalog.datasets.get(id) as Dataset,
  );
  const quarters = s.periodKind === 'kwartaal' && datasets.every((d) => d.periodType === 'quarter');
  if (s.periodKind === 'kwartaal' && !quarters)
    notes.push('Deze cijfers bestaan alleen per jaar: ze worden per jaar getoond.');
  const allPeriods = [...new Set(datasets.flatMap((d) => periodsOf(release, d, quarters)))].sort();
  const years = [...new Set(allPeriods.map((p) => periodYear(p)))];
  const periods = allPeriods.filter(
    (p) => (s.from === undefined || periodYear(p) >= s.from) && (s.to === undefined || periodYear(p) <= s.to),
  );
  const rankingPeriod = periods.at(-1) ?? null;
  const demo = await demoPeriods(release);
  const isDemo = (fact: FactId, period: string) =>
    [period, ...[1, 2, 3, 4].map((q) => `${period}-Q${q}`)].some((p) =>
      demo.has(`${FACTS[fact].dataset}|${p}`),
    );
  const pop = await populations(release);
  const trend: DashboardCell[] = [];
  const ranking: DashboardCell[] = [];
  const plans = new Map<string, FactPlan>(); // fact|period → plan and code sets
  for (const fact of facts)
    for (const p of periods)
      if (periodsOf(release, datasetOf(ctx, fact), quarters).includes(p))
        plans.set(`${fact}|${p}`, await planFor(ctx, filters, s, fact, p));
  // One scan per dataset: a filtered sum per distinct code set (a classification can change with the date).
  const sums = new Map<string, { value: number; provisional: boolean }>();
  for (const dataset of datasets) {
    const wanted = new Map<string, CodeSets>();
    const wantedPeriods = new Set<string>();
    for (const fact of facts.filter((f) => FACTS[f].dataset === dataset.id))
      for (const p of periods) {
        const fp = plans.get(`${fact}|${p}`);
        if (!fp || 'missing' in fp.sets) continue;
        wantedPeriods.add(p);
        wanted.set(fp.sets.cellKey, fp.sets.cell);
        wanted.set(fp.sets.baseKey, fp.sets.base);
      }
    const keys = [...wanted.keys()];
    const cube = await factCube(release, dataset, s.division);
    const rows = cube.sum({
      sets: [...wanted.values()],
      areas: [subject, ...members],
      periods: [...wantedPeriods],
      byYear: !quarters && dataset.periodType === 'quarter',
    });
    for (const r of rows)
      for (const [i, v] of r.values.entries())
        sums.set(`${dataset.id}|${keys[i]}|${r.level}|${r.nis}|${r.period}`, {
          value: v,
          provisional: r.provisional,
        });
  }
  for (const fact of facts) {
    const dataset = FACTS[fact].dataset;
    const cellOf = (area: DashboardArea, period: string): DashboardCell => {
      const fp = plans.get(`${fact}|${period}`);
      const base = { fact, period, area, demo: isDemo(fact, period) };
      if (!fp || 'missing' in fp.sets) {
        const missing =
          fp && 'missing' in fp.sets ? fp.sets.missing : notAvailable('geen cijfers voor deze periode');
        return {
          ...base,
          count: missing,
          per10000: missing,
          share: missing,
          conversion: NOT_APPLICABLE,
          provisional: false,
        };
      }
      const plan = fp.plan as DisclosurePlan;
      const at = (key: string) => sums.get(`${dataset}|${key}|${area.level}|${area.nis}|${period}`);
      const own = at(fp.sets.cellKey);
      const count = protect(plan, s.division, area, period, fp.sets.cellKey, own?.value ?? 0);
      const total = protect(plan, s.division, area, period, fp.sets.baseKey, at(fp.sets.baseKey)?.value ?? 0);
      const inhabitants = pop.get(`${s.division}|${area.level}|${area.nis}|${periodYear(period)}`);
      return {
        ...base,
        count,
        per10000: relative(
          count,
          inhabitants === undefined
            ? notAvailable(`geen bevolkingscijfers op 1 januari ${periodYear(period)}`)
            : value(inhabitants),
        ),
        share: Object.keys(s.filters).length === 0 ? NOT_APPLICABLE : relative(count, total),
        conversion: NOT_APPLICABLE,
        provisional: own?.provisional ?? false,
      };
    };
    for (const p of periods) trend.push(cellOf(subject, p));
    if (rankingPeriod) for (const m of members) ranking.push(cellOf(m, rankingPeriod));
  }
  const withConversions = s.measure === 'trechter' ? addConversions(trend, ranking) : { trend, ranking };
  const rankingCells =
    s.measure === 'trechter'
      ? withConversions.ranking.filter(
          (c) => c.fact === (s.fact === 'nieuwkomers' || s.fact === 'nt2' ? 'aangemeld' : s.fact),
        )
      : withConversions.ranking;
  const shown = [...withConversions.trend, ...rankingCells];
  return {
    selection: s,
    subject,
    facts,
    periods,
    years,
    trend: withConversions.trend,
    scope,
    province,
    rankingPeriod,
    ranking: rankingCells,
    demo: shown.some((c) => c.demo),
    provisional: shown.some((c) => c.provisional),
    notes,
  };
}

const datasetOf = (ctx: DashboardContext, fact: FactId) =>
  ctx.catalog.datasets.get(FACTS[fact].dataset) as Dataset;

/** Each funnel stage over the stage before it, same area and period, from shown counts only. */
function addConversions(
  trend: readonly DashboardCell[],
  ranking: readonly DashboardCell[],
): { trend: DashboardCell[]; ranking: DashboardCell[] } {
  const add = (cells: readonly DashboardCell[]) => {
    const key = (c: DashboardCell, fact: FactId) => `${fact}|${c.area.level}|${c.area.nis}|${c.period}`;
    const byKey = new Map(cells.map((c) => [key(c, c.fact), c]));
    return cells.map((c) => {
      const i = FUNNEL.indexOf(c.fact);
      const before = i > 0 ? byKey.get(key(c, FUNNEL[i - 1] as FactId)) : undefined;
      return before ? { ...c, conversion: relative(c.count, before.count) } : c;
    });
  };
  return { trend: add(trend), ranking: add(ranking) };
}
