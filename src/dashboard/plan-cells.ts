/**
 * A plan's state of a count by its canonical key, computed once per selection instead of once per cell
 * (a nationality group's key joins some 200 codes). The same answer as `PlanLookup.state`.
 */
import type { SuppressionKind } from '../indicators/disclosure/index.js';
import type { DisclosurePlan } from '../report/disclosure/plan.js';
import { cellId } from '../report/disclosure/plan-index.js';

interface Covered {
  readonly periods: ReadonlySet<string>;
  readonly areas: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
}

const covered = new WeakMap<DisclosurePlan, Covered>();

export function stateByKey(
  plan: DisclosurePlan,
  period: string,
  areaId: string,
  key: string,
): SuppressionKind | 'unknown' | undefined {
  let c = covered.get(plan);
  if (!c) {
    c = {
      periods: new Set(plan.index.periods),
      areas: new Set(plan.index.areas),
      keys: new Set(plan.index.keys),
    };
    covered.set(plan, c);
  }
  if (!c.periods.has(period) || !c.areas.has(areaId) || !c.keys.has(key)) return 'unknown';
  return plan.suppressed.get(cellId(period, areaId, key));
}
