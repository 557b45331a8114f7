/**
 * The protection level on the default release (issue 8 §1): every suppression problem of the release
 * (one per dataset and period, as the plans build them) solved at width 2 (three possible values, what
 * the plans use) next to width 1 (two values, the level before) in the same run, with the number of
 * hidden counts, the counts no suppression can make 2 wide, and the distribution of the auditor's widths.
 */
import { auditSuppression, suppressCells } from '../src/indicators/disclosure/index.js';
import { buildDisclosurePlan } from '../src/report/disclosure/plan.js';
import { planPeriodsOf } from '../src/report/disclosure/plans.js';
import { defaultRelease } from './default-release.js';
import { row } from './measure.js';

export async function benchDisclosureWidth(): Promise<string[]> {
  const r = await defaultRelease('oa-bench-width');
  try {
    const release = await r.store.active();
    const ctx = { ...r.base, release, logger: { info() {}, warn() {} } };
    let ms1 = 0;
    let ms2 = 0;
    let hidden1 = 0;
    let hidden2 = 0;
    let limited = 0;
    let problems = 0;
    const widths: Record<string, number> = {};
    for (const dataset of ctx.catalog.datasets.values()) {
      if (dataset.disclosureThreshold <= 1) continue;
      for (const period of planPeriodsOf(dataset, release.manifest.datasets[dataset.id] ?? [])) {
        const { problem } = await buildDisclosurePlan(ctx, dataset, period, false);
        problems++;
        let t = performance.now();
        const one = suppressCells({ ...problem, minWidth: 1 });
        ms1 += performance.now() - t;
        t = performance.now();
        const two = suppressCells({ ...problem, minWidth: 2 });
        ms2 += performance.now() - t;
        hidden1 += one.suppressed.size;
        hidden2 += two.suppressed.size;
        limited += two.limited?.length ?? 0;
        for (const range of auditSuppression({ ...problem, minWidth: 2 }, two.suppressed).ranges) {
          if (!two.suppressed.has(range.id) || problem.published.has(range.id)) continue;
          const w = range.max - range.min;
          const k = !Number.isFinite(w) ? '∞' : w >= 5 - 1e-6 ? '5+' : String(Math.floor(w + 1e-6));
          widths[k] = (widths[k] ?? 0) + 1;
        }
      }
    }
    return [
      row(
        `suppression plans, width 2 (${problems} problems)`,
        `${(ms2 / 1000).toFixed(1)} s`,
        `${(ms1 / 1000).toFixed(1)} s`,
        ms2 / ms1,
        '(baseline: width 1, the level before)',
      ),
      `  hidden counts: ${hidden2} at width 2, ${hidden1} at width 1; ${limited} cannot be made 2 wide`,
      `  widths of hidden counts (auditor, width 2): ${JSON.stringify(widths)}`,
    ];
  } finally {
    await r.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchDisclosureWidth()) console.log(line);
}
