/**
 * The suppression plan of one dataset and period: every count that any output can show, for every area
 * of both divisions, with the sums linking them; solved once, so every page, table and download of that
 * dataset and period hides exactly the same cells.
 */
import { createHash } from 'node:crypto';
import type { Division } from '../../domain/division.js';
import type { Logger } from '../../domain/effects.js';
import { periodStartDate, periodYear } from '../../domain/period.js';
import { areaMemberships } from '../../geo/area-membership.js';
import type { CountryRegistry } from '../../geo/countries/index.js';
import type { Geography } from '../../geo/index.js';
import { areaKey } from '../../indicators/area-facts.js';
import type { Catalog } from '../../indicators/catalog.js';
import type { Dataset } from '../../indicators/dataset.js';
import {
  type Cell,
  DisclosureInfeasibleError,
  type Relation,
  type SuppressionKind,
  suppressCells,
} from '../../indicators/disclosure/index.js';
import type { FactTable } from '../../indicators/fact-table.js';
import type { ReleaseReader } from '../../release/release-reader.js';
import { type CodeSets, KeySpace } from './canonical.js';
import { publishedByLinks } from './links.js';
import { cellId, type PlanIndex, type PlanLookup, planFromIndex } from './plan-index.js';
import { breakdownRelations, planCategories, publishedSets, refinementRelations } from './published-keys.js';

/**
 * The protection level of the plans (DisclosureProblem.minWidth): 1, no reader may narrow a hidden count
 * to fewer than two possible values. The engine and the auditor support 2 (three values, issue 8 §1),
 * but on the default release it makes the nieuwkomers plans about 13 times slower (43 s → 553 s on a
 * loaded machine, mostly the LP cover); raise it once that is fast enough (bench/disclosure-width.bench.ts).
 */
export const PROTECTION_WIDTH = 1;

/** What every output looks up in a plan (plan-index.ts): built here, or restored from the release. */
export type DisclosurePlan = PlanLookup;

/** A plan built here: the lookup and the problem it solved (for audits and tools). */
export interface SolvedPlan extends PlanLookup {
  readonly problem: {
    readonly cells: readonly Cell[];
    readonly relations: readonly Relation[];
    /** Cells another dataset publishes exactly (catalog relations): shown, and known to every reader. */
    readonly published: ReadonlySet<string>;
    readonly threshold: number;
    readonly minWidth: number;
  };
  /** Whether a count is published exactly by another dataset (shown as there, known to every reader). */
  isPublished(period: string, areaId: string, sets: CodeSets): boolean;
}

export interface PlanContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly release: ReleaseReader;
  /** Where a plan that had to hide every non-zero count says why (default: a process warning). */
  readonly logger?: Logger;
}

function dataDivisionOf(release: ReleaseReader, dataset: string, period: string): Division {
  const wanted = /^\d{4}$/.test(period) ? `${period}-Q1` : period;
  for (const s of release.manifest.sources) {
    if (s.kind !== 'contract' || s.dataset !== dataset) continue;
    const p = s.periods.find((x) => x.period === wanted || x.period === period);
    if (p) return p.division;
  }
  return periodYear(period) >= 2025 ? '2025' : '2019-2024';
}

function presentCodes(dataset: Dataset, tables: readonly FactTable[]): string[][] {
  return dataset.dimensions.map((d) => {
    const codes = new Set<string>();
    for (const t of tables) for (const c of t.sumBy(d.name).keys()) codes.add(c);
    return [...codes].sort();
  });
}

/** A short, stable id of an aggregate area: a hash of its sorted member codes. */
function aggregateId(members: readonly string[]): string {
  return `g${createHash('sha1')
    .update([...members].sort().join('+'))
    .digest('hex')
    .slice(0, 12)}`;
}

