/**
 * Suppression plans per release, catalog version, dataset and period: computed once, then shared by
 * every report, indicator table and download (so all outputs hide the same cells).
 */
import type { Dataset } from '../../indicators/dataset.js';
import { buildDisclosurePlan, type DisclosurePlan, type PlanContext } from './plan.js';
import { planFromIndex } from './plan-index.js';
import { planKey, storedPlanEntries } from './plan-store.js';

const cache = new Map<string, Promise<DisclosurePlan | null>>();

export function disclosurePlan(
  ctx: PlanContext,
  dataset: Dataset,
  period: string,
): Promise<DisclosurePlan | null> {
  if (dataset.disclosureThreshold <= 1) return Promise.resolve(null);
  // Quarters and their year share one plan (the year is their sum).
  const planPeriod = dataset.periodType === 'quarter' ? period.slice(0, 4) : period;
  const key = `${ctx.release.id}|${ctx.catalog.version}|${dataset.id}|${planPeriod}`;
  let plan = cache.get(key);
  if (!plan) {
    const stored = storedPlanEntries(ctx.release, ctx.catalog.version)?.get(planKey(dataset.id, planPeriod));
    // A plan stored with its index is restored as it was solved; an older file's plan is rebuilt around
    // its stored cells; without a stored plan it is solved now.
    plan = stored?.index
      ? Promise.resolve(planFromIndex(dataset, stored.index, stored.suppressed, stored.infeasible))
      : buildDisclosurePlan(ctx, dataset, planPeriod, stored?.suppressed ?? true);
    cache.set(key, plan);
    plan.catch(() => cache.delete(key));
  }
  return plan;
}

/** Plans of several dataset-periods, ready for synchronous use while building a report. */
export async function disclosurePlans(
  ctx: PlanContext,
  wanted: Iterable<{ dataset: Dataset; period: string }>,
): Promise<(dataset: string, period: string) => DisclosurePlan | null> {
  const found = new Map<string, DisclosurePlan | null>();
  for (const { dataset, period } of wanted) {
    const k = `${dataset.id}|${period}`;
    if (!found.has(k)) found.set(k, await disclosurePlan(ctx, dataset, period));
  }
  return (dataset, period) => found.get(`${dataset}|${period}`) ?? null;
}

/** Every plan period of a dataset in a release: each period, and for quarterly data each year. */
export function planPeriodsOf(dataset: Dataset, periods: readonly string[]): string[] {
  if (dataset.periodType !== 'quarter') return [...periods];
  return [...new Set(periods.map((p) => p.slice(0, 4)))];
}
