/** The plan module's view of the statistics: reports of the active release and the PDF pipeline. */
import type { NisCode } from '../domain/brand.js';
import { printPdf } from '../pdf/print-report.js';
import type { PlanSources } from '../plan/sources.js';
import { availableYears } from '../report/build-report.js';
import type { AppContext } from './context.js';

export function planSources(ctx: AppContext): PlanSources {
  return {
    report: async (nis) => {
      const release = await ctx.releases.active();
      const subject = ctx.geo.municipality('2025', nis as NisCode);
      if (!subject) throw new Error(`no municipality ${nis} in the 2025 division`);
      const year = Math.max(...availableYears(ctx.catalog, release));
      return ctx.reports.report(release, { subject, division: '2025', year });
    },
    pdf: (html, options) => printPdf(ctx.pdfBrowser(), html, options),
  };
}
