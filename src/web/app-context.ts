/** Puts the application context together: report service, charts, and a warm browser for PDFs. */

import { DIVISIONS } from '../domain/division.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import { WarmBrowser } from '../pdf/browser.js';
import { reportCharts } from '../publish/chart-source.js';
import { ReportService } from '../publish/report-service.js';
import type { ReleaseStore } from '../release/release-store.js';
import { availableYears } from '../report/build-report.js';
import type { AppContext } from './context.js';
import { outputCaches } from './output-caches.js';

export interface AppBase {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly releases: ReleaseStore;
  /** Fixed clock for tests (reports then carry a reproducible date). */
  readonly now?: () => Date;
}

export function createAppContext(
  base: AppBase,
): AppContext & { close(): Promise<void>; warm(): Promise<void> } {
  const reports = new ReportService(base, 24, base.now);
  const outputs = outputCaches();
  let browser: WarmBrowser | undefined;
  return {
    ...base,
    reports,
    outputs,
    charts: (report, permalink) => reportCharts(report, permalink, outputs.svgs),
    pdfBrowser: () => {
      browser ??= new WarmBrowser();
      return browser;
    },
    /**
     * Builds one report per division of the latest year in the background, so the shared caches (the
     * suppression plans, the similarity model, the all-area tables of the maps) are ready before the
     * first visitor asks; a request that comes earlier waits on the same work, it is not done twice.
     */
    warm: async () => {
      const release = await base.releases.active();
      const years = availableYears(base.catalog, release);
      const year = Math.max(...years);
      for (const division of DIVISIONS) {
        const subject = base.geo.areas(division, 'municipality')[0];
        if (subject) await reports.report(release, { subject, division, year });
      }
    },
    close: async () => {
      await browser?.close();
      browser = undefined;
    },
  };
}
