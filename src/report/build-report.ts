/** Builds the report model of one area: catalog × release × geography. */
import type { Division } from '../domain/division.js';
import { periodYear } from '../domain/period.js';
import type { CountryRegistry } from '../geo/countries/index.js';
import type { Area, Geography } from '../geo/index.js';
import type { Catalog } from '../indicators/catalog.js';
import type { ReleaseReader } from '../release/release-reader.js';
import { SOFTWARE } from '../release/software.js';
import { areaNotes, areaRef, comparisonAreas } from './comparison-areas.js';
import { disclosurePlans } from './disclosure/plans.js';
import { indicatorBlock, indicatorPeriods } from './indicator-block.js';
import { REPORT_SCHEMA, REPORT_SCHEMA_VERSION, type Report, type Section } from './model.js';
import { summaryBlock } from './summary.js';

export interface ReportRequest {
  readonly subject: Area;
  readonly division: Division;
  readonly year: number;
}

export interface ReportContext {
  readonly geo: Geography;
  readonly catalog: Catalog;
  readonly countries: CountryRegistry;
  readonly release: ReleaseReader;
  readonly now?: () => Date;
}

/** Every year for which the release has figures of some dataset of the catalog. */
export function availableYears(catalog: Catalog, release: ReleaseReader): number[] {
  const years = new Set<number>(release.years);
  for (const [dataset, periods] of Object.entries(release.manifest.datasets)) {
    if (catalog.datasets.has(dataset)) for (const p of periods) years.add(periodYear(p));
  }
  return [...years].sort((a, b) => a - b);
}

export async function buildReport(ctx: ReportContext, request: ReportRequest): Promise<Report> {
  const { geo, catalog, release } = ctx;
  const { subject, division, year } = request;
  const areas = comparisonAreas(geo, division, subject);
  const refs = areas.map((a) => areaRef(geo, a));
  const facts = await release.loadAreaFacts(catalog.datasets, division, areas);
  const wanted = catalog.indicators.flatMap((spec) => {
    const dataset = catalog.datasets.get(spec.numerator.dataset);
    return dataset ? indicatorPeriods(facts, spec, year).map((period) => ({ dataset, period })) : [];
  });
  const plan = await disclosurePlans({ geo, catalog, countries: ctx.countries, release }, wanted);
  const blockContext = { division, plan, catalog, countries: ctx.countries, facts, areas: refs, year };
  const sections: Section[] = catalog.themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    intro: theme.intro,
    blocks: theme.indicators.map((spec) => indicatorBlock(blockContext, spec)),
  }));
  const summary = summaryBlock(refs, sections);
  if (summary && sections[0]) sections[0] = { ...sections[0], blocks: [summary, ...sections[0].blocks] };
  const demo = sections.some((s) => s.blocks.some((b) => b.kind === 'table' && b.demo));
  return {
    schema: REPORT_SCHEMA,
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (ctx.now ?? (() => new Date()))().toISOString(),
    subject: refs[0] ?? areaRef(geo, subject),
    areas: refs,
    division,
    year,
    availableYears: availableYears(catalog, release),
    notes: areaNotes(geo, division, subject, year),
    release: { id: release.id, builtAt: release.manifest.builtAt },
    demo,
    catalog: { version: catalog.version, schemaVersion: catalog.schemaVersion },
    software: { ...SOFTWARE },
    sections,
  };
}
