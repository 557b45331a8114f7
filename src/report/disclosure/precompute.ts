/** Solves every suppression plan of a release for a catalog version and stores them with the release. */
import type { Logger } from '../../domain/effects.js';
import { buildDisclosurePlan, type PlanContext } from './plan.js';
import { planKey, type StoredPlan, writeStoredPlans } from './plan-store.js';
import { planPeriodsOf } from './plans.js';

export async function precomputeDisclosure(ctx: PlanContext, logger: Logger): Promise<number> {
  const plans = new Map<string, StoredPlan & Pick<Required<StoredPlan>, 'index'>>();
  const started = Date.now();
  for (const dataset of ctx.catalog.datasets.values()) {
    if (dataset.disclosureThreshold <= 1) continue;
    const periods = planPeriodsOf(dataset, ctx.release.manifest.datasets[dataset.id] ?? []);
    if (periods.length === 0) continue;
    logger.info(`Kleine aantallen beschermen: ${dataset.id} (${periods.length} perioden)`);
    for (const period of periods) {
      const plan = await buildDisclosurePlan({ ...ctx, logger }, dataset, period);
      plans.set(planKey(dataset.id, period), plan);
    }
  }
  writeStoredPlans(ctx.release, ctx.catalog.version, plans);
  logger.info(`Beschermingsplannen klaar: ${plans.size} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return plans.size;
}