/** The periods one plan must cover: a year of quarterly data and its quarters are linked by their sum. */
export function planPeriods(dataset: Dataset, period: string, available: readonly string[]): string[] {
  if (dataset.periodType !== 'quarter') return [period];
  const year = String(periodYear(period));
  const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`).filter((q) => available.includes(q));
  return quarters.length === 4 ? [...quarters, year] : quarters;
}

export async function buildDisclosurePlan(
  ctx: PlanContext,
  dataset: Dataset,
  period: string,
  /** false: only build the problem (for tools that study it); a map: the stored solution. */
  solve: boolean | ReadonlyMap<string, SuppressionKind> = true,
): Promise<SolvedPlan> {
  const division = dataDivisionOf(ctx.release, dataset.id, period);
  const municipalities = ctx.geo.areas(division, 'municipality');
  const links = ctx.catalog.relations.filter(
    (r) => r.dataset === dataset.id && (ctx.catalog.datasets.get(r.equals)?.disclosureThreshold ?? 2) <= 1,
  );
  const loaded = new Map([[dataset.id, dataset]]);
  for (const r of links) loaded.set(r.equals, ctx.catalog.datasets.get(r.equals) as Dataset);
  const facts = await ctx.release.loadAreaFacts(loaded, division, municipalities);
  const periods = planPeriods(dataset, period, facts.periods(dataset.id));
  const tables = new Map<string, Map<string, FactTable>>(); // period → municipality → table
  for (const p of periods) {
    const perMunicipality = new Map<string, FactTable>();
    for (const m of municipalities) {
      const t = facts.table(dataset.id, p, areaKey('municipality', m.nis));
      if (!('missing' in t)) perMunicipality.set(m.nis, t);
    }
    tables.set(p, perMunicipality);
  }
  const keys = new KeySpace(
    dataset,
    presentCodes(
      dataset,
      [...tables.values()].flatMap((m) => [...m.values()]),
    ),
  );
  const date = periodStartDate(period);
  const sets: CodeSets[] = [];
  const breakdowns: { total: string; parts: string[] }[] = [];
  for (const spec of ctx.catalog.indicators) {
    if (spec.numerator.dataset !== dataset.id) continue;
    const categories = planCategories(ctx.catalog, ctx.countries, date, spec, keys);
    sets.push(...publishedSets(spec, categories, keys));
    breakdowns.push(...breakdownRelations(spec, categories, keys));
  }
  const unique = [...new Map(sets.map((s) => [keys.key(s), s])).values()];
  const refinements = [
    ...new Map(
      [...refinementRelations(keys, unique), ...breakdowns].map((r) => [
        `${r.total}=${r.parts.join('+')}`,
        r,
      ]),
    ).values(),
  ];

  // Areas of both divisions, identified by their member municipalities (so equal areas share cells).
  const membership = areaMemberships(ctx.geo, division);
  const delivered = (nis: string) => periods.every((p) => tables.get(p)?.has(nis));
  const areaIds = new Map<string, string>();
  const aggregates = new Map<string, readonly string[]>();
  for (const m of membership.members) {
    if (!m.members.every(delivered)) continue;
    const id = m.members.length === 1 ? (m.members[0] as string) : aggregateId(m.members);
    areaIds.set(`${m.division}|${m.level}|${m.areaNis}`, id);
    if (m.members.length > 1) aggregates.set(id, m.members);
  }
  const base = municipalities.map((m) => m.nis).filter(delivered);
  const cells: Cell[] = [];
  const relations: Relation[] = [];
  const values = new Map<string, number>();
  for (const p of periods) {
    for (const nis of base) {
      const table = tables.get(p)?.get(nis) as FactTable;
      for (const s of unique) {
        const id = cellId(p, nis, keys.key(s));
        const v = table.sum(keys.filterOf(s));
        values.set(id, v);
        cells.push({ id, value: v });
      }
    }
    for (const [areaId, members] of aggregates) {
      for (const s of unique) {
        const k = keys.key(s);
        const parts = members.map((m) => cellId(p, m, k));
        const id = cellId(p, areaId, k);
        const v = parts.reduce((t, x) => t + (values.get(x) ?? 0), 0);
        values.set(id, v);
        cells.push({ id, value: v });
        relations.push({ total: id, parts });
      }
    }
    for (const areaId of [...base, ...aggregates.keys()]) {
      for (const r of refinements)
        relations.push({
          total: cellId(p, areaId, r.total),
          parts: r.parts.map((x) => cellId(p, areaId, x)),
        });
    }
  }
  // A year of a quarterly dataset is the sum of its quarters.
  const year = dataset.periodType === 'quarter' ? periods.find((p) => /^\d{4}$/.test(p)) : undefined;
  if (year) {
    for (const areaId of [...base, ...aggregates.keys()]) {
      for (const s of unique) {
        const k = keys.key(s);
        relations.push({
          total: cellId(year, areaId, k),
          parts: [1, 2, 3, 4].map((q) => cellId(`${year}-Q${q}`, areaId, k)),
        });
      }
    }
  }
  const target = (id: string, p: string, nis: string) => {
    const t = facts.get(id, p, areaKey('municipality', nis));
    return t && !('missing' in t) ? t : undefined;
  };
  const { published, disagreements } = publishedByLinks(
    { relations: links, keys, sets: unique, cellId, values, target },
    periods,
    base,
    aggregates,
  );
  if (disagreements > 0)
    (ctx.logger ?? { warn: (m: string) => process.emitWarning(m, 'DisclosureWarning') }).warn(
      `Kleine aantallen ${dataset.id} ${period}: ${disagreements} aantallen wijken af van een relatie in de catalogus (niet gebruikt)`,
    );
  const problem = {
    cells,
    relations,
    threshold: dataset.disclosureThreshold,
    published,
    minWidth: PROTECTION_WIDTH,
  };
  let suppressed: ReadonlyMap<string, SuppressionKind> = new Map();
  let infeasible: string | undefined;
  try {
    if (solve === true) {
      const result = suppressCells(problem);
      suppressed = result.suppressed;
      const limited = result.limited?.length ?? 0;
      if (limited > 0)
        ctx.logger?.info(
          `Kleine aantallen ${dataset.id} ${period}: ${limited} verborgen aantallen kunnen niet op drie mogelijke waarden blijven (andere publicaties laten er minder over); zo ruim mogelijk beschermd`,
        );
    } else if (solve) suppressed = solve;
  } catch (err) {
    if (!(err instanceof DisclosureInfeasibleError)) throw err;
    // Some small count cannot be protected by any suppression: no safe partial table exists, so every
    // non-zero count of this dataset and period is hidden, and the reason logged.
    infeasible = err.message;
    const message = `Kleine aantallen ${dataset.id} ${period}: niet te beschermen (${err.message}); alle aantallen verborgen`;
    if (ctx.logger) ctx.logger.warn(message);
    else process.emitWarning(message, 'DisclosureWarning');
    suppressed = new Map(
      cells
        .filter((c) => c.value > 0 && !published.has(c.id))
        .map((c) => [c.id, c.value < problem.threshold ? 'primary' : 'secondary']),
    );
  }
  const index: PlanIndex = {
    periods,
    present: keys.present,
    areaIds: [...areaIds],
    areas: [...base, ...aggregates.keys()],
    keys: unique.map((s) => keys.key(s)),
  };
  return {
    ...planFromIndex(dataset, index, suppressed, infeasible),
    problem,
    isPublished: (p, areaId, s) => published.has(cellId(p, areaId, keys.key(s))),
  };
}
