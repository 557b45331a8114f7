/** Puts the application context together: report service, charts, and a warm browser for PDFs. */
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import { WarmBrowser } from '../pdf/browser.js';
import { reportCharts } from '../publish/chart-source.js';
import { ReportService } from '../publish/report-service.js';
import type { ReleaseStore } from '../release/release-store.js';
import type { AppContext } from './context.js';

export interface AppBase {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly releases: ReleaseStore;
  /** Fixed clock for tests (reports then carry a reproducible date). */
  readonly now?: () => Date;
}

export function createAppContext(base: AppBase): AppContext & { close(): Promise<void> } {
  const reports = new ReportService(base, 24, base.now);
  let browser: WarmBrowser | undefined;
  return {
    ...base,
    reports,
    charts: (report, permalink) => reportCharts(report, permalink),
    pdfBrowser: () => {
      browser ??= new WarmBrowser();
      return browser;
    },
    close: async () => {
      await browser?.close();
      browser = undefined;
    },
  };
}
