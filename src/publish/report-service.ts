/**
 * Builds reports for the web server and the batch: one similarity model per release (the all-area
 * tables of the maps are shared by build-report itself), and a small cache of finished reports (a page, its chart images,
 * its embeds and its downloads all ask for the same report).
 */
import type { Division } from '../domain/division.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Area, Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { buildReport } from '../report/build-report.js';
import type { Report } from '../report/model.js';
import { SimilarSource } from '../report/similar-source.js';

export interface ReportAsk {
  readonly subject: Area;
  readonly division: Division;
  readonly year: number;
  readonly compareWith?: readonly Area[];
}

export class ReportService {
  private readonly similar = new SimilarSource();
  private readonly reports = new Map<string, Promise<Report>>();

  constructor(
    private readonly base: { geo: Geography; catalog: Catalog; countries: CountryRegistry },
    private readonly capacity = 24,
    private readonly now?: () => Date,
  ) {}

  get catalog(): Catalog {
    return this.base.catalog;
  }

  report(release: ReleaseReader, ask: ReportAsk): Promise<Report> {
    const extra = (ask.compareWith ?? []).map((a) => a.nis).join(',');
    const key = [release.id, ask.subject.level, ask.subject.nis, ask.division, ask.year, extra].join('|');
    const hit = this.reports.get(key);
    if (hit) {
      // Most recently used last.
      this.reports.delete(key);
      this.reports.set(key, hit);
      return hit;
    }
    const ctx = {
      ...this.base,
      release,
      similar: this.similar,
      ...(this.now ? { now: this.now } : {}),
    };
    const built = buildReport(ctx, ask);
    built.catch(() => this.reports.delete(key));
    this.reports.set(key, built);
    while (this.reports.size > this.capacity) this.reports.delete(this.reports.keys().next().value as string);
    return built;
  }
}
