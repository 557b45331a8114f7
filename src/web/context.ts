/** What request handlers need: geography, catalog and the active release. */
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { WarmBrowser } from '../pdf/browser.js';
import type { ReportService } from '../publish/report-service.js';
import type { ReleaseStore } from '../release/release-store.js';
import type { ChartSource } from '../render/html/report/view.js';
import type { Report } from '../report/model.js';
import type { OutputCaches } from './output-caches.js';

export interface AppContext {
  readonly geo: Geography;
  readonly countries: CountryRegistry;
  readonly catalog: Catalog;
  readonly releases: ReleaseStore;
  readonly reports: ReportService;
  /** The charts of a report (images and embeds are addressed from its permalink). */
  charts(report: Report, permalink: string): ChartSource;
  /** Built pages, JSON, charts and PDFs of the active release, bounded in memory. */
  readonly outputs: OutputCaches;
  /** The warm browser that prints PDFs (launched on first use). */
  pdfBrowser(): WarmBrowser;
}
